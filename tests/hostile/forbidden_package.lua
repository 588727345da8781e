-- hostile [package.loadlib to load libc's system()] at=load check=1 play=- line=4 canary=/tmp/blikk-hostile-canary-package message=unknown global 'package'
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
local system = package.loadlib("libc.so.6", "system")
system("touch /tmp/blikk-hostile-canary-package")
scene { id = "a", text = "A", next = "e" }
ending { id = "e", title = "E", outcome = "good", text = "E" }
