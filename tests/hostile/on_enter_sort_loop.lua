-- hostile [table.sort with a comparator that loops] at=on_enter check=0 play=1 line=6 message=instruction budget exceeded
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
scene { id = "a", text = "A", next = "e", on_enter = function(s)
  local t = { 3, 1, 2 }
  table.sort(t, function(a, b) while true do end end)
end }
ending { id = "e", title = "E", outcome = "good", text = "E" }
