-- hostile [100,000 scenes that lead nowhere: a typo suggestion for each] at=load check=1 play=- line=4 message=which does not exist
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
for i = 1, 1e5 do scene { id = "s" .. i, text = "A", next = "q" .. i } end
scene { id = "a", text = "A", next = "e" }
ending { id = "e", title = "E", outcome = "good", text = "E" }
