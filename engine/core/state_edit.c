/*
** state_edit.c — the author's hands on a playthrough's state: list every
** variable and set one (author mode in the window, state fixtures). The
** playthrough itself never needs this; it changes state only through the
** scenario's set/add and functions. Uses the sandbox's protected calls.
*/
#include <lauxlib.h>
#include <lua.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "scenario_priv.h"
#include "state_edit.h"

typedef struct {
    int state;
    const char *name;
    const Value *value;
    StateVar *vars;
    size_t n, cap;
    bool nomem;
} Edit;

static int op_set(lua_State *L) {
    Edit *e = lua_touserdata(L, 1);
    lua_rawgeti(L, LUA_REGISTRYINDEX, e->state);
    switch (e->value->type) {
    case VAL_NUMBER:
        if (e->value->num == (double)(lua_Integer)e->value->num)
            lua_pushinteger(L, (lua_Integer)e->value->num);
        else
            lua_pushnumber(L, e->value->num);
        break;
    case VAL_BOOL: lua_pushboolean(L, e->value->b); break;
    case VAL_STRING: lua_pushstring(L, e->value->str); break;
    default: lua_pushnil(L); break;
    }
    lua_setfield(L, -2, e->name);
    return 0;
}

bool state_edit_set(const Scenario *sc, int state, const char *name, const Value *v) {
    Edit e = {.state = state, .name = name, .value = v};
    SandboxError err;
    return sandbox_protect(sc->lua->sb, op_set, &e, &err);
}

static int cmp_var(const void *a, const void *b) {
    return strcmp(((const StateVar *)a)->name, ((const StateVar *)b)->name);
}

/* Copies names and string values, so the list stays valid after Lua
   changes the state. */
static int op_list(lua_State *L) {
    Edit *e = lua_touserdata(L, 1);
    lua_rawgeti(L, LUA_REGISTRYINDEX, e->state);
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        if (lua_type(L, -2) == LUA_TSTRING) {
            if (e->n == e->cap) {
                size_t cap = e->cap ? e->cap * 2 : 16;
                StateVar *v = realloc(e->vars, cap * sizeof *v);
                if (!v) { e->nomem = true; lua_pop(L, 2); break; }
                e->vars = v;
                e->cap = cap;
            }
            StateVar *sv = &e->vars[e->n];
            memset(sv, 0, sizeof *sv);
            sv->name = strdup(lua_tostring(L, -2));
            switch (lua_type(L, -1)) {
            case LUA_TNUMBER: sv->value = (Value){.type = VAL_NUMBER, .num = lua_tonumber(L, -1)}; break;
            case LUA_TBOOLEAN: sv->value = (Value){.type = VAL_BOOL, .b = lua_toboolean(L, -1)}; break;
            case LUA_TSTRING: sv->value = (Value){.type = VAL_STRING, .str = strdup(lua_tostring(L, -1))}; break;
            default: sv->value = (Value){.type = VAL_NIL}; break;
            }
            if (sv->name) e->n++;
        }
        lua_pop(L, 1);
    }
    return 0;
}

StateVar *state_edit_list(const Scenario *sc, int state, size_t *n) {
    Edit e = {.state = state};
    SandboxError err;
    sandbox_protect(sc->lua->sb, op_list, &e, &err);
    if (e.n) qsort(e.vars, e.n, sizeof *e.vars, cmp_var);
    *n = e.n;
    return e.vars;
}

void state_list_free(StateVar *vars, size_t n) {
    for (size_t i = 0; i < n; i++) {
        free((char *)vars[i].name);
        if (vars[i].value.type == VAL_STRING) free((char *)vars[i].value.str);
    }
    free(vars);
}
