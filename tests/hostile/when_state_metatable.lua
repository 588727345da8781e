-- hostile [a metatable set on the state] at=when check=0 play=1 line=4 message=metatable
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
scene { id = "a", text = "A", choices = {
  { text = "c", feedback = "f", next = "e", when = function(s)
  setmetatable(s, { __index = function() return 1 end })
    return true
  end } } }
ending { id = "e", title = "E", outcome = "good", text = "E" }
