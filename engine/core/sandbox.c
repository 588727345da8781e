/*
** sandbox.c — builds and guards the Lua state of one scenario.
**
** Provides: a state with base (filtered), string, table, math and utf8 only;
** a fresh allow-listed environment installed as the chunk's _ENV; a counting
** allocator (memory budget) and a count hook (instruction budget); a safe
** print; error messages reduced to a scenario line and a text.
** Uses: Lua 5.4 C API. Must not use: anything that reaches the file system
** or the process on behalf of the script.
*/
#include "sandbox.h"

#include <lauxlib.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"

enum {
    HOOK_STEP = 1000,                 /* instructions between hook calls */
    MEMORY_RESERVE = 1024 * 1024      /* for unwinding after the budget */
};

struct Sandbox {
    lua_State *L;
    char *path;
    char short_src[LUA_IDSIZE];  /* how Lua names the chunk in messages */
    void (*log)(void *ud, const char *file, int line, const char *msg);
    void *log_ud;
    long load_budget, callback_budget;
    long budget_left;
    bool budget_exceeded;
    size_t mem_used, mem_limit;
    bool mem_exceeded;
    int mem_line;                /* where the memory budget broke */
    bool refused;                /* the last request was refused ... */
    void *refused_ptr;           /* ... and was this one */
    size_t refused_osize, refused_nsize;
    int env_ref, randomseed_ref;
};

/* {====================================================== budgets */

static Sandbox *sandbox_of(lua_State *L) {
    return *(Sandbox **)lua_getextraspace(L);
}

/* The line the running scenario code is at, from the innermost Lua frame.
   Needs no allocation, so it is safe inside the allocator and hooks. */
static int current_line(lua_State *L) {
    lua_Debug ar;
    for (int level = 0; lua_getstack(L, level, &ar); level++) {
        if (lua_getinfo(L, "l", &ar) && ar.currentline > 0)
            return ar.currentline;
    }
    return 0;
}

/* Counting allocator. Past the budget it refuses. Lua then collects
   garbage and asks once more with the same sizes: if that fits, the script
   goes on. If not, the sandbox is marked so the hook keeps raising errors
   until the callback is unwound (a pcall in the script cannot swallow the
   failure), and a small reserve lets the unwinding build its messages. */
static void *budget_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
    Sandbox *sb = ud;
    if (!ptr) osize = 0; /* then osize is a type tag, not a size */
    if (nsize == 0) {
        free(ptr);
        sb->mem_used -= osize;
        return NULL;
    }
    bool retry = sb->refused && ptr == sb->refused_ptr &&
                 osize == sb->refused_osize && nsize == sb->refused_nsize;
    size_t limit = sb->mem_limit;
    if (sb->mem_exceeded && !retry) limit += MEMORY_RESERVE;
    if (nsize > osize && sb->mem_used - osize + nsize > limit) {
        if (!sb->mem_exceeded) {
            sb->mem_exceeded = true;
            if (sb->L) sb->mem_line = current_line(sb->L);
        }
        sb->refused = !retry;
        sb->refused_ptr = ptr;
        sb->refused_osize = osize;
        sb->refused_nsize = nsize;
        return NULL;
    }
    if (retry) sb->mem_exceeded = false; /* the collection made room */
    sb->refused = false;
    void *p = realloc(ptr, nsize);
    if (p) sb->mem_used = sb->mem_used - osize + nsize;
    return p;
}

static void budget_hook(lua_State *L, lua_Debug *ar) {
    (void)ar;
    Sandbox *sb = sandbox_of(L);
    if (!sb->budget_exceeded && !sb->mem_exceeded) {
        sb->budget_left -= HOOK_STEP;
        if (sb->budget_left >= 0) return;
        sb->budget_exceeded = true;
    }
    /* From now on every instruction fails, so no pcall can go on. */
    lua_sethook(L, budget_hook, LUA_MASKCOUNT, 1);
    if (sb->mem_exceeded)
        lua_pushfstring(L, _("memory budget exceeded (%d MiB)"),
                        (int)(sb->mem_limit / (1024 * 1024)));
    else
        lua_pushstring(L, _("instruction budget exceeded: does a loop never "
                            "end, or is the work too big for one step?"));
    lua_error(L);
}

static void arm(Sandbox *sb, long budget) {
    sb->budget_left = budget;
    sb->budget_exceeded = false;
    sb->mem_exceeded = false;
    sb->mem_line = 0;
    lua_sethook(sb->L, budget_hook, LUA_MASKCOUNT, HOOK_STEP);
}

/* }====================================================== */

/* {====================================================== errors */

/* Message handler: reduces an error to (line, text). Runs no metamethod of
   the error object, which may be hostile. */
static int message_handler(lua_State *L) {
    Sandbox *sb = sandbox_of(L);
    const char *msg = lua_type(L, 1) == LUA_TSTRING ? lua_tostring(L, 1) : NULL;
    int line = 0;
    if (msg) {
        /* Lua prefixes "short_src:line: " where the error was raised. */
        size_t n = strlen(sb->short_src);
        if (strncmp(msg, sb->short_src, n) == 0 && msg[n] == ':') {
            char *end;
            long l = strtol(msg + n + 1, &end, 10);
            if (end != msg + n + 1 && end[0] == ':' && end[1] == ' ') {
                line = (int)l;
                msg = end + 2;
            }
        }
        lua_pushstring(L, msg);
    } else {
        lua_pushfstring(L, _("error object is a %s value, not a message"),
                        luaL_typename(L, 1));
    }
    if (line == 0) line = current_line(L);
    lua_pushinteger(L, line);
    return 2; /* only the first result survives; the line goes below */
}

/* Lua keeps one value from a message handler, so the line travels inside
   the message: "<line>\x1f<text>". */
static int message_handler_packed(lua_State *L) {
    message_handler(L);
    lua_pushfstring(L, "%d\x1f%s", (int)lua_tointeger(L, -1), lua_tostring(L, -2));
    return 1;
}

static void read_error(Sandbox *sb, int status, SandboxError *err) {
    lua_State *L = sb->L;
    err->line = 0;
    if (status == LUA_ERRMEM || (sb->mem_exceeded && status != LUA_OK &&
                                 !sb->budget_exceeded)) {
        err->line = sb->mem_line;
        snprintf(err->msg, sizeof err->msg,
                 _("memory budget exceeded (%d MiB): is a table or string "
                   "growing without end?"),
                 (int)(sb->mem_limit / (1024 * 1024)));
    } else if (lua_type(L, -1) == LUA_TSTRING) {
        const char *m = lua_tostring(L, -1);
        char *sep = strchr(m, '\x1f');
        if (sep && status == LUA_ERRRUN) {
            err->line = atoi(m);
            m = sep + 1;
        }
        snprintf(err->msg, sizeof err->msg, "%s", m);
    } else {
        snprintf(err->msg, sizeof err->msg, "%s", _("unknown error"));
    }
    lua_pop(L, 1);
}

/* }====================================================== */

/* {====================================================== environment */

static int l_print(lua_State *L) {
    Sandbox *sb = sandbox_of(L);
    luaL_Buffer b;
    int n = lua_gettop(L);
    luaL_buffinit(L, &b);
    for (int i = 1; i <= n; i++) {
        if (i > 1) luaL_addchar(&b, '\t');
        luaL_tolstring(L, i, NULL);
        luaL_addvalue(&b);
    }
    luaL_pushresult(&b);
    int line = current_line(L);
    if (sb->log)
        sb->log(sb->log_ud, sb->path, line, lua_tostring(L, -1));
    else
        fprintf(stderr, "%s:%d: print: %s\n", sb->path, line, lua_tostring(L, -1));
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
        if (lua_getfield(L, 2, "__gc") != LUA_TNIL)
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

static const char *const base_allowed[] = {
    "assert", "error", "ipairs", "next", "pairs", "pcall", "select",
    "tonumber", "tostring", "type", "xpcall", "rawequal", "rawlen", "rawget",
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

static int build_environment(lua_State *L) {
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

    lua_getglobal(L, LUA_MATHLIBNAME);
    lua_getfield(L, -1, "randomseed");
    sb->randomseed_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    lua_pop(L, 1);

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

/* luaO_chunkid for "@path" sources: the tail of a long path after "...". */
static void make_short_src(char *out, const char *path) {
    size_t len = strlen(path), room = LUA_IDSIZE - 1;
    if (len <= room) {
        memcpy(out, path, len + 1);
    } else {
        room -= 3;
        memcpy(out, "...", 3);
        memcpy(out + 3, path + len - room, room + 1);
    }
}

Sandbox *sandbox_new(const char *path, const LoadOptions *opt) {
    Sandbox *sb = calloc(1, sizeof *sb);
    if (!sb) return NULL;
    sb->path = strdup(path);
    sb->load_budget = opt && opt->load_budget > 0 ? opt->load_budget : 10000000;
    sb->callback_budget =
        opt && opt->callback_budget > 0 ? opt->callback_budget : 1000000;
    sb->mem_limit = opt && opt->memory_budget > 0 ? opt->memory_budget
                                                  : (size_t)64 * 1024 * 1024;
    if (opt) {
        sb->log = opt->log;
        sb->log_ud = opt->log_ud;
    }
    sb->env_ref = sb->randomseed_ref = LUA_NOREF;
    if (!sb->path) goto fail;
    make_short_src(sb->short_src, path);
    sb->L = lua_newstate(budget_alloc, sb);
    if (!sb->L) goto fail;
    *(Sandbox **)lua_getextraspace(sb->L) = sb;
    SandboxError err;
    if (!sandbox_protect(sb, build_environment, sb, &err)) goto fail;
    return sb;
fail:
    sandbox_free(sb);
    return NULL;
}

void sandbox_free(Sandbox *sb) {
    if (!sb) return;
    if (sb->L) lua_close(sb->L);
    free(sb->path);
    free(sb);
}

lua_State *sandbox_lua(Sandbox *sb) { return sb->L; }
const char *sandbox_path(const Sandbox *sb) { return sb->path; }

void sandbox_push_env(Sandbox *sb) {
    lua_rawgeti(sb->L, LUA_REGISTRYINDEX, sb->env_ref);
}

static bool call_armed(Sandbox *sb, int nargs, int nresults, long budget,
                       SandboxError *err) {
    lua_State *L = sb->L;
    int base = lua_gettop(L) - nargs;
    lua_pushcfunction(L, message_handler_packed);
    lua_insert(L, base);
    arm(sb, budget);
    int status = lua_pcall(L, nargs, nresults, base);
    bool ok = status == LUA_OK && !sb->mem_exceeded && !sb->budget_exceeded;
    if (status != LUA_OK) {
        read_error(sb, status, err);
    } else if (!ok) {
        /* The script caught the failure and returned normally; it still
           counts, and the results are discarded. */
        lua_pop(L, nresults == LUA_MULTRET ? lua_gettop(L) - base + 1 : nresults);
        lua_pushnil(L);
        read_error(sb, LUA_ERRMEM, err);
    }
    lua_remove(L, base); /* the message handler */
    /* Keep counting outside calls too, but never fail there. */
    arm(sb, 0x7fffffff);
    return ok;
}

bool sandbox_run_file(Sandbox *sb, const char *buf, size_t len,
                      SandboxError *err) {
    lua_State *L = sb->L;
    char *chunkname = malloc(strlen(sb->path) + 2);
    if (!chunkname) {
        err->line = 0;
        snprintf(err->msg, sizeof err->msg, "%s", _("out of memory"));
        return false;
    }
    chunkname[0] = '@';
    strcpy(chunkname + 1, sb->path);
    arm(sb, sb->load_budget);
    int status = luaL_loadbufferx(L, buf, len, chunkname, "t");
    free(chunkname);
    if (status != LUA_OK) {
        /* A syntax error carries "short_src:line: " like a runtime one. */
        const char *m = lua_tostring(L, -1);
        err->line = 0;
        size_t n = strlen(sb->short_src);
        if (m && strncmp(m, sb->short_src, n) == 0 && m[n] == ':') {
            char *end;
            err->line = (int)strtol(m + n + 1, &end, 10);
            m = *end == ':' ? end + 1 + (end[1] == ' ') : m;
        }
        if (status == LUA_ERRMEM)
            snprintf(err->msg, sizeof err->msg, "%s",
                     _("memory budget exceeded while reading the file"));
        else
            snprintf(err->msg, sizeof err->msg, "%s", m ? m : "?");
        lua_pop(L, 1);
        return false;
    }
    sandbox_push_env(sb);
    lua_setupvalue(L, -2, 1); /* the chunk's _ENV */
    return call_armed(sb, 0, 0, sb->load_budget, err);
}

bool sandbox_call(Sandbox *sb, int nargs, int nresults, SandboxError *err) {
    return call_armed(sb, nargs, nresults, sb->callback_budget, err);
}

bool sandbox_protect(Sandbox *sb, lua_CFunction fn, void *ud,
                     SandboxError *err) {
    lua_State *L = sb->L;
    lua_pushcfunction(L, fn);
    lua_pushlightuserdata(L, ud);
    return call_armed(sb, 1, 0, 0x7fffffff, err);
}

static int do_seed(lua_State *L) {
    Sandbox *sb = sandbox_of(L);
    uint64_t *seed = lua_touserdata(L, 1);
    lua_rawgeti(L, LUA_REGISTRYINDEX, sb->randomseed_ref);
    lua_pushinteger(L, (lua_Integer)*seed);
    lua_call(L, 1, 0);
    return 0;
}

bool sandbox_seed(Sandbox *sb, uint64_t seed) {
    SandboxError err;
    return sandbox_protect(sb, do_seed, &seed, &err);
}
