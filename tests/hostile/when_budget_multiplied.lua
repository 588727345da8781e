-- hostile [5,000 choices whose when each spends most of its own budget: one step as long as 5,000 callbacks] at=when check=0 play=1 line=5 message=instruction budget exceeded
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
local ch = { text = "c", feedback = "f", next = "e", when = function(s)
  for i = 1, 9e5 do end
  return true
end }
local list = {}
for i = 1, 5000 do list[i] = ch end
scene { id = "a", text = "A", choices = list }
ending { id = "e", title = "E", outcome = "good", text = "E" }
