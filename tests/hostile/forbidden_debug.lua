-- hostile [debug.sethook to switch the budget off] at=load check=1 play=- line=4 message=unknown global 'debug'
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
debug.sethook()
while true do end
scene { id = "a", text = "A", next = "e" }
ending { id = "e", title = "E", outcome = "good", text = "E" }
