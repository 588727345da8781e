-- hostile [table.unpack of a hundred million values] at=load check=1 play=- line=4 message=too many results to unpack
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
local n = select('#', table.unpack({}, 1, 1e8))
scene { id = "a", text = "A", next = "e" }
ending { id = "e", title = "E", outcome = "good", text = "E" }
