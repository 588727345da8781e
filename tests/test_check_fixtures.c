/*
** test_check_fixtures.c — the checker (format sections 1–3 and 8) against
** the broken-scenario suite in tests/bad/, the command-line contract of
** `blikk check`, and the checker's promise to stay linear.
**
** Each .lua file in tests/bad/ has one defect. Its first line states what checking
** it must report, in a fixed form (severity, line, a substring of the
** message):
**
**   -- expect: error 7: unknown key 'nxet' in scene 'a' (did you mean 'next'?)
**
** More `-- expect:` lines may follow directly when one defect is rightly
** reported twice. The file must give exactly these diagnostics: a missing
** one, a wrong line, or an extra one (a cascade) fails, naming the file.
*/
#define _XOPEN_SOURCE 700 /* realpath */
#include <dirent.h>
#include <sys/wait.h>

#include "testutil.h"

#define END_E_CHECK "ending { id = 'e', title = 'E', text = 'E', outcome = 'good' }\n"

/* ------------------------------------------------------------ fixtures */

typedef struct {
    DiagSeverity sev;
    int line;
    char text[400];
} Expect;

enum { MAX_EXPECT = 8, MAX_FIXTURES = 512 };

/* tests/bad relative to the current directory: `make unit` runs from the
   repository root; a test binary started from build/tests or from
   build/asan/tests finds it further up. */
static const char *fixture_dir(void) {
    static const char *const dirs[] = {"tests/bad", "../tests/bad",
                                       "../../tests/bad", "../../../tests/bad"};
    for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
        DIR *d = opendir(dirs[i]);
        if (d) {
            closedir(d);
            return dirs[i];
        }
    }
    return NULL;
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Reads the `-- expect:` lines at the top of a fixture. Returns how many,
   or -1 with a reason in `why` when the header is malformed. */
static int read_expectations(const char *path, Expect *ex, char *why,
                             size_t whysize) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(why, whysize, "cannot open it");
        return -1;
    }
    static const char prefix[] = "-- expect: ";
    char buf[600];
    int n = 0;
    while (fgets(buf, sizeof buf, f) && strncmp(buf, prefix, sizeof prefix - 1) == 0) {
        buf[strcspn(buf, "\r\n")] = '\0';
        char sev[16];
        int line, used = 0;
        if (n == MAX_EXPECT ||
            sscanf(buf + sizeof prefix - 1, "%15s %d: %n", sev, &line, &used) != 2 ||
            used == 0 || (strcmp(sev, "error") != 0 && strcmp(sev, "warning") != 0 && strcmp(sev, "note") != 0) ||
            line < 1 || buf[sizeof prefix - 1 + (size_t)used] == '\0') {
            snprintf(why, whysize, "malformed expect line: %s", buf);
            fclose(f);
            return -1;
        }
        ex[n].sev = strcmp(sev, "error") == 0 ? DIAG_ERROR : strcmp(sev, "note") == 0 ? DIAG_NOTE : DIAG_WARNING;
        ex[n].line = line;
        snprintf(ex[n].text, sizeof ex[n].text, "%s", buf + sizeof prefix - 1 + used);
        n++;
    }
    fclose(f);
    if (n == 0)
        snprintf(why, whysize, "its first line is not '-- expect: SEVERITY LINE: MESSAGE'");
    return n ? n : -1;
}

/* Set while the runner is tested on fixtures that must fail, so that their
   expected complaints do not read like failures in the log. */
static bool quiet;
#define complain(...) do { if (!quiet) print_error(__VA_ARGS__); } while (0)

static const char *sev_word(DiagSeverity s) {
    return s == DIAG_ERROR ? "error" : s == DIAG_WARNING ? "warning" : "note";
}

/* Checks one fixture; prints why and returns false when it does not give
   exactly what it expects. */
static bool run_fixture(const char *dir, const char *name, bool advise) {
    char path[512], why[700];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    Expect ex[MAX_EXPECT];
    int nex = read_expectations(path, ex, why, sizeof why);
    if (nex < 0) {
        complain("fixture %s: %s\n", name, why);
        return false;
    }
    DiagList dl = {0};
    Scenario *sc = NULL;
    BlkStatus st = scenario_load(path, NULL, &sc, &dl);
    if (sc) scenario_check(sc, &dl);
    if (sc && advise) scenario_advise(sc, &dl);
    bool ok = true, used[64] = {false};
    bool errors_expected = false;
    for (int i = 0; i < nex; i++) {
        errors_expected |= ex[i].sev == DIAG_ERROR;
        size_t k = 0;
        for (; k < dl.count && k < 64; k++) {
            const Diag *d = &dl.items[k];
            if (!used[k] && d->severity == ex[i].sev && d->line == ex[i].line &&
                strstr(d->message, ex[i].text) && d->file && strcmp(d->file, path) == 0)
                break;
        }
        if (k < dl.count && k < 64) {
            used[k] = true;
        } else {
            complain("fixture %s: expected %s at line %d containing \"%s\"\n",
                        name, sev_word(ex[i].sev), ex[i].line, ex[i].text);
            ok = false;
        }
    }
    for (size_t k = 0; k < dl.count; k++)
        if (k >= 64 || !used[k]) {
            complain("fixture %s: unexpected %s:%d: %s: %s\n", name,
                        dl.items[k].file ? dl.items[k].file : "-", dl.items[k].line,
                        sev_word(dl.items[k].severity), dl.items[k].message);
            ok = false;
        }
    /* Errors refuse the scenario; warnings alone do not. */
    if (errors_expected && (sc || st == BLK_OK)) {
        complain("fixture %s: loaded despite its error (status %d)\n", name, (int)st);
        ok = false;
    }
    if (!errors_expected && (!sc || st != BLK_OK)) {
        complain("fixture %s: warnings only, but it did not load (status %d)\n",
                    name, (int)st);
        ok = false;
    }
    scenario_free(sc);
    diag_free(&dl);
    return ok;
}

/* Section 8: every broken scenario in tests/bad/ gives exactly the
   diagnostic its first line states (kind, line, message). */
static void bad_scenarios_give_their_expected_diagnostics(void **state) {
    (void)state;
    const char *dir = fixture_dir();
    if (!dir) fail_msg("tests/bad/ not found from the current directory");
    DIR *d = opendir(dir);
    assert_non_null(d);
    char *names[MAX_FIXTURES];
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d)) && n < MAX_FIXTURES) {
        size_t len = strlen(e->d_name);
        if (len > 4 && strcmp(e->d_name + len - 4, ".lua") == 0)
            names[n++] = strdup(e->d_name);
    }
    closedir(d);
    /* An empty or half-copied folder must not pass as "all fixtures ok". */
    if (n < 30) fail_msg("tests/bad/ has %zu fixtures; the suite has at least 30", n);
    qsort(names, n, sizeof *names, cmp_str);
    size_t failed = 0;
    for (size_t i = 0; i < n; i++) {
        if (!run_fixture(dir, names[i], false)) failed++;
        free(names[i]);
    }
    if (failed) fail_msg("%zu of %zu fixtures in %s failed (see above)", failed, n, dir);
}

/* Issue 4: the advice on teaching quality. Every case in tests/advice/ is
   sound but for one weakness, and gives exactly the advice its first line
   states (with check and advise, as `blikk check` runs them). */
static void advice_fixtures_give_their_expected_advice(void **state) {
    (void)state;
    static const char dir[] = "tests/advice";
    DIR *d = opendir(dir);
    if (!d) fail_msg("tests/advice/ not found from the current directory");
    size_t n = 0, failed = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t len = strlen(e->d_name);
        if (len < 5 || strcmp(e->d_name + len - 4, ".lua") != 0) continue;
        n++;
        if (!run_fixture(dir, e->d_name, true)) failed++;
    }
    closedir(d);
    if (n < 6) fail_msg("tests/advice/ has %zu fixtures; there is one per advice (6)", n);
    if (failed) fail_msg("%zu of %zu advice fixtures failed (see above)", failed, n);
}

/* The built-in cases get no advice at all. */
static void builtin_cases_need_no_advice(void **state) {
    (void)state;
    DIR *d = opendir("scenarios");
    assert_non_null(d);
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t len = strlen(e->d_name);
        if (len < 5 || strcmp(e->d_name + len - 4, ".lua") != 0) continue;
        char path[512];
        snprintf(path, sizeof path, "scenarios/%s", e->d_name);
        DiagList dl = {0};
        Scenario *sc = NULL;
        assert_int_equal(scenario_load(path, NULL, &sc, &dl), BLK_OK);
        scenario_check(sc, &dl);
        scenario_advise(sc, &dl);
        if (dl.count) {
            diag_print(&dl, stderr);
            fail_msg("%s gets advice", path);
        }
        scenario_free(sc);
        diag_free(&dl);
    }
    closedir(d);
}

/* A fixture without an expect line is itself an error, so a new file
   cannot silently check nothing. */
static void fixture_without_expect_line_is_rejected(void **state) {
    (void)state;
    Expect ex[MAX_EXPECT];
    char why[700];
    const char *path = write_scenario("-- just a comment\n" HEADER);
    assert_int_equal(read_expectations(path, ex, why, sizeof why), -1);
    assert_non_null(strstr(why, "first line"));
    unlink(path);
    path = write_scenario("-- expect: eror 3: typo in severity\n");
    assert_int_equal(read_expectations(path, ex, why, sizeof why), -1);
    assert_non_null(strstr(why, "malformed"));
    unlink(path);
    path = write_scenario("-- expect: warning 3: \n");
    assert_int_equal(read_expectations(path, ex, why, sizeof why), -1);
    unlink(path);
}

/* The runner itself fails a fixture whose expectation is not met: a
   wrong line, and a diagnostic nobody expected. */
static void fixture_runner_detects_mismatches(void **state) {
    (void)state;
    static const char dir[] = "/tmp";
    char name[64];
    snprintf(name, sizeof name, "blikk-fixture-%d.lua", (int)getpid());
    char path[128];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    const char *const cases[] = {
        /* wrong line */
        "-- expect: error 3: unknown key 'nxet'\n" HEADER
        "scene { id = 'a', text = 'A', nxet = 'e' }\n"
        "ending { id = 'e', title = 'E', text = 'E', outcome = 'good' }\n",
        /* one diagnostic more than expected */
        "-- expect: warning 5: scene 'b' cannot be reached\n" HEADER
        "scene { id = 'a', text = 'A', next = 'e' }\n"
        "scene { id = 'b', text = 'B', next = 'e' }\n"
        "scene { id = 'c', text = 'C', next = 'e' }\n"
        "ending { id = 'e', title = 'E', text = 'E', outcome = 'good' }\n",
        /* an error expected, a warning given */
        "-- expect: error 5: scene 'b' cannot be reached\n" HEADER
        "scene { id = 'a', text = 'A', next = 'e' }\n"
        "scene { id = 'b', text = 'B', next = 'e' }\n"
        "ending { id = 'e', title = 'E', text = 'E', outcome = 'good' }\n",
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        FILE *f = fopen(path, "wb");
        assert_non_null(f);
        fputs(cases[i], f);
        fclose(f);
        quiet = true;
        bool passed = run_fixture(dir, name, false);
        quiet = false;
        assert_false(passed);
    }
    /* ... and passes a correct one (the same file, expectation fixed). */
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs("-- expect: warning 6: scene 'b' cannot be reached from the start scene 'a'\n"
          HEADER
          "scene { id = 'a', text = 'A', next = 'e' }\n"
          "scene { id = 'b', text = 'B', next = 'e' }\n"
          "ending { id = 'e', title = 'E', text = 'E', outcome = 'good' }\n", f);
    fclose(f);
    assert_true(run_fixture(dir, name, false));
    unlink(path);
}

/* ----------------------------------------------------------- checker */

/* Section 8 (warnings): what can be reached through a function's
   `targets`, through loops and through `next` scenes is reachable; the
   checker warns about none of it. */
static void reachable_through_targets_and_loops_is_clean(void **state) {
    (void)state;
    Scenario *sc = load_ok(HEADER
        "scene { id = 'a', text = 'A', next = function(s) return 'b' end, targets = { 'b', 'c' } }\n"
        "scene { id = 'b', text = 'B', choices = {\n"
        "  { text = 'igjen', next = 'a', feedback = 'f' },\n"
        "  { text = 'videre', next = function(s) return 'g' end, targets = { 'g', 'p' }, feedback = 'f' } } }\n"
        "scene { id = 'c', text = 'C', next = 'm' }\n"
        "ending { id = 'g', title = 'G', text = 'G', outcome = 'good' }\n"
        "ending { id = 'm', title = 'M', text = 'M', outcome = 'mixed' }\n"
        "ending { id = 'p', title = 'P', text = 'P', outcome = 'poor' }\n");
    scenario_free(sc);
}

/* Section 8 (warnings): every unreachable scene and ending is warned about
   once, at its own line, also when only an unreachable scene leads to it;
   warnings do not stop the scenario from loading. */
static void unreachable_items_are_each_warned_at_their_line(void **state) {
    (void)state;
    DiagList dl = {0};
    Scenario *sc = load_src(HEADER
        "scene { id = 'a', text = 'A', next = 'e' }\n"          /* 4 */
        "scene { id = 'b', text = 'B', next = 'c' }\n"          /* 5 */
        "scene { id = 'c', text = 'C', next = 'b' }\n"          /* 6 */
        "scene { id = 'd', text = 'D', next = 'f' }\n"          /* 7 */
        "ending { id = 'e', title = 'E', text = 'E', outcome = 'good' }\n"
        "ending { id = 'f', title = 'F', text = 'F', outcome = 'poor' }\n", &dl);
    assert_non_null(sc);
    static const struct { int line; const char *text; } want[] = {
        {5, "scene 'b' cannot be reached from the start scene 'a'"},
        {6, "scene 'c' cannot be reached from the start scene 'a'"},
        {7, "scene 'd' cannot be reached from the start scene 'a'"},
        {9, "ending 'f' cannot be reached from the start scene 'a'"},
    };
    if (dl.count != 4) diag_print(&dl, stderr);
    assert_int_equal(dl.count, 4);
    for (size_t i = 0; i < 4; i++) {
        int k = find_diag(&dl, DIAG_WARNING, want[i].text);
        if (k < 0) fail_msg("missing warning \"%s\"", want[i].text);
        assert_int_equal(dl.items[k].line, want[i].line);
    }
    scenario_free(sc);
    diag_free(&dl);
}

/* Section 3 and 8: speech by the trainee (du:), by a declared character,
   and text that merely contains a colon are not warned about; only a
   paragraph that starts like speech by an undeclared name is. */
static void only_speech_by_unknown_names_is_warned(void **state) {
    (void)state;
    scenario_free(load_ok(HEADER
        "character { id = 'ida', name = 'Ida' }\n"
        "scene { id = 'a', text = [[\n"
        "    du: Hei, Ida.\n"
        "\n"
        "    ida: Hei.\n"
        "    mamma: er en fortsettelse av samme avsnitt.\n"
        "\n"
        "    Merk: store bokstaver er fortelling.\n"
        "\n"
        "    kl:10 og https://example.org er ikke replikker.\n"
        "  ]], next = 'e' }\n" END_E_CHECK));
    DiagList dl = {0};
    Scenario *sc = load_src(HEADER
        "character { id = 'ida', name = 'Ida' }\n"
        "scene { id = 'a', text = 'ida: Hei.\\n\\nIda: Hei.\\n\\n ia: Hallo.', next = 'e' }\n"
        END_E_CHECK, &dl);
    assert_non_null(sc);
    assert_int_equal(dl.count, 1);
    assert_int_equal(dl.items[0].severity, DIAG_WARNING);
    assert_int_equal(dl.items[0].line, 5);
    assert_string_equal(dl.items[0].message,
        "in the text of scene 'a': a paragraph starts with 'ia:', but there is no character 'ia' "
        "(did you mean 'ida'?)");
    scenario_free(sc);
    diag_free(&dl);
}

/* ------------------------------------------- files and text (sections 1, 3) */

/* Section 1: invalid UTF-8 is an error with its line; a UTF-8 byte order
   mark is accepted; a file that cannot be read is an I/O error. */
static void file_encoding_and_reading(void **state) {
    (void)state;
    expect_error_at(HEADER "-- kommentar\nscene { id = 'a', text = 'Ida m\xf8ter deg.', next = 'e' }\n" END_E_CHECK,
                    5, "this line has characters that are not UTF-8");
    scenario_free(load_ok("\xEF\xBB\xBF" HEADER "scene { id = 'a', text = 'A', next = 'e' }\n" END_E_CHECK));
    DiagList dl = {0};
    Scenario *sc = NULL;
    assert_int_equal(scenario_load("/nonexistent/x.lua", NULL, &sc, &dl), BLK_ERR_IO);
    assert_null(sc);
    assert_int_equal(dl.count, 1);
    assert_non_null(strstr(dl.items[0].message, "cannot read the file"));
    diag_free(&dl);
}

/* Section 3: {var} in static text must name a declared variable; "{{" is a
   literal brace; text from a function is only rendered when played. */
static void variables_in_static_text(void **state) {
    (void)state;
    Scenario *sc = load_ok(
        "scenario { id = 't', title = 'T', summary = 'S', role = 'R', objectives = { 'O' },\n"
        "  start = 'a', competencies = { { id = 'x', name = 'X' } }, state = { n = 1, navn = 'Ida' } }\n"
        "scene { id = 'a', text = '{navn} har {n} {{ting}.', next = 'b' }\n"
        "scene { id = 'b', text = function() return '{ukjent}' end,\n"
        "  next = function() return 'e' end, targets = { 'e' } }\n" END_E_CHECK);
    assert_string_equal(sc->scenes[0].text, "{navn} har {n} {{ting}.");
    scenario_free(sc);
    expect_error_at(HEADER "scene { id = 'a', text = 'Hei {navn}', next = 'e' }\n" END_E_CHECK, 4,
                    "in the text of scene 'a': unknown variable {navn}; declare it in state");
}

/* ------------------------------------------------------ command line */

/* Runs `$BLIKK check ARGS` from the repository root with stderr captured
   into `out`; returns the exit status. Fails when the program is not
   built: a test must not pass by checking nothing. */
static int run_check(const char *args, char *out, size_t size) {
    const char *blikk = getenv("BLIKK");
    if (!blikk || access(blikk, X_OK) != 0) blikk = "./blikk";
    char *exe = realpath(blikk, NULL);
    if (!exe || access(exe, X_OK) != 0) {
        free(exe);
        fail_msg("the program %s is not built; run make", blikk);
    }
    const char *dir = fixture_dir();
    assert_non_null(dir);
    char cmd[2048];
    snprintf(cmd, sizeof cmd, "cd '%s/../..' && BLIKK_LANG=en '%s' check %s 2>&1",
             dir, exe, args);
    free(exe);
    FILE *p = popen(cmd, "r");
    assert_non_null(p);
    size_t n = fread(out, 1, size - 1, p);
    out[n] = '\0';
    int st = pclose(p);
    assert_true(WIFEXITED(st));
    return WEXITSTATUS(st);
}

/* Section 8: `blikk check` prints FILE:LINE: error: MESSAGE and exits 1
   when there are errors. */
static void check_command_reports_errors_with_file_and_line(void **state) {
    (void)state;
    char out[4096];
    assert_int_equal(run_check("tests/bad/unknown_key_typo.lua", out, sizeof out), 1);
    assert_string_equal(out, "tests/bad/unknown_key_typo.lua:7: error: unknown key "
                             "'nxet' in scene 'a' (did you mean 'next'?)\n");
}

/* Section 8: warnings are printed as FILE:LINE: warning: MESSAGE and do
   not fail the check (exit 0). */
static void check_command_exits_0_with_warnings_only(void **state) {
    (void)state;
    char out[4096];
    assert_int_equal(run_check("tests/bad/unreachable_scene.lua", out, sizeof out), 0);
    assert_non_null(strstr(out, "tests/bad/unreachable_scene.lua:9: warning: scene 'b' "
                                "cannot be reached from the start scene 'a'"));
    assert_null(strstr(out, "error:"));
}

/* Section 8: several files are checked in one run; one with errors makes
   the exit status 1 even when a later one is fine. */
static void check_command_checks_every_file(void **state) {
    (void)state;
    char out[8192];
    assert_int_equal(run_check("tests/bad/bad_kind.lua scenarios/demo.lua "
                               "tests/bad/bad_outcome.lua", out, sizeof out), 1);
    assert_non_null(strstr(out, "tests/bad/bad_kind.lua:7: error: "));
    assert_non_null(strstr(out, "scenarios/demo.lua: ok"));
    assert_non_null(strstr(out, "tests/bad/bad_outcome.lua:10: error: "));
}

/* Section 8: no file named is a usage error, exit 2. */
static void check_command_without_files_is_usage_error(void **state) {
    (void)state;
    char out[4096];
    assert_int_equal(run_check("", out, sizeof out), 2);
    assert_int_equal(run_check("--no-such-option x.lua", out, sizeof out), 2);
}

/* ---------------------------------------------------------- linearity */

typedef struct {
    char *s;
    size_t len, cap;
} Str;

static void str_addf(Str *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char tmp[512];
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    assert_true(n > 0 && (size_t)n < sizeof tmp);
    if (b->len + (size_t)n + 1 > b->cap) {
        b->cap = (b->cap + (size_t)n + 1) * 2;
        b->s = realloc(b->s, b->cap);
        assert_non_null(b->s);
    }
    memcpy(b->s + b->len, tmp, (size_t)n + 1);
    b->len += (size_t)n;
}

/* Section 8 (check is linear in the size of the scenario): 10,000 chained
   scenes, each with an observation and two choices, load and check with no
   error or warning, and every item keeps its own line. */
static void ten_thousand_scenes_load_and_check_clean(void **state) {
    (void)state;
    enum { N = 10000 };
    Str b = {0};
    str_addf(&b, "scenario { id = 'stor', title = 'T', summary = 'S', role = 'R',\n"
                 "  objectives = { 'O' }, start = 's0', state = { n = 0 },\n"
                 "  competencies = { { id = 'x', name = 'X' } } }\n"
                 "character { id = 'ida', name = 'Ida' }\n");
    /* Scene i: its observation on line 5 + 4i, the scene call on 6 + 4i. */
    for (int i = 0; i < N; i++) {
        char next[32];
        if (i + 1 < N) snprintf(next, sizeof next, "s%d", i + 1);
        else snprintf(next, sizeof next, "slutt");
        str_addf(&b, "observation { id = 'o%d', kind = 'risk', text = 't', explain = 'e' }\n", i);
        str_addf(&b, "scene { id = 's%d', text = 'ida: Hei {n}.', observe = { 'o%d' }, choices = {\n",
                 i, i);
        str_addf(&b, "  { text = 'a', next = '%s', score = { x = 1 }, add = { n = 1 }, feedback = 'f' },\n",
                 next);
        str_addf(&b, "  { text = 'b', next = '%s', score = { x = -1 }, feedback = 'f' } } }\n", next);
    }
    str_addf(&b, "ending { id = 'slutt', title = 'E', text = 'E', outcome = 'good' }\n");
    Scenario *sc = load_ok(b.s);
    free(b.s);
    assert_int_equal(sc->nscenes, N);
    assert_int_equal(sc->nobservations, N);
    assert_int_equal(sc->scenes[0].line, 6);
    assert_int_equal(sc->scenes[N - 1].line, 6 + 4 * (N - 1));
    assert_int_equal(sc->observations[N - 1].line, 5 + 4 * (N - 1));
    assert_int_equal(sc->endings[0].line, 5 + 4 * N);
    assert_string_equal(sc->scenes[N - 1].choices[1].id, "s9999.2");
    assert_int_equal(sc->observations[N - 1].scene, N - 1);
    scenario_free(sc);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(bad_scenarios_give_their_expected_diagnostics),
        cmocka_unit_test(fixture_without_expect_line_is_rejected),
        cmocka_unit_test(fixture_runner_detects_mismatches),
        cmocka_unit_test(reachable_through_targets_and_loops_is_clean),
        cmocka_unit_test(unreachable_items_are_each_warned_at_their_line),
        cmocka_unit_test(advice_fixtures_give_their_expected_advice),
        cmocka_unit_test(builtin_cases_need_no_advice),
        cmocka_unit_test(only_speech_by_unknown_names_is_warned),
        cmocka_unit_test(file_encoding_and_reading),
        cmocka_unit_test(variables_in_static_text),
        cmocka_unit_test(check_command_reports_errors_with_file_and_line),
        cmocka_unit_test(check_command_exits_0_with_warnings_only),
        cmocka_unit_test(check_command_checks_every_file),
        cmocka_unit_test(check_command_without_files_is_usage_error),
        cmocka_unit_test(ten_thousand_scenes_load_and_check_clean),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
