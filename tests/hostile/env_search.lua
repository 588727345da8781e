-- hostile [a search with rawget, next and getmetatable through every table reachable from _ENV for a forbidden function] at=load check=1 play=- line=26 message=searched and found nothing
scenario { id = "hostile", title = "H", summary = "S", role = "R", objectives = { "O" },
  start = "a", competencies = { { id = "x", name = "X" } } }
local wanted = { open = 1, popen = 1, execute = 1, exit = 1, rename = 1, getenv = 1,
  loadlib = 1, dump = 1, sethook = 1, gethook = 1, getregistry = 1, getupvalue = 1,
  setupvalue = 1, load = 1, loadfile = 1, dofile = 1, require = 1, collectgarbage = 1,
  xpcall = 1, randomseed = 1, io = 1, os = 1, debug = 1, package = 1, coroutine = 1, _G = 1 }
local seen, todo, found, searched = {}, { _ENV, string, getmetatable("") }, {}, 0
for _, name in ipairs({ "io", "os", "debug", "package", "_G", "coroutine", "load" }) do
  local v = rawget(_ENV, name) if v ~= nil then found[#found + 1] = name end
end
while #todo > 0 do
  local t = table.remove(todo)
  if type(t) == "table" and not seen[t] then
    seen[t] = true searched = searched + 1
    local mt = getmetatable(t) if mt then todo[#todo + 1] = mt end
    local k, v = next(t)
    while k ~= nil do
      if wanted[k] then found[#found + 1] = tostring(k) end
      if type(v) == "table" then todo[#todo + 1] = v end
      k, v = next(t, k)
    end
  end
end
if #found > 0 then error("FOUND " .. table.concat(found, " ")) end
error(searched .. " tables searched and found nothing")
scene { id = "a", text = "A", next = "e" }
ending { id = "e", title = "E", outcome = "good", text = "E" }
