-- hostile [table.sort with a comparator that is always true] at=load check=1 play=- line=6 message=invalid order function for sorting
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
local t = {}
for i = 1, 1000 do t[i] = i % 7 end
table.sort(t, function(a, b) return true end)
scene { id = "a", text = "A", next = "e" }
ending { id = "e", title = "E", outcome = "good", text = "E" }
