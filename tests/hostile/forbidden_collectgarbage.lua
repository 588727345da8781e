-- hostile [collectgarbage to stop the collector] at=load check=1 play=- line=4 message=unknown global 'collectgarbage'
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
collectgarbage("stop")
scene { id = "a", text = "A", next = "e" }
ending { id = "e", title = "E", outcome = "good", text = "E" }
