-- hostile [an error object whose metamethods loop, raised in when] at=when check=0 play=1 line=6 message=the error is a table, not a message
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
scene { id = "a", text = "A", choices = {
  { text = "c", feedback = "f", next = "e", when = function(s)
  error(setmetatable({}, { __tostring = function() while true do end end,
    __index = function() while true do end end }))
    return true
  end } } }
ending { id = "e", title = "E", outcome = "good", text = "E" }
