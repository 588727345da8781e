-- hostile [a local _ENV without the unknown-global guard still reaches no os] at=load check=1 play=- line=6 canary=/tmp/blikk-hostile-canary-env message=attempt to index a nil value (global 'os')
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
local function sneak()
  local _ENV = { print = print }
  return os.execute("touch /tmp/blikk-hostile-canary-env")
end
sneak()
scene { id = "a", text = "A", next = "e" }
ending { id = "e", title = "E", outcome = "good", text = "E" }
