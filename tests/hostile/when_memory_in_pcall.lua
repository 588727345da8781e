-- hostile [a memory bomb inside pcall in when] at=when check=0 play=1 line=6 message=memory budget exceeded
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
scene { id = "a", text = "A", choices = {
  { text = "c", feedback = "f", next = "e", when = function(s)
  pcall(string.rep, "x", 1e9)
    return true
  end } } }
ending { id = "e", title = "E", outcome = "good", text = "E" }
