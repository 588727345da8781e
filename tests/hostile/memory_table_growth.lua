-- hostile [a table that grows without end] at=load check=1 play=- line=5 message=memory budget exceeded
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
local t = {}
while true do t[#t + 1] = { #t } end
scene { id = "a", text = "A", next = "e" }
ending { id = "e", title = "E", outcome = "good", text = "E" }
