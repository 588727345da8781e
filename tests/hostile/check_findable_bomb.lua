-- hostile [2,000 observations of 24 words each, all looked for in one 18 MB scene text] at=ending_text check=0 play=1 line=13 message=reached the ending
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
local ids = {}
for i = 1, 2000 do
  ids[i] = "o" .. i
  observation { id = ids[i], kind = "risk", explain = "E", text = "aaaaa bbbbb ccccc ddddd eeeee "
    .. "fffff ggggg hhhhh iiiii jjjjj kkkkk lllll mmmmm nnnnn ooooo ppppp qqqqq rrrrr sssss "
    .. "ttttt uuuuu vvvvv wwwww xxxxx" }
end
scene { id = "a", text = ("Ida er her. "):rep(1.5e6), observe = ids, next = "e" }
ending { id = "e", title = "E", outcome = "good", text = function(s)
  error("reached the ending")
end }
