-- luacheck settings for Blikk scenario files: exactly what the sandbox
-- offers (section 7 of the format) plus the five constructors, so luacheck
-- flags io, os, require and misspelt names. Run: luacheck scenarios/
stds.blikk = {
  read_globals = {
    "scenario", "character", "observation", "scene", "ending", "print",
    "assert", "error", "ipairs", "next", "pairs", "pcall", "select",
    "tonumber", "tostring", "type", "xpcall", "rawequal", "rawlen",
    "rawget", "rawset", "getmetatable", "setmetatable", "_VERSION",
    string = { fields = { "byte", "char", "find", "format", "gmatch", "gsub", "len",
                          "lower", "match", "rep", "reverse", "sub", "upper", "pack",
                          "packsize", "unpack" } },
    table = { fields = { "concat", "insert", "move", "pack", "remove", "sort", "unpack" } },
    math = { fields = { "abs", "ceil", "cos", "deg", "exp", "floor", "fmod", "huge", "log",
                        "max", "maxinteger", "min", "mininteger", "modf", "pi", "rad",
                        "random", "sin", "sqrt", "tan", "tointeger", "type", "ult",
                        "acos", "asin", "atan" } },
    utf8 = { fields = { "char", "charpattern", "codes", "codepoint", "len", "offset" } },
  },
}
std = "blikk"
max_line_length = false
files["editor/blikk-meta.lua"] = { std = "lua54", globals = { "scenario", "character",
  "observation", "scene", "ending" }, unused_args = false }
