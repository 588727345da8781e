-- hostile [a __gc finalizer that would loop and start a process when the state closes] at=load check=1 play=- line=4 canary=/tmp/blikk-hostile-canary-gc message=__gc is not allowed
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
setmetatable({}, { __gc = function() os.execute("touch /tmp/blikk-hostile-canary-gc") while true do end end })
scene { id = "a", text = "A", next = "e" }
ending { id = "e", title = "E", outcome = "good", text = "E" }
