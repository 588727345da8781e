-- hostile [100,000 choices with one id: every pair is a duplicate] at=load check=1 play=- line=7 message=choice ids must be unique
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
local ch = { id = "c", text = "t", feedback = "f", next = "e" }
local list = {}
for i = 1, 1e5 do list[i] = ch end
scene { id = "a", text = "A", choices = list }
ending { id = "e", title = "E", outcome = "good", text = "E" }
