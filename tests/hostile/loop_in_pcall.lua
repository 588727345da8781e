-- hostile [an endless loop inside pcall inside an endless loop; nothing after it may run] at=load check=1 play=- line=4 message=instruction budget exceeded
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
while true do pcall(function() while true do end end) end
error("the loop was swallowed by pcall")
scene { id = "a", text = "A", next = "e" }
ending { id = "e", title = "E", outcome = "good", text = "E" }
