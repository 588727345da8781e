-- hostile [a constructor called while playing, to change the loaded case] at=effect check=0 play=1 line=6 message=can only be used while the file loads
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
scene { id = "a", text = "A", choices = {
  { text = "c", feedback = "f", next = "e", effect = function(s)
    scene { id = "z", text = "Z", next = "e" }
  end } } }
ending { id = "e", title = "E", outcome = "good", text = "E" }
