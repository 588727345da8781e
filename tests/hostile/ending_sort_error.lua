-- hostile [table.sort with a comparator that raises an error] at=ending_text check=0 play=1 line=7 message=comparator refuses
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
scene { id = "a", text = "A", next = "e" }
ending { id = "e", title = "E", outcome = "good", text = function(s)
  local t = { 3, 1, 2 }
  table.sort(t, function(a, b) error("comparator refuses") end)
  return "E"
end }
