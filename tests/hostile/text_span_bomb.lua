-- hostile [a text function that returns ten million *emphasized* one-letter spans] at=text check=0 play=1 line=4 message=more than 100000 paragraphs
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
scene { id = "a", next = "e", text = function(s)
  if true then return ("*a*"):rep(1e7) end
  return "A"
end }
ending { id = "e", title = "E", outcome = "good", text = "E" }
