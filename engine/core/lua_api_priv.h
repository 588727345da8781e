/*
** lua_api_priv.h — what the constructors (lua_api.c) share with the
** reading of their tables (lua_read.c): the state of one file's load and
** of one table being read, and the readers that check each key's type and
** copy its value. Only for engine/core/lua_*.c.
*/
#ifndef BLIKK_LUA_API_PRIV_H
#define BLIKK_LUA_API_PRIV_H

#include <lua.h>
#include <stdbool.h>
#include <stddef.h>

#include "scenario_priv.h"

/* One file's load: where the constructors put what they read. */
typedef struct {
    Scenario *sc;
    Arena *arena;
    DiagList *dl;
    size_t cap_characters, cap_observations, cap_scenes, cap_endings;
    size_t nerrors;
    bool out_of_memory;
} Loader;

/* One table being read: a constructor's argument or a choice inside it. */
typedef struct {
    Loader *ld;
    lua_State *L;
    int idx;          /* stack index of the table */
    int line;
    char what[160];   /* "scene 'moete'", for messages */
    /* Keys that an unknown key was taken for a typo of ("nxet" -> "next"):
       the typo is the one problem to report, not also the key missing. */
    const char *suggested[8];
    size_t nsuggested;
} Item;

/* Diagnostics: an error about the item, at its line. Past a cap the
   rest are counted, not reported. */
void item_err(Item *it, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Memory the constructors keep, charged to the sandbox's budget. */
bool ld_charge(Loader *ld, size_t size);
void *ld_alloc(Loader *ld, size_t size);

/* Starting an item: checks it is a table and that its keys are known. */
bool item_begin(Item *it, Loader *ld, lua_State *L, int idx, int line,
                const char *kind, const char *const *keys,
                bool nested, bool named);
const char *item_id(Item *it, const char *kind, bool scenario_syntax);
void check_id_syntax(Item *it, const char *id, const char *kind,
                     bool scenario_syntax);

/* Reading keys. The getters report a missing required key or a value of
   the wrong type themselves, so a constructor only acts on what it got;
   item_field and open_list leave what they read on the stack. Every entry
   read is counted against the instruction budget (item_work). */
void item_work(Item *it);
int item_field(Item *it, const char *key);
void item_missing(Item *it, const char *key);
bool was_suggested(const Item *it, const char *key);
const char *copy_string(Item *it, int i, const char *key);
const char *get_string(Item *it, const char *key, bool required);
bool get_int(Item *it, const char *key, bool required, int *out);
bool get_number(Item *it, const char *key, bool required, double *out);
int get_function(Item *it, const char *key);
const char *get_text_or_fn(Item *it, const char *key, bool required,
                           int *fn);
int open_list(Item *it, const char *key, bool required, size_t *n);
StrList get_string_list(Item *it, const char *key, bool required);
bool read_value(Item *it, const char *key, Value *v);
size_t count_pairs(Item *it, const char *key);
void each_pair(Item *it, const char *key,
               void (*fn)(Item *it, const char *name, void *ud), void *ud);

#endif
