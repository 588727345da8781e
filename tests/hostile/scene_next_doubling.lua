-- hostile [a string that doubles without end in a scene's next function] at=scene_next check=0 play=1 line=6 message=memory budget exceeded
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
scene { id = "a", text = "A", targets = { "e" }, next = function(s)
  local t = "x"
  while true do t = t .. t end
  return "e"
end }
ending { id = "e", title = "E", outcome = "good", text = "E" }
