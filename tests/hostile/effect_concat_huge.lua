-- hostile [table.concat of 100,000 kilobyte strings with a separator] at=effect check=0 play=1 line=8 message=memory budget exceeded
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
scene { id = "a", text = "A", choices = {
  { text = "c", feedback = "f", next = "e", effect = function(s)
    local t, piece = {}, ("x"):rep(1000)
    for i = 1, 1e5 do t[i] = piece end
    local all = table.concat(t, ("-"):rep(100))
  end } } }
ending { id = "e", title = "E", outcome = "good", text = "E" }
