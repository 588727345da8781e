-- hostile [print of a megabyte in an endless loop, to flood the log] at=load check=1 play=- line=5 message=instruction budget exceeded
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
local s = ("x"):rep(1e6)
while true do print(s) end
scene { id = "a", text = "A", next = "e" }
ending { id = "e", title = "E", outcome = "good", text = "E" }
