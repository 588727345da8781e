-- hostile [setmetatable on _ENV to replace the unknown-global guard] at=load check=1 play=- line=4 message=cannot change a protected metatable
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
setmetatable(_ENV, { __index = function(t, k) return rawget(t, k) end })
scene { id = "a", text = "A", next = "e" }
ending { id = "e", title = "E", outcome = "good", text = "E" }
