-- hostile [a 30 MB static text of ten million one-letter paragraphs (each costs C memory)] at=load check=1 play=- line=4 message=more than 100000 paragraphs
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
scene { id = "a", text = ("a\n\n"):rep(1e7), next = "e" }
ending { id = "e", title = "E", outcome = "good", text = "E" }
