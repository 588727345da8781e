-- hostile [an error object with a __gc that would loop when collected] at=effect check=0 play=1 line=6 message=__gc is not allowed
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
scene { id = "a", text = "A", choices = {
  { text = "c", feedback = "f", next = "e", effect = function(s)
    error(setmetatable({}, { __gc = function() while true do end end }))
  end } } }
ending { id = "e", title = "E", outcome = "good", text = "E" }
