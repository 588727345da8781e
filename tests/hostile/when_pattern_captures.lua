-- hostile [a pattern with more captures than the matcher holds] at=when check=0 play=1 line=6 message=too many captures
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
scene { id = "a", text = "A", choices = {
  { text = "c", feedback = "f", next = "e", when = function(s)
  local m = ("a"):rep(100):match(("(a)"):rep(40))
    return true
  end } } }
ending { id = "e", title = "E", outcome = "good", text = "E" }
