/*
** scenario.c — loading a scenario file and resolving what it declared.
**
** scenario_load reads the file, rejects invalid UTF-8 with its line, runs it
** in a fresh sandbox (lua_api.c fills the structs), then resolves every
** reference between items and checks the rules that span items: unique
** ids, one scene per observation, concern levels on the scale, asset paths
** inside the scenario's folder, {var} in static text. Every problem names
** the line of the constructor call it is about.
*/
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "i18n.h"
#include "imageinfo.h"
#include "scenario_priv.h"
#include "strutil.h"

static const char *const default_scale[] = {
    "Ingen bekymring", "Undring", "Noe bekymring", "Stor bekymring",
    "Alvorlig bekymring"};

enum { MAX_FILE_SIZE = 64 * 1024 * 1024 };

NodeRef noderef_from_map(int v) {
    return (NodeRef){(v & 1) != 0, v >> 1};
}

/* Reads a whole file; NULL with errno set on failure. */
static char *read_file(const char *path, size_t *len) {
    struct stat st;
    if (stat(path, &st) != 0) return NULL;
    if (S_ISDIR(st.st_mode)) { errno = EISDIR; return NULL; }
    /* A FIFO or a device (a link to /dev/zero) would be read for ever. */
    if (!S_ISREG(st.st_mode)) { errno = EINVAL; return NULL; }
    if (st.st_size > MAX_FILE_SIZE) { errno = EFBIG; return NULL; }
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = (size_t)st.st_size + 1, n = 0;
    char *buf = malloc(cap);
    if (!buf) { fclose(f); errno = ENOMEM; return NULL; }
    size_t r;
    while ((r = fread(buf + n, 1, cap - n - 1, f)) > 0) {
        n += r;
        if (n + 1 == cap) {
            if (cap > MAX_FILE_SIZE) { free(buf); fclose(f); errno = EFBIG; return NULL; }
            char *nb = realloc(buf, cap * 2);
            if (!nb) { free(buf); fclose(f); errno = ENOMEM; return NULL; }
            buf = nb;
            cap *= 2;
        }
    }
    bool bad = ferror(f);
    fclose(f);
    if (bad) { free(buf); errno = EIO; return NULL; }
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* The asset folder: "scenarios/x.lua" -> "scenarios/x". */
static const char *asset_dir(Arena *a, const char *path) {
    size_t n = strlen(path);
    if (n > 4 && strcmp(path + n - 4, ".lua") == 0) n -= 4;
    return arena_strndup(a, path, n);
}

BlkStatus scenario_load(const char *path, const LoadOptions *opt,
                        Scenario **out, DiagList *dl) {
    *out = NULL;
    size_t len = 0;
    char *buf = read_file(path, &len);
    if (!buf) {
        diag_add(dl, DIAG_ERROR, path, 0, _("cannot read the file: %s"),
                 strerror(errno));
        return BLK_ERR_IO;
    }
    /* Compiled Lua is not UTF-8 either; say what it really is. */
    size_t skip_bom = len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    if (len - skip_bom >= 4 && memcmp(buf + skip_bom, "\x1bLua", 4) == 0) {
        diag_add(dl, DIAG_ERROR, path, 1, "%s",
                 _("this file is compiled Lua (bytecode); a scenario must be the "
                   "Lua text itself"));
        free(buf);
        return BLK_ERR_SCENARIO;
    }
    size_t bad = utf8_check(buf, len);
    if (bad != len) {
        diag_add(dl, DIAG_ERROR, path, line_of_offset(buf, bad), "%s",
                 _("this line has characters that are not UTF-8: save the "
                   "file with the encoding UTF-8 (and retype odd letters)"));
        free(buf);
        return BLK_ERR_SCENARIO;
    }
    Scenario *sc = calloc(1, sizeof *sc);
    if (sc) sc->lua = calloc(1, sizeof *sc->lua);
    if (sc && sc->lua) sc->lua->sb = sandbox_new(path, opt);
    if (!sc || !sc->lua || !sc->lua->sb) {
        free(buf);
        scenario_free(sc);
        diag_add(dl, DIAG_ERROR, path, 0, "%s", _("out of memory"));
        return BLK_ERR_NOMEM;
    }
    sc->start = -1;
    sc->path = arena_strdup(&sc->lua->arena, path);
    sc->dir = asset_dir(&sc->lua->arena, path);

    size_t errors_before = diag_count(dl, DIAG_ERROR);
    /* A UTF-8 byte order mark is not Lua; skip it (it is on line 1). */
    size_t skip = len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    bool ran = lua_api_run(sc, buf + skip, len - skip, dl);
    free(buf);
    if (ran) scenario_resolve(sc, dl);
    if (!ran || diag_count(dl, DIAG_ERROR) > errors_before) {
        scenario_free(sc);
        return BLK_ERR_SCENARIO;
    }
    *out = sc;
    return BLK_OK;
}

void scenario_free(Scenario *sc) {
    if (!sc) return;
    if (sc->lua) {
        sandbox_free(sc->lua->sb);
        idmap_free(&sc->lua->nodes);
        idmap_free(&sc->lua->observations);
        idmap_free(&sc->lua->characters);
        idmap_free(&sc->lua->competencies);
        arena_free(&sc->lua->arena);
        free(sc->lua);
    }
    free(sc->characters);
    free(sc->observations);
    free(sc->scenes);
    free(sc->endings);
    free(sc);
}

/* {====================================================== look-ups */

int scenario_find_observation(const Scenario *sc, const char *id) {
    return idmap_get(&sc->lua->observations, id);
}

int scenario_find_character(const Scenario *sc, const char *id) {
    return idmap_get(&sc->lua->characters, id);
}

bool scenario_find_node(const Scenario *sc, const char *id, NodeRef *out) {
    int v = idmap_get(&sc->lua->nodes, id);
    if (v < 0) return false;
    *out = noderef_from_map(v);
    return true;
}

int scenario_concern_levels(const Scenario *sc) {
    return sc->concern_scale.items ? (int)sc->concern_scale.count : 5;
}

const char *scenario_concern_label(const Scenario *sc, int level) {
    if (level < 1 || level > scenario_concern_levels(sc)) return "";
    return sc->concern_scale.items ? sc->concern_scale.items[level - 1]
                                   : default_scale[level - 1];
}

const char *outcome_name(Outcome o) {
    return o == OUTCOME_GOOD ? "good" : o == OUTCOME_MIXED ? "mixed" : "poor";
}

const char *obs_kind_name(ObsKind k) {
    return k == OBS_RISK ? "risk" : k == OBS_PROTECTIVE ? "protective" : "neutral";
}

const char *mark_name(Mark m) {
    return m == MARK_RISK ? "risk" : m == MARK_PROTECTIVE ? "protective" : "none";
}

/* }====================================================== */

/* {====================================================== resolving */

typedef struct {
    Scenario *sc;
    DiagList *dl;
    size_t scanned, errors; /* of dl, counted by full() */
    size_t warnings;        /* added while resolving */
    size_t suggest_left;    /* ids that typo suggestions may still compare */
} Ctx;

/* A hostile file can declare items by the hundred thousand, each with a
   problem: 300,000 scenes leading to unknown ids took hours (a typo
   suggestion compares each against every id) and 100,000 choices with one
   id a problem for every pair. Resolving stops after MAX_PROBLEMS errors
   (only errors: the file must not load half resolved) and gives at most
   as many warnings; suggestions compare at most SUGGEST_WORK ids in all. */
enum { MAX_PROBLEMS = 100, SUGGEST_WORK = 100000 };

static bool full(Ctx *c) {
    for (; c->scanned < c->dl->count; c->scanned++)
        if (c->dl->items[c->scanned].severity == DIAG_ERROR) c->errors++;
    return c->errors >= MAX_PROBLEMS;
}

/* The kind ("scene") and line of the item registered under map value v. */
typedef void FirstOf(Ctx *c, int v, const char **kind, int *line);

static FirstOf comp_first;

/* Registers ids of one kind; duplicates are errors naming the first. */
static void register_id(Ctx *c, IdMap *m, const char *kind, const char *id,
                        int value, int line, FirstOf *first_of) {
    int existing;
    if (!idmap_put(m, id, value, &existing)) {
        diag_add(c->dl, DIAG_ERROR, c->sc->path, line, "%s", _("out of memory"));
        return;
    }
    if (existing == -1) return;
    const char *first_kind = kind;
    int first_line = 0;
    first_of(c, existing, &first_kind, &first_line);
    if (first_of == comp_first)
        diag_add(c->dl, DIAG_ERROR, c->sc->path, line,
                 _("%s id '%s' is used twice in 'competencies'; give each one "
                   "its own id"), kind, id);
    else
        diag_add(c->dl, DIAG_ERROR, c->sc->path, line,
                 _("%s id '%s' is already used by the %s at line %d; give each "
                   "one its own id"), kind, id, first_kind, first_line);
}

static void node_first(Ctx *c, int v, const char **kind, int *line) {
    NodeRef r = noderef_from_map(v);
    *kind = r.is_ending ? _("ending") : _("scene");
    *line = r.is_ending ? c->sc->endings[r.index].line : c->sc->scenes[r.index].line;
}
static void obs_first(Ctx *c, int v, const char **kind, int *line) {
    (void)kind;
    *line = c->sc->observations[v].line;
}
static void char_first(Ctx *c, int v, const char **kind, int *line) {
    (void)kind;
    *line = c->sc->characters[v].line;
}
static void comp_first(Ctx *c, int v, const char **kind, int *line) {
    (void)v, (void)kind;
    *line = c->sc->line; /* all competencies are on the scenario's line */
}

/* Collects the keys of a map into a temporary array for suggestions. */
static const char **map_keys(const IdMap *m, size_t *n) {
    const char **keys = malloc((m->count ? m->count : 1) * sizeof *keys);
    *n = 0;
    if (!keys) return NULL;
    for (size_t i = 0; i < m->cap; i++)
        if (m->keys[i]) keys[(*n)++] = m->keys[i];
    return keys;
}

/* "<what> '<id>', which does not exist", with the nearest id as a
   suggestion or else the hint. `what` ends in a verb: "scene 'a' leads
   to" (the old form "... leads to 'x' does not exist" was not a sentence). */
static void unknown_id(Ctx *c, int line, const IdMap *m, const char *what,
                       const char *id, const char *hint) {
    size_t n = 0;
    const char **keys = NULL;
    if (m->count <= c->suggest_left) {
        c->suggest_left -= m->count;
        keys = map_keys(m, &n);
    }
    const char *near = keys ? suggest(id, keys, n) : NULL;
    if (near)
        diag_add(c->dl, DIAG_ERROR, c->sc->path, line,
                 _("%s '%s', which does not exist (did you mean '%s'?)"), what,
                 id, near);
    else
        diag_add(c->dl, DIAG_ERROR, c->sc->path, line,
                 _("%s '%s', which does not exist; %s"), what, id, hint);
    free(keys);
}

/* `what` is the start of the message: "choice 1 of scene 'a' leads to". */
static bool resolve_node(Ctx *c, int line, const char *what, const char *id,
                         NodeRef *out) {
    int v = idmap_get(&c->sc->lua->nodes, id);
    if (v < 0) {
        unknown_id(c, line, &c->sc->lua->nodes, what, id,
                   _("declare a scene or an ending with that id"));
        return false;
    }
    *out = noderef_from_map(v);
    return true;
}

static void resolve_jump(Ctx *c, int line, const char *where, Jump *j) {
    char what[260];
    snprintf(what, sizeof what, _("%s leads to"), where);
    if (j->id) resolve_node(c, line, what, j->id, &j->target);
    snprintf(what, sizeof what, _("'targets' of %s names"), where);
    for (size_t i = 0; i < j->ntargets; i++) {
        j->targets[i] = (NodeRef){false, -1};
        resolve_node(c, line, what, j->target_ids[i], &j->targets[i]);
    }
}

/* True when a path component is "..": "bilder/../../x.png" escapes, but a
   file named "bilde..png" does not (it used to be rejected as well). */
static bool has_dotdot(const char *path) {
    for (const char *p = path; *p;) {
        size_t n = strcspn(p, "/\\");
        if (n == 2 && p[0] == '.' && p[1] == '.') return true;
        p += n;
        if (*p) p++;
    }
    return false;
}

/* Asset paths are relative to the scenario's folder and may not leave it. */
static void check_asset(Ctx *c, int line, const char *what, const char *path) {
    if (!path) return;
    if (path[0] == '\0') {
        diag_add(c->dl, DIAG_ERROR, c->sc->path, line,
                 _("%s is empty: name a file in the folder %s/, or leave the "
                   "key out"), what, c->sc->dir);
        return;
    }
    bool escapes = path[0] == '/' || path[0] == '\\' || has_dotdot(path) ||
                   strchr(path, ':');
    if (escapes) {
        diag_add(c->dl, DIAG_ERROR, c->sc->path, line,
                 _("%s '%s' must be a path inside the folder %s/, such as "
                   "\"bilde.png\", without '..' or a leading '/'"),
                 what, path, c->sc->dir);
        return;
    }
    size_t n = strlen(c->sc->dir) + strlen(path) + 2;
    char *full = malloc(n);
    if (!full) return;
    snprintf(full, n, "%s/%s", c->sc->dir, path);
    struct stat st;
    if (stat(full, &st) != 0 || !S_ISREG(st.st_mode)) {
        diag_add(c->dl, DIAG_ERROR, c->sc->path, line,
                 _("%s '%s' is not found: put the file at %s"), what, path, full);
    } else {
        /* A symbolic link inside the folder may point anywhere (a shared
           scenario could name /etc/passwd "bilde.png"): the real file must
           lie inside the real folder too. */
        char *real_dir = realpath(c->sc->dir, NULL), *real_file = realpath(full, NULL);
        size_t dn = real_dir ? strlen(real_dir) : 0;
        const char *refused;
        if (!real_dir || !real_file || strncmp(real_file, real_dir, dn) != 0 ||
            real_file[dn] != '/')
            diag_add(c->dl, DIAG_ERROR, c->sc->path, line,
                     _("%s '%s' is a link to a file outside the folder %s/; copy "
                       "the file into the folder instead"), what, path, c->sc->dir);
        else if ((refused = image_refusal(full)))
            /* Read from the header alone: a small file can claim a picture
               that takes gigabytes to decode. */
            diag_add(c->dl, DIAG_ERROR, c->sc->path, line, _("%s '%s' cannot be used: %s"),
                     what, path, refused);
        free(real_dir);
        free(real_file);
    }
    free(full);
}

/* The declared variable named s[0..len), or NULL. sc->state is sorted by
   name (lua_api.c), so this is a binary search: a linear one per {var} and
   per set/add made loading quadratic in the number of variables. */
static const StateVar *find_var_n(const Scenario *sc, const char *name,
                                  size_t len) {
    size_t lo = 0, hi = sc->nstate;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *m = sc->state[mid].name;
        int d = strncmp(m, name, len);
        if (d == 0 && m[len] != '\0') d = 1;
        if (d == 0) return &sc->state[mid];
        if (d < 0) lo = mid + 1;
        else hi = mid;
    }
    return NULL;
}

/* Static text is rendered once with every declared variable known, so the
   checker reports exactly what playing would. */
static bool declared_var(void *ud, const char *name, size_t len, Value *out) {
    const StateVar *v = find_var_n(ud, name, len);
    if (v) *out = v->value;
    return v != NULL;
}

static void check_text(Ctx *c, int line, const char *what, const char *text) {
    if (!text) return;
    TextDoc doc;
    char err[300];
    if (text_render(text, c->sc, declared_var, c->sc, &doc, err, sizeof err) == BLK_OK)
        text_free(&doc);
    else
        diag_add(c->dl, DIAG_ERROR, c->sc->path, line, _("in the text of %s: %s"),
                 what, err);
}

static const StateVar *find_var(const Scenario *sc, const char *name) {
    return find_var_n(sc, name, strlen(name));
}

static void resolve_choice(Ctx *c, Scene *s, size_t k, IdMap *ids) {
    Scenario *sc = c->sc;
    Choice *ch = &s->choices[k];
    char where[200];
    snprintf(where, sizeof where, _("choice %zu of scene '%s'"), k + 1, s->id);
    resolve_jump(c, s->line, where, &ch->next);
    for (size_t i = 0; i < ch->nscore; i++) {
        int v = idmap_get(&sc->lua->competencies, ch->score[i].competency_id);
        if (v < 0) {
            char what[260];
            snprintf(what, sizeof what, _("%s scores competency"), where);
            unknown_id(c, s->line, &sc->lua->competencies, what,
                       ch->score[i].competency_id,
                       _("use an id from 'competencies' in scenario {}"));
        }
        ch->score[i].competency = v;
    }
    for (size_t i = 0; i < ch->nset; i++) {
        const StateVar *v = find_var(sc, ch->set[i].var);
        if (!v)
            diag_add(c->dl, DIAG_ERROR, sc->path, s->line,
                     _("%s sets '%s', which is not declared; add it to "
                       "state = { ... } in scenario {}"), where, ch->set[i].var);
        else if (v->value.type != ch->set[i].value.type && c->warnings++ < MAX_PROBLEMS)
            /* Legal, but a text that becomes a number is usually a slip. */
            diag_add(c->dl, DIAG_WARNING, sc->path, s->line,
                     _("%s sets '%s' to another kind of value than it starts "
                       "with in state = { ... } (a number, true/false or text)"),
                     where, ch->set[i].var);
    }
    for (size_t i = 0; i < ch->nadd; i++) {
        const StateVar *v = find_var(sc, ch->add[i].var);
        if (!v)
            diag_add(c->dl, DIAG_ERROR, sc->path, s->line,
                     _("%s adds to '%s', which is not declared; add it to "
                       "state = { ... } in scenario {}"), where, ch->add[i].var);
        else if (v->value.type != VAL_NUMBER)
            diag_add(c->dl, DIAG_ERROR, sc->path, s->line,
                     _("%s adds to '%s', which is not a number; 'add' only "
                       "counts numbers: use 'set' for text or true/false"),
                     where, ch->add[i].var);
    }
    /* Default ids ("a.2") never clash with each other, and an explicit id
       that is not an identifier was reported by lua_api.c already. A map,
       not a comparison with every earlier choice: that was quadratic. */
    int first;
    if (is_identifier(ch->id) && idmap_put(ids, ch->id, (int)k, &first) && first >= 0)
        diag_add(c->dl, DIAG_ERROR, sc->path, s->line,
                 _("%s has the same id '%s' as choice %d; choice ids must be "
                   "unique within a scene"), where, ch->id, first + 1);
}

static void resolve_scene(Ctx *c, size_t si) {
    Scenario *sc = c->sc;
    Scene *s = &sc->scenes[si];
    char where[200];
    snprintf(where, sizeof where, _("scene '%s'"), s->id);
    s->observe = arena_alloc(&sc->lua->arena, (s->nobserve ? s->nobserve : 1) * sizeof *s->observe);
    for (size_t i = 0; s->observe && i < s->nobserve && !full(c); i++) {
        int o = idmap_get(&sc->lua->observations, s->observe_ids[i]);
        s->observe[i] = o;
        if (o < 0) {
            char what[260];
            snprintf(what, sizeof what, _("%s observes"), where);
            unknown_id(c, s->line, &sc->lua->observations, what,
                       s->observe_ids[i],
                       _("declare it with observation { id = ..., ... }"));
            continue;
        }
        Observation *ob = &sc->observations[o];
        if (ob->scene == (int)si) {
            diag_add(c->dl, DIAG_ERROR, sc->path, s->line,
                     _("%s lists observation '%s' twice in 'observe'; remove "
                       "one"), where, ob->id);
        } else if (ob->scene >= 0) {
            diag_add(c->dl, DIAG_ERROR, sc->path, s->line,
                     _("observation '%s' is already listed by scene '%s' (line "
                       "%d); an observation belongs to one scene only"),
                     ob->id, sc->scenes[ob->scene].id, sc->scenes[ob->scene].line);
        } else {
            ob->scene = (int)si;
        }
    }
    int levels = scenario_concern_levels(sc);
    if (s->concern > levels)
        diag_add(c->dl, DIAG_ERROR, sc->path, s->line,
                 _("'concern' of %s is %d, but the concern scale has levels 1 "
                   "to %d"), where, s->concern, levels);
    check_asset(c, s->line, _("image"), s->image);
    check_text(c, s->line, where, s->text);
    if (s->has_next) resolve_jump(c, s->line, where, &s->next);
    IdMap ids = {0}; /* explicit choice ids -> index */
    for (size_t k = 0; k < s->nchoices && !full(c); k++) resolve_choice(c, s, k, &ids);
    idmap_free(&ids);
}

void scenario_resolve(Scenario *sc, DiagList *dl) {
    Ctx c = {sc, dl, dl->count, 0, 0, SUGGEST_WORK};
    struct ScenarioLua *lu = sc->lua;
    if (sc->line <= 0) {
        /* -1: there was a scenario call, already reported as broken. */
        if (sc->line == 0)
            diag_add(dl, DIAG_ERROR, sc->path, 1, "%s",
                     _("the file has no scenario { ... }: every scenario "
                       "file declares exactly one"));
        return;
    }
    /* Scenes and endings share one name space. They are registered in the
       order they were declared (merged by line), so a clash is reported at
       the later of the two: registering all scenes first reported an ending
       on line 4 as clashing with a scene on line 5. */
    for (size_t i = 0, j = 0; (i < sc->nscenes || j < sc->nendings) && !full(&c);) {
        if (j == sc->nendings ||
            (i < sc->nscenes && sc->scenes[i].line <= sc->endings[j].line)) {
            register_id(&c, &lu->nodes, _("scene"), sc->scenes[i].id,
                        (int)i * 2, sc->scenes[i].line, node_first);
            i++;
        } else {
            register_id(&c, &lu->nodes, _("ending"), sc->endings[j].id,
                        (int)j * 2 + 1, sc->endings[j].line, node_first);
            j++;
        }
    }
    for (size_t i = 0; i < sc->nobservations && !full(&c); i++)
        register_id(&c, &lu->observations, _("observation"),
                    sc->observations[i].id, (int)i, sc->observations[i].line,
                    obs_first);
    for (size_t i = 0; i < sc->ncharacters && !full(&c); i++) {
        register_id(&c, &lu->characters, _("character"), sc->characters[i].id,
                    (int)i, sc->characters[i].line, char_first);
        if (strcmp(sc->characters[i].id, "du") == 0)
            diag_add(dl, DIAG_ERROR, sc->path, sc->characters[i].line, "%s",
                     _("'du' is reserved for the trainee's own lines; give "
                       "the character another id"));
    }
    for (size_t i = 0; i < sc->ncompetencies && !full(&c); i++)
        register_id(&c, &lu->competencies, _("competency"),
                    sc->competencies[i].id, (int)i, sc->line, comp_first);

    if (sc->start_id) {
        int v = idmap_get(&lu->nodes, sc->start_id);
        if (v >= 0 && !(v & 1)) sc->start = v >> 1;
        else if (v >= 0)
            diag_add(dl, DIAG_ERROR, sc->path, sc->line,
                     _("'start' is '%s', which is an ending; the playthrough "
                       "must start in a scene"), sc->start_id);
        else
            unknown_id(&c, sc->line, &lu->nodes, _("'start' names"),
                       sc->start_id, _("declare a scene with that id"));
    }
    for (size_t i = 0; i < sc->nscenes && !full(&c); i++) resolve_scene(&c, i);
    for (size_t i = 0; i < sc->nendings && !full(&c); i++) {
        char where[200];
        snprintf(where, sizeof where, _("ending '%s'"), sc->endings[i].id);
        check_text(&c, sc->endings[i].line, where, sc->endings[i].text);
    }
    for (size_t i = 0; i < sc->ncharacters && !full(&c); i++)
        check_asset(&c, sc->characters[i].line, _("portrait"),
                    sc->characters[i].portrait);
    if (full(&c))
        diag_add(dl, DIAG_ERROR, sc->path, sc->line,
                 _("more than %d problems; fix these and check again"), MAX_PROBLEMS);
}

/* }====================================================== */
