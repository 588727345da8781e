-- hostile [a next function that returns a table with looping metamethods] at=choice_next check=0 play=1 line=4 message=returned a table
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
scene { id = "a", text = "A", choices = {
  { text = "c", feedback = "f", targets = { "e" }, next = function(s)
    if true then return setmetatable({}, { __tostring = function() while true do end end,
      __eq = function() while true do end end }) end
    return "e"
  end } } }
ending { id = "e", title = "E", outcome = "good", text = "E" }
