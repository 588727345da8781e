-- hostile [loadfile and dofile on a system file] at=load check=1 play=- line=6 message=unknown global 'dofile'
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
local ok = pcall(function() return loadfile("/etc/passwd") end)
if ok then error("loadfile is reachable") end
dofile("/etc/passwd")
scene { id = "a", text = "A", next = "e" }
ending { id = "e", title = "E", outcome = "good", text = "E" }
