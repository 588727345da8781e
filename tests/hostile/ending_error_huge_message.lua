-- hostile [an error whose message is 10 MB] at=ending_text check=0 play=1 line=6 message=xxxxxxxx
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
scene { id = "a", text = "A", next = "e" }
ending { id = "e", title = "E", outcome = "good", text = function(s)
  error(("x"):rep(1e7))
  return "E"
end }
