/*
** lua_api.c — the scenario constructors: scenario{}, character{},
** observation{}, scene{} and ending{} (format, section 2).
**
** Each constructor records the line it was called from, reads its table
** through lua_read.c (which rejects unknown keys, checks every key's type
** and copies the values) and fills the C structs of blikk.h. Problems
** become diagnostics and the file keeps running, so one `check` reports
** them all. References between items are left as ids here; scenario.c
** resolves them after the file ran.
** These two files are the only ones that read scenario tables through the
** Lua API.
*/
#include <lauxlib.h>
#include <lua.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "lua_api_priv.h"
#include "strutil.h"

static Loader *loader_of(lua_State *L) {
    return lua_touserdata(L, lua_upvalueindex(1));
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
    if (!ld_charge(ld, (ncap - *cap) * size)) return NULL;
    void *p = realloc(arr, ncap * size);
    if (!p) {
        ld->out_of_memory = true;
        return NULL;
    }
    *cap = ncap;
    return p;
}

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
        item_err(it, _("'competencies' of %s is empty: name at least one "
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
        item_err(&it, _("a second scenario {} (the first is at line %d): a file "
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
        item_err(&it, _("'version' of %s must be 1 or more"), it.what);
    sc->audience = get_string_list(&it, "audience", false);
    if (get_int(&it, "minutes", false, &sc->minutes) && sc->minutes < 1)
        item_err(&it, _("'minutes' of %s must be 1 or more"), it.what);
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
        item_err(&it, _("'concern_scale' of %s must have 2 to 10 levels, not %zu"),
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
            item_err(&it, _("'kind' of %s is '%s'; use \"risk\", \"protective\" or "
                            "\"neutral\"%s%s%s"),
                it.what, kind, near ? _(" (did you mean '") : "",
                near ? near : "", near ? "'?)" : "");
        }
    }
    if (get_number(&it, "weight", false, &o.weight) && !(o.weight > 0))
        item_err(&it, _("'weight' of %s must be greater than 0"), it.what);
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
            item_work(it);
            if (lua_rawgeti(it->L, idx, (lua_Integer)i + 1) == LUA_TSTRING) {
                const char *v = copy_string(it, -1, "targets");
                if (v) j->target_ids[j->ntargets++] = v;
            } else {
                item_err(it, _("item %zu of 'targets' in %s must be an id in "
                               "quotes"), i + 1, it->what);
            }
            lua_pop(it->L, 1);
        }
        lua_pop(it->L, 1);
        if (j->fn == BLK_NOFN && (j->id || !was_suggested(it, "next")))
            item_err(it, _("%s has 'targets' but its 'next' is not a function; "
                           "'targets' is only for a 'next' function: remove "
                           "'targets' or make 'next' a function"),
                it->what);
    } else if (j->fn != BLK_NOFN) {
        int t = item_field(it, "targets");
        lua_pop(it->L, 1);
        /* Targets of the wrong type were reported by open_list, and a typo
           of the key by check_keys: one message per problem. */
        if (t == LUA_TNIL && !was_suggested(it, "targets"))
            item_err(it, _("%s has a function as 'next' but no 'targets': list "
                           "every id the function may return, e.g. targets = "
                           "{ \"a\", \"b\" }"),
                it->what);
    }
}

static void read_score_item(Item *it, const char *name, void *ud) {
    Choice *c = ud;
    if (lua_type(it->L, -1) != LUA_TNUMBER) {
        item_err(it, _("score '%s' of %s must be a number, not %s"), name, it->what,
            lua_type_words(lua_type(it->L, -1)));
        return;
    }
    double v = lua_tonumber(it->L, -1);
    /* 1/0 or 0/0 would make every figure of the debrief NaN or inf. */
    if (!(v > -1e300 && v < 1e300)) {
        item_err(it, _("score '%s' of %s must be a finite number"), name, it->what);
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
        item_err(it, _("add.%s of %s must be a number, not %s"), name, it->what,
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
    c->id = ld_charge(ld, strlen(buf) + 1) ? arena_strdup(ld->arena, buf) : "?";
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
        int t = item_field(&it, "next");
        lua_pop(it.L, 1);
        if (t == LUA_TNIL) item_missing(&it, "next");
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
        item_err(&it, _("'concern' of %s is %d, but concern levels start at 1 "
                        "(the lowest level of the scale)"), it.what, s.concern);
        s.concern = 0;
    }
    StrList obs = get_string_list(&it, "observe", false);
    s.observe_ids = obs.items;
    s.nobserve = obs.count;
    s.on_enter = get_function(&it, "on_enter");

    int has_choices = item_field(&it, "choices") != LUA_TNIL;
    lua_pop(L, 1);
    int has_next = item_field(&it, "next") != LUA_TNIL;
    lua_pop(L, 1);
    if (has_choices && has_next) {
        item_err(&it, _("%s has both 'choices' and 'next'; keep 'choices' for a "
                        "decision or 'next' for a scene that just continues"),
            it.what);
    } else if (!has_choices && !has_next && !was_suggested(&it, "next") &&
               !was_suggested(&it, "choices")) {
        item_err(&it, _("%s has neither 'choices' nor 'next': add choices = { ... } "
                        "for a decision, or next = \"id\" to continue"), it.what);
    }
    if (has_next) {
        s.has_next = true;
        read_jump(&it, &s.next);
    } else {
        int t = item_field(&it, "targets");
        lua_pop(L, 1);
        if (t != LUA_TNIL && !was_suggested(&it, "next"))
            item_err(&it, _("%s has 'targets' but no function 'next'; in a decision, "
                            "put 'targets' inside the choice"), it.what);
    }
    size_t n;
    int idx = has_choices ? open_list(&it, "choices", false, &n) : 0;
    if (idx) {
        if (n == 0)
            item_err(&it, _("%s has an empty 'choices' list: a decision needs at "
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
            item_err(&it, _("'outcome' of %s is '%s'; use \"good\", \"mixed\" or "
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
