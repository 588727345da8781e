-- hostile [gsub that turns every byte of a megabyte into a thousand] at=effect check=0 play=1 line=6 message=memory budget exceeded
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
scene { id = "a", text = "A", choices = {
  { text = "c", feedback = "f", next = "e", effect = function(s)
    local r = ("x"):rep(1e6):gsub(".", ("%0"):rep(1000))
  end } } }
ending { id = "e", title = "E", outcome = "good", text = "E" }
