-- hostile [a text function that returns bytes that are not UTF-8] at=text check=0 play=1 line=4 message=not valid UTF-8
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
scene { id = "a", next = "e", text = function(s)
  if true then return "caf" .. string.char(233) .. " \0 after a NUL" end
  return "A"
end }
ending { id = "e", title = "E", outcome = "good", text = "E" }
