-- hostile [an endless loop in a coroutine (the coroutine library is not there)] at=load check=1 play=- line=4 message=unknown global 'coroutine'
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
local co = coroutine.wrap(function() while true do end end)
co()
scene { id = "a", text = "A", next = "e" }
ending { id = "e", title = "E", outcome = "good", text = "E" }
