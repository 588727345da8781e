-- hostile [an __index chain that points back at itself] at=load check=1 play=- line=6 message='__index' chain too long
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
local t = {}
setmetatable(t, { __index = t })
local x = t.anything
scene { id = "a", text = "A", next = "e" }
ending { id = "e", title = "E", outcome = "good", text = "E" }
