/*
** sandbox.h — the Lua state a scenario runs in: only safe libraries, a
** fresh environment, text chunks only, and instruction and memory budgets
** that the script can neither catch nor switch off (format, section 7).
**
** Every call into Lua goes through sandbox_call() or sandbox_protect(), so
** no Lua error — out of memory included — can escape as a panic.
*/
#ifndef BLIKK_SANDBOX_H
#define BLIKK_SANDBOX_H

#include <lua.h>
#include <stdbool.h>
#include <stdint.h>

#include "blikk.h"

typedef struct Sandbox Sandbox;

/* The state of math.random for one playthrough (xoshiro256**). Each Play
   owns one, so playthroughs of the same case never disturb each other's
   sequence, and a replay from the seed gives the same numbers. */
typedef struct {
    uint64_t s[4];
} Rng;

void rng_seed(Rng *r, uint64_t seed);
/* math.random draws from `r` from now on (NULL: the loading generator). */
void sandbox_use_rng(Sandbox *sb, Rng *r);

typedef struct {
    int line;        /* scenario line of the error, 0 if unknown */
    char msg[1024];  /* without the `file:line:` prefix */
} SandboxError;

/* A new sandbox for the scenario at `path` (copied); NULL on exhaustion.
   Free with sandbox_free(). */
Sandbox *sandbox_new(const char *path, const LoadOptions *opt);
void sandbox_free(Sandbox *sb);
lua_State *sandbox_lua(Sandbox *sb);
const char *sandbox_path(const Sandbox *sb);

/* Pushes the scenario's global environment (so lua_api can add the
   constructors to it). Call only inside sandbox_protect(). */
void sandbox_push_env(Sandbox *sb);

/* Compiles `buf` as the scenario's main chunk (text only, never bytecode)
   and runs it under the load budget. */
bool sandbox_run_file(Sandbox *sb, const char *buf, size_t len,
                      SandboxError *err);

/* Calls the function below `nargs` arguments on the stack under the
   callback budget, leaving `nresults` results. On failure the function and
   arguments are popped, nothing is pushed, and `err` tells why. */
bool sandbox_call(Sandbox *sb, int nargs, int nresults, SandboxError *err);

/* Memory the engine holds for the scenario outside its Lua state (the
   copies the constructors make) counts against the memory budget until the
   sandbox is freed. False when it does not fit: the script then stops at
   its next instruction with the memory budget error, as for Lua's own. */
bool sandbox_charge(Sandbox *sb, size_t bytes);

/* Counts `units` of work that C code does for the running script (one per
   table entry a constructor reads) against the instruction budget; raises
   the budget error when it is used up. Only from a C function the script
   called. */
void sandbox_spend(lua_State *L, long units);

/* A step of a playthrough begins (play_new, a choice, continue): the
   callbacks it runs from now on share one time limit, besides each having
   its own budgets. sandbox_use_rng(sb, NULL) ends the playthrough's
   steps. */
void sandbox_begin_step(Sandbox *sb);

/* Runs fn(L) with `ud` as its only argument (a light userdata) in protected
   mode, for C code that must touch the Lua state (allocations may fail).
   fn's results are discarded. */
bool sandbox_protect(Sandbox *sb, lua_CFunction fn, void *ud,
                     SandboxError *err);


#endif
