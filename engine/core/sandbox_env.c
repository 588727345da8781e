/*
** sandbox_env.c — what a scenario's code can reach: a fresh allow-listed
** environment (installed as the chunk's _ENV) over the base (filtered),
** string, table, math and utf8 libraries; guards on the library functions
** that can work long in C, where the instruction budget counts nothing;
** a capped print; a setmetatable without finalizers.
**
** Kept apart from sandbox.c, which arms and runs the budgets, because this
** is the list a security review reads: every name a hostile file can call
** is here or in sandbox_random.c.
** Uses: Lua 5.4 C API. Must not use: anything that reaches the file system
** or the process on behalf of the script.
*/
#include <lauxlib.h>
#include <lualib.h>
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "sandbox_pattern.h"
#include "sandbox_priv.h"

/* {====================================================== environment */

/* The log is bounded: a loop printing a megabyte at a time wrote 8 GB to
   stderr within the load's time limit. Past PRINT_MAX bytes in one run
   (the file, or one callback) print() writes one note and then nothing. */
static int l_print(lua_State *L) {
    Sandbox *sb = sandbox_of(L);
    sandbox_check_deadline(L);
    if (sb->print_left == 0) return 0;
    luaL_Buffer b;
    int n = lua_gettop(L);
    luaL_buffinit(L, &b);
    for (int i = 1; i <= n; i++) {
        if (i > 1) luaL_addchar(&b, '\t');
        luaL_tolstring(L, i, NULL);
        luaL_addvalue(&b);
    }
    luaL_pushresult(&b);
    size_t len;
    const char *text = lua_tolstring(L, -1, &len);
    if (len >= sb->print_left) {
        lua_pushfstring(L, _("%s... (print output cut after %d KiB)"),
                        lua_pushlstring(L, text, sb->print_left),
                        (int)(PRINT_MAX / 1024));
        text = lua_tostring(L, -1);
        sb->print_left = 0;
    } else {
        sb->print_left -= len;
    }
    int line = sandbox_current_line(L);
    if (sb->log)
        sb->log(sb->log_ud, sb->path, line, text);
    else
        fprintf(stderr, "%s:%d: print: %s\n", sb->path, line, text);
    return 0;
}

static int l_unknown_global(lua_State *L) {
    const char *name = lua_tostring(L, 2);
    return luaL_error(L, _("unknown global '%s': no such function or "
                           "variable in scenarios (a typo?)"),
                      name ? name : "?");
}

/* Finalizers would run at unpredictable times, outside any callback. */
static int l_setmetatable(lua_State *L) {
    luaL_checktype(L, 1, LUA_TTABLE);
    if (lua_istable(L, 2)) {
        /* Raw, as Lua looks for __gc: a lua_getfield would run the
           metatable's own __index, which could add __gc after this check
           and before the real setmetatable marks the object. */
        lua_pushliteral(L, "__gc");
        if (lua_rawget(L, 2) != LUA_TNIL)
            return luaL_error(L, _("__gc is not allowed in scenarios"));
        lua_pop(L, 1);
    }
    lua_pushvalue(L, lua_upvalueindex(1)); /* the real setmetatable */
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

/* Copies the listed fields of the table at the top into a new table, which
   replaces it. */
static void copy_fields(lua_State *L, const char *const *names) {
    lua_newtable(L);
    for (; *names; names++) {
        lua_getfield(L, -2, *names);
        lua_setfield(L, -2, *names);
    }
    lua_remove(L, -2);
}

/* Not xpcall: when the budget hook raises its error, Lua runs the message
   handler with hooks switched off, so a handler that loops never ends. */
static const char *const base_allowed[] = {
    "assert", "error", "ipairs", "next", "pairs", "pcall", "select",
    "tonumber", "tostring", "type", "rawequal", "rawlen", "rawget",
    "rawset", "getmetatable", "_VERSION", NULL};
static const char *const string_allowed[] = {
    "byte", "char", "find", "format", "gmatch", "gsub", "len", "lower",
    "match", "rep", "reverse", "sub", "upper", "pack", "packsize", "unpack",
    NULL};
static const char *const table_allowed[] = {
    "concat", "insert", "move", "pack", "remove", "sort", "unpack", NULL};
static const char *const math_allowed[] = {
    "abs", "ceil", "cos", "deg", "exp", "floor", "fmod", "huge", "log",
    "max", "maxinteger", "min", "mininteger", "modf", "pi", "rad", "random",
    "sin", "sqrt", "tan", "tointeger", "type", "ult", "acos", "asin", "atan",
    NULL};
static const char *const utf8_allowed[] = {
    "char", "charpattern", "codes", "codepoint", "len", "offset", NULL};

/* {====================================================== guards */

/* Each guard is a closure over the real library function (upvalue 1),
   which it runs in its own frame, so that error messages name the
   function as the script called it ("bad argument #1 to 'rep'"). The
   library functions have no upvalues of their own (checked when the
   guards are made), so this is safe. */
static int call_real(lua_State *L) {
    return lua_tocfunction(L, lua_upvalueindex(1))(L);
}

/* Work proportional to the arguments (a long string or table), done in C
   in one call: keep to the time limit. */
static int l_timed(lua_State *L) {
    sandbox_check_deadline(L);
    return call_real(L);
}

/* The same for a C closure, such as gmatch's iterator: a real call. */
static int l_timed_closure(lua_State *L) {
    sandbox_check_deadline(L);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

/* string.rep("", n) copies nothing n times: hours for a large n, with no
   instruction counted. The result is "" anyway. */
static int l_rep(lua_State *L) {
    sandbox_check_deadline(L);
    size_t l, lsep = 0;
    luaL_checklstring(L, 1, &l);
    luaL_checkinteger(L, 2);
    luaL_optlstring(L, 3, "", &lsep);
    if (l == 0 && lsep == 0) {
        lua_pushliteral(L, "");
        return 1;
    }
    return call_real(L);
}

/* table.move walks its whole range and table.insert/remove shift up to
   #t elements, in C. A range or a __len result can claim any size while
   the table holds nothing; no real table has more elements than the
   memory budget can hold (16 bytes each), so more is refused. */
static void check_elements(lua_State *L, lua_Unsigned count) {
    if (count > sandbox_of(L)->mem_limit / 16) sandbox_exceed_budget(L);
}

static int l_move(lua_State *L) {
    sandbox_check_deadline(L);
    lua_Integer f = luaL_checkinteger(L, 2), e = luaL_checkinteger(L, 3);
    if (e >= f) check_elements(L, (lua_Unsigned)e - (lua_Unsigned)f);
    return call_real(L);
}

static int l_insert_remove(lua_State *L) {
    sandbox_check_deadline(L);
    if (luaL_getmetafield(L, 1, "__len") != LUA_TNIL) {
        lua_pop(L, 1);
        lua_Integer n = luaL_len(L, 1); /* the real function asks again */
        if (n > 0) check_elements(L, (lua_Unsigned)n);
    }
    return call_real(L);
}

static int guard_pattern(lua_State *L, bool can_anchor, bool plain_arg) {
    sandbox_check_deadline(L);
    size_t n, m;
    const char *s = luaL_checklstring(L, 1, &n);
    const char *p = luaL_checklstring(L, 2, &m);
    double steps = plain_arg && lua_toboolean(L, 4)
                       ? (n + 1.0) * (m + 1.0)
                       : pattern_steps(s, n, p, m, can_anchor);
    if (steps > PATTERN_STEPS_MAX) sandbox_exceed_budget(L);
    return call_real(L);
}

static int l_find(lua_State *L) { return guard_pattern(L, true, true); }
static int l_match(lua_State *L) { return guard_pattern(L, true, false); }

static int l_gsub(lua_State *L) { return guard_pattern(L, true, false); }

/* gmatch ignores '^'. Each step of the iterator is bounded by the
   estimate for the whole text, so it is checked once here; the steps keep
   to the time limit. */
static int l_gmatch(lua_State *L) {
    guard_pattern(L, false, false);
    lua_pushcclosure(L, l_timed_closure, 1);
    return 1;
}

/* Guarded: these functions and those of these libraries, with l_timed ... */
static const char *const base_timed[] = {"tostring", "tonumber", "rawequal", NULL};
static const struct { const char *lib; const char *const *names; } guarded[] = {
    {LUA_STRLIBNAME, string_allowed}, {LUA_TABLIBNAME, table_allowed},
    {LUA_UTF8LIBNAME, utf8_allowed}, {LUA_GNAME, base_timed}};
/* ... with l_timed, but these. */
static const struct { const char *lib, *name; lua_CFunction guard; } special[] = {
    {LUA_STRLIBNAME, "rep", l_rep}, {LUA_STRLIBNAME, "find", l_find},
    {LUA_STRLIBNAME, "match", l_match}, {LUA_STRLIBNAME, "gsub", l_gsub},
    {LUA_STRLIBNAME, "gmatch", l_gmatch}, {LUA_TABLIBNAME, "move", l_move},
    {LUA_TABLIBNAME, "insert", l_insert_remove},
    {LUA_TABLIBNAME, "remove", l_insert_remove}};

/* }====================================================== */

int sandbox_build_environment(lua_State *L) {
    Sandbox *sb = lua_touserdata(L, 1);
    static const luaL_Reg libs[] = {
        {LUA_GNAME, luaopen_base},   {LUA_STRLIBNAME, luaopen_string},
        {LUA_TABLIBNAME, luaopen_table}, {LUA_MATHLIBNAME, luaopen_math},
        {LUA_UTF8LIBNAME, luaopen_utf8}, {NULL, NULL}};
    for (const luaL_Reg *lib = libs; lib->func; lib++) {
        luaL_requiref(L, lib->name, lib->func, 1);
        lua_pop(L, 1);
    }
    /* String methods reach the real string table through the string
       metatable, bypassing _ENV: strip it and lock the metatable. */
    lua_getglobal(L, LUA_STRLIBNAME);
    lua_pushnil(L);
    lua_setfield(L, -2, "dump");
    lua_pop(L, 1);
    lua_pushliteral(L, "");
    lua_getmetatable(L, -1);
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 2);


    /* Library functions that can run long in C get guards, in the real
       tables, which the environment copies and the string methods ("").x
       reach. */
    for (size_t i = 0; i < sizeof guarded / sizeof guarded[0]; i++) {
        lua_getglobal(L, guarded[i].lib);
        for (const char *const *n = guarded[i].names; *n; n++) {
            lua_CFunction g = l_timed;
            for (size_t j = 0; j < sizeof special / sizeof special[0]; j++)
                if (strcmp(special[j].name, *n) == 0 &&
                    strcmp(special[j].lib, guarded[i].lib) == 0)
                    g = special[j].guard;
            if (lua_getfield(L, -1, *n) != LUA_TFUNCTION) {
                lua_pop(L, 1); /* utf8.charpattern */
                continue;
            }
            if (!lua_tocfunction(L, -1) || lua_getupvalue(L, -1, 1))
                return luaL_error(L, "%s.%s cannot be guarded", guarded[i].lib, *n);
            lua_pushcclosure(L, g, 1);
            lua_setfield(L, -2, *n);
        }
        lua_pop(L, 1);
    }

    lua_newtable(L); /* the environment */
    for (const char *const *n = base_allowed; *n; n++) {
        lua_getglobal(L, *n);
        lua_setfield(L, -2, *n);
    }
    struct { const char *name; const char *const *allowed; } libs2[] = {
        {LUA_STRLIBNAME, string_allowed}, {LUA_TABLIBNAME, table_allowed},
        {LUA_MATHLIBNAME, math_allowed}, {LUA_UTF8LIBNAME, utf8_allowed}};
    for (size_t i = 0; i < sizeof libs2 / sizeof libs2[0]; i++) {
        lua_getglobal(L, libs2[i].name);
        copy_fields(L, libs2[i].allowed);
        lua_setfield(L, -2, libs2[i].name);
    }
    /* Lua's own math.random has one state per Lua state, seeded from the
       clock: ours is per playthrough and seeded by the engine (section 4).
       Loading draws from seed 0, so it is the same every time. */
    lua_getfield(L, -1, LUA_MATHLIBNAME);
    lua_pushcfunction(L, sandbox_math_random);
    lua_setfield(L, -2, "random");
    lua_pop(L, 1);
    lua_pushcfunction(L, l_print);
    lua_setfield(L, -2, "print");
    lua_getglobal(L, "setmetatable");
    lua_pushcclosure(L, l_setmetatable, 1);
    lua_setfield(L, -2, "setmetatable");

    lua_newtable(L); /* its metatable: unknown names are errors */
    lua_pushcfunction(L, l_unknown_global);
    lua_setfield(L, -2, "__index");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
    sb->env_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    return 0;
}

/* }====================================================== */
