-- hostile [a string that doubles without end, inside pcall; nothing after it may run] at=load check=1 play=- line=4 message=memory budget exceeded
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
local ok = pcall(function() local s = "x" while true do s = s .. s end end)
error("pcall swallowed the memory budget")
scene { id = "a", text = "A", next = "e" }
ending { id = "e", title = "E", outcome = "good", text = "E" }
