-- hostile [unbounded recursion] at=load check=1 play=- line=4 message=stack overflow
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
local function f(n) return f(n + 1) + 1 end
local x = f(1)
scene { id = "a", text = "A", next = "e" }
ending { id = "e", title = "E", outcome = "good", text = "E" }
