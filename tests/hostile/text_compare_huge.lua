-- hostile [comparing two equal 20 MB strings in an endless loop (work in C per instruction)] at=text check=0 play=1 line=6 message=instruction budget exceeded
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
scene { id = "a", next = "e", text = function(s)
  local a, b = ("x"):rep(2e7), ("x"):rep(2e7 - 1) .. "x"
  while a == b do end
  return "A"
end }
ending { id = "e", title = "E", outcome = "good", text = "E" }
