/*
** sandbox.c — builds and guards the Lua state of one scenario.
**
** Provides: a counting allocator (memory budget) and a count hook
** (instruction budget), backed by a time limit; the runs of the file, of
** callbacks and of the engine's own protected calls, each armed with its
** budgets; error messages reduced to a scenario line and a text. What the
** script can reach — the allow-listed environment, the guards on library
** functions that can work long in C, print, math.random — is built by
** sandbox_env.c and sandbox_random.c.
** Uses: Lua 5.4 C API. Must not use: anything that reaches the file system
** or the process on behalf of the script.
*/
#include "sandbox.h"

#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "i18n.h"
#include "luamsg.h"
#include "sandbox_priv.h"
#include "scenario_priv.h"

enum {
    HOOK_STEP = 100,                  /* instructions between hook calls,
                                         each of which checks the time */
    MEMORY_RESERVE = 1024 * 1024      /* for unwinding after the budget */
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

/* {====================================================== budgets */

/* The line the running scenario code is at, from the innermost Lua frame.
   Needs no allocation, so it is safe inside the allocator and hooks. */
int sandbox_current_line(lua_State *L) {
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
            if (sb->L) sb->mem_line = sandbox_current_line(sb->L);
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
int sandbox_exceed_budget(lua_State *L) {
    sandbox_of(L)->budget_exceeded = true;
    return raise_budget_error(L);
}

void sandbox_check_deadline(lua_State *L) {
    if (past_deadline(sandbox_of(L))) sandbox_exceed_budget(L);
}

/* Hostile files made the engine's C side do the work their budgets deny
   them in Lua: one 10 MB string given to character{} a million times was
   copied each time (gigabytes outside the 64 MiB), and scene(t) on a table
   of a million entries walked it for one instruction, again and again. */
bool sandbox_charge(Sandbox *sb, size_t bytes) {
    if (sb->mem_used + bytes > sb->mem_limit || sb->mem_used + bytes < sb->mem_used) {
        if (!sb->mem_exceeded) {
            sb->mem_exceeded = true;
            sb->mem_line = sandbox_current_line(sb->L);
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
    if (sb->budget_left < 0 || sb->budget_exceeded) sandbox_exceed_budget(L);
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
    if (line == 0) line = sandbox_current_line(L);
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
    if (!sandbox_protect(sb, sandbox_build_environment, sb, &err)) goto fail;
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
