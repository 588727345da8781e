/*
** test_scenario.c — section 2 of the scenario format (the constructors),
** with the parts of sections 1 and 3 that loading enforces. Each test is
** one rule; its comment names the rule and the section. Sources are tiny
** inline scenarios; HEADER (testutil.h) is lines 1–3 with start scene 'a'
** and competencies 'x' and 'y', so the first item after it is on line 4.
*/
#include <sys/stat.h>

#include "testutil.h"

#define END_E "ending { id = 'e', title = 'E', text = 'E', outcome = 'good' }\n"

/* Loads `src` and asserts exactly one diagnostic: an error on `line`
   containing `text`. Stricter than expect_error_at: no cascade allowed. */
static void expect_only_error(const char *src, int line, const char *text) {
    DiagList dl = {0};
    Scenario *sc = load_src(src, &dl);
    bool ok = dl.count == 1 && dl.items[0].severity == DIAG_ERROR &&
              dl.items[0].line == line && strstr(dl.items[0].message, text);
    if (!ok) {
        fprintf(stderr, "expected only an error at line %d containing \"%s\" for:\n%s"
                        "got:\n", line, text, src);
        diag_print(&dl, stderr);
    }
    assert_true(ok);
    assert_null(sc);
    diag_free(&dl);
}

typedef struct {
    const char *src;
    int line;
    const char *text;
} Case;

static void run_cases(const Case *cases, size_t n) {
    for (size_t i = 0; i < n; i++) expect_only_error(cases[i].src, cases[i].line, cases[i].text);
}

/* The smallest PNG: one white pixel. */
static const unsigned char tiny_png[] = {
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44,
    0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x02, 0x00, 0x00, 0x00, 0x90,
    0x77, 0x53, 0xDE, 0x00, 0x00, 0x00, 0x0C, 0x49, 0x44, 0x41, 0x54, 0x08, 0xD7, 0x63, 0xF8,
    0xFF, 0xFF, 0x3F, 0x00, 0x05, 0xFE, 0x02, 0xFE, 0xA7, 0x35, 0x81, 0x84, 0x00, 0x00, 0x00,
    0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82};

/* Writes `src` as /tmp/blikk-assets-PID.lua with the asset folder beside
   it holding `files` (tiny pictures) (NULL-terminated; one level of subfolder), loads
   it, then removes everything. */
static Scenario *load_with_assets(const char *src, const char *const *files, DiagList *dl) {
    char dir[64], path[96], file[160];
    snprintf(dir, sizeof dir, "/tmp/blikk-assets-%d", (int)getpid());
    snprintf(path, sizeof path, "%s.lua", dir);
    mkdir(dir, 0700);
    for (size_t i = 0; files[i]; i++) {
        snprintf(file, sizeof file, "%s/%s", dir, files[i]);
        char *slash = strrchr(file, '/');
        *slash = '\0';
        mkdir(file, 0700);
        *slash = '/';
        FILE *f = fopen(file, "wb");
        assert_non_null(f);
        fwrite(tiny_png, 1, sizeof tiny_png, f); /* a real picture: 1 x 1 */
        fclose(f);
    }
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(src, f);
    fclose(f);
    Scenario *sc = NULL;
    scenario_load(path, NULL, &sc, dl);
    if (sc) scenario_check(sc, dl);
    for (size_t i = 0; files[i]; i++) {
        snprintf(file, sizeof file, "%s/%s", dir, files[i]);
        remove(file);
        char *slash = strrchr(file, '/');
        *slash = '\0';
        if (strcmp(file, dir) != 0) remove(file);
    }
    remove(dir);
    remove(path);
    return sc;
}

/* ------------------------------------------------------ constructors */

/* Section 2, scenario{}: the optional keys take their defaults — language
   "nb", version 1, no minutes, empty lists, no state, and the default
   concern scale of five labels. */
static void scenario_defaults(void **state) {
    (void)state;
    Scenario *sc = load_ok(HEADER "scene { id = 'a', text = 'A', next = 'e' }\n" END_E);
    assert_string_equal(sc->id, "t");
    assert_string_equal(sc->language, "nb");
    assert_int_equal(sc->version, 1);
    assert_int_equal(sc->minutes, 0);
    assert_int_equal(sc->audience.count + sc->debrief.count + sc->references.count +
                     sc->authors.count, 0);
    assert_int_equal(sc->nstate, 0);
    assert_int_equal(scenario_concern_levels(sc), 5);
    static const char *const labels[] = {"Ingen bekymring", "Undring", "Noe bekymring",
                                         "Stor bekymring", "Alvorlig bekymring"};
    for (int i = 0; i < 5; i++) assert_string_equal(scenario_concern_label(sc, i + 1), labels[i]);
    assert_string_equal(scenario_concern_label(sc, 6), "");
    assert_int_equal(sc->line, 1);
    scenario_free(sc);
}

/* Section 2, scenario{}: every key is read, competencies in display order,
   state with numbers, booleans and text, and a custom concern scale. */
static void scenario_reads_every_key(void **state) {
    (void)state;
    Scenario *sc = load_ok(
        "scenario { id = 'gravid-2', title = 'Tittel', summary = 'Kort.', role = 'Du er jordmor.',\n"
        "  language = 'en', version = 3, audience = { 'jordmødre', 'leger' }, minutes = 20,\n"
        "  objectives = { 'Se', 'Handle' }, start = 'a',\n"
        "  competencies = { { id = 'samtale', name = 'Samtale' }, { id = 'handle', name = 'Handle' } },\n"
        "  state = { tillit = 2, sett = false, navn = 'Ida' },\n"
        "  concern_scale = { 'Lav', 'Middels', 'Høy' }, debrief = { 'D1', 'D2' },\n"
        "  references = { 'R1' }, authors = { 'A1', 'A2', 'A3' } }\n"
        "scene { id = 'a', text = 'A', concern = 3, next = 'e' }\n" END_E);
    assert_string_equal(sc->id, "gravid-2");
    assert_string_equal(sc->title, "Tittel");
    assert_string_equal(sc->summary, "Kort.");
    assert_string_equal(sc->role, "Du er jordmor.");
    assert_string_equal(sc->language, "en");
    assert_int_equal(sc->version, 3);
    assert_int_equal(sc->minutes, 20);
    assert_int_equal(sc->audience.count, 2);
    assert_string_equal(sc->audience.items[0], "jordmødre");
    assert_int_equal(sc->objectives.count, 2);
    assert_string_equal(sc->objectives.items[1], "Handle");
    assert_int_equal(sc->ncompetencies, 2);
    assert_string_equal(sc->competencies[0].id, "samtale");
    assert_string_equal(sc->competencies[1].name, "Handle");
    assert_string_equal(sc->start_id, "a");
    assert_int_equal(sc->start, 0);
    assert_int_equal(sc->nstate, 3);
    Value v = {0};
    bool found = false;
    for (size_t i = 0; i < sc->nstate; i++) {
        if (strcmp(sc->state[i].name, "tillit") == 0) {
            v = sc->state[i].value;
            found = true;
        }
    }
    assert_true(found);
    assert_int_equal(v.type, VAL_NUMBER);
    assert_true(v.num == 2);
    assert_int_equal(scenario_concern_levels(sc), 3);
    assert_string_equal(scenario_concern_label(sc, 3), "Høy");
    assert_int_equal(sc->debrief.count, 2);
    assert_int_equal(sc->references.count, 1);
    assert_int_equal(sc->authors.count, 3);
    scenario_free(sc);
}

/* Section 2, character{}, scene{} and asset paths (section 1): every key is
   read; a portrait and an image are paths inside the scenario's folder. */
static void character_and_scene_read_every_key(void **state) {
    (void)state;
    const char *const files[] = {"ida.png", "bilder/rom.png", NULL};
    DiagList dl = {0};
    Scenario *sc = load_with_assets(
        HEADER
        "character { id = 'ida', name = 'Ida (16)', description = 'Elev.', portrait = 'ida.png' }\n"
        "observation { id = 'o2', kind = 'neutral', text = 't', explain = 'e' }\n"
        "observation { id = 'o1', kind = 'risk', text = 't', explain = 'e' }\n"
        "scene { id = 'a', title = 'Drop-in', text = 'ida: Hei.', image = 'bilder/rom.png',\n"
        "  observe = { 'o1', 'o2' }, concern = 4, facilitator = 'Diskuter.',\n"
        "  on_enter = function(s) end, next = 'e' }\n" END_E,
        files, &dl);
    if (dl.count) diag_print(&dl, stderr);
    assert_int_equal(dl.count, 0);
    assert_non_null(sc);
    const Character *c = &sc->characters[0];
    assert_string_equal(c->id, "ida");
    assert_string_equal(c->name, "Ida (16)");
    assert_string_equal(c->description, "Elev.");
    assert_string_equal(c->portrait, "ida.png");
    assert_int_equal(c->line, 4);
    const Scene *s = &sc->scenes[0];
    assert_string_equal(s->title, "Drop-in");
    assert_string_equal(s->text, "ida: Hei.");
    assert_int_equal(s->text_fn, BLK_NOFN);
    assert_string_equal(s->image, "bilder/rom.png");
    assert_int_equal(s->nobserve, 2); /* in the order written */
    assert_int_equal(s->observe[0], scenario_find_observation(sc, "o1"));
    assert_int_equal(s->observe[1], scenario_find_observation(sc, "o2"));
    assert_int_equal(sc->observations[1].scene, 0);
    assert_int_equal(s->concern, 4);
    assert_string_equal(s->facilitator, "Diskuter.");
    assert_int_not_equal(s->on_enter, BLK_NOFN);
    assert_true(s->has_next);
    assert_int_equal(s->nchoices, 0);
    scenario_free(sc);
    diag_free(&dl);
}

/* Section 2, observation{}: weight defaults to 1; kind maps to the three
   classifications. */
static void observation_weight_default_and_kinds(void **state) {
    (void)state;
    Scenario *sc = load_ok(HEADER
        "observation { id = 'r', kind = 'risk', text = 'T', explain = 'E' }\n"
        "observation { id = 'p', kind = 'protective', weight = 2.5, text = 't', explain = 'e' }\n"
        "observation { id = 'n', kind = 'neutral', text = 't', explain = 'e' }\n"
        "scene { id = 'a', text = 'A', observe = { 'r', 'p', 'n' }, next = 'e' }\n" END_E);
    const Observation *o = sc->observations;
    assert_int_equal(o[0].kind, OBS_RISK);
    assert_true(o[0].weight == 1);
    assert_string_equal(o[0].text, "T");
    assert_string_equal(o[0].explain, "E");
    assert_int_equal(o[1].kind, OBS_PROTECTIVE);
    assert_true(o[1].weight == 2.5);
    assert_int_equal(o[2].kind, OBS_NEUTRAL);
    assert_int_equal(o[2].line, 6);
    scenario_free(sc);
}

/* Section 2, choice: the id defaults to "<scene>.<n>" (1-based, counting
   every choice written), score to {}; set and add are read; when and
   effect are functions. */
static void choice_defaults_and_keys(void **state) {
    (void)state;
    Scenario *sc = load_ok(
        "scenario { id = 't', title = 'T', summary = 'S', role = 'R', objectives = { 'O' },\n"
        "  start = 'moete', state = { n = 0, ok = false },\n"
        "  competencies = { { id = 'x', name = 'X' }, { id = 'y', name = 'Y' } } }\n"
        "scene { id = 'moete', text = 'A', choices = {\n"
        "  { text = 'En', next = 'e', feedback = 'F1' },\n"
        "  { id = 'spor', text = 'To', next = 'e', feedback = 'F2', score = { x = 2, y = -1 },\n"
        "    set = { ok = true }, add = { n = 2 } },\n"
        "  { text = 'Tre', next = 'e', feedback = 'F3', when = function(s) return true end,\n"
        "    effect = function(s) end } } }\n" END_E);
    const Scene *s = &sc->scenes[0];
    assert_int_equal(s->nchoices, 3);
    assert_false(s->has_next);
    assert_string_equal(s->choices[0].id, "moete.1");
    assert_string_equal(s->choices[1].id, "spor");
    assert_string_equal(s->choices[2].id, "moete.3");
    assert_string_equal(s->choices[0].text, "En");
    assert_string_equal(s->choices[0].feedback, "F1");
    assert_int_equal(s->choices[0].nscore, 0);
    assert_true(s->choices[0].points == 0);
    assert_int_equal(s->choices[0].when, BLK_NOFN);
    const Choice *c = &s->choices[1];
    assert_int_equal(c->nscore, 2);
    assert_true(c->points == 1);
    for (size_t i = 0; i < c->nscore; i++)
        assert_int_equal(c->score[i].competency,
                         strcmp(c->score[i].competency_id, "x") == 0 ? 0 : 1);
    assert_int_equal(c->nset, 1);
    assert_string_equal(c->set[0].var, "ok");
    assert_int_equal(c->set[0].value.type, VAL_BOOL);
    assert_true(c->set[0].value.b);
    assert_int_equal(c->nadd, 1);
    assert_true(c->add[0].amount == 2);
    assert_true(c->next.target.is_ending);
    assert_int_not_equal(s->choices[2].when, BLK_NOFN);
    assert_int_not_equal(s->choices[2].effect, BLK_NOFN);
    scenario_free(sc);
}

/* Section 2, scene{} and ending{}: text and next may be functions; the
   targets of a function next are resolved to scenes and endings; the
   outcome names map to good, mixed and poor. */
static void functions_targets_and_outcomes(void **state) {
    (void)state;
    Scenario *sc = load_ok(HEADER
        "scene { id = 'a', text = function(s) return 'A' end,\n"
        "  next = function(s) return 'b' end, targets = { 'b', 'g' } }\n"
        "scene { id = 'b', text = 'B', choices = {\n"
        "  { text = '1', next = function(s) return 'm' end, targets = { 'm', 'p' }, feedback = 'f' } } }\n"
        "ending { id = 'g', title = 'G', text = function(s) return 'x' end, outcome = 'good' }\n"
        "ending { id = 'm', title = 'M', text = 'M', outcome = 'mixed' }\n"
        "ending { id = 'p', title = 'P', text = 'P', outcome = 'poor' }\n");
    const Scene *a = &sc->scenes[0];
    assert_null(a->text);
    assert_int_not_equal(a->text_fn, BLK_NOFN);
    assert_null(a->next.id);
    assert_int_not_equal(a->next.fn, BLK_NOFN);
    assert_int_equal(a->next.ntargets, 2);
    assert_false(a->next.targets[0].is_ending);
    assert_int_equal(a->next.targets[0].index, 1);
    assert_true(a->next.targets[1].is_ending);
    assert_int_equal(a->next.targets[1].index, 0);
    assert_int_equal(sc->scenes[1].choices[0].next.ntargets, 2);
    assert_int_equal(sc->endings[0].outcome, OUTCOME_GOOD);
    assert_int_equal(sc->endings[1].outcome, OUTCOME_MIXED);
    assert_int_equal(sc->endings[2].outcome, OUTCOME_POOR);
    assert_string_equal(sc->endings[1].title, "M");
    assert_null(sc->endings[0].text);
    scenario_free(sc);
}

/* -------------------------------------------------------------- keys */

/* Section 2: an unknown key is an error naming the item and, when one is
   close, the key that was meant — in every constructor and in a choice. */
static void unknown_keys_suggest_the_meant_key(void **state) {
    (void)state;
    static const Case cases[] = {
        {"scenario { id = 't', tittel = 'T', title = 'T', summary = 'S', role = 'R',\n"
         "  objectives = { 'O' }, start = 'a', competencies = { { id = 'x', name = 'X' } } }\n"
         "scene { id = 'a', text = 'A', next = 'e' }\n" END_E,
         1, "unknown key 'tittel' in scenario 't' (did you mean 'title'?)"},
        {"scenario { id = 't', title = 'T', summary = 'S', role = 'R', objectives = { 'O' },\n"
         "  start = 'a', competencies = { { id = 'x', name = 'X', nmae = 'Y' } } }\n"
         "scene { id = 'a', text = 'A', next = 'e' }\n" END_E,
         1, "unknown key 'nmae' in competency 'x' (did you mean 'name'?)"},
        {HEADER "character { id = 'c', nmae = 'C', name = 'C' }\n"
         "scene { id = 'a', text = 'A', next = 'e' }\n" END_E,
         4, "unknown key 'nmae' in character 'c' (did you mean 'name'?)"},
        {HEADER "observation { id = 'o', kind = 'risk', text = 't', explain = 'e', wieght = 2 }\n"
         "scene { id = 'a', text = 'A', observe = { 'o' }, next = 'e' }\n" END_E,
         4, "unknown key 'wieght' in observation 'o' (did you mean 'weight'?)"},
        {HEADER "scene { id = 'a', text = 'A', observ = { }, next = 'e' }\n" END_E,
         4, "unknown key 'observ' in scene 'a' (did you mean 'observe'?)"},
        {HEADER "scene { id = 'a', text = 'A', choices = {\n"
         "  { text = 'T', next = 'e', feedback = 'f', efect = function() end } } }\n" END_E,
         4, "unknown key 'efect' in choice 1 of scene 'a' (did you mean 'effect'?)"},
        {HEADER "scene { id = 'a', text = 'A', next = 'e' }\n"
         "ending { id = 'e', title = 'E', text = 'E', outcome = 'good', titel = 'x' }\n",
         5, "unknown key 'titel' in ending 'e' (did you mean 'title'?)"},
        /* The typo of a required key is the one problem, not also "missing". */
        {HEADER "scene { id = 'a', tekst = 'A', next = 'e' }\n" END_E,
         4, "unknown key 'tekst' in scene 'a' (did you mean 'text'?)"},
        {HEADER "scene { id = 'a', text = 'A', choises = { } }\n" END_E,
         4, "unknown key 'choises' in scene 'a' (did you mean 'choices'?)"},
        /* Nothing close: the message lists the keys the item can have. */
        {HEADER "scene { id = 'a', text = 'A', next = 'e', lyd = 'x.ogg' }\n" END_E,
         4, "unknown key 'lyd' in scene 'a'; the keys it can have are: id, title, text, "
            "image, observe, concern, facilitator, choices, next, targets, on_enter"},
        {HEADER "scene { id = 'a', text = 'A', next = 'e', [1] = 'x' }\n" END_E,
         4, "scene 'a' has a value without a key at position 1; write key = value"},
    };
    run_cases(cases, sizeof cases / sizeof cases[0]);
}

/* The sources of the type and required-key cases: the item under test is
   on line 4 (line 5 for an ending; line 1 for scenario{}). */
#define SCN(extra)                                                            \
    "scenario { id = 't', title = 'T', summary = 'S', role = 'R',"           \
    " objectives = { 'O' }, start = 'a',"                                    \
    " competencies = { { id = 'x', name = 'X' } }" extra " }\n\n\n"           \
    "scene { id = 'a', text = 'A', next = 'e' }\n" END_E
#define SCENE(body) HEADER "scene { id = 'a', " body " }\n" END_E
#define CHOICE(body) HEADER "scene { id = 'a', text = 'A', choices = { { " body " } } }\n" END_E
#define CHAR(body) HEADER "character { id = 'c', " body " }\n" \
    "scene { id = 'a', text = 'A', next = 'e' }\n" END_E
#define OBS(body) HEADER "observation { id = 'o', " body " }\n" \
    "scene { id = 'a', text = 'A', observe = { 'o' }, next = 'e' }\n" END_E
#define ENDING(body) HEADER "scene { id = 'a', text = 'A', next = 'e' }\n" \
    "ending { id = 'e', " body " }\n"

/* Section 2: each key's type is checked, and the message says what was
   expected and what was given. */
static void every_key_type_is_checked(void **state) {
    (void)state;
    static const Case cases[] = {
        {SCN(", version = '2'"), 1, "'version' of scenario 't' must be a whole number, not text"},
        {SCN(", version = 1.5"), 1, "'version' of scenario 't' must be a whole number such as 1"},
        {SCN(", minutes = true"), 1, "'minutes' of scenario 't' must be a whole number, not true/false"},
        {SCN(", language = 1"), 1, "'language' of scenario 't' must be text in quotes, not a number"},
        {SCN(", audience = 'leger'"), 1, "'audience' of scenario 't' must be a list in { }, not text"},
        {SCN(", debrief = { 'a', 2 }"), 1, "item 2 of 'debrief' in scenario 't' must be text in quotes"},
        {SCN(", references = { x = 'a' }"), 1, "'references' of scenario 't' must be a plain list"},
        {SCN(", authors = 'Kari'"), 1, "'authors' of scenario 't' must be a list in { }, not text"},
        {SCN(", state = 5"), 1, "'state' of scenario 't' must be a table { name = value, ... }, not a number"},
        {SCN(", state = { n = {} }"), 1, "'state.n' in scenario 't' must be a number, true/false or text, not a table"},
        {SCN(", state = { 'x' }"), 1, "'state' of scenario 't' must have names as keys"},
        {SCN(", concern_scale = { 'a', 'b', 3 }"), 1, "item 3 of 'concern_scale' in scenario 't' must be text"},
        {CHAR("name = {}"), 4, "'name' of character 'c' must be text in quotes, not a table"},
        {CHAR("name = 'C', description = 1"), 4, "'description' of character 'c' must be text in quotes"},
        {OBS("kind = 'risk', text = 't', explain = 'e', weight = 'tung'"), 4,
         "'weight' of observation 'o' must be a number, not text"},
        {OBS("kind = 'risk', text = 't', explain = 'e', weight = 0/0"), 4,
         "'weight' of observation 'o' must be a finite number"},
        {OBS("kind = true, text = 't', explain = 'e'"), 4, "'kind' of observation 'o' must be text in quotes"},
        {SCENE("text = 5, next = 'e'"), 4, "'text' of scene 'a' must be text or a function, not a number"},
        {SCENE("text = 'A', title = false, next = 'e'"), 4, "'title' of scene 'a' must be text in quotes, not true/false"},
        {SCENE("text = 'A', next = 5"), 4, "'next' of scene 'a' must be text or a function, not a number"},
        {SCENE("text = 'A', observe = 'o', next = 'e'"), 4, "'observe' of scene 'a' must be a list in { }, not text"},
        {SCENE("text = 'A', concern = '3', next = 'e'"), 4, "'concern' of scene 'a' must be a whole number, not text"},
        {SCENE("text = 'A', on_enter = 'x', next = 'e'"), 4, "'on_enter' of scene 'a' must be a function, not text"},
        {SCENE("text = 'A', facilitator = {}, next = 'e'"), 4, "'facilitator' of scene 'a' must be text in quotes"},
        {SCENE("text = 'A', image = 1, next = 'e'"), 4, "'image' of scene 'a' must be text in quotes, not a number"},
        {SCENE("text = 'A', choices = 'ja'"), 4, "'choices' of scene 'a' must be a list in { }, not text"},
        {SCENE("text = 'A', next = function() return 'e' end, targets = 'e'"), 4,
         "'targets' of scene 'a' must be a list in { }, not text"},
        {SCENE("text = 'A', next = function() return 'e' end, targets = { 1 }"), 4,
         "item 1 of 'targets' in scene 'a' must be an id in quotes"},
        {CHOICE("text = 1, next = 'e', feedback = 'f'"), 4, "'text' of choice 1 of scene 'a' must be text in quotes"},
        {CHOICE("text = 't', next = 'e', feedback = false"), 4, "'feedback' of choice 1 of scene 'a' must be text in quotes"},
        {CHOICE("text = 't', next = 'e', feedback = 'f', score = 5"), 4,
         "'score' of choice 1 of scene 'a' must be a table { name = value, ... }, not a number"},
        {CHOICE("text = 't', next = 'e', feedback = 'f', score = { x = 'mye' }"), 4,
         "score 'x' of choice 1 of scene 'a' must be a number, not text"},
        {CHOICE("text = 't', next = 'e', feedback = 'f', set = { n = {} }"), 4,
         "'set.n' in choice 1 of scene 'a' must be a number, true/false or text, not a table"},
        {CHOICE("text = 't', next = 'e', feedback = 'f', add = { n = 'en' }"), 4,
         "add.n of choice 1 of scene 'a' must be a number, not text"},
        {CHOICE("text = 't', next = 'e', feedback = 'f', when = true"), 4,
         "'when' of choice 1 of scene 'a' must be a function, not true/false"},
        {CHOICE("text = 't', next = 'e', feedback = 'f', effect = 1"), 4,
         "'effect' of choice 1 of scene 'a' must be a function, not a number"},
        {CHOICE("text = 't', next = 'e', feedback = 'f', id = 7"), 4,
         "'id' of choice 1 of scene 'a' must be text in quotes, not a number"},
        /* A choice that is not a table, before a good one: one error (this
           crashed the checker: the bad choice had no id to compare). */
        {SCENE("text = 'A', choices = { 'Spør', { id = 'k', text = 't', next = 'e', feedback = 'f' } }"),
         4, "choice 1 of scene 'a' must be a table { key = value, ... }, not text"},
        {ENDING("title = 'E', text = {}, outcome = 'good'"), 5, "'text' of ending 'e' must be text or a function, not a table"},
        {ENDING("title = 'E', text = 'E', outcome = 1"), 5, "'outcome' of ending 'e' must be text in quotes, not a number"},
        {HEADER "scene { id = 1, text = 'A', next = 'e' }\n"
                "scene { id = 'a', text = 'A', next = 'e' }\n" END_E,
         4, "'id' of scene must be text in quotes, not a number"},
    };
    run_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Section 2: every required key, left out, is an error naming the item
   and the key; nothing else is reported. */
static void every_required_key_is_required(void **state) {
    (void)state;
    static const char *const scn[] = {"id = 't'", "title = 'T'", "summary = 'S'", "role = 'R'",
                                      "objectives = { 'O' }", "start = 'a'",
                                      "competencies = { { id = 'x', name = 'X' } }"};
    static const char *const scn_keys[] = {"id", "title", "summary", "role", "objectives",
                                           "start", "competencies"};
    for (size_t skip = 0; skip < 7; skip++) {
        char src[800] = "scenario { ";
        for (size_t i = 0; i < 7; i++)
            if (i != skip) strcat(strcat(src, scn[i]), ", ");
        strcat(src, "}\nscene { id = 'a', text = 'A', next = 'e' }\n" END_E);
        char text[120];
        snprintf(text, sizeof text, "scenario%s is missing the required key '%s': add %s = ...",
                 skip == 0 ? "" : " 't'", scn_keys[skip], scn_keys[skip]);
        expect_only_error(src, 1, text);
    }
    static const Case cases[] = {
        {"scenario { id = 't', title = 'T', summary = 'S', role = 'R', objectives = { 'O' },\n"
         "  start = 'a', competencies = { { name = 'X' } } }\n"
         "scene { id = 'a', text = 'A', next = 'e' }\n" END_E,
         1, "competency 1 is missing the required key 'id'"},
        {"scenario { id = 't', title = 'T', summary = 'S', role = 'R', objectives = { 'O' },\n"
         "  start = 'a', competencies = { { id = 'x' } } }\n"
         "scene { id = 'a', text = 'A', next = 'e' }\n" END_E,
         1, "competency 'x' is missing the required key 'name'"},
        {HEADER "character { name = 'C' }\nscene { id = 'a', text = 'A', next = 'e' }\n" END_E,
         4, "character is missing the required key 'id'"},
        {CHAR("description = 'd'"), 4, "character 'c' is missing the required key 'name'"},
        {HEADER "observation { kind = 'risk', text = 't', explain = 'e' }\n"
                "scene { id = 'a', text = 'A', next = 'e' }\n" END_E,
         4, "observation is missing the required key 'id'"},
        {OBS("kind = 'risk', explain = 'e'"), 4, "observation 'o' is missing the required key 'text'"},
        {OBS("text = 't', explain = 'e'"), 4, "observation 'o' is missing the required key 'kind'"},
        {OBS("kind = 'risk', text = 't'"), 4, "observation 'o' is missing the required key 'explain'"},
        {HEADER "scene { id = 'a', text = 'A', next = 'e' }\nscene { text = 'B', next = 'e' }\n" END_E,
         5, "scene is missing the required key 'id'"},
        {SCENE("next = 'e'"), 4, "scene 'a' is missing the required key 'text'"},
        {CHOICE("next = 'e', feedback = 'f'"), 4, "choice 1 of scene 'a' is missing the required key 'text'"},
        {CHOICE("text = 't', feedback = 'f'"), 4, "choice 1 of scene 'a' is missing the required key 'next'"},
        {CHOICE("text = 't', next = 'e'"), 4, "choice 1 of scene 'a' is missing the required key 'feedback'"},
        {ENDING("title = 'E', text = 'E', outcome = 'good' }\n"
                "ending { title = 'E', text = 'E', outcome = 'good'"), 6,
         "ending is missing the required key 'id'"},
        {ENDING("text = 'E', outcome = 'good'"), 5, "ending 'e' is missing the required key 'title'"},
        {ENDING("title = 'E', outcome = 'good'"), 5, "ending 'e' is missing the required key 'text'"},
        {ENDING("title = 'E', text = 'E'"), 5, "ending 'e' is missing the required key 'outcome'"},
        {SCENE("text = 'A'"), 4, "scene 'a' has neither 'choices' nor 'next'"},
    };
    run_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Section 2: the constraints on values beyond their type. */
static void values_outside_their_range(void **state) {
    (void)state;
    static const Case cases[] = {
        {SCN(", version = 0"), 1, "'version' of scenario 't' must be 1 or more"},
        {SCN(", minutes = 0"), 1, "'minutes' of scenario 't' must be 1 or more"},
        {SCN(", concern_scale = { 'a' }"), 1, "must have 2 to 10 levels, not 1"},
        {SCN(", concern_scale = { '1','2','3','4','5','6','7','8','9','10','11' }"), 1,
         "must have 2 to 10 levels, not 11"},
        {OBS("kind = 'risk', text = 't', explain = 'e', weight = -1"), 4,
         "'weight' of observation 'o' must be greater than 0"},
        {OBS("kind = 'Risk', text = 't', explain = 'e'"), 4,
         "'kind' of observation 'o' is 'Risk'; use \"risk\", \"protective\" or \"neutral\" (did you mean 'risk'?)"},
        {ENDING("title = 'E', text = 'E', outcome = 'goood'"), 5,
         "'outcome' of ending 'e' is 'goood'; use \"good\", \"mixed\" or \"poor\" (did you mean 'good'?)"},
        {SCENE("text = 'A', concern = -1, next = 'e'"), 4, "'concern' of scene 'a' is -1, but concern levels start at 1"},
        {SCENE("text = 'A', concern = 1e300, next = 'e'"), 4, "'concern' of scene 'a' must be a whole number"},
        {SCENE("text = 'A', concern = 0/0, next = 'e'"), 4, "'concern' of scene 'a' must be a whole number"},
    };
    run_cases(cases, sizeof cases / sizeof cases[0]);
    /* On a scale of 2, level 2 is the top and fine; 3 is outside. */
    scenario_free(load_ok(
        "scenario { id = 't', title = 'T', summary = 'S', role = 'R', objectives = { 'O' },\n"
        "  start = 'a', competencies = { { id = 'x', name = 'X' } },\n"
        "  concern_scale = { 'L', 'H' } }\n"
        "scene { id = 'a', text = 'A', concern = 2, next = 'e' }\n" END_E));
    expect_only_error("scenario { id = 't', title = 'T', summary = 'S', role = 'R', objectives = { 'O' },\n"
                      "  start = 'a', competencies = { { id = 'x', name = 'X' } },\n"
                      "  concern_scale = { 'L', 'H' } }\n"
                      "scene { id = 'a', text = 'A', concern = 3, next = 'e' }\n" END_E,
                      4, "'concern' of scene 'a' is 3, but the concern scale has levels 1 to 2");
}

/* ---------------------------------------------------------------- ids */

/* Section 2: declaration order does not matter — scenario{} last, a scene
   leading to an ending and a scene declared later, observations and
   characters declared after the scene that uses them. */
static void declaration_order_does_not_matter(void **state) {
    (void)state;
    Scenario *sc = load_ok(
        "scene { id = 'a', text = 'ida: Hei.', observe = { 'o' }, next = 'b' }\n"
        "scene { id = 'b', text = 'B', choices = { { text = 't', next = 'slutt', feedback = 'f',\n"
        "  score = { x = 1 } } } }\n"
        "observation { id = 'o', kind = 'risk', text = 't', explain = 'e' }\n"
        "character { id = 'ida', name = 'Ida' }\n"
        "ending { id = 'slutt', title = 'E', text = 'E', outcome = 'good' }\n"
        "scenario { id = 't', title = 'T', summary = 'S', role = 'R', objectives = { 'O' },\n"
        "  start = 'a', competencies = { { id = 'x', name = 'X' } } }\n");
    assert_int_equal(sc->start, 0);
    assert_int_equal(sc->line, 7);
    assert_int_equal(sc->scenes[0].next.target.index, 1);
    assert_true(sc->scenes[1].choices[0].next.target.is_ending);
    assert_int_equal(sc->scenes[1].choices[0].score[0].competency, 0);
    assert_int_equal(sc->observations[0].scene, 0);
    scenario_free(sc);
}

/* Section 2: ids are unique per kind only — one id may name a scene, an
   observation, a character and a competency at once. */
static void the_same_id_in_different_kinds_is_fine(void **state) {
    (void)state;
    Scenario *sc = load_ok(
        "scenario { id = 't', title = 'T', summary = 'S', role = 'R', objectives = { 'O' },\n"
        "  start = 'a', competencies = { { id = 'a', name = 'A' } } }\n"
        "observation { id = 'a', kind = 'risk', text = 't', explain = 'e' }\n"
        "character { id = 'a', name = 'A' }\n"
        "scene { id = 'a', text = 'A', observe = { 'a' }, choices = {\n"
        "  { id = 'a', text = 't', next = 'b', feedback = 'f', score = { a = 1 } } } }\n"
        "scene { id = 'b', text = 'B', choices = {\n"
        "  { id = 'a', text = 't', next = 'e', feedback = 'f' } } }\n" END_E);
    scenario_free(sc);
}

/* Section 2: a second item of the same kind with a used id is an error at
   its own line, naming the first; scenes and endings share one name
   space. */
static void duplicate_ids_are_errors(void **state) {
    (void)state;
    static const Case cases[] = {
        {HEADER "scene { id = 'a', text = 'A', next = 'e' }\nscene { id = 'a', text = 'B', next = 'e' }\n" END_E,
         5, "scene id 'a' is already used by the scene at line 4"},
        {SCENE("text = 'A', next = 'e'") END_E, 6, "ending id 'e' is already used by the ending at line 5"},
        {SCENE("text = 'A', next = 'e'") "ending { id = 'a', title = 'E', text = 'E', outcome = 'good' }\n",
         6, "ending id 'a' is already used by the scene at line 4"},
        {SCENE("text = 'A', next = 'e'") "ending { id = 'b', title = 'E', text = 'E', outcome = 'good' }\n"
         "scene { id = 'b', text = 'A', next = 'e' }\n",
         7, "scene id 'b' is already used by the ending at line 6"},
        {OBS("kind = 'risk', text = 't', explain = 'e'") "\n\n"
         "observation { id = 'o', kind = 'risk', text = 't', explain = 'e' }\n",
         9, "observation id 'o' is already used by the observation at line 4"},
        {CHAR("name = 'C'") "character { id = 'c', name = 'D' }\n", 7,
         "character id 'c' is already used by the character at line 4"},
        {"scenario { id = 't', title = 'T', summary = 'S', role = 'R', objectives = { 'O' },\n"
         "  start = 'a', competencies = { { id = 'x', name = 'X' }, { id = 'x', name = 'Y' } } }\n"
         "scene { id = 'a', text = 'A', next = 'e' }\n" END_E,
         1, "competency id 'x' is used twice in 'competencies'"},
        {CHOICE("text = 't', next = 'e', feedback = 'f' }, { text = 'u', next = 'e', feedback = 'f', id = 'a.1'"),
         4, "the id 'a.1' of choice 2 of scene 'a' may use only"},
        {CHOICE("id = 'k', text = 't', next = 'e', feedback = 'f' }, { id = 'k', text = 'u', next = 'e', feedback = 'f'"),
         4, "choice 2 of scene 'a' has the same id 'k' as choice 1"},
    };
    run_cases(cases, sizeof cases / sizeof cases[0]);
}

/* Section 2: ids of characters, observations, scenes, endings, choices and
   competencies are identifiers [a-z_][a-z0-9_]*; the scenario id is
   [a-z0-9-]+. */
static void id_syntax(void **state) {
    (void)state;
    static const char *const good_ids[] = {"a", "_a", "moete_2", "x9", "__"};
    static const char *const bad_ids[] = {"1a", "A", "a-b", "a b", "møte", "a.b", ""};
    char src[600];
    for (size_t i = 0; i < sizeof good_ids / sizeof *good_ids; i++) {
        snprintf(src, sizeof src,
                 "scenario { id = 't', title = 'T', summary = 'S', role = 'R', objectives = { 'O' },\n"
                 "  start = '%s', competencies = { { id = '%s', name = 'X' } } }\n"
                 "observation { id = '%s', kind = 'risk', text = 't', explain = 'e' }\n"
                 "character { id = '%s', name = 'C' }\n"
                 "scene { id = '%s', text = 'A', observe = { '%s' }, choices = {\n"
                 "  { id = '%s', text = 't', next = '%s2', feedback = 'f' } } }\n"
                 "ending { id = '%s2', title = 'E', text = 'E', outcome = 'good' }\n",
                 good_ids[i], good_ids[i], good_ids[i], good_ids[i], good_ids[i],
                 good_ids[i], good_ids[i], good_ids[i], good_ids[i]);
        scenario_free(load_ok(src));
    }
    for (size_t i = 0; i < sizeof bad_ids / sizeof *bad_ids; i++) {
        snprintf(src, sizeof src, HEADER "character { id = '%s', name = 'C' }\n"
                 "scene { id = 'a', text = 'A', next = 'e' }\n" END_E, bad_ids[i]);
        char text[80];
        snprintf(text, sizeof text, "the id '%s' of character may use only a-z, 0-9 and '_'", bad_ids[i]);
        expect_only_error(src, 4, text);
    }
    static const char *const good_sc[] = {"a", "gravid-2", "0", "--"};
    static const char *const bad_sc[] = {"Gravid", "gravid_2", "gravid 2", "ø", ""};
    for (size_t i = 0; i < sizeof good_sc / sizeof *good_sc; i++) {
        snprintf(src, sizeof src, "scenario { id = '%s', title = 'T', summary = 'S', role = 'R',"
                 " objectives = { 'O' }, start = 'a', competencies = { { id = 'x', name = 'X' } } }\n"
                 "scene { id = 'a', text = 'A', next = 'e' }\n" END_E, good_sc[i]);
        scenario_free(load_ok(src));
    }
    for (size_t i = 0; i < sizeof bad_sc / sizeof *bad_sc; i++) {
        snprintf(src, sizeof src, "\nscenario { id = '%s', title = 'T', summary = 'S', role = 'R',"
                 " objectives = { 'O' }, start = 'a', competencies = { { id = 'x', name = 'X' } } }\n"
                 "scene { id = 'a', text = 'A', next = 'e' }\n" END_E, bad_sc[i]);
        char text[80];
        snprintf(text, sizeof text, "the id '%s' of scenario may use only a-z, 0-9 and '-'", bad_sc[i]);
        expect_only_error(src, 2, text);
    }
}

/* ------------------------------------------------------------- lines */

/* Section 2: every item records the line of its constructor call — where
   the call starts, however many lines its table spans. */
static void items_record_the_line_of_the_call(void **state) {
    (void)state;
    Scenario *sc = load_ok(
        "-- a comment\n"
        "scenario {\n"
        "  id = 't', title = 'T', summary = 'S', role = 'R', objectives = { 'O' },\n"
        "  start = 'a', competencies = { { id = 'x', name = 'X' } } }\n"
        "\n"
        "character { id = 'c', name = 'C' }\n"
        "observation {\n"
        "  id = 'o', kind = 'risk', text = 't', explain = 'e' }\n"
        "scene\n"
        "{\n"
        "  id = 'a', text = 'c: Hei.', observe = { 'o' },\n"
        "  next = 'e' }\n"
        "  ending { id = 'e', title = 'E', text = 'E', outcome = 'good' }\n");
    assert_int_equal(sc->line, 2);
    assert_int_equal(sc->characters[0].line, 6);
    assert_int_equal(sc->observations[0].line, 7);
    assert_int_equal(sc->scenes[0].line, 9);
    assert_int_equal(sc->endings[0].line, 13);
    scenario_free(sc);
}

/* Section 2: a problem deep inside a scene's table (here a choice on line
   7) is reported at the line of the scene{} call. */
static void problems_inside_a_table_name_the_call_line(void **state) {
    (void)state;
    expect_only_error(HEADER
        "scene { id = 'a', text = 'A',\n"
        "  choices = {\n"
        "    { text = 't', next = 'e', feedback = 'f' },\n"
        "    { text = 'u', next = 'nowhere', feedback = 'f' },\n"
        "  } }\n" END_E,
        4, "choice 2 of scene 'a' leads to 'nowhere', which does not exist");
}

/* Section 2: a constructor called from a helper function records the line
   of the call in the helper; one called through pcall records the line of
   the pcall (it used to get no line at all). */
static void calls_through_functions_keep_a_line(void **state) {
    (void)state;
    Scenario *sc = load_ok(HEADER
        "local function slutt(id, outcome)\n"
        "  ending { id = id, title = 'E', text = 'E', outcome = outcome }\n"
        "end\n"
        "pcall(scene, { id = 'a', text = 'A', choices = {\n"
        "  { text = 't', next = 'e', feedback = 'f' }, { text = 'u', next = 'f', feedback = 'f' } } })\n"
        "slutt('e', 'good')\n"
        "slutt('f', 'poor')\n");
    assert_int_equal(sc->scenes[0].line, 7);
    assert_int_equal(sc->endings[0].line, 5);
    assert_int_equal(sc->endings[1].line, 5);
    scenario_free(sc);
}

/* Section 2: one load reports every problem, from the constructors and
   from resolving references, each at its own line — not just the first. */
static void all_problems_are_reported_in_one_load(void **state) {
    (void)state;
    DiagList dl = {0};
    Scenario *sc = load_src(HEADER
        "scene { id = 'a', text = 'A', nxet = 'b', next = 'b' }\n"              /* 4 */
        "scene { id = 'b', text = 5, next = 'c' }\n"                            /* 5 */
        "scene { id = 'c', text = 'C', choices = {\n"                           /* 6 */
        "  { text = 't', next = 'slut', feedback = 'f', score = { z = 1 } } } }\n"
        "observation { id = 'o', kind = 'fare', text = 't', explain = 'e' }\n" /* 8 */
        "ending { id = 'slutt', title = 'E', text = 'E {n}', outcome = 'good' }\n" /* 9 */
        "scene { id = 'b', text = 'B', next = 'slutt' }\n",                     /* 10 */
        &dl);
    assert_null(sc);
    static const struct { int line; const char *text; } want[] = {
        {4, "unknown key 'nxet' in scene 'a' (did you mean 'next'?)"},
        {5, "'text' of scene 'b' must be text or a function, not a number"},
        {8, "'kind' of observation 'o' is 'fare'"},
        {10, "scene id 'b' is already used by the scene at line 5"},
        {6, "choice 1 of scene 'c' leads to 'slut', which does not exist (did you mean 'slutt'?)"},
        {6, "choice 1 of scene 'c' scores competency 'z', which does not exist"},
        {9, "in the text of ending 'slutt': unknown variable {n}"},
    };
    if (dl.count != sizeof want / sizeof *want) diag_print(&dl, stderr);
    assert_int_equal(dl.count, sizeof want / sizeof *want);
    for (size_t i = 0; i < dl.count; i++) {
        int k = find_diag(&dl, DIAG_ERROR, want[i].text);
        if (k < 0) fail_msg("missing error \"%s\"", want[i].text);
        assert_int_equal(dl.items[k].line, want[i].line);
    }
    diag_free(&dl);
}

/* Section 2: after a runtime error the file has not run to its end, so
   references are not resolved (no made-up "does not exist" errors), but
   the problems found before it are still reported. */
static void a_runtime_error_keeps_earlier_problems(void **state) {
    (void)state;
    DiagList dl = {0};
    Scenario *sc = load_src(HEADER
        "scene { id = 'a', text = 'A', next = 'later', farge = 1 }\n"
        "error('stopp her')\n"
        "ending { id = 'later', title = 'E', text = 'E', outcome = 'good' }\n", &dl);
    assert_null(sc);
    assert_int_equal(dl.count, 2);
    assert_int_equal(dl.items[0].line, 4);
    assert_non_null(strstr(dl.items[0].message, "unknown key 'farge' in scene 'a'"));
    assert_int_equal(dl.items[1].line, 5);
    assert_non_null(strstr(dl.items[1].message, "stopp her"));
    diag_free(&dl);
}

/* --------------------------------------------------- assets (section 1) */

/* Section 1: an asset path may not escape the scenario's folder through a
   ".." component or an absolute path; a name that merely contains two dots
   is an ordinary file name (it used to be rejected). */
static void asset_paths_stay_in_the_folder(void **state) {
    (void)state;
    const char *const files[] = {"bilde..png", "sub/ida.png", NULL};
    static const char *const bad[] = {"../x.png", "sub/../../x.png", "/etc/passwd", "sub/..", "C:/x.png"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        char src[400], text[100];
        snprintf(src, sizeof src, HEADER "scene { id = 'a', text = 'A', image = '%s', next = 'e' }\n" END_E, bad[i]);
        DiagList dl = {0};
        assert_null(load_with_assets(src, files, &dl));
        snprintf(text, sizeof text, "image '%s' must be a path inside the folder", bad[i]);
        assert_int_equal(dl.count, 1);
        assert_int_equal(dl.items[0].line, 4);
        assert_non_null(strstr(dl.items[0].message, text));
        diag_free(&dl);
    }
    DiagList dl = {0};
    Scenario *sc = load_with_assets(HEADER "character { id = 'c', name = 'C', portrait = 'sub/ida.png' }\n"
                                    "scene { id = 'a', text = 'A', image = 'bilde..png', next = 'e' }\n" END_E,
                                    files, &dl);
    if (dl.count) diag_print(&dl, stderr);
    assert_int_equal(dl.count, 0);
    assert_non_null(sc);
    scenario_free(sc);
    sc = load_with_assets(HEADER "character { id = 'c', name = 'C', portrait = 'ida.png' }\n"
                          "scene { id = 'a', text = 'A', next = 'e' }\n" END_E, files, &dl);
    assert_null(sc);
    assert_int_equal(dl.count, 1);
    assert_int_equal(dl.items[0].line, 4);
    assert_non_null(strstr(dl.items[0].message, "portrait 'ida.png' is not found: put the file at /tmp/blikk-assets-"));
    diag_free(&dl);
}

/* Section 1: an asset that is a symbolic link to a file outside the
   scenario's folder is refused, like a path with '..'; a link inside the
   folder is fine. */
static void asset_links_stay_in_the_folder(void **state) {
    (void)state;
    char dir[64], cmd[1024], path[128];
    snprintf(dir, sizeof dir, "/tmp/blikk-links-%d", (int)getpid());
    snprintf(cmd, sizeof cmd, "rm -rf %s && mkdir -p %s/case && cp scenarios/demo/ida.png %s/case/ "
                              "&& ln -s /etc/passwd %s/case/ute.png && ln -s ida.png %s/case/inne.png",
             dir, dir, dir, dir, dir);
    assert_int_equal(system(cmd), 0);
    snprintf(path, sizeof path, "%s/case.lua", dir);
    for (int k = 0; k < 2; k++) {
        FILE *f = fopen(path, "w");
        assert_non_null(f);
        fprintf(f, HEADER "character { id = 'ida', name = 'Ida', portrait = '%s' }\n"
                   "scene { id = 'a', text = 'x', next = 'e' }\n"
                   "ending { id = 'e', title = 'E', text = 'x', outcome = 'good' }\n",
                k == 0 ? "ute.png" : "inne.png");
        fclose(f);
        DiagList dl = {0};
        Scenario *sc = NULL;
        scenario_load(path, NULL, &sc, &dl);
        if (k == 0) {
            assert_null(sc);
            int i = find_diag(&dl, DIAG_ERROR, "is a link to a file outside the folder");
            assert_true(i >= 0);
            assert_int_equal(dl.items[i].line, 4);
        } else {
            assert_non_null(sc);
            assert_int_equal(dl.count, 0);
        }
        scenario_free(sc);
        diag_free(&dl);
    }
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    assert_int_equal(system(cmd), 0);
}

/* Section 1: an image must be a picture of a sane size, read from its
   header before anything decodes it: a small PNG may claim 20,000 x 20,000
   pixels (gigabytes to open); a text file named .png is no picture. */
static void images_are_checked_from_their_header(void **state) {
    (void)state;
    char dir[64], path[128], file[160];
    snprintf(dir, sizeof dir, "/tmp/blikk-img-%d", (int)getpid());
    mkdir(dir, 0700);
    snprintf(file, sizeof file, "%s/stor.png", dir);
    unsigned char big[sizeof tiny_png];
    memcpy(big, tiny_png, sizeof big);
    big[18] = 0x4E; big[19] = 0x20; /* width 20000 */
    big[22] = 0x4E; big[23] = 0x20; /* height 20000 */
    FILE *f = fopen(file, "wb");
    fwrite(big, 1, sizeof big, f);
    fclose(f);
    snprintf(file, sizeof file, "%s/tekst.png", dir);
    f = fopen(file, "wb");
    fputs("dette er ikke et bilde\n", f);
    fclose(f);
    snprintf(path, sizeof path, "%s.lua", dir);
    f = fopen(path, "wb");
    fputs(HEADER "character { id = 'c', name = 'C', portrait = 'tekst.png' }\n"
          "scene { id = 'a', text = 'x', image = 'stor.png', next = 'e' }\n"
          "ending { id = 'e', title = 'E', text = 'x', outcome = 'good' }\n", f);
    fclose(f);
    DiagList dl = {0};
    Scenario *sc = NULL;
    assert_int_equal(scenario_load(path, NULL, &sc, &dl), BLK_ERR_SCENARIO);
    int i = find_diag(&dl, DIAG_ERROR, "larger than 8192 pixels on a side");
    assert_true(i >= 0);
    assert_int_equal(dl.items[i].line, 5);
    i = find_diag(&dl, DIAG_ERROR, "not a PNG, JPEG, GIF, WebP or BMP picture");
    assert_true(i >= 0);
    assert_int_equal(dl.items[i].line, 4);
    diag_free(&dl);
    char cmd[256];
    snprintf(cmd, sizeof cmd, "rm -rf %s %s", dir, path);
    assert_int_equal(system(cmd), 0);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(scenario_defaults),
        cmocka_unit_test(scenario_reads_every_key),
        cmocka_unit_test(character_and_scene_read_every_key),
        cmocka_unit_test(observation_weight_default_and_kinds),
        cmocka_unit_test(choice_defaults_and_keys),
        cmocka_unit_test(functions_targets_and_outcomes),
        cmocka_unit_test(unknown_keys_suggest_the_meant_key),
        cmocka_unit_test(every_key_type_is_checked),
        cmocka_unit_test(every_required_key_is_required),
        cmocka_unit_test(values_outside_their_range),
        cmocka_unit_test(declaration_order_does_not_matter),
        cmocka_unit_test(the_same_id_in_different_kinds_is_fine),
        cmocka_unit_test(duplicate_ids_are_errors),
        cmocka_unit_test(id_syntax),
        cmocka_unit_test(items_record_the_line_of_the_call),
        cmocka_unit_test(problems_inside_a_table_name_the_call_line),
        cmocka_unit_test(calls_through_functions_keep_a_line),
        cmocka_unit_test(all_problems_are_reported_in_one_load),
        cmocka_unit_test(a_runtime_error_keeps_earlier_problems),
        cmocka_unit_test(asset_paths_stay_in_the_folder),
        cmocka_unit_test(asset_links_stay_in_the_folder),
        cmocka_unit_test(images_are_checked_from_their_header),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
