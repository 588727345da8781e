-- hostile [math.random with extreme and invalid arguments] at=text check=0 play=1 line=8 message=interval is empty
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
scene { id = "a", next = "e", text = function(s)
  local a = math.random(math.mininteger, math.maxinteger) + math.random(0) + math.random()
  for i = 1, 1000 do a = a + math.random(1, math.maxinteger) end
  local ok = pcall(math.random, 2.5)
  local b = math.random(1, 0)
  return "A"
end }
ending { id = "e", title = "E", outcome = "good", text = "E" }
