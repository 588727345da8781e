-- hostile [an endless loop of pcalls of endless loops in on_enter] at=on_enter check=0 play=1 line=5 message=instruction budget exceeded
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
scene { id = "a", text = "A", next = "e", on_enter = function(s)
  while true do pcall(function() while true do end end) end
end }
ending { id = "e", title = "E", outcome = "good", text = "E" }
