-- hostile [utf8.codepoint over a 10 MB string (ten million results)] at=scene_next check=0 play=1 line=5 message=string slice too long
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
scene { id = "a", text = "A", targets = { "e" }, next = function(s)
  local cps = { utf8.codepoint(("x"):rep(1e7), 1, -1) }
  return "e"
end }
ending { id = "e", title = "E", outcome = "good", text = "E" }
