-- hostile [unbounded recursion in a scene's next function] at=scene_next check=0 play=1 line=5 message=budget exceeded
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
scene { id = "a", text = "A", targets = { "e" }, next = function(s)
  local function f(n) return 1 + f(n + 1) end
  f(1)
  return "e"
end }
ending { id = "e", title = "E", outcome = "good", text = "E" }
