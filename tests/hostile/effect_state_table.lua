-- hostile [a table stored in the state] at=effect check=0 play=1 line=4 message=state.x was set to a table
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
scene { id = "a", text = "A", choices = {
  { text = "c", feedback = "f", next = "e", effect = function(s)
    s.x = { s }
  end } } }
ending { id = "e", title = "E", outcome = "good", text = "E" }
