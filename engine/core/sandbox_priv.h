/*
** sandbox_priv.h — what the sandbox's own files share: the Sandbox itself
** and the budget checks that the library guards (sandbox_env.c) and
** math.random (sandbox_random.c) must call from inside the script's
** calls. Only for engine/core/sandbox*.c; the rest of the core uses
** sandbox.h.
*/
#ifndef BLIKK_SANDBOX_PRIV_H
#define BLIKK_SANDBOX_PRIV_H

#include <stddef.h>

#include "sandbox.h"

enum {
    PRINT_MAX = 64 * 1024             /* bytes print() may write per run */
};

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

static inline Sandbox *sandbox_of(lua_State *L) {
    return *(Sandbox **)lua_getextraspace(L);
}

/* sandbox.c: the line the running scenario code is at (0 if unknown);
   safe inside the allocator and hooks. */
int sandbox_current_line(lua_State *L);
/* sandbox.c: for library functions that see before starting that their
   work would break the budget: fails the call as the hook does. */
int sandbox_exceed_budget(lua_State *L);
/* sandbox.c: fails the call with the budget error when the time limit has
   passed. */
void sandbox_check_deadline(lua_State *L);

/* sandbox_env.c: opens the safe libraries, guards them and builds the
   environment (protected; the Sandbox is argument 1). */
int sandbox_build_environment(lua_State *L);

/* sandbox_random.c: the scenario's math.random. */
int sandbox_math_random(lua_State *L);

#endif
