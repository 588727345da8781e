-- hostile [string.rep with a separator: 150 million short pieces] at=load check=1 play=- line=4 message=memory budget exceeded
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
local s = ("x"):rep(1.5e8, ("y"):rep(10))
scene { id = "a", text = "A", next = "e" }
ending { id = "e", title = "E", outcome = "good", text = "E" }
