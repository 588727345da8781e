---@meta
-- Type annotations for Blikk scenario files, for the Lua language server
-- (VS Code: the "Lua" extension by sumneko). They make the editor complete
-- the keys of each constructor and flag typos such as `nxet`.
-- This file is never run. See docs/forfatterguide.md.

---@alias blikk.Id string identifier: a-z, 0-9 and _, starting with a letter or _
---@alias blikk.State table<string, number|boolean|string>
---@alias blikk.Text string|fun(state: blikk.State): string
---@alias blikk.Next string|fun(state: blikk.State): string

---@class blikk.Competency
---@field id blikk.Id
---@field name string

---@class blikk.Scenario
---@field id string            stable id: a-z, 0-9 and -
---@field title string         shown in menus
---@field summary string       1–3 sentences for the menu
---@field role string          who the trainee is
---@field language? string     BCP 47 tag, default "nb"
---@field version? integer     bump when scoring changes, default 1
---@field audience? string[]   professions it is written for
---@field minutes? integer     expected duration
---@field objectives string[]  learning objectives
---@field competencies blikk.Competency[] what choices are scored on
---@field start blikk.Id       first scene
---@field state? blikk.State   initial variables
---@field concern_scale? string[] 2–10 labels, lowest first
---@field debrief? string[]    key learning points after the ending
---@field references? string[] sources shown in the debrief
---@field authors? string[]

---@class blikk.Character
---@field id blikk.Id          used as a speaker prefix: "id: ..."
---@field name string          shown name, e.g. "Maria (27)"
---@field description? string
---@field portrait? string     image in the scenario's folder

---@class blikk.Observation
---@field id blikk.Id
---@field text string          short phrase shown in the list
---@field kind "risk"|"protective"|"neutral" the expert classification
---@field weight? number       importance, > 0, default 1
---@field explain string       why it is (or is not) a signal

---@class blikk.Choice
---@field text string          the action, in the trainee's words
---@field next blikk.Next      scene or ending id, or a function
---@field targets? blikk.Id[]  every id a function `next` may return
---@field feedback string      why this is a good or poor action
---@field score? table<string, number> competency id -> points
---@field when? fun(state: blikk.State): boolean offered only when true
---@field set? blikk.State     assignments when chosen
---@field add? table<string, number> increments when chosen
---@field effect? fun(state: blikk.State) runs when chosen, after set and add
---@field id? blikk.Id         stable id for results

---@class blikk.Scene
---@field id blikk.Id
---@field title? string
---@field text blikk.Text
---@field image? string
---@field observe? blikk.Id[]  observations that can be noticed here
---@field concern? integer     the expert's concern level; asks the trainee
---@field facilitator? string  notes for classroom mode
---@field choices? blikk.Choice[] a decision (or use next)
---@field next? blikk.Next     a scene without a decision
---@field targets? blikk.Id[]  with a function next
---@field on_enter? fun(state: blikk.State) runs each time the scene is entered

---@class blikk.Ending
---@field id blikk.Id
---@field title string
---@field text blikk.Text
---@field outcome "good"|"mixed"|"poor"

---@param t blikk.Scenario
function scenario(t) end
---@param t blikk.Character
function character(t) end
---@param t blikk.Observation
function observation(t) end
---@param t blikk.Scene
function scene(t) end
---@param t blikk.Ending
function ending(t) end
