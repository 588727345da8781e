-- hostile [_G, the real global table] at=load check=1 play=- line=4 canary=/tmp/blikk-hostile-canary-G message=unknown global '_G'
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
_G.os.execute("touch /tmp/blikk-hostile-canary-G")
scene { id = "a", text = "A", next = "e" }
ending { id = "e", title = "E", outcome = "good", text = "E" }
