-- hostile [recursion through C: __tostring calls tostring on itself] at=load check=1 play=- line=4 message=stack overflow
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
local t = setmetatable({}, { __tostring = function(self) return tostring(self) end })
local s = tostring(t)
scene { id = "a", text = "A", next = "e" }
ending { id = "e", title = "E", outcome = "good", text = "E" }
