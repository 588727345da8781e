-- hostile [a state key that is not a name] at=choice_next check=0 play=1 line=4 message=not a name
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
scene { id = "a", text = "A", choices = {
  { text = "c", feedback = "f", targets = { "e" }, next = function(s)
    s[1] = "x"
    return "e"
  end } } }
ending { id = "e", title = "E", outcome = "good", text = "E" }
