-- hostile [a 10 MB state text shown 10,000 times by {var}: the text is rendered in C] at=text check=0 play=1 line=4 message=longer than 16 MiB
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
scene { id = "a", next = "e", text = function(s)
  s.big = ("x"):rep(1e7)
  if true then return ("{big}"):rep(1e4) end
  return "A"
end }
ending { id = "e", title = "E", outcome = "good", text = "E" }
