-- hostile [bytes that are not UTF-8 in the file] at=load check=1 play=- line=4 message=not UTF-8
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
local s = "café au lait"
scene { id = "a", text = "A", next = "e" }
ending { id = "e", title = "E", outcome = "good", text = "E" }
