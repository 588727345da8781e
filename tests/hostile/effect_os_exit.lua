-- hostile [os.exit in an effect (the process must not end with status 0)] at=effect check=0 play=1 line=6 message=unknown global 'os'
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
scene { id = "a", text = "A", choices = {
  { text = "c", feedback = "f", next = "e", effect = function(s)
    os.exit(0)
  end } } }
ending { id = "e", title = "E", outcome = "good", text = "E" }
