-- hostile [a to-be-closed variable whose __close loops, closed by the budget error] at=load check=1 play=- line=4 message=instruction budget exceeded
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
local guard <close> = setmetatable({}, { __close = function() while true do end end })
while true do end
scene { id = "a", text = "A", next = "e" }
ending { id = "e", title = "E", outcome = "good", text = "E" }
