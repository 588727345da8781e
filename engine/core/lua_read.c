/*
** lua_read.c — reads the tables the scenario constructors are given:
** rejects unknown keys (suggesting the nearest one), checks every key's
** type, copies the values into the engine's arena, and turns each problem
** into a diagnostic so that the file keeps running and one `check` reports
** them all.
**
** Kept apart from the constructors (lua_api.c) because this is where a
** hostile table meets C: every entry read is counted against the
** instruction budget and every byte kept against the memory budget, and
** no metamethod of the author's tables runs (raw access only).
*/
#include <lauxlib.h>
#include <lua.h>
#include <stdalign.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "lua_api_priv.h"
#include "strutil.h"

/* A file that calls scene {} in a loop of millions reported millions of
   errors (a gigabyte of messages); the first ones are enough to act on. */
enum { MAX_ERRORS = 100 };

/* What a constructor costs beyond the entries it reads, in instructions
   (sandbox_spend): a call does a few dozen look-ups in C. */
enum { CALL_WORK = 16 };

void item_err(Item *it, const char *fmt, ...) {
    Loader *ld = it->ld;
    if (ld->nerrors >= MAX_ERRORS) {
        if (ld->nerrors++ == MAX_ERRORS)
            diag_add(ld->dl, DIAG_ERROR, ld->sc->path, it->line,
                     _("more than %d errors; fix these and check again"), MAX_ERRORS);
        return;
    }
    ld->nerrors++;
    char buf[900];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    diag_add(it->ld->dl, DIAG_ERROR, it->ld->sc->path, it->line, "%s", buf);
}

const char *lua_type_words(int t) {
    switch (t) {
    case LUA_TNIL: return _("nothing (nil)");
    case LUA_TNUMBER: return _("a number");
    case LUA_TBOOLEAN: return _("true/false");
    case LUA_TSTRING: return _("text");
    case LUA_TTABLE: return _("a table");
    case LUA_TFUNCTION: return _("a function");
    default: return _("another kind of value");
    }
}

/* What the constructors keep counts against the memory budget (see
   sandbox_charge); NULL when it does not fit, and the file then stops with
   the budget error. */
bool ld_charge(Loader *ld, size_t size) {
    /* as the arena rounds it up: a million one-letter strings take 16 MB */
    const size_t align = alignof(max_align_t);
    return sandbox_charge(ld->sc->lua->sb, (size + align - 1) & ~(align - 1));
}

void *ld_alloc(Loader *ld, size_t size) {
    if (!ld_charge(ld, size)) return NULL;
    void *p = arena_alloc(ld->arena, size);
    if (!p) ld->out_of_memory = true;
    return p;
}

/* One entry of the author's table read: counted as an instruction. */
void item_work(Item *it) { sandbox_spend(it->L, 1); }

/* Copies the string at stack index `i`, rejecting invalid UTF-8 (a string
   built with string.char can be invalid even in a valid file). */
const char *copy_string(Item *it, int i, const char *key) {
    size_t len;
    const char *s = lua_tolstring(it->L, i, &len);
    if (utf8_check(s, len) != len) {
        item_err(it, _("'%s' of %s is not valid UTF-8 text; build text from whole "
                       "characters, e.g. with utf8.char instead of string.char"),
            key, it->what);
        return NULL;
    }
    if (strlen(s) != len) {
        item_err(it, _("'%s' of %s contains a NUL byte (\\0), which text cannot "
                       "hold; remove it"), key, it->what);
        return NULL;
    }
    if (!ld_charge(it->ld, len + 1)) return NULL;
    char *p = arena_strndup(it->ld->arena, s, len);
    if (!p) it->ld->out_of_memory = true;
    return p;
}

/* {====================================================== reading keys */

/* Checks that the table has only known string keys. */
static void check_keys(Item *it, const char *const *keys) {
    lua_State *L = it->L;
    size_t nkeys = 0;
    while (keys[nkeys]) nkeys++;
    lua_pushnil(L);
    while (lua_next(L, it->idx)) {
        lua_pop(L, 1);
        item_work(it);
        /* Past the last error shown, a typo suggestion for each of a
           million unknown keys is work for nothing. */
        if (it->ld->nerrors > MAX_ERRORS) {
            lua_pop(L, 1);
            break;
        }
        if (lua_type(L, -1) != LUA_TSTRING) {
            if (lua_isinteger(L, -1))
                item_err(it, _("%s has a value without a key at position %d; "
                               "write key = value"),
                    it->what, (int)lua_tointeger(L, -1));
            else
                item_err(it, _("%s has a key that is not a name; write key = "
                               "value"), it->what);
            continue;
        }
        const char *k = lua_tostring(L, -1);
        size_t i = 0;
        while (keys[i] && strcmp(keys[i], k) != 0) i++;
        if (keys[i]) continue;
        const char *near = suggest(k, keys, nkeys);
        if (near) {
            item_err(it, _("unknown key '%s' in %s (did you mean '%s'?)"), k,
                it->what, near);
            if (it->nsuggested < sizeof it->suggested / sizeof *it->suggested)
                it->suggested[it->nsuggested++] = near;
        } else {
            char list[400];
            size_t used = 0;
            list[0] = '\0';
            for (size_t j = 0; j < nkeys && used < sizeof list; j++) {
                int w = snprintf(list + used, sizeof list - used, "%s%s",
                                 j ? ", " : "", keys[j]);
                if (w < 0) break;
                used += (size_t)w;
            }
            item_err(it, _("unknown key '%s' in %s; the keys it can have are: %s"),
                k, it->what, list);
        }
    }
}

/* Whether an unknown key was already reported as a typo of `key`. */
bool was_suggested(const Item *it, const char *key) {
    for (size_t i = 0; i < it->nsuggested; i++)
        if (strcmp(it->suggested[i], key) == 0) return true;
    return false;
}

/* Pushes t[key] (raw: no metamethods of the author's table run) and returns
   its type. */
int item_field(Item *it, const char *key) {
    lua_pushstring(it->L, key);
    return lua_rawget(it->L, it->idx);
}

void item_missing(Item *it, const char *key) {
    if (was_suggested(it, key)) return; /* reported as a typo already */
    item_err(it, _("%s is missing the required key '%s': add %s = ..."), it->what,
        key, key);
}

static void wrong_type(Item *it, const char *key, const char *expected) {
    item_err(it, _("'%s' of %s must be %s, not %s"), key, it->what, expected,
        lua_type_words(lua_type(it->L, -1)));
}

const char *get_string(Item *it, const char *key, bool required) {
    const char *s = NULL;
    int t = item_field(it, key);
    if (t == LUA_TSTRING) s = copy_string(it, -1, key);
    else if (t == LUA_TNIL) { if (required) item_missing(it, key); }
    else wrong_type(it, key, _("text in quotes"));
    lua_pop(it->L, 1);
    return s;
}

/* An integer given as a number with no fraction. */
bool get_int(Item *it, const char *key, bool required, int *out) {
    bool ok = false;
    int t = item_field(it, key);
    if (t == LUA_TNUMBER) {
        lua_Integer v;
        if (lua_isinteger(it->L, -1)) {
            v = lua_tointeger(it->L, -1);
            ok = v >= -1000000000 && v <= 1000000000;
        } else {
            /* Range first: casting NaN or a huge float to an integer is
               undefined behaviour (concern = 0/0 used to reach it). */
            lua_Number n = lua_tonumber(it->L, -1);
            ok = n >= -1e9 && n <= 1e9 && n == (lua_Number)(lua_Integer)n;
            v = ok ? (lua_Integer)n : 0;
        }
        if (ok) *out = (int)v;
        else item_err(it, _("'%s' of %s must be a whole number such as 1, 2 or 3"),
                 key, it->what);
    } else if (t == LUA_TNIL) {
        if (required) item_missing(it, key);
    } else {
        wrong_type(it, key, _("a whole number"));
    }
    lua_pop(it->L, 1);
    return ok;
}

bool get_number(Item *it, const char *key, bool required,
                double *out) {
    bool ok = false;
    int t = item_field(it, key);
    if (t == LUA_TNUMBER) {
        *out = lua_tonumber(it->L, -1);
        ok = *out == *out && *out < 1e300 && *out > -1e300;
        if (!ok) item_err(it, _("'%s' of %s must be a finite number"), key, it->what);
    } else if (t == LUA_TNIL) {
        if (required) item_missing(it, key);
    } else {
        wrong_type(it, key, _("a number"));
    }
    lua_pop(it->L, 1);
    return ok;
}

int get_function(Item *it, const char *key) {
    int ref = BLK_NOFN;
    int t = item_field(it, key);
    if (t == LUA_TFUNCTION) ref = luaL_ref(it->L, LUA_REGISTRYINDEX);
    else {
        if (t != LUA_TNIL) wrong_type(it, key, _("a function"));
        lua_pop(it->L, 1);
    }
    return ref;
}

/* Text that may be a string or a function(state). */
const char *get_text_or_fn(Item *it, const char *key, bool required,
                           int *fn) {
    *fn = BLK_NOFN;
    int t = item_field(it, key);
    if (t == LUA_TFUNCTION) {
        *fn = luaL_ref(it->L, LUA_REGISTRYINDEX);
        return NULL;
    }
    lua_pop(it->L, 1);
    if (t == LUA_TSTRING || t == LUA_TNIL) return get_string(it, key, required);
    item_field(it, key);
    wrong_type(it, key, _("text or a function"));
    lua_pop(it->L, 1);
    return NULL;
}

/* A sequence of n items: keys 1..n and nothing else. Leaves the table on
   the stack and returns its index, or 0 (nothing pushed) when absent or
   wrong. */
int open_list(Item *it, const char *key, bool required, size_t *n) {
    lua_State *L = it->L;
    int t = item_field(it, key);
    if (t != LUA_TTABLE) {
        if (t == LUA_TNIL) { if (required) item_missing(it, key); }
        else wrong_type(it, key, _("a list in { }"));
        lua_pop(L, 1);
        return 0;
    }
    int idx = lua_gettop(L);
    size_t len = lua_rawlen(L, idx), count = 0;
    bool ok = true;
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        lua_pop(L, 1);
        item_work(it);
        count++;
        if (!lua_isinteger(L, -1) || lua_tointeger(L, -1) < 1 ||
            (size_t)lua_tointeger(L, -1) > len)
            ok = false;
    }
    if (!ok || count != len) {
        item_err(it, _("'%s' of %s must be a plain list such as { \"a\", \"b\" }, "
                       "without key = value inside"),
            key, it->what);
        lua_pop(L, 1);
        return 0;
    }
    *n = len;
    return idx;
}

StrList get_string_list(Item *it, const char *key, bool required) {
    StrList out = {0};
    size_t n;
    int idx = open_list(it, key, required, &n);
    if (!idx) return out;
    const char **items = ld_alloc(it->ld, (n ? n : 1) * sizeof *items);
    if (items) {
        for (size_t i = 0; i < n; i++) {
            item_work(it);
            if (lua_rawgeti(it->L, idx, (lua_Integer)i + 1) == LUA_TSTRING) {
                /* An invalid string was reported; leave it out rather
                   than keep a NULL that later look-ups would trip on. */
                const char *v = copy_string(it, -1, key);
                if (v) items[out.count++] = v;
            } else {
                item_err(it, _("item %zu of '%s' in %s must be text in quotes"),
                    i + 1, key, it->what);
            }
            lua_pop(it->L, 1);
        }
        out.items = items;
    }
    lua_pop(it->L, 1);
    return out;
}

/* Reads the value at the top as a state value (number, boolean, string). */
bool read_value(Item *it, const char *key, Value *v) {
    switch (lua_type(it->L, -1)) {
    case LUA_TNUMBER:
        *v = (Value){.type = VAL_NUMBER, .num = lua_tonumber(it->L, -1)};
        return true;
    case LUA_TBOOLEAN:
        *v = (Value){.type = VAL_BOOL, .b = lua_toboolean(it->L, -1)};
        return true;
    case LUA_TSTRING:
        *v = (Value){.type = VAL_STRING, .str = copy_string(it, -1, key)};
        return v->str != NULL;
    default:
        item_err(it, _("'%s' in %s must be a number, true/false or text, not %s"),
            key, it->what, lua_type_words(lua_type(it->L, -1)));
        return false;
    }
}

/* Number of entries in t[key] when it is a table, else 0. */
size_t count_pairs(Item *it, const char *key) {
    lua_State *L = it->L;
    size_t n = 0;
    if (item_field(it, key) == LUA_TTABLE) {
        lua_pushnil(L);
        while (lua_next(L, -2)) {
            lua_pop(L, 1);
            item_work(it);
            n++;
        }
    }
    lua_pop(L, 1);
    return n;
}

/* Walks a table of name -> value pairs; calls fn for each (value on top).
   The readers append into arrays sized by count_pairs beforehand: growing
   them by one per entry copied the array each time, quadratic in the
   number of entries. */
void each_pair(Item *it, const char *key,
               void (*fn)(Item *it, const char *name, void *ud),
               void *ud) {
    lua_State *L = it->L;
    int t = item_field(it, key);
    if (t != LUA_TTABLE) {
        if (t != LUA_TNIL)
            wrong_type(it, key, _("a table { name = value, ... }"));
        lua_pop(L, 1);
        return;
    }
    int idx = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        item_work(it);
        if (lua_type(L, -2) == LUA_TSTRING) {
            const char *name = copy_string(it, -2, key);
            if (name) fn(it, name, ud);
        } else {
            item_err(it, _("'%s' of %s must have names as keys: { name = value }"),
                key, it->what);
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

/* The word for an item in a sentence: a constructor's name translated
   ("scene" stays the Lua name in "write scene { ... }", but reads as the
   interface language's noun in "unknown key 'x' in scene 'a'"). Other
   kinds ("choice 2 of scene 'a'") are already sentences. */
static const char *noun(const char *kind) {
    if (!strcmp(kind, "scenario")) return _("scenario");
    if (!strcmp(kind, "character")) return _("character");
    if (!strcmp(kind, "observation")) return _("observation");
    if (!strcmp(kind, "scene")) return _("scene");
    if (!strcmp(kind, "ending")) return _("ending");
    return kind;
}

/* Starts reading a constructor's argument (`nested` false) or a table
   inside one, such as a choice. With `named`, names the item after its id
   when it has a usable one, so that even the unknown keys, which are
   checked before the id is, are reported as "in scene 'a'" and not just
   "in scene". */
bool item_begin(Item *it, Loader *ld, lua_State *L, int idx, int line,
                const char *kind, const char *const *keys,
                bool nested, bool named) {
    *it = (Item){.ld = ld, .L = L, .idx = idx, .line = line};
    sandbox_spend(L, CALL_WORK);
    snprintf(it->what, sizeof it->what, "%s", noun(kind));
    if (!lua_istable(L, idx)) {
        if (nested)
            item_err(it, _("%s must be a table { key = value, ... }, not %s"), kind,
                lua_type_words(lua_type(L, idx)));
        else
            item_err(it, _("%s takes a table: write %s { key = value, ... }"), kind,
                kind);
        return false;
    }
    if (named) {
        if (item_field(it, "id") == LUA_TSTRING) {
            size_t len;
            const char *id = lua_tolstring(L, -1, &len);
            if (len <= 60 && utf8_check(id, len) == len && strlen(id) == len)
                snprintf(it->what, sizeof it->what, "%s '%s'", noun(kind), id);
        }
        lua_pop(L, 1);
    }
    check_keys(it, keys);
    return true;
}

/* Checks the syntax of an id; `kind` is what it is the id of. */
void check_id_syntax(Item *it, const char *id, const char *kind,
                     bool scenario_syntax) {
    if (scenario_syntax ? is_scenario_id(id) : is_identifier(id)) return;
    item_err(it, scenario_syntax
                     ? _("the id '%s' of %s may use only a-z, 0-9 and '-' (no "
                         "capitals, spaces or æ, ø, å)")
                     : _("the id '%s' of %s may use only a-z, 0-9 and '_' (no "
                         "capitals, spaces, '-' or æ, ø, å) and must start "
                         "with a letter or '_'"),
        id, kind);
}

/* Reads `id`, checks its syntax and names the item after it. */
const char *item_id(Item *it, const char *kind, bool scenario_syntax) {
    const char *id = get_string(it, "id", true);
    if (!id) return NULL;
    check_id_syntax(it, id, noun(kind), scenario_syntax);
    snprintf(it->what, sizeof it->what, "%s '%s'", noun(kind), id);
    return id;
}

/* }====================================================== */
