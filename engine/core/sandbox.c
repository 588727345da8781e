/*
** sandbox.c — builds and guards the Lua state of one scenario.
**
** Provides: a state with base (filtered), string, table, math and utf8 only;
** a fresh allow-listed environment installed as the chunk's _ENV; a counting
** allocator (memory budget) and a count hook (instruction budget), backed
** by a time limit and by guards on library functions that can work long in
** C where no instruction is counted; a safe print; error messages reduced
** to a scenario line and a text.
** Uses: Lua 5.4 C API. Must not use: anything that reaches the file system
** or the process on behalf of the script.
*/
#include "sandbox.h"

#include <ctype.h>
#include <lauxlib.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "i18n.h"
#include "luamsg.h"
#include "scenario_priv.h"

enum {
    HOOK_STEP = 100,                  /* instructions between hook calls,
                                         each of which checks the time */
    MEMORY_RESERVE = 1024 * 1024,     /* for unwinding after the budget */
    PRINT_MAX = 64 * 1024             /* bytes print() may write per run */
};

/* A time limit backs up the instruction budget: one instruction or one
   library call can work through a whole large string or table (a == b,
   s + 0, utf8.len(s)) and the count does not see it. The limit is loose,
   1 microsecond per budgeted instruction and at least 0.25 s, so only such
   runaway work meets it; it is checked by the hook and by every library
   function that can take long. */
#define NS_PER_INSTRUCTION 1000LL
#define DEADLINE_MIN_NS 250000000LL
/* One step of a playthrough (entering a scene, a choice) runs several
   callbacks, each with its own budget: a scene with 5,000 choices whose
   `when` each used most of its budget took minutes. All the callbacks of
   one step share a time limit of this many callbacks' worth. */
#define STEP_CALLBACKS 2

struct Sandbox {
    lua_State *L;
    char *path;
    char short_src[LUA_IDSIZE];  /* how Lua names the chunk in messages */
    void (*log)(void *ud, const char *file, int line, const char *msg);
    void *log_ud;
    long load_budget, callback_budget;
    long budget_left;
    int hook_step;               /* instructions between hook calls now */
    long long deadline;          /* monotonic ns; 0: no time limit */
    long long step_deadline;     /* of the playthrough's current step, or 0 */
    size_t print_left;           /* bytes print() may still write this run */
    bool budget_exceeded;
    size_t mem_used, mem_limit;
    bool mem_exceeded;
    int mem_line;                /* where the memory budget broke */
    bool refused;                /* the last request was refused ... */
    void *refused_ptr;           /* ... and was this one */
    size_t refused_osize, refused_nsize;
    int env_ref;
    Rng load_rng;  /* math.random while the file loads: seed 0 */
    Rng *rng;      /* the generator math.random draws from now */
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

static void budget_hook(lua_State *L, lua_Debug *ar);

static void set_hook_step(Sandbox *sb, int step) {
    sb->hook_step = step;
    lua_sethook(sb->L, budget_hook, LUA_MASKCOUNT, step);
}

static long long now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static bool past_deadline(const Sandbox *sb) {
    return sb->deadline != 0 && now_ns() > sb->deadline;
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
        /* Stop the script at its very next instruction: otherwise a pcall
           around the failed allocation lets it run on (and act) until the
           next regular hook call. If Lua's retry after a collection fits,
           the hook finds nothing wrong and goes back to HOOK_STEP. */
        if (sb->L) set_hook_step(sb, 1);
        return NULL;
    }
    if (retry) sb->mem_exceeded = false; /* the collection made room */
    sb->refused = false;
    void *p = realloc(ptr, nsize);
    if (p) sb->mem_used = sb->mem_used - osize + nsize;
    return p;
}

static int raise_budget_error(lua_State *L) {
    Sandbox *sb = sandbox_of(L);
    /* From now on every instruction fails, so no pcall can go on. */
    set_hook_step(sb, 1);
    if (sb->mem_exceeded && !sb->budget_exceeded)
        lua_pushfstring(L, _("memory budget exceeded (%d MiB)"),
                        (int)(sb->mem_limit / (1024 * 1024)));
    else
        lua_pushstring(L, _("instruction budget exceeded (or its time limit): does a "
                            "loop never end, or is the work too big for one step?"));
    return lua_error(L);
}

static void budget_hook(lua_State *L, lua_Debug *ar) {
    (void)ar;
    Sandbox *sb = sandbox_of(L);
    if (!sb->budget_exceeded && !sb->mem_exceeded) {
        sb->budget_left -= sb->hook_step;
        if (sb->budget_left >= 0 && !past_deadline(sb)) {
            if (sb->hook_step != HOOK_STEP) set_hook_step(sb, HOOK_STEP);
            return;
        }
        sb->budget_exceeded = true;
    }
    raise_budget_error(L);
}

/* For library functions that see before starting that their work would
   break the budget or is past the time limit: fails the call as the hook
   does. */
static int exceed_budget(lua_State *L) {
    sandbox_of(L)->budget_exceeded = true;
    return raise_budget_error(L);
}

static void check_deadline(lua_State *L) {
    if (past_deadline(sandbox_of(L))) exceed_budget(L);
}

/* Hostile files made the engine's C side do the work their budgets deny
   them in Lua: one 10 MB string given to character{} a million times was
   copied each time (gigabytes outside the 64 MiB), and scene(t) on a table
   of a million entries walked it for one instruction, again and again. */
bool sandbox_charge(Sandbox *sb, size_t bytes) {
    if (sb->mem_used + bytes > sb->mem_limit || sb->mem_used + bytes < sb->mem_used) {
        if (!sb->mem_exceeded) {
            sb->mem_exceeded = true;
            sb->mem_line = current_line(sb->L);
        }
        set_hook_step(sb, 1); /* the script stops at its next instruction */
        return false;
    }
    sb->mem_used += bytes;
    return true;
}

void sandbox_spend(lua_State *L, long units) {
    Sandbox *sb = sandbox_of(L);
    sb->budget_left -= units;
    if (sb->budget_left < 0 || sb->budget_exceeded) exceed_budget(L);
}

void sandbox_begin_step(Sandbox *sb) {
    long long span = sb->callback_budget < 1000000000000LL
                         ? sb->callback_budget * NS_PER_INSTRUCTION
                         : 1000000000000000LL;
    if (span < DEADLINE_MIN_NS) span = DEADLINE_MIN_NS;
    sb->step_deadline = now_ns() + STEP_CALLBACKS * span;
}

/* `timed`: also set the time limit (for the scenario's code, not for the
   engine's own protected calls). */
static void arm(Sandbox *sb, long budget, bool timed) {
    sb->budget_left = budget;
    sb->budget_exceeded = false;
    sb->mem_exceeded = false;
    sb->mem_line = 0;
    sb->deadline = 0;
    sb->print_left = PRINT_MAX;
    if (timed) {
        long long span = budget < 1000000000000LL ? budget * NS_PER_INSTRUCTION
                                                  : 1000000000000000LL;
        sb->deadline = now_ns() + (span > DEADLINE_MIN_NS ? span : DEADLINE_MIN_NS);
        if (sb->step_deadline && sb->step_deadline < sb->deadline)
            sb->deadline = sb->step_deadline;
    }
    set_hook_step(sb, HOOK_STEP);
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
        lua_pushfstring(L, _("the error is %s, not a message"),
                        lua_type_words(lua_type(L, 1)));
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
        luamsg_translate(m, err->msg, sizeof err->msg);
    } else {
        snprintf(err->msg, sizeof err->msg, "%s", _("unknown error"));
    }
    lua_pop(L, 1);
}

/* }====================================================== */

/* {====================================================== environment */

/* The log is bounded: a loop printing a megabyte at a time wrote 8 GB to
   stderr within the load's time limit. Past PRINT_MAX bytes in one run
   (the file, or one callback) print() writes one note and then nothing. */
static int l_print(lua_State *L) {
    Sandbox *sb = sandbox_of(L);
    check_deadline(L);
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
    int line = current_line(L);
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
    check_deadline(L);
    return call_real(L);
}

/* The same for a C closure, such as gmatch's iterator: a real call. */
static int l_timed_closure(lua_State *L) {
    check_deadline(L);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

/* string.rep("", n) copies nothing n times: hours for a large n, with no
   instruction counted. The result is "" anyway. */
static int l_rep(lua_State *L) {
    check_deadline(L);
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
    if (count > sandbox_of(L)->mem_limit / 16) exceed_budget(L);
}

static int l_move(lua_State *L) {
    check_deadline(L);
    lua_Integer f = luaL_checkinteger(L, 2), e = luaL_checkinteger(L, 3);
    if (e >= f) check_elements(L, (lua_Unsigned)e - (lua_Unsigned)f);
    return call_real(L);
}

static int l_insert_remove(lua_State *L) {
    check_deadline(L);
    if (luaL_getmetafield(L, 1, "__len") != LUA_TNIL) {
        lua_pop(L, 1);
        lua_Integer n = luaL_len(L, 1); /* the real function asks again */
        if (n > 0) check_elements(L, (lua_Unsigned)n);
    }
    return call_real(L);
}

/* Lua's pattern matcher backtracks in C, where no instruction is counted:
   ("a"):rep(40):find(("a*"):rep(20) .. "b") runs for hours, and ".-x" on a
   long text is quadratic. Before a call the guard bounds the matcher's
   work from above and refuses calls that could take more than
   PATTERN_STEPS_MAX steps (about half a second). The bound: start
   positions x the ways the quantified items can split the text x the
   cost of one way. An item can take at most run + 1 lengths, where run is
   the longest stretch of the text that its class matches; so "%s*" on
   prose is cheap and "a*a*a*b" on "aaaa..." is not. */
#define PATTERN_STEPS_MAX 1e8

/* Does byte c match the class %cl (section 6.4.1 of the Lua manual)? Any
   other cl stands for itself. */
static bool in_class(int c, int cl) {
    bool r;
    switch (tolower(cl)) {
    case 'a': r = isalpha(c); break;
    case 'c': r = iscntrl(c); break;
    case 'd': r = isdigit(c); break;
    case 'g': r = isgraph(c); break;
    case 'l': r = islower(c); break;
    case 'p': r = ispunct(c); break;
    case 's': r = isspace(c); break;
    case 'u': r = isupper(c); break;
    case 'w': r = isalnum(c); break;
    case 'x': r = isxdigit(c); break;
    default: return c == cl;
    }
    return isupper(cl) ? !r : r;
}

/* The end of the single-character class at p (just past it), or NULL when
   the pattern is malformed there (the matcher then stops with an error). */
static const char *class_end(const char *p, const char *end) {
    if (*p == '%') return p + 1 < end ? p + 2 : NULL;
    if (*p != '[') return p + 1;
    p++;
    if (p < end && *p == '^') p++;
    do { /* the first character of a set is part of it, even ']' */
        if (p >= end) return NULL;
        p += *p == '%' && p + 1 < end ? 2 : 1;
    } while (p < end && *p != ']');
    return p < end ? p + 1 : NULL;
}

/* Does byte c match the class from p to ce (as class_end found it)? */
static bool class_matches(int c, const char *p, const char *ce) {
    if (*p == '.') return true;
    if (*p == '%') return in_class(c, (unsigned char)p[1]);
    if (*p != '[') return c == (unsigned char)*p;
    bool neg = p[1] == '^';
    const char *q = p + (neg ? 2 : 1), *close = ce - 1;
    do {
        if (*q == '%' && q + 1 < close) {
            q++;
            if (in_class(c, (unsigned char)*q)) return !neg;
        } else if (q[1] == '-' && q + 2 < close) {
            if ((unsigned char)q[0] <= c && c <= (unsigned char)q[2]) return !neg;
            q += 2;
        } else if ((unsigned char)*q == c) {
            return !neg;
        }
    } while (++q < close);
    return neg;
}

static size_t longest_run(const char *s, size_t n, const char *p, const char *ce) {
    bool in[256];
    for (int c = 0; c < 256; c++) in[c] = class_matches(c, p, ce);
    size_t best = 0, run = 0;
    for (size_t i = 0; i < n; i++) {
        run = in[(unsigned char)s[i]] ? run + 1 : 0;
        if (run > best) best = run;
    }
    return best;
}

/* A malformed pattern ends the estimate where it goes wrong: the real
   function stops with its error there. */
static double pattern_steps(const char *s, size_t n, const char *p, size_t m,
                            bool can_anchor) {
    const char *end = p + m;
    double starts = n + 1.0, ways = 1, counting = 0, per_way = m + 1.0;
    double scanned = 0; /* this function's own work */
    if (can_anchor && p < end && *p == '^') {
        starts = 1;
        p++;
    }
    while (p < end) {
        if (ways * per_way > PATTERN_STEPS_MAX || scanned > PATTERN_STEPS_MAX)
            return PATTERN_STEPS_MAX * 2; /* too much already */
        if (*p == '(' || *p == ')') {
            p++;
        } else if (*p == '%' && p + 1 < end && p[1] == 'b') {
            if (end - p < 4) break;
            per_way += n; /* matching a balance scans the text */
            p += 4;
        } else if (*p == '%' && p + 1 < end && isdigit((unsigned char)p[1])) {
            per_way += n; /* so does comparing a back-reference */
            p += 2;
        } else if (*p == '%' && p + 1 < end && p[1] == 'f') {
            p += 2; /* a frontier tests one position; it takes no quantifier */
            if (p >= end || *p != '[' || !(p = class_end(p, end))) break;
        } else {
            const char *ce = class_end(p, end);
            if (!ce) break;
            if (ce < end && (*ce == '*' || *ce == '+' || *ce == '-' || *ce == '?')) {
                double width = (double)(ce - p); /* testing one byte costs up to this */
                scanned += n + 256 * width;
                if (scanned > PATTERN_STEPS_MAX) return PATTERN_STEPS_MAX * 2;
                size_t run = longest_run(s, n, p, ce);
                counting += ways * (double)run * width; /* '*' and '+' count first */
                ways *= *ce == '?' ? 2.0 : run + 1.0;
                ce++;
            }
            p = ce;
        }
    }
    return starts * (ways * per_way + counting) + scanned;
}

static int guard_pattern(lua_State *L, bool can_anchor, bool plain_arg) {
    check_deadline(L);
    size_t n, m;
    const char *s = luaL_checklstring(L, 1, &n);
    const char *p = luaL_checklstring(L, 2, &m);
    double steps = plain_arg && lua_toboolean(L, 4)
                       ? (n + 1.0) * (m + 1.0)
                       : pattern_steps(s, n, p, m, can_anchor);
    if (steps > PATTERN_STEPS_MAX) exceed_budget(L);
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

static int l_random(lua_State *L);

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
    lua_pushcfunction(L, l_random);
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
    sb->env_ref = LUA_NOREF;
    rng_seed(&sb->load_rng, 0);
    sb->rng = &sb->load_rng;
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
                       bool timed, SandboxError *err) {
    lua_State *L = sb->L;
    int base = lua_gettop(L) - nargs;
    lua_pushcfunction(L, message_handler_packed);
    lua_insert(L, base);
    arm(sb, budget, timed);
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
    arm(sb, 0x7fffffff, false);
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
    arm(sb, sb->load_budget, true);
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
        if (status == LUA_ERRMEM) {
            snprintf(err->msg, sizeof err->msg, "%s",
                     _("memory budget exceeded while reading the file"));
        } else if (len >= 4 && memcmp(buf, LUA_SIGNATURE, 4) == 0) {
            /* Lua's own message names no line and speaks of "mode 't'". */
            err->line = 1;
            snprintf(err->msg, sizeof err->msg, "%s",
                     _("this file is compiled Lua (bytecode); a scenario must "
                       "be Lua source text"));
        } else {
            luamsg_translate(m ? m : "?", err->msg, sizeof err->msg);
        }
        lua_pop(L, 1);
        return false;
    }
    sandbox_push_env(sb);
    lua_setupvalue(L, -2, 1); /* the chunk's _ENV */
    return call_armed(sb, 0, 0, sb->load_budget, true, err);
}

bool sandbox_call(Sandbox *sb, int nargs, int nresults, SandboxError *err) {
    return call_armed(sb, nargs, nresults, sb->callback_budget, true, err);
}

bool sandbox_protect(Sandbox *sb, lua_CFunction fn, void *ud,
                     SandboxError *err) {
    lua_State *L = sb->L;
    lua_pushcfunction(L, fn);
    lua_pushlightuserdata(L, ud);
    return call_armed(sb, 1, 0, 0x7fffffff, false, err);
}

/* {====================================================== random */

/* splitmix64 spreads a small seed over the generator's 256 bits. */
void rng_seed(Rng *r, uint64_t seed) {
    for (int i = 0; i < 4; i++) {
        uint64_t z = (seed += 0x9E3779B97F4A7C15u);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
        r->s[i] = z ^ (z >> 31);
    }
}

static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

static uint64_t rng_next(Rng *r) {
    uint64_t *s = r->s;
    uint64_t result = rotl(s[1] * 5, 7) * 9, t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return result;
}

void sandbox_use_rng(Sandbox *sb, Rng *r) {
    sb->rng = r ? r : &sb->load_rng;
    if (!r) sb->step_deadline = 0; /* the playthrough is over */
}

/* math.random with Lua 5.4's interface: () a float in [0, 1), (m) an
   integer in [1, m], (m, n) an integer in [m, n]; drawn from the current
   playthrough's generator. */
static int l_random(lua_State *L) {
    Sandbox *sb = sandbox_of(L);
    uint64_t rv = rng_next(sb->rng);
    lua_Integer low, up;
    switch (lua_gettop(L)) {
    case 0:
        lua_pushnumber(L, (lua_Number)(rv >> 11) * 0x1.0p-53);
        return 1;
    case 1:
        low = 1;
        up = luaL_checkinteger(L, 1);
        if (up == 0) { /* math.random(0): all bits, as in Lua */
            lua_pushinteger(L, (lua_Integer)rv);
            return 1;
        }
        break;
    case 2:
        low = luaL_checkinteger(L, 1);
        up = luaL_checkinteger(L, 2);
        break;
    default:
        return luaL_error(L, "wrong number of arguments");
    }
    luaL_argcheck(L, low <= up, 1, "interval is empty");
    /* Uniform in [0, range] by rejection over the smallest covering mask. */
    uint64_t range = (uint64_t)up - (uint64_t)low, mask = range;
    mask |= mask >> 1; mask |= mask >> 2; mask |= mask >> 4;
    mask |= mask >> 8; mask |= mask >> 16; mask |= mask >> 32;
    while ((rv &= mask) > range) rv = rng_next(sb->rng);
    lua_pushinteger(L, (lua_Integer)((uint64_t)low + rv));
    return 1;
}

/* }====================================================== */
