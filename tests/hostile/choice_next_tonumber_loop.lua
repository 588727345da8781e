-- hostile [tonumber of a 10 MB number in an endless loop] at=choice_next check=0 play=1 line=7 message=instruction budget exceeded
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
scene { id = "a", text = "A", choices = {
  { text = "c", feedback = "f", targets = { "e" }, next = function(s)
    local s = ("9"):rep(1e7)
    while true do local n = tonumber(s) end
    return "e"
  end } } }
ending { id = "e", title = "E", outcome = "good", text = "E" }
