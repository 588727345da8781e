-- hostile [io.open to create a file] at=load check=1 play=- line=4 canary=/tmp/blikk-hostile-canary-io message=unknown global 'io'
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
local f = io.open("/tmp/blikk-hostile-canary-io", "w")
f:write("escaped")
scene { id = "a", text = "A", next = "e" }
ending { id = "e", title = "E", outcome = "good", text = "E" }
