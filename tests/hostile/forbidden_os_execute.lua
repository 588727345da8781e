-- hostile [os.execute to start a shell that creates a file] at=load check=1 play=- line=4 canary=/tmp/blikk-hostile-canary-os message=unknown global 'os'
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
os.execute("touch /tmp/blikk-hostile-canary-os")
scene { id = "a", text = "A", next = "e" }
ending { id = "e", title = "E", outcome = "good", text = "E" }
