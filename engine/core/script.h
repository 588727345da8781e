/*
** script.h — what a playthrough asks of the scenario's Lua side: its state
** table and its callbacks (text, next, when, effect, on_enter), each run
** under the sandbox's budgets and checked for the type it must return.
** play.c uses this and never sees a lua_State.
*/
#ifndef BLIKK_SCRIPT_H
#define BLIKK_SCRIPT_H

#include "blikk.h"
#include "sandbox.h"

/* A new state table holding the scenario's initial `state`. */
bool script_state_new(const Scenario *sc, int *ref, SandboxError *err);
void script_state_free(const Scenario *sc, int ref);

/* Applies a choice's `set` and `add`. */
bool script_apply(const Scenario *sc, int state, const Choice *c,
                  SandboxError *err);

/* when(state) -> boolean */
bool script_call_bool(const Scenario *sc, int fn, int state, bool *out,
                      SandboxError *err);
/* text(state) or next(state) -> string; *out is a new string (free()). */
bool script_call_string(const Scenario *sc, int fn, int state, char **out,
                        SandboxError *err);
/* effect(state), on_enter(state) */
bool script_call_void(const Scenario *sc, int fn, int state,
                      SandboxError *err);

/* state[name]; a string result is borrowed from the state table and valid
   until the next call into the script. */
bool script_state_get(const Scenario *sc, int state, const char *name,
                      size_t len, Value *out);

/* math.random draws from `rng` (a playthrough's) until the next call. With
   a generator it also begins a step (sandbox_begin_step): play.c calls it
   at the start of every action that runs callbacks. */
void script_use_rng(const Scenario *sc, Rng *rng);

#endif
