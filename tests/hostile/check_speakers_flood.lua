-- hostile [45,000 paragraphs that start like speech by no character, among 20,000 characters] at=ending_text check=0 play=1 line=7 message=reached the ending
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
for i = 1, 20000 do character { id = "c" .. i, name = "C" } end
scene { id = "a", text = ("zz: hei\n\n"):rep(4.5e4), next = "e" }
ending { id = "e", title = "E", outcome = "good", text = function(s)
  error("reached the ending")
end }
