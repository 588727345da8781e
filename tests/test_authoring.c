/*
** test_authoring.c — the commands a workshop participant uses to write a
** case: `new` (a template that checks and plays), `stats` (structure and
** random playthroughs) and `graph` (the map), run as the program.
*/
#include <jansson.h>

#include "testutil.h"

/* `blikk new` creates a case that passes check with no warnings and plays
   to an ending; it never overwrites, and refuses a bad name. */
static void new_case_from_template(void **state) {
    (void)state;
    char dir[128], args[512], path[256];
    snprintf(dir, sizeof dir, "/tmp/blikk-new-%d", (int)getpid());
    snprintf(path, sizeof path, "%s/rus-paa-jobben.lua", dir);
    snprintf(args, sizeof args, "new rus-paa-jobben --dir %s", dir);
    Result *r = run(args, NULL);
    assert_int_equal(r->status, 0);
    snprintf(args, sizeof args, "check %s", path);
    r = run(args, NULL);
    if (r->status != 0 || r->err[0]) fail_msg("template does not check cleanly:\n%s", r->err);
    snprintf(args, sizeof args, "play %s --json", path);
    r = run(args, "concern 2\nchoose 1\n");
    assert_int_equal(r->status, 0);
    expect_contains(r->out, "\"scenario\": \"rus-paa-jobben\"");
    snprintf(args, sizeof args, "new rus-paa-jobben --dir %s", dir);
    r = run(args, NULL);
    assert_int_equal(r->status, 1);
    expect_contains(r->err, "already exists");
    r = run("new Store_Bokstaver", NULL);
    assert_int_equal(r->status, 2);
    unlink(path);
    rmdir(dir);
}

/* `blikk stats` on the demo, figures worked out from its file:
   3 scenes, 2 decisions, one ending of each outcome; 2 risk, 2 protective,
   1 neutral observation. slutt_glipp is 2 steps away (venterom, the
   ending). slutt_god: shortest venterom, samtale, oppsummering, slutt_god
   = 4; best points 3 + 2 = 5, worst -1 - 2 = -3. A loop exists (samtale
   back to venterom). */
static void stats_of_the_demo(void **state) {
    (void)state;
    Result *r = run("stats scenarios/demo.lua --json", NULL);
    assert_int_equal(r->status, 0);
    json_error_t e;
    json_t *o = json_loads(r->out, 0, &e);
    assert_non_null(o);
    assert_int_equal(json_integer_value(json_object_get(o, "scenes")), 3);
    assert_int_equal(json_integer_value(json_object_get(o, "decisions")), 2);
    assert_true(json_is_true(json_object_get(o, "loops")));
    json_t *kinds = json_object_get(o, "observations_by_kind");
    assert_int_equal(json_integer_value(json_object_get(kinds, "risk")), 2);
    assert_int_equal(json_integer_value(json_object_get(kinds, "protective")), 2);
    assert_int_equal(json_integer_value(json_object_get(kinds, "neutral")), 1);
    size_t i;
    json_t *end;
    int seen = 0;
    json_array_foreach(json_object_get(o, "endings"), i, end) {
        const char *id = json_string_value(json_object_get(end, "id"));
        assert_true(json_is_true(json_object_get(end, "reachable")));
        if (!strcmp(id, "slutt_glipp")) {
            assert_int_equal(json_integer_value(json_object_get(end, "shortest")), 2);
            seen++;
        } else if (!strcmp(id, "slutt_god")) {
            assert_int_equal(json_integer_value(json_object_get(end, "shortest")), 4);
            assert_true(json_real_value(json_object_get(end, "best_points")) == 5);
            assert_true(json_real_value(json_object_get(end, "worst_points")) == -3);
            seen++;
        }
    }
    assert_int_equal(seen, 2);
    json_decref(o);
}

/* `stats --random N` plays N playthroughs; every one ends somewhere and
   the counts add up. */
static void stats_random_playthroughs(void **state) {
    (void)state;
    Result *r = run("stats scenarios/barn-som-parorende.lua --random 2000 --json", NULL);
    assert_int_equal(r->status, 0);
    json_error_t e;
    json_t *o = json_loads(r->out, 0, &e);
    assert_non_null(o);
    json_t *rnd = json_object_get(o, "random");
    assert_int_equal(json_integer_value(json_object_get(rnd, "runs")), 2000);
    assert_int_equal(json_integer_value(json_object_get(rnd, "failed")), 0);
    long sum = 0;
    size_t i;
    json_t *end;
    json_array_foreach(json_object_get(o, "endings"), i, end)
        sum += (long)json_integer_value(json_object_get(end, "random_reached"));
    assert_int_equal(sum, 2000);
    json_decref(o);
}

/* `stats --random` reports a case whose random play fails, with its line. */
static void stats_reports_a_failing_case(void **state) {
    (void)state;
    const char *path = write_scenario(HEADER
        "scene { id = 'a', text = 'x', choices = {\n"
        "  { text = '1', next = 'e', feedback = 'f',\n"
        "    effect = function(s) if math.random() < 0.5 then error('au') end end } } }\n"
        "ending { id = 'e', title = 'E', text = 'x', outcome = 'good' }\n");
    char args[256];
    snprintf(args, sizeof args, "stats %s --random 50", path);
    Result *r = run(args, NULL);
    assert_int_equal(r->status, 1);
    expect_contains(r->out, ":6: in 'effect' of choice 1 of scene 'a': au");
    unlink(path);
}

/* `stats --random` names a choice that was never offered: its `when` may
   never be true for the declared state. */
static void stats_names_choices_never_offered(void **state) {
    (void)state;
    const char *path = write_scenario(
        "scenario { id = 't', title = 'T', summary = 'S', role = 'R',\n"
        "  objectives = { 'O' }, start = 'a', state = { n = 0 },\n"
        "  competencies = { { id = 'x', name = 'X' } } }\n"
        "scene { id = 'a', text = 'x', choices = {\n"
        "  { text = '1', next = 'e', feedback = 'f' },\n"
        "  { id = 'aldri', text = '2', next = 'e', feedback = 'f',\n"
        "    when = function(s) return s.n > 5 end } } }\n"
        "ending { id = 'e', title = 'E', text = 'x', outcome = 'good' }\n");
    char args[256];
    snprintf(args, sizeof args, "stats %s --random 200 --json", path);
    Result *r = run(args, NULL);
    assert_int_equal(r->status, 0);
    expect_contains(r->out, "\"never_offered\": [\n      \"aldri\"\n    ]");
    unlink(path);
}

/* `blikk graph` writes DOT with every scene, every ending coloured by its
   outcome and every choice as a labelled edge. */
static void graph_dot(void **state) {
    (void)state;
    Result *r = run("graph scenarios/demo.lua", NULL);
    assert_int_equal(r->status, 0);
    expect_contains(r->out, "digraph case {");
    expect_contains(r->out, "\"venterom\" [label=\"venterom\\nDrop-in");
    expect_contains(r->out, "\"slutt_glipp\" [shape=oval, fillcolor=\"#f3c9c5\"");
    expect_contains(r->out, "\"venterom\" -> \"slutt_glipp\" [label=\"3 (-2)");
    expect_contains(r->out, "\"oppsummering\" -> \"slutt_blandet\" [style=dashed];");
}

/* With Graphviz installed, -o FILE.svg draws the map. */
static void graph_svg(void **state) {
    (void)state;
    if (system("command -v dot >/dev/null 2>&1") != 0)
        fail_msg("Graphviz is not installed: make test installs it (tools/deps.sh)");
    char path[128], args[256];
    snprintf(path, sizeof path, "/tmp/blikk-graph-%d.svg", (int)getpid());
    snprintf(args, sizeof args, "graph scenarios/demo.lua -o %s", path);
    Result *r = run(args, NULL);
    assert_int_equal(r->status, 0);
    char buf[65536];
    slurp(path, buf, sizeof buf);
    expect_contains(buf, "<svg");
    expect_contains(buf, "Døren står åpen");
    unlink(path);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(new_case_from_template),
        cmocka_unit_test(stats_of_the_demo),
        cmocka_unit_test(stats_random_playthroughs),
        cmocka_unit_test(stats_reports_a_failing_case),
        cmocka_unit_test(stats_names_choices_never_offered),
        cmocka_unit_test(graph_dot),
        cmocka_unit_test(graph_svg),
    };
    return cmocka_run_group_tests_name("authoring commands", tests, NULL, NULL);
}
