-- hostile [recursion where every level is a pcall, in when] at=when check=0 play=1 line=6 message=budget exceeded
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
scene { id = "a", text = "A", choices = {
  { text = "c", feedback = "f", next = "e", when = function(s)
    local function f() pcall(f) f() end
    f()
    return true
  end } } }
ending { id = "e", title = "E", outcome = "good", text = "E" }
