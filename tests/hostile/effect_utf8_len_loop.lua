-- hostile [utf8.len of a 30 MB string in an endless loop] at=effect check=0 play=1 line=7 message=instruction budget exceeded
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
scene { id = "a", text = "A", choices = {
  { text = "c", feedback = "f", next = "e", effect = function(s)
    local s = ("x"):rep(3e7)
    while true do local n = utf8.len(s) end
  end } } }
ending { id = "e", title = "E", outcome = "good", text = "E" }
