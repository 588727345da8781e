-- hostile [("").dump, the dump method reached through the string metatable] at=load check=1 play=- line=4 message=attempt to call a nil value (field 'dump')
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
local b = ("").dump(print)
scene { id = "a", text = "A", next = "e" }
ending { id = "e", title = "E", outcome = "good", text = "E" }
