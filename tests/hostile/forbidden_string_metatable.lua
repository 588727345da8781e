-- hostile [getmetatable("").__index, the real string library] at=load check=1 play=- line=4 message=attempt to index a boolean value
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
local lib = getmetatable("").__index
scene { id = "a", text = "A", next = "e" }
ending { id = "e", title = "E", outcome = "good", text = "E" }
