-- hostile [a __gc added after setmetatable looked, and one slipped in by __index; neither may run when the state closes] at=load check=1 play=- line=10 message=end of the file: no finalizer may run
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
local late = {}
local keep = setmetatable({}, late)
late.__gc = function() while true do end end
local tricky = setmetatable({}, { __index = function(t, k)
  rawset(t, k, function() while true do end end) end })
local ok = pcall(setmetatable, {}, tricky)
error("end of the file: no finalizer may run")
scene { id = "a", text = "A", next = "e" }
ending { id = "e", title = "E", outcome = "good", text = "E" }
