/*
** scenario_priv.h — what the core modules share about a Scenario beyond the
** public structs: its sandbox, the arena that owns its strings, and the id
** maps. Not for front ends.
*/
#ifndef BLIKK_SCENARIO_PRIV_H
#define BLIKK_SCENARIO_PRIV_H

#include "arena.h"
#include "blikk.h"
#include "idmap.h"
#include "sandbox.h"

struct ScenarioLua {
    Sandbox *sb;
    Arena arena;
    IdMap nodes;        /* scene i -> 2i, ending j -> 2j + 1 */
    IdMap observations, characters, competencies;
    void *loader;       /* while the file runs; NULL afterwards */
};

/* lua_api.c: adds the constructors to the sandbox's environment and runs
   the file, filling `sc`. Problems go to `dl`. Returns false if the file
   could not run to its end (syntax or runtime error, budget). */
bool lua_api_run(Scenario *sc, const char *buf, size_t len, DiagList *dl);

/* scenario.c: resolves references and validates across items, after the
   file has run. */
void scenario_resolve(Scenario *sc, DiagList *dl);

/* lua_read.c: a Lua type in words for messages ("a number", "text"). */
const char *lua_type_words(int type);

/* The NodeRef an id names, from the node map value. */
NodeRef noderef_from_map(int v);

#endif
