-- hostile [an error object whose __tostring and __index loop and print] at=load check=1 play=- line=4 message=the error is a table, not a message
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
error(setmetatable({}, {
  __tostring = function() print("ran") while true do end end,
  __index = function() print("ran") while true do end end,
  __concat = function() print("ran") while true do end end }))
scene { id = "a", text = "A", next = "e" }
ending { id = "e", title = "E", outcome = "good", text = "E" }
