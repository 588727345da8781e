-- hostile [one 10 MB string given to a constructor again and again: C copies it each time] at=load check=1 play=- line=5 message=memory budget exceeded
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
local big = ("x"):rep(1e7)
for i = 1, 1e6 do character { id = "c", name = big } end
scene { id = "a", text = "A", next = "e" }
ending { id = "e", title = "E", outcome = "good", text = "E" }
