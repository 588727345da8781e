-- hostile [a function stored in the state] at=on_enter check=0 play=1 line=4 message=state.f was set to a function
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
scene { id = "a", text = "A", next = "e", on_enter = function(s)
  s.f = print
end }
ending { id = "e", title = "E", outcome = "good", text = "E" }
