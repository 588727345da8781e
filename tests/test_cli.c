/*
** test_cli.c — section 8, the command-line contract, tested against the
** built program ($BLIKK, set by `make unit`): exit statuses, the
** `FILE:LINE: error:` form, `play --json` against hand-worked golden
** files, script errors naming the script line, and every built-in case
** passing `check` without warnings.
*/
#include <dirent.h>
#include <jansson.h>
#include <math.h>

#include "testutil.h"

/* {====================================================== conventions */

static void version_and_help(void **state) {
    (void)state;
    Result *r = run("--version", NULL);
    assert_int_equal(r->status, 0);
    expect_contains(r->out, "blikk " BLIKK_VERSION);
    r = run("--help", NULL);
    assert_int_equal(r->status, 0);
    expect_contains(r->out, "check SCENARIO");
    r = run("check --help", NULL);
    assert_int_equal(r->status, 0);
    expect_contains(r->out, "Exit status: 0 no errors, 1 errors found, 2 usage error");
    r = run("play --help", NULL);
    assert_int_equal(r->status, 0);
    expect_contains(r->out, "--seed N");
}

/* Section 8: exit status 2 for usage errors, with a message on stderr. */
static void usage_errors_exit_2(void **state) {
    (void)state;
    Result *r = run("--nonsense", NULL);
    assert_int_equal(r->status, 2);
    expect_contains(r->err, "unknown option '--nonsense'");
    r = run("check", NULL);
    assert_int_equal(r->status, 2);
    r = run("check --bogus scenarios/demo.lua", NULL);
    assert_int_equal(r->status, 2);
    r = run("play", NULL);
    assert_int_equal(r->status, 2);
    r = run("play scenarios/demo.lua --seed", NULL);
    assert_int_equal(r->status, 2);
    r = run("play scenarios/demo.lua --seed abc", NULL);
    assert_int_equal(r->status, 2);
    assert_string_equal(r->out, "");
}

/* }====================================================== */

/* {====================================================== check */

/* Section 8: `check` prints FILE:LINE: error: MESSAGE and exits 1 on
   errors; warnings alone exit 0. */
static void check_reports_file_and_line(void **state) {
    (void)state;
    const char *bad = write_scenario(HEADER
        "scene { id = 'a', text = 'x', nxet = 'e' }\n"
        "ending { id = 'e', title = 'E', text = 'x', outcome = 'bra' }\n");
    char args[256];
    snprintf(args, sizeof args, "check %s", bad);
    Result *r = run(args, NULL);
    assert_int_equal(r->status, 1);
    char expect[256];
    snprintf(expect, sizeof expect, "%s:4: error: unknown key 'nxet' in scene 'a' "
                                    "(did you mean 'next'?)", bad);
    expect_contains(r->err, expect);
    snprintf(expect, sizeof expect, "%s:5: error: 'outcome' of ending 'e' is 'bra'", bad);
    expect_contains(r->err, expect);
    unlink(bad);

    const char *warn = write_scenario(HEADER
        "scene { id = 'a', text = 'x', next = 'e' }\n"
        "scene { id = 'b', text = 'x', next = 'e' }\n"
        "ending { id = 'e', title = 'E', text = 'x', outcome = 'good' }\n");
    snprintf(args, sizeof args, "check %s", warn);
    r = run(args, NULL);
    assert_int_equal(r->status, 0);
    snprintf(expect, sizeof expect, "%s:5: warning: scene 'b' cannot be reached", warn);
    expect_contains(r->err, expect);

    /* --json: the same problems for editors, on standard output */
    snprintf(args, sizeof args, "check --json %s", warn);
    r = run(args, NULL);
    assert_int_equal(r->status, 0);
    expect_contains(r->out, "\"line\": 5,");
    expect_contains(r->out, "\"severity\": \"warning\",");
    expect_contains(r->out, "\"message\": \"scene 'b' cannot be reached");
    unlink(warn);

    r = run("check /nonexistent/x.lua", NULL);
    assert_int_equal(r->status, 1);
    expect_contains(r->err, "/nonexistent/x.lua: error: cannot read the file");
}

/* Every built-in case passes `check` with no errors and no warnings. */
static void builtin_cases_are_clean(void **state) {
    (void)state;
    DIR *d = opendir("scenarios");
    assert_non_null(d);
    struct dirent *e;
    int n = 0;
    while ((e = readdir(d))) {
        size_t len = strlen(e->d_name);
        if (len < 5 || strcmp(e->d_name + len - 4, ".lua") != 0) continue;
        char args[512];
        snprintf(args, sizeof args, "check scenarios/%s", e->d_name);
        Result *r = run(args, NULL);
        if (r->status != 0 || r->err[0])
            fail_msg("scenarios/%s is not clean:\n%s", e->d_name, r->err);
        n++;
    }
    closedir(d);
    assert_true(n >= 1);
}

/* }====================================================== */

/* {====================================================== play */

/* Deep comparison: same keys, same array lengths, numbers within 1e-6. */
static bool json_same(json_t *a, json_t *b, char *where, size_t size) {
    if (json_is_number(a) && json_is_number(b))
        return fabs(json_number_value(a) - json_number_value(b)) < 1e-6;
    if (json_typeof(a) != json_typeof(b)) return false;
    if (json_is_object(a)) {
        if (json_object_size(a) != json_object_size(b)) return false;
        const char *k;
        json_t *v;
        json_object_foreach(b, k, v) {
            json_t *av = json_object_get(a, k);
            if (!av || !json_same(av, v, where, size)) {
                size_t n = strlen(where);
                snprintf(where + n, size - n, " <- .%s", k);
                return false;
            }
        }
        return true;
    }
    if (json_is_array(a)) {
        if (json_array_size(a) != json_array_size(b)) return false;
        for (size_t i = 0; i < json_array_size(a); i++)
            if (!json_same(json_array_get(a, i), json_array_get(b, i), where, size)) {
                size_t n = strlen(where);
                snprintf(where + n, size - n, " <- [%zu]", i);
                return false;
            }
        return true;
    }
    return json_equal(a, b);
}

/* Fails unless the golden scripts of a case reached each of its endings. */
static void all_endings_reached(const char *case_id, json_t *reached) {
    char path[512];
    snprintf(path, sizeof path, "scenarios/%s.lua", case_id);
    Scenario *sc = NULL;
    DiagList dl = {0};
    assert_int_equal(scenario_load(path, NULL, &sc, &dl), BLK_OK);
    for (size_t i = 0; i < sc->nendings; i++)
        if (!json_object_get(reached, sc->endings[i].id))
            fail_msg("no golden playthrough of %s reaches the ending '%s'", case_id,
                     sc->endings[i].id);
    scenario_free(sc);
    diag_free(&dl);
}

/* Section 8 and 6: every scripted playthrough under tests/plays/CASE/
   gives exactly the object in NAME.expected.json, worked out by hand in
   the script's comments; together they reach every ending of the case. */
static void golden_playthroughs(void **state) {
    (void)state;
    DIR *top = opendir("tests/plays");
    assert_non_null(top);
    struct dirent *c;
    int n = 0;
    while ((c = readdir(top))) {
        if (c->d_name[0] == '.') continue;
        char dir[512];
        snprintf(dir, sizeof dir, "tests/plays/%s", c->d_name);
        DIR *d = opendir(dir);
        if (!d) continue;
        json_t *reached = json_object();
        struct dirent *e;
        while ((e = readdir(d))) {
            size_t len = strlen(e->d_name);
            if (len < 8 || strcmp(e->d_name + len - 7, ".script") != 0) continue;
            char args[1024], expected[1024];
            if (snprintf(args, sizeof args, "play scenarios/%s.lua --script %s/%s --json",
                         c->d_name, dir, e->d_name) >= (int)sizeof args ||
                snprintf(expected, sizeof expected, "%s/%.*s.expected.json", dir,
                         (int)(len - 7), e->d_name) >= (int)sizeof expected)
                fail_msg("%s/%s: the path is too long for this test", dir, e->d_name);
            Result *r = run(args, NULL);
            if (r->status != 0) fail_msg("%s/%s: exit %d\n%s", dir, e->d_name, r->status, r->err);
            json_error_t je;
            json_t *want = json_load_file(expected, 0, &je);
            if (!want) fail_msg("%s: %s (line %d)", expected, je.text, je.line);
            json_t *got = json_loads(r->out, 0, &je);
            if (!got) fail_msg("%s/%s: output is not JSON: %s", dir, e->d_name, je.text);
            char where[512] = "";
            if (!json_same(got, want, where, sizeof where))
                fail_msg("%s/%s differs from %s at %s\ngot:\n%s", dir, e->d_name,
                         expected, where, r->out);
            json_object_set(reached, json_string_value(json_object_get(got, "ending")),
                            json_true());
            json_decref(want);
            json_decref(got);
            n++;
        }
        closedir(d);
        all_endings_reached(c->d_name, reached);
        json_decref(reached);
    }
    closedir(top);
    assert_true(n >= 3);
}

/* Section 8: the readable transcript shows scene texts, observations,
   offered choices and feedback; standard input works like a script. */
static void transcript_from_stdin(void **state) {
    (void)state;
    Result *r = run("play scenarios/demo.lua",
                    "mark mobil risk\nconcern 4\nchoose 3\n");
    assert_int_equal(r->status, 0);
    expect_contains(r->out, "== Drop-in ==");
    expect_contains(r->out, "Ida (16): Jeg trenger bare et plaster.");
    expect_contains(r->out, "mobil: Sjekker mobilen mens hun venter");
    expect_contains(r->out, "3. Legg på plasteret og ønsk henne en fin dag");
    expect_contains(r->out, "Du går glipp av en mulighet");
    expect_contains(r->out, "En tapt mulighet");
}

/* Section 8: --seed defaults to 1 and is reported. */
static void seed_default_and_given(void **state) {
    (void)state;
    Result *r = run("play scenarios/demo.lua --json", "concern 2\nchoose 3\n");
    assert_int_equal(r->status, 0);
    expect_contains(r->out, "\"seed\": 1,");
    r = run("play scenarios/demo.lua --json --seed 42", "concern 2\nchoose 3\n");
    assert_int_equal(r->status, 0);
    expect_contains(r->out, "\"seed\": 42,");
}

/* Section 8: every invalid action is an error naming the script line;
   exit 1. Line numbers count comments and blank lines. */
static void script_errors_name_the_line(void **state) {
    (void)state;
    static const struct { const char *script, *message; int line; } cases[] = {
        {"# a comment\nmark fest risk\n", "not shown in this scene", 2},
        {"mark nosuch risk\n", "no observation 'nosuch'", 1},
        {"mark mobil maybe\n", "'maybe' is not a mark", 1},
        {"concern 9\n", "from 1 to 4", 1},
        {"concern 2\nchoose 4\n", "no choice 4", 2},
        {"concern 2\nchoose nosuch\n", "no choice with id 'nosuch'", 2},
        {"concern 2\ncontinue\n", "asks for a choice", 2},
        {"\nchoose 1\n", "asks for a concern level", 2},
        {"concern 2\nchoose 3\ncontinue\n", "already ended", 3},
        {"concern 2\nchoose 1\n", "ended before the case did", 2},
        {"dance\n", "unknown action 'dance'", 1},
        {"choose 0\n", "numbered from 1", 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Result *r = run("play scenarios/demo.lua --json", cases[i].script);
        char expect[200];
        snprintf(expect, sizeof expect, "<stdin>:%d: error: ", cases[i].line);
        if (r->status != 1 || !strstr(r->err, expect) || !strstr(r->err, cases[i].message))
            fail_msg("case %zu: exit %d, stderr:\n%s\nexpected \"%s%s\"", i, r->status,
                     r->err, expect, cases[i].message);
        assert_string_equal(r->out, ""); /* no result object after an error */
    }
    /* With --script the file's name is used. */
    const char *script = write_scenario("concern 2\nchoose 9\n");
    char args[256], expect[256];
    snprintf(args, sizeof args, "play scenarios/demo.lua --script %s", script);
    Result *r = run(args, NULL);
    assert_int_equal(r->status, 1);
    snprintf(expect, sizeof expect, "%s:2: error: there is no choice 9", script);
    expect_contains(r->err, expect);
    unlink(script);
}

/* A scenario error while playing names the scenario's file and line. */
static void runtime_error_names_scenario_line(void **state) {
    (void)state;
    const char *path = write_scenario(HEADER
        "scene { id = 'a', text = 'x', choices = {\n"
        "  { text = '1', next = 'e', feedback = 'f',\n"
        "    effect = function(s) error('boom') end } } }\n"
        "ending { id = 'e', title = 'E', text = 'x', outcome = 'good' }\n");
    char args[256], expect[256];
    snprintf(args, sizeof args, "play %s --json", path);
    Result *r = run(args, "choose 1\n");
    assert_int_equal(r->status, 1);
    snprintf(expect, sizeof expect, "%s:6: error: in 'effect' of choice 1 of scene 'a': boom", path);
    expect_contains(r->err, expect);
    unlink(path);
}

/* }====================================================== */

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(version_and_help),
        cmocka_unit_test(usage_errors_exit_2),
        cmocka_unit_test(check_reports_file_and_line),
        cmocka_unit_test(builtin_cases_are_clean),
        cmocka_unit_test(golden_playthroughs),
        cmocka_unit_test(transcript_from_stdin),
        cmocka_unit_test(seed_default_and_given),
        cmocka_unit_test(script_errors_name_the_line),
        cmocka_unit_test(runtime_error_names_scenario_line),
    };
    return cmocka_run_group_tests_name("command line (section 8)", tests, NULL, NULL);
}
