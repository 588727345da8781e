-- hostile [a pattern that backtracks exponentially] at=load check=1 play=- line=5 message=instruction budget exceeded
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
local s = ("a"):rep(40)
local i = s:find(("a*"):rep(20) .. "b")
scene { id = "a", text = "A", next = "e" }
ending { id = "e", title = "E", outcome = "good", text = "E" }
