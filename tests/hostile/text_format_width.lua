-- hostile [string.format with huge widths and precisions] at=text check=0 play=1 line=6 message=invalid conversion
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
scene { id = "a", next = "e", text = function(s)
  local a = ("%99.99f"):format(1e308) .. ("%-99s"):format("x")
  local b = string.format("%999999999d", 1)
  return "A"
end }
ending { id = "e", title = "E", outcome = "good", text = "E" }
