/*
** lua_api.c — the scenario constructors: scenario{}, character{},
** observation{}, scene{} and ending{} (format, section 2).
**
** Each constructor records the line it was called from, rejects unknown
** keys (suggesting the nearest one), checks every key's type and copies the
** values into the C structs of blikk.h. Problems become diagnostics and the
** file keeps running, so one `check` reports them all. References between
** items are left as ids here; scenario.c resolves them after the file ran.
** This is the only file that reads scenario tables through the Lua API.
*/
#include <lauxlib.h>
#include <lua.h>
#include <stdalign.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "scenario_priv.h"
#include "strutil.h"

typedef struct {
    Scenario *sc;
    Arena *arena;
    DiagList *dl;
    size_t cap_characters, cap_observations, cap_scenes, cap_endings;
    size_t nerrors;
    bool out_of_memory;
} Loader;

/* A file that calls scene {} in a loop of millions reported millions of
   errors (a gigabyte of messages); the first ones are enough to act on. */
enum { MAX_ERRORS = 100 };

/* What a constructor costs beyond the entries it reads, in instructions
   (sandbox_spend): a call does a few dozen look-ups in C. */
enum { CALL_WORK = 16 };

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

static Loader *loader_of(lua_State *L) {
    return lua_touserdata(L, lua_upvalueindex(1));
}

static void err(Item *it, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

static void err(Item *it, const char *fmt, ...) {
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
static bool charge(Loader *ld, size_t size) {
    /* as the arena rounds it up: a million one-letter strings take 16 MB */
    const size_t align = alignof(max_align_t);
    return sandbox_charge(ld->sc->lua->sb, (size + align - 1) & ~(align - 1));
}

static void *ld_alloc(Loader *ld, size_t size) {
    if (!charge(ld, size)) return NULL;
    void *p = arena_alloc(ld->arena, size);
    if (!p) ld->out_of_memory = true;
    return p;
}

/* One entry of the author's table read: counted as an instruction. */
static void work(Item *it) { sandbox_spend(it->L, 1); }

/* Copies the string at stack index `i`, rejecting invalid UTF-8 (a string
   built with string.char can be invalid even in a valid file). */
static const char *copy_string(Item *it, int i, const char *key) {
    size_t len;
    const char *s = lua_tolstring(it->L, i, &len);
    if (utf8_check(s, len) != len) {
        err(it, _("'%s' of %s is not valid UTF-8 text; build text from whole "
                  "characters, e.g. with utf8.char instead of string.char"),
            key, it->what);
        return NULL;
    }
    if (strlen(s) != len) {
        err(it, _("'%s' of %s contains a NUL byte (\\0), which text cannot "
                  "hold; remove it"), key, it->what);
        return NULL;
    }
    if (!charge(it->ld, len + 1)) return NULL;
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
        work(it);
        /* Past the last error shown, a typo suggestion for each of a
           million unknown keys is work for nothing. */
        if (it->ld->nerrors > MAX_ERRORS) {
            lua_pop(L, 1);
            break;
        }
        if (lua_type(L, -1) != LUA_TSTRING) {
            if (lua_isinteger(L, -1))
                err(it, _("%s has a value without a key at position %d; "
                          "write key = value"),
                    it->what, (int)lua_tointeger(L, -1));
            else
                err(it, _("%s has a key that is not a name; write key = "
                          "value"), it->what);
            continue;
        }
        const char *k = lua_tostring(L, -1);
        size_t i = 0;
        while (keys[i] && strcmp(keys[i], k) != 0) i++;
        if (keys[i]) continue;
        const char *near = suggest(k, keys, nkeys);
        if (near) {
            err(it, _("unknown key '%s' in %s (did you mean '%s'?)"), k,
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
            err(it, _("unknown key '%s' in %s; the keys it can have are: %s"),
                k, it->what, list);
        }
    }
}

/* Whether an unknown key was already reported as a typo of `key`. */
static bool was_suggested(const Item *it, const char *key) {
    for (size_t i = 0; i < it->nsuggested; i++)
        if (strcmp(it->suggested[i], key) == 0) return true;
    return false;
}

/* Pushes t[key] (raw: no metamethods of the author's table run) and returns
   its type. */
static int field(Item *it, const char *key) {
    lua_pushstring(it->L, key);
    return lua_rawget(it->L, it->idx);
}

static void missing(Item *it, const char *key) {
    if (was_suggested(it, key)) return; /* reported as a typo already */
    err(it, _("%s is missing the required key '%s': add %s = ..."), it->what,
        key, key);
}

static void wrong_type(Item *it, const char *key, const char *expected) {
    err(it, _("'%s' of %s must be %s, not %s"), key, it->what, expected,
        lua_type_words(lua_type(it->L, -1)));
}

static const char *get_string(Item *it, const char *key, bool required) {
    const char *s = NULL;
    int t = field(it, key);
    if (t == LUA_TSTRING) s = copy_string(it, -1, key);
    else if (t == LUA_TNIL) { if (required) missing(it, key); }
    else wrong_type(it, key, _("text in quotes"));
    lua_pop(it->L, 1);
    return s;
}

/* An integer given as a number with no fraction. */
static bool get_int(Item *it, const char *key, bool required, int *out) {
    bool ok = false;
    int t = field(it, key);
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
        else err(it, _("'%s' of %s must be a whole number such as 1, 2 or 3"),
                 key, it->what);
    } else if (t == LUA_TNIL) {
        if (required) missing(it, key);
    } else {
        wrong_type(it, key, _("a whole number"));
    }
    lua_pop(it->L, 1);
    return ok;
}

static bool get_number(Item *it, const char *key, bool required,
                       double *out) {
    bool ok = false;
    int t = field(it, key);
    if (t == LUA_TNUMBER) {
        *out = lua_tonumber(it->L, -1);
        ok = *out == *out && *out < 1e300 && *out > -1e300;
        if (!ok) err(it, _("'%s' of %s must be a finite number"), key, it->what);
    } else if (t == LUA_TNIL) {
        if (required) missing(it, key);
    } else {
        wrong_type(it, key, _("a number"));
    }
    lua_pop(it->L, 1);
    return ok;
}

static int get_function(Item *it, const char *key) {
    int ref = BLK_NOFN;
    int t = field(it, key);
    if (t == LUA_TFUNCTION) ref = luaL_ref(it->L, LUA_REGISTRYINDEX);
    else {
        if (t != LUA_TNIL) wrong_type(it, key, _("a function"));
        lua_pop(it->L, 1);
    }
    return ref;
}

/* Text that may be a string or a function(state). */
static const char *get_text_or_fn(Item *it, const char *key, bool required,
                                  int *fn) {
    *fn = BLK_NOFN;
    int t = field(it, key);
    if (t == LUA_TFUNCTION) {
        *fn = luaL_ref(it->L, LUA_REGISTRYINDEX);
        return NULL;
    }
    lua_pop(it->L, 1);
    if (t == LUA_TSTRING || t == LUA_TNIL) return get_string(it, key, required);
    field(it, key);
    wrong_type(it, key, _("text or a function"));
    lua_pop(it->L, 1);
    return NULL;
}

/* A sequence of n items: keys 1..n and nothing else. Leaves the table on
   the stack and returns its index, or 0 (nothing pushed) when absent or
   wrong. */
static int open_list(Item *it, const char *key, bool required, size_t *n) {
    lua_State *L = it->L;
    int t = field(it, key);
    if (t != LUA_TTABLE) {
        if (t == LUA_TNIL) { if (required) missing(it, key); }
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
        work(it);
        count++;
        if (!lua_isinteger(L, -1) || lua_tointeger(L, -1) < 1 ||
            (size_t)lua_tointeger(L, -1) > len)
            ok = false;
    }
    if (!ok || count != len) {
        err(it, _("'%s' of %s must be a plain list such as { \"a\", \"b\" }, "
                  "without key = value inside"),
            key, it->what);
        lua_pop(L, 1);
        return 0;
    }
    *n = len;
    return idx;
}

static StrList get_string_list(Item *it, const char *key, bool required) {
    StrList out = {0};
    size_t n;
    int idx = open_list(it, key, required, &n);
    if (!idx) return out;
    const char **items = ld_alloc(it->ld, (n ? n : 1) * sizeof *items);
    if (items) {
        for (size_t i = 0; i < n; i++) {
            work(it);
            if (lua_rawgeti(it->L, idx, (lua_Integer)i + 1) == LUA_TSTRING) {
                /* An invalid string was reported; leave it out rather
                   than keep a NULL that later look-ups would trip on. */
                const char *v = copy_string(it, -1, key);
                if (v) items[out.count++] = v;
            } else {
                err(it, _("item %zu of '%s' in %s must be text in quotes"),
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
static bool read_value(Item *it, const char *key, Value *v) {
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
        err(it, _("'%s' in %s must be a number, true/false or text, not %s"),
            key, it->what, lua_type_words(lua_type(it->L, -1)));
        return false;
    }
}

/* Number of entries in t[key] when it is a table, else 0. */
static size_t count_pairs(Item *it, const char *key) {
    lua_State *L = it->L;
    size_t n = 0;
    if (field(it, key) == LUA_TTABLE) {
        lua_pushnil(L);
        while (lua_next(L, -2)) {
            lua_pop(L, 1);
            work(it);
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
static void each_pair(Item *it, const char *key,
                      void (*fn)(Item *it, const char *name, void *ud),
                      void *ud) {
    lua_State *L = it->L;
    int t = field(it, key);
    if (t != LUA_TTABLE) {
        if (t != LUA_TNIL)
            wrong_type(it, key, _("a table { name = value, ... }"));
        lua_pop(L, 1);
        return;
    }
    int idx = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        work(it);
        if (lua_type(L, -2) == LUA_TSTRING) {
            const char *name = copy_string(it, -2, key);
            if (name) fn(it, name, ud);
        } else {
            err(it, _("'%s' of %s must have names as keys: { name = value }"),
                key, it->what);
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

/* Starts reading a constructor's argument (`nested` false) or a table
   inside one, such as a choice. With `named`, names the item after its id
   when it has a usable one, so that even the unknown keys, which are
   checked before the id is, are reported as "in scene 'a'" and not just
   "in scene". */
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

static bool item_begin(Item *it, Loader *ld, lua_State *L, int idx, int line,
                       const char *kind, const char *const *keys,
                       bool nested, bool named) {
    *it = (Item){.ld = ld, .L = L, .idx = idx, .line = line};
    sandbox_spend(L, CALL_WORK);
    snprintf(it->what, sizeof it->what, "%s", noun(kind));
    if (!lua_istable(L, idx)) {
        if (nested)
            err(it, _("%s must be a table { key = value, ... }, not %s"), kind,
                lua_type_words(lua_type(L, idx)));
        else
            err(it, _("%s takes a table: write %s { key = value, ... }"), kind,
                kind);
        return false;
    }
    if (named) {
        if (field(it, "id") == LUA_TSTRING) {
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
static void check_id_syntax(Item *it, const char *id, const char *kind,
                            bool scenario_syntax) {
    if (scenario_syntax ? is_scenario_id(id) : is_identifier(id)) return;
    err(it, scenario_syntax
                ? _("the id '%s' of %s may use only a-z, 0-9 and '-' (no "
                    "capitals, spaces or æ, ø, å)")
                : _("the id '%s' of %s may use only a-z, 0-9 and '_' (no "
                    "capitals, spaces, '-' or æ, ø, å) and must start "
                    "with a letter or '_'"),
        id, kind);
}

/* Reads `id`, checks its syntax and names the item after it. */
static const char *item_id(Item *it, const char *kind, bool scenario_syntax) {
    const char *id = get_string(it, "id", true);
    if (!id) return NULL;
    check_id_syntax(it, id, noun(kind), scenario_syntax);
    snprintf(it->what, sizeof it->what, "%s '%s'", noun(kind), id);
    return id;
}

/* The line of the constructor call: the innermost Lua function above the
   constructor. Only looking one level up gave -1 (no line) when the call
   went through a C function, as in pcall(scene, { ... }). */
static int caller_line(lua_State *L) {
    lua_Debug ar;
    for (int level = 1; lua_getstack(L, level, &ar); level++)
        if (lua_getinfo(L, "l", &ar) && ar.currentline > 0)
            return ar.currentline;
    return 0;
}

/* Grows an array of items kept in the Scenario. */
static void *grow(Loader *ld, void *arr, size_t count, size_t *cap,
                  size_t size) {
    if (count < *cap) return arr;
    size_t ncap = *cap ? *cap * 2 : 16;
    if (!charge(ld, (ncap - *cap) * size)) return NULL;
    void *p = realloc(arr, ncap * size);
    if (!p) {
        ld->out_of_memory = true;
        return NULL;
    }
    *cap = ncap;
    return p;
}

/* }====================================================== */

/* {====================================================== constructors */

static const char *const scenario_keys[] = {
    "id", "title", "summary", "role", "language", "version", "audience",
    "minutes", "objectives", "competencies", "start", "state",
    "concern_scale", "debrief", "references", "authors", NULL};

static void read_state_var(Item *it, const char *name, void *ud) {
    (void)ud;
    Scenario *sc = it->ld->sc;
    Value v;
    char key[200];
    snprintf(key, sizeof key, "state.%s", name);
    if (!read_value(it, key, &v) || !sc->state) return;
    sc->state[sc->nstate++] = (StateVar){name, v};
}

static int cmp_state(const void *a, const void *b) {
    return strcmp(((const StateVar *)a)->name, ((const StateVar *)b)->name);
}

static void read_competencies(Item *it) {
    size_t n;
    int idx = open_list(it, "competencies", true, &n);
    if (!idx) return;
    Scenario *sc = it->ld->sc;
    sc->competencies = ld_alloc(it->ld, (n ? n : 1) * sizeof *sc->competencies);
    static const char *const keys[] = {"id", "name", NULL};
    for (size_t i = 0; sc->competencies && i < n; i++) {
        lua_rawgeti(it->L, idx, (lua_Integer)i + 1);
        Item c;
        char kind[64];
        /* Named by its number until it has an id: "competency 2" first,
           then "competency 'samtale'" (not "competency 2 'samtale'"). */
        bool has_id = false;
        if (lua_istable(it->L, -1)) {
            lua_pushliteral(it->L, "id");
            has_id = lua_rawget(it->L, -2) == LUA_TSTRING;
            lua_pop(it->L, 1);
        }
        if (has_id) snprintf(kind, sizeof kind, "%s", _("competency"));
        else snprintf(kind, sizeof kind, _("competency %zu"), i + 1);
        if (item_begin(&c, it->ld, it->L, lua_gettop(it->L), it->line, kind,
                       keys, true, true)) {
            const char *id = item_id(&c, kind, false);
            const char *name = get_string(&c, "name", true);
            if (id && name) sc->competencies[sc->ncompetencies++] = (Competency){id, name};
        }
        lua_pop(it->L, 1);
    }
    if (n == 0)
        err(it, _("'competencies' of %s is empty: name at least one "
                  "dimension that choices are scored on"), it->what);
    lua_pop(it->L, 1);
}

static int l_scenario(lua_State *L) {
    Loader *ld = loader_of(L);
    Scenario *sc = ld->sc;
    Item it;
    int line = caller_line(L);
    if (!item_begin(&it, ld, L, 1, line, "scenario", scenario_keys, false,
                    true)) {
        /* It was tried: scenario.c must not also say there is none. */
        if (!sc->line) sc->line = -1;
        return 0;
    }
    if (sc->line > 0) {
        err(&it, _("a second scenario {} (the first is at line %d): a file "
                   "holds exactly one"), sc->line);
        return 0;
    }
    sc->line = line;
    sc->id = item_id(&it, "scenario", true);
    sc->title = get_string(&it, "title", true);
    sc->summary = get_string(&it, "summary", true);
    sc->role = get_string(&it, "role", true);
    sc->language = get_string(&it, "language", false);
    if (!sc->language) sc->language = "nb";
    sc->version = 1;
    if (get_int(&it, "version", false, &sc->version) && sc->version < 1)
        err(&it, _("'version' of %s must be 1 or more"), it.what);
    sc->audience = get_string_list(&it, "audience", false);
    if (get_int(&it, "minutes", false, &sc->minutes) && sc->minutes < 1)
        err(&it, _("'minutes' of %s must be 1 or more"), it.what);
    sc->objectives = get_string_list(&it, "objectives", true);
    read_competencies(&it);
    sc->start_id = get_string(&it, "start", true);
    size_t nvars = count_pairs(&it, "state");
    sc->state = ld_alloc(ld, (nvars ? nvars : 1) * sizeof *sc->state);
    each_pair(&it, "state", read_state_var, NULL);
    if (sc->nstate) qsort(sc->state, sc->nstate, sizeof *sc->state, cmp_state);
    sc->concern_scale = get_string_list(&it, "concern_scale", false);
    if (sc->concern_scale.items &&
        (sc->concern_scale.count < 2 || sc->concern_scale.count > 10))
        err(&it, _("'concern_scale' of %s must have 2 to 10 levels, not %zu"),
            it.what, sc->concern_scale.count);
    sc->debrief = get_string_list(&it, "debrief", false);
    sc->references = get_string_list(&it, "references", false);
    sc->authors = get_string_list(&it, "authors", false);
    return 0;
}

static const char *const character_keys[] = {"id", "name", "description",
                                             "portrait", NULL};

static int l_character(lua_State *L) {
    Loader *ld = loader_of(L);
    Scenario *sc = ld->sc;
    Item it;
    if (!item_begin(&it, ld, L, 1, caller_line(L), "character",
                    character_keys, false, true))
        return 0;
    Character c = {.line = it.line};
    c.id = item_id(&it, "character", false);
    c.name = get_string(&it, "name", true);
    c.description = get_string(&it, "description", false);
    c.portrait = get_string(&it, "portrait", false);
    if (!c.id) return 0;
    Character *arr = grow(ld, sc->characters, sc->ncharacters,
                          &ld->cap_characters, sizeof *arr);
    if (!arr) return 0;
    sc->characters = arr;
    arr[sc->ncharacters++] = c;
    return 0;
}

static const char *const observation_keys[] = {"id", "text", "kind",
                                               "weight", "explain", NULL};

static int l_observation(lua_State *L) {
    Loader *ld = loader_of(L);
    Scenario *sc = ld->sc;
    Item it;
    if (!item_begin(&it, ld, L, 1, caller_line(L), "observation",
                    observation_keys, false, true))
        return 0;
    Observation o = {.line = it.line, .weight = 1, .scene = -1};
    o.id = item_id(&it, "observation", false);
    o.text = get_string(&it, "text", true);
    o.explain = get_string(&it, "explain", true);
    const char *kind = get_string(&it, "kind", true);
    if (kind) {
        if (strcmp(kind, "risk") == 0) o.kind = OBS_RISK;
        else if (strcmp(kind, "protective") == 0) o.kind = OBS_PROTECTIVE;
        else if (strcmp(kind, "neutral") == 0) o.kind = OBS_NEUTRAL;
        else {
            static const char *const kinds[] = {"risk", "protective", "neutral"};
            const char *near = suggest(kind, kinds, 3);
            err(&it, _("'kind' of %s is '%s'; use \"risk\", \"protective\" or "
                       "\"neutral\"%s%s%s"),
                it.what, kind, near ? _(" (did you mean '") : "",
                near ? near : "", near ? "'?)" : "");
        }
    }
    if (get_number(&it, "weight", false, &o.weight) && !(o.weight > 0))
        err(&it, _("'weight' of %s must be greater than 0"), it.what);
    if (!o.id) return 0;
    Observation *arr = grow(ld, sc->observations, sc->nobservations,
                            &ld->cap_observations, sizeof *arr);
    if (!arr) return 0;
    sc->observations = arr;
    arr[sc->nobservations++] = o;
    return 0;
}

/* `next` and `targets`, on a scene or a choice. */
static void read_jump(Item *it, Jump *j) {
    *j = (Jump){.fn = BLK_NOFN, .target = {false, -1}};
    int fn;
    j->id = get_text_or_fn(it, "next", false, &fn);
    j->fn = fn;
    size_t n;
    int idx = open_list(it, "targets", false, &n);
    if (idx) {
        j->target_ids = ld_alloc(it->ld, (n ? n : 1) * sizeof *j->target_ids);
        j->targets = ld_alloc(it->ld, (n ? n : 1) * sizeof *j->targets);
        for (size_t i = 0; j->target_ids && j->targets && i < n; i++) {
            work(it);
            if (lua_rawgeti(it->L, idx, (lua_Integer)i + 1) == LUA_TSTRING) {
                const char *v = copy_string(it, -1, "targets");
                if (v) j->target_ids[j->ntargets++] = v;
            } else {
                err(it, _("item %zu of 'targets' in %s must be an id in "
                          "quotes"), i + 1, it->what);
            }
            lua_pop(it->L, 1);
        }
        lua_pop(it->L, 1);
        if (j->fn == BLK_NOFN && (j->id || !was_suggested(it, "next")))
            err(it, _("%s has 'targets' but its 'next' is not a function; "
                      "'targets' is only for a 'next' function: remove "
                      "'targets' or make 'next' a function"),
                it->what);
    } else if (j->fn != BLK_NOFN) {
        int t = field(it, "targets");
        lua_pop(it->L, 1);
        /* Targets of the wrong type were reported by open_list, and a typo
           of the key by check_keys: one message per problem. */
        if (t == LUA_TNIL && !was_suggested(it, "targets"))
            err(it, _("%s has a function as 'next' but no 'targets': list "
                      "every id the function may return, e.g. targets = "
                      "{ \"a\", \"b\" }"),
                it->what);
    }
}

static void read_score_item(Item *it, const char *name, void *ud) {
    Choice *c = ud;
    if (lua_type(it->L, -1) != LUA_TNUMBER) {
        err(it, _("score '%s' of %s must be a number, not %s"), name, it->what,
            lua_type_words(lua_type(it->L, -1)));
        return;
    }
    double v = lua_tonumber(it->L, -1);
    /* 1/0 or 0/0 would make every figure of the debrief NaN or inf. */
    if (!(v > -1e300 && v < 1e300)) {
        err(it, _("score '%s' of %s must be a finite number"), name, it->what);
        return;
    }
    if (!c->score) return;
    c->score[c->nscore++] = (ScoreItem){name, -1, v};
    c->points += v;
}

static void read_assign(Item *it, const char *name, void *ud) {
    Choice *c = ud;
    Value v;
    char key[200];
    snprintf(key, sizeof key, "set.%s", name);
    if (!read_value(it, key, &v) || !c->set) return;
    c->set[c->nset++] = (Assign){name, v};
}

static void read_increment(Item *it, const char *name, void *ud) {
    Choice *c = ud;
    if (lua_type(it->L, -1) != LUA_TNUMBER) {
        err(it, _("add.%s of %s must be a number, not %s"), name, it->what,
            lua_type_words(lua_type(it->L, -1)));
        return;
    }
    if (!c->add) return;
    c->add[c->nadd++] = (Increment){name, lua_tonumber(it->L, -1)};
}

static const char *const choice_keys[] = {"text", "next", "targets",
                                          "feedback", "score", "when", "set",
                                          "add", "effect", "id", NULL};

static void read_choice(Item *scene_it, const char *scene_id, size_t n,
                        Choice *c) {
    Loader *ld = scene_it->ld;
    char kind[200];
    snprintf(kind, sizeof kind, _("choice %zu of %s"), n, scene_it->what);
    /* Every choice is well formed even when its table is not a table:
       resolving compares the ids of all choices of the scene, and a NULL
       id there crashed `check` on choices = { "text", { ... } }. */
    char buf[200];
    snprintf(buf, sizeof buf, "%s.%zu", scene_id ? scene_id : "?", n);
    c->id = charge(ld, strlen(buf) + 1) ? arena_strdup(ld->arena, buf) : "?";
    if (!c->id) ld->out_of_memory = true;
    c->when = c->effect = BLK_NOFN;
    c->next = (Jump){.fn = BLK_NOFN, .target = {false, -1}};
    if (!c->id) c->id = "?"; /* never resolved: the file stops */
    Item it;
    if (!item_begin(&it, ld, scene_it->L, lua_gettop(scene_it->L),
                    scene_it->line, kind, choice_keys, true, false))
        return;
    const char *id = get_string(&it, "id", false);
    if (id) {
        check_id_syntax(&it, id, kind, false);
        c->id = id;
    }
    c->text = get_string(&it, "text", true);
    c->feedback = get_string(&it, "feedback", true);
    read_jump(&it, &c->next);
    if (!c->next.id && c->next.fn == BLK_NOFN) {
        int t = field(&it, "next");
        lua_pop(it.L, 1);
        if (t == LUA_TNIL) missing(&it, "next");
    }
    size_t np = count_pairs(&it, "score");
    c->score = ld_alloc(ld, (np ? np : 1) * sizeof *c->score);
    each_pair(&it, "score", read_score_item, c);
    np = count_pairs(&it, "set");
    c->set = ld_alloc(ld, (np ? np : 1) * sizeof *c->set);
    each_pair(&it, "set", read_assign, c);
    np = count_pairs(&it, "add");
    c->add = ld_alloc(ld, (np ? np : 1) * sizeof *c->add);
    each_pair(&it, "add", read_increment, c);
    c->when = get_function(&it, "when");
    c->effect = get_function(&it, "effect");
}

static const char *const scene_keys[] = {
    "id", "title", "text", "image", "observe", "concern", "facilitator",
    "choices", "next", "targets", "on_enter", NULL};

static int l_scene(lua_State *L) {
    Loader *ld = loader_of(L);
    Scenario *sc = ld->sc;
    Item it;
    if (!item_begin(&it, ld, L, 1, caller_line(L), "scene", scene_keys, false,
                    true))
        return 0;
    Scene s = {.line = it.line, .text_fn = BLK_NOFN, .on_enter = BLK_NOFN};
    s.id = item_id(&it, "scene", false);
    s.title = get_string(&it, "title", false);
    s.text = get_text_or_fn(&it, "text", true, &s.text_fn);
    s.image = get_string(&it, "image", false);
    s.facilitator = get_string(&it, "facilitator", false);
    if (get_int(&it, "concern", false, &s.concern) && s.concern < 1) {
        err(&it, _("'concern' of %s is %d, but concern levels start at 1 "
                   "(the lowest level of the scale)"), it.what, s.concern);
        s.concern = 0;
    }
    StrList obs = get_string_list(&it, "observe", false);
    s.observe_ids = obs.items;
    s.nobserve = obs.count;
    s.on_enter = get_function(&it, "on_enter");

    int has_choices = field(&it, "choices") != LUA_TNIL;
    lua_pop(L, 1);
    int has_next = field(&it, "next") != LUA_TNIL;
    lua_pop(L, 1);
    if (has_choices && has_next) {
        err(&it, _("%s has both 'choices' and 'next'; keep 'choices' for a "
                   "decision or 'next' for a scene that just continues"),
            it.what);
    } else if (!has_choices && !has_next && !was_suggested(&it, "next") &&
               !was_suggested(&it, "choices")) {
        err(&it, _("%s has neither 'choices' nor 'next': add choices = { ... } "
                   "for a decision, or next = \"id\" to continue"), it.what);
    }
    if (has_next) {
        s.has_next = true;
        read_jump(&it, &s.next);
    } else {
        int t = field(&it, "targets");
        lua_pop(L, 1);
        if (t != LUA_TNIL && !was_suggested(&it, "next"))
            err(&it, _("%s has 'targets' but no function 'next'; in a decision, "
                       "put 'targets' inside the choice"), it.what);
    }
    size_t n;
    int idx = has_choices ? open_list(&it, "choices", false, &n) : 0;
    if (idx) {
        if (n == 0)
            err(&it, _("%s has an empty 'choices' list: a decision needs at "
                       "least one choice"), it.what);
        s.choices = ld_alloc(ld, (n ? n : 1) * sizeof *s.choices);
        for (size_t i = 0; s.choices && i < n; i++) {
            lua_rawgeti(L, idx, (lua_Integer)i + 1);
            read_choice(&it, s.id, i + 1, &s.choices[i]);
            lua_pop(L, 1);
        }
        if (s.choices) s.nchoices = n;
        lua_pop(L, 1);
    }
    if (!s.id) return 0;
    Scene *arr = grow(ld, sc->scenes, sc->nscenes, &ld->cap_scenes, sizeof *arr);
    if (!arr) return 0;
    sc->scenes = arr;
    arr[sc->nscenes++] = s;
    return 0;
}

static const char *const ending_keys[] = {"id", "title", "text", "outcome",
                                          NULL};

static int l_ending(lua_State *L) {
    Loader *ld = loader_of(L);
    Scenario *sc = ld->sc;
    Item it;
    if (!item_begin(&it, ld, L, 1, caller_line(L), "ending", ending_keys,
                    false, true))
        return 0;
    Ending e = {.line = it.line, .text_fn = BLK_NOFN};
    e.id = item_id(&it, "ending", false);
    e.title = get_string(&it, "title", true);
    e.text = get_text_or_fn(&it, "text", true, &e.text_fn);
    const char *outcome = get_string(&it, "outcome", true);
    if (outcome) {
        if (strcmp(outcome, "good") == 0) e.outcome = OUTCOME_GOOD;
        else if (strcmp(outcome, "mixed") == 0) e.outcome = OUTCOME_MIXED;
        else if (strcmp(outcome, "poor") == 0) e.outcome = OUTCOME_POOR;
        else {
            static const char *const outcomes[] = {"good", "mixed", "poor"};
            const char *near = suggest(outcome, outcomes, 3);
            err(&it, _("'outcome' of %s is '%s'; use \"good\", \"mixed\" or "
                       "\"poor\"%s%s%s"),
                it.what, outcome, near ? _(" (did you mean '") : "",
                near ? near : "", near ? "'?)" : "");
        }
    }
    if (!e.id) return 0;
    Ending *arr = grow(ld, sc->endings, sc->nendings, &ld->cap_endings,
                       sizeof *arr);
    if (!arr) return 0;
    sc->endings = arr;
    arr[sc->nendings++] = e;
    return 0;
}

/* Constructors called from a callback while playing would change a
   scenario that is already checked and shared. */
static int l_closed(lua_State *L) {
    return luaL_error(L, _("%s {} can only be used while the file loads, not "
                           "inside a function"),
                      lua_tostring(L, lua_upvalueindex(1)));
}

/* }====================================================== */

static const luaL_Reg constructors[] = {
    {"scenario", l_scenario}, {"character", l_character},
    {"observation", l_observation}, {"scene", l_scene},
    {"ending", l_ending}, {NULL, NULL}};

static int install(lua_State *L) {
    Loader *ld = lua_touserdata(L, 1);
    sandbox_push_env(ld->sc->lua->sb);
    for (const luaL_Reg *r = constructors; r->name; r++) {
        lua_pushlightuserdata(L, ld);
        lua_pushcclosure(L, r->func, 1);
        lua_setfield(L, -2, r->name);
    }
    return 0;
}

static int uninstall(lua_State *L) {
    Loader *ld = lua_touserdata(L, 1);
    sandbox_push_env(ld->sc->lua->sb);
    for (const luaL_Reg *r = constructors; r->name; r++) {
        lua_pushstring(L, r->name);
        lua_pushcclosure(L, l_closed, 1);
        lua_setfield(L, -2, r->name);
    }
    return 0;
}

bool lua_api_run(Scenario *sc, const char *buf, size_t len, DiagList *dl) {
    Loader ld = {.sc = sc, .arena = &sc->lua->arena, .dl = dl};
    Sandbox *sb = sc->lua->sb;
    SandboxError e;
    if (!sandbox_protect(sb, install, &ld, &e)) {
        diag_add(dl, DIAG_ERROR, sc->path, 0, "%s", e.msg);
        return false;
    }
    bool ok = sandbox_run_file(sb, buf, len, &e);
    if (!ok) diag_add(dl, DIAG_ERROR, sc->path, e.line, "%s", e.msg);
    if (!sandbox_protect(sb, uninstall, &ld, &e)) ok = false;
    if (ld.out_of_memory) {
        diag_add(dl, DIAG_ERROR, sc->path, 0, "%s", _("out of memory"));
        ok = false;
    }
    return ok;
}
