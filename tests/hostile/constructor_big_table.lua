-- hostile [a constructor given the same huge table again and again] at=load check=1 play=- line=6 message=instruction budget exceeded
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
local t = { id = "a", text = "A", next = "e", observe = {} }
for i = 1, 1e6 do t.observe[i] = 1 end
for i = 1, 1e7 do scene(t) end
ending { id = "e", title = "E", outcome = "good", text = "E" }
