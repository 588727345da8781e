/*
** script.c — the playthrough's side of the Lua bridge: state tables and
** callbacks. Every operation that may allocate runs in protected mode, so a
** scenario at its memory budget cannot make the host panic; after each
** callback the state is checked to hold only numbers, booleans and strings
** under string keys (format, section 4).
*/
#include "script.h"

#include <lauxlib.h>
#include <lua.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "scenario_priv.h"
#include "strutil.h"

static Sandbox *sb_of(const Scenario *sc) { return sc->lua->sb; }

static void push_value(lua_State *L, const Value *v) {
    switch (v->type) {
    case VAL_NUMBER:
        if (v->num == (double)(lua_Integer)v->num) lua_pushinteger(L, (lua_Integer)v->num);
        else lua_pushnumber(L, v->num);
        break;
    case VAL_BOOL: lua_pushboolean(L, v->b); break;
    case VAL_STRING: lua_pushstring(L, v->str); break;
    default: lua_pushnil(L); break;
    }
}

typedef struct {
    const Scenario *sc;
    int state;
    const Choice *choice;
    const char *name;
    size_t len;
    Value *out;
    int ref;
} Op;

static int op_state_new(lua_State *L) {
    Op *op = lua_touserdata(L, 1);
    const Scenario *sc = op->sc;
    lua_createtable(L, 0, (int)sc->nstate);
    for (size_t i = 0; i < sc->nstate; i++) {
        push_value(L, &sc->state[i].value);
        lua_setfield(L, -2, sc->state[i].name);
    }
    op->ref = luaL_ref(L, LUA_REGISTRYINDEX);
    return 0;
}

bool script_state_new(const Scenario *sc, int *ref, SandboxError *err) {
    Op op = {.sc = sc, .ref = LUA_NOREF};
    bool ok = sandbox_protect(sb_of(sc), op_state_new, &op, err);
    *ref = op.ref;
    return ok;
}

void script_state_free(const Scenario *sc, int ref) {
    if (ref != LUA_NOREF && ref != LUA_REFNIL)
        luaL_unref(sandbox_lua(sb_of(sc)), LUA_REGISTRYINDEX, ref);
}

static int op_apply(lua_State *L) {
    Op *op = lua_touserdata(L, 1);
    const Choice *c = op->choice;
    lua_rawgeti(L, LUA_REGISTRYINDEX, op->state);
    for (size_t i = 0; i < c->nset; i++) {
        push_value(L, &c->set[i].value);
        lua_setfield(L, -2, c->set[i].var);
    }
    for (size_t i = 0; i < c->nadd; i++) {
        lua_pushstring(L, c->add[i].var);
        lua_rawget(L, -2);
        if (!lua_isnumber(L, -1) || lua_type(L, -1) != LUA_TNUMBER)
            return luaL_error(L, _("add.%s: the variable is %s now, not a number"),
                              c->add[i].var, lua_type_words(lua_type(L, -1)));
        lua_Number v = lua_tonumber(L, -1);
        lua_pop(L, 1);
        Value nv = {.type = VAL_NUMBER, .num = v + c->add[i].amount};
        push_value(L, &nv);
        lua_setfield(L, -2, c->add[i].var);
    }
    return 0;
}

bool script_apply(const Scenario *sc, int state, const Choice *c,
                  SandboxError *err) {
    if (c->nset == 0 && c->nadd == 0) return true;
    Op op = {.sc = sc, .state = state, .choice = c};
    return sandbox_protect(sb_of(sc), op_apply, &op, err);
}

/* Section 4: the state holds only numbers, booleans and strings. Raw
   access only, so no metamethod of the script runs here. */
static bool validate_state(lua_State *L, int state, SandboxError *err) {
    lua_rawgeti(L, LUA_REGISTRYINDEX, state);
    if (lua_getmetatable(L, -1)) {
        lua_pop(L, 2);
        err->line = 0;
        snprintf(err->msg, sizeof err->msg, "%s",
                 _("the state got a metatable; state must stay a plain table"));
        return false;
    }
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        int kt = lua_type(L, -2), vt = lua_type(L, -1);
        if (kt != LUA_TSTRING || (vt != LUA_TNUMBER && vt != LUA_TBOOLEAN &&
                                  vt != LUA_TSTRING)) {
            err->line = 0;
            if (kt != LUA_TSTRING)
                snprintf(err->msg, sizeof err->msg, "%s",
                         _("the state got a key that is not a name; use "
                           "state.name = value"));
            else
                snprintf(err->msg, sizeof err->msg,
                         _("state.%s was set to %s; the state holds only numbers, "
                           "true/false and text"),
                         lua_tostring(L, -2), lua_type_words(vt));
            lua_pop(L, 3);
            return false;
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return true;
}

/* Calls fn(state) with one result left on the stack. */
static bool call(const Scenario *sc, int fn, int state, int nresults,
                 SandboxError *err) {
    Sandbox *sb = sb_of(sc);
    lua_State *L = sandbox_lua(sb);
    lua_rawgeti(L, LUA_REGISTRYINDEX, fn);
    lua_rawgeti(L, LUA_REGISTRYINDEX, state);
    if (!sandbox_call(sb, 1, nresults, err)) return false;
    if (!validate_state(L, state, err)) {
        lua_pop(L, nresults);
        return false;
    }
    return true;
}

bool script_call_bool(const Scenario *sc, int fn, int state, bool *out,
                      SandboxError *err) {
    if (!call(sc, fn, state, 1, err)) return false;
    lua_State *L = sandbox_lua(sb_of(sc));
    bool ok = lua_type(L, -1) == LUA_TBOOLEAN;
    if (ok) *out = lua_toboolean(L, -1);
    else {
        err->line = 0;
        snprintf(err->msg, sizeof err->msg,
                 _("the function returned %s; it must return true or false"),
                 lua_type_words(lua_type(L, -1)));
    }
    lua_pop(L, 1);
    return ok;
}

bool script_call_string(const Scenario *sc, int fn, int state, char **out,
                        SandboxError *err) {
    *out = NULL;
    if (!call(sc, fn, state, 1, err)) return false;
    lua_State *L = sandbox_lua(sb_of(sc));
    bool ok = lua_type(L, -1) == LUA_TSTRING;
    size_t len = 0;
    const char *s = ok ? lua_tolstring(L, -1, &len) : NULL;
    /* Text from a function reaches the screen, the transcript and the
       window's fonts: it must be UTF-8, as the file's own strings are
       (string.char(233) made "caf\xe9"), and a NUL would cut it short. */
    if (ok && (utf8_check(s, len) != len || strlen(s) != len)) {
        ok = false;
        err->line = 0;
        snprintf(err->msg, sizeof err->msg, "%s",
                 utf8_check(s, len) != len
                     ? _("the function returned text that is not valid UTF-8; "
                         "build text from whole characters, e.g. with "
                         "utf8.char instead of string.char")
                     : _("the function returned text with a NUL byte (\\0), "
                         "which text cannot hold"));
    } else if (ok) {
        *out = malloc(len + 1);
        if (*out) memcpy(*out, s, len + 1);
        else {
            ok = false;
            err->line = 0;
            snprintf(err->msg, sizeof err->msg, "%s", _("out of memory"));
        }
    } else if (!s) { /* not a string */
        err->line = 0;
        snprintf(err->msg, sizeof err->msg,
                 _("the function returned %s; it must return text"),
                 lua_type_words(lua_type(L, -1)));
    }
    lua_pop(L, 1);
    return ok;
}

bool script_call_void(const Scenario *sc, int fn, int state,
                      SandboxError *err) {
    return call(sc, fn, state, 0, err);
}

static int op_get(lua_State *L) {
    Op *op = lua_touserdata(L, 1);
    lua_rawgeti(L, LUA_REGISTRYINDEX, op->state);
    lua_pushlstring(L, op->name, op->len);
    lua_rawget(L, -2);
    Value *v = op->out;
    switch (lua_type(L, -1)) {
    case LUA_TNUMBER: *v = (Value){.type = VAL_NUMBER, .num = lua_tonumber(L, -1)}; break;
    case LUA_TBOOLEAN: *v = (Value){.type = VAL_BOOL, .b = lua_toboolean(L, -1)}; break;
    case LUA_TSTRING:
        /* Still referenced by the state table, so the pointer stays valid
           after this function returns. */
        *v = (Value){.type = VAL_STRING, .str = lua_tostring(L, -1)};
        break;
    default: *v = (Value){.type = VAL_NIL}; break;
    }
    return 0;
}

bool script_state_get(const Scenario *sc, int state, const char *name,
                      size_t len, Value *out) {
    Op op = {.sc = sc, .state = state, .name = name, .len = len, .out = out};
    SandboxError err;
    if (!sandbox_protect(sb_of(sc), op_get, &op, &err)) return false;
    return out->type != VAL_NIL;
}

void script_use_rng(const Scenario *sc, Rng *rng) {
    sandbox_use_rng(sb_of(sc), rng);
    /* play.c calls this first in every step that runs callbacks: their
       shared time limit starts here. */
    if (rng) sandbox_begin_step(sb_of(sc));
}
