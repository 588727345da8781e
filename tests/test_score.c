/*
** test_score.c — section 6 of the scenario format. Each test plays a path
** through a small case and checks figures worked out by hand in its
** comment, so each test states the rule it checks.
*/
#include <math.h>

#include "testutil.h"

/* Scene a: four observations with weights, expert concern 3, three
   choices of which the third is hidden until n > 0. Scene b: one more
   observation; both choices score below zero; the second loops back to a. */
static const char *const SRC =
    "scenario { id = 's', title = 'T', summary = 'S', role = 'R',\n"
    "  objectives = { 'O' }, start = 'a', state = { n = 0 },\n"
    "  competencies = { { id = 'x', name = 'X' }, { id = 'y', name = 'Y' } } }\n"
    "observation { id = 'r1', kind = 'risk', weight = 2, text = 't', explain = 'e' }\n"
    "observation { id = 'r2', kind = 'risk', text = 't', explain = 'e' }\n"
    "observation { id = 'p1', kind = 'protective', text = 't', explain = 'e' }\n"
    "observation { id = 'n1', kind = 'neutral', text = 't', explain = 'e' }\n"
    "observation { id = 'r3', kind = 'risk', text = 't', explain = 'e' }\n"
    "scene { id = 'a', text = 'A', observe = { 'r1', 'r2', 'p1', 'n1' }, concern = 3,\n"
    "  choices = {\n"
    "    { text = '1', next = 'b', score = { x = 2, y = 1 }, feedback = 'f' },\n"
    "    { text = '2', next = 'b', score = { x = -1 }, feedback = 'f' },\n"
    "    { text = '3', next = 'b', score = { y = 3 }, feedback = 'f',\n"
    "      when = function(s) return s.n > 0 end } } }\n"
    "scene { id = 'b', text = 'B', observe = { 'r3' }, choices = {\n"
    "    { text = '1', next = 'slutt', score = { x = -2 }, feedback = 'f' },\n"
    "    { text = '2', next = 'a', score = { x = -1, y = -1 }, add = { n = 1 },\n"
    "      feedback = 'f' } } }\n"
    "ending { id = 'slutt', title = 'E', text = 'E', outcome = 'good' }\n";

static Scenario *sc;

static int setup(void **state) { (void)state; sc = load_ok(SRC); return 0; }
static int teardown(void **state) { (void)state; scenario_free(sc); return 0; }

#define assert_near(a, b) assert_true(fabs((a) - (b)) < 1e-9)

/* Section 6, one straight path.
   Signals, shown r1(2) r2(1) p1(1) n1(1) r3(1): r1 marked risk = hit (2),
   r2 unmarked = miss, p1 protective = protective hit (1), n1 marked = false
   alarm (1), r3 risk = hit (1).
     scaled = max(0, 3 + 1 - 1) / (2 + 1 + 1 + 1) = 3/5.
   Actions: at a, choices 1 and 2 are offered (3 is hidden): best 3, chosen
   choice 1 = 2 + 1 = 3. At b both choices are -2: best -2, chosen -2.
     points = 1, possible = 3 + max(-2, 0) = 3, scaled = 1/3.
   Competencies: x points 2 - 2 = 0, possible 2 + 0 (b's best x is -1) = 2;
     y points 1, possible 1 (a: max(1, 0)) + 0 (b: max(0, -1)) = 1.
   Concern: a given 3, expert 3: mae 0, scaled 1.
   Total = (0.6 + 1/3 + 1) / 3. */
static void straight_path(void **state) {
    (void)state;
    const char *const actions[] = {"mark r1 risk", "mark p1 protective",
        "mark n1 risk", "concern 3", "choose 1", "mark r3 risk", "choose 1", NULL};
    Play *p = play_all(sc, actions);
    Score s;
    assert_int_equal(score_compute(p, &s), BLK_OK);
    assert_int_equal(s.hits, 2);
    assert_int_equal(s.misses, 1);
    assert_int_equal(s.protective_hits, 1);
    assert_int_equal(s.protective_misses, 0);
    assert_int_equal(s.false_alarms, 1);
    assert_near(s.signals_scaled, 0.6);
    assert_near(s.points, 1);
    assert_near(s.possible, 3);
    assert_near(s.actions_scaled, 1.0 / 3);
    assert_near(s.competencies[0].points, 0);
    assert_near(s.competencies[0].possible, 2);
    assert_near(s.competencies[1].points, 1);
    assert_near(s.competencies[1].possible, 1);
    assert_int_equal(s.nanswers, 1);
    assert_int_equal(s.answers[0].given, 3);
    assert_int_equal(s.answers[0].expert, 3);
    assert_near(s.concern_mae, 0);
    assert_near(s.concern_scaled, 1);
    assert_near(s.total_scaled, (0.6 + 1.0 / 3 + 1) / 3);
    score_free(&s);
    play_free(p);
}

/* Section 6 with a loop: every decision counts, also on a repeated visit;
   the last marks and the last concern level count; `when` decides what is
   offered and so the best available.
   Path a, b, a, b, slutt.
   a (1st): offered {1, 2}, best 3, chosen 2 (-1).
   b (1st): offered {1, 2}, best -2, chosen 2 (-2), n becomes 1.
   a (2nd): offered {1, 2, 3}, best 3, chosen 3 (3).
   b (2nd): best -2, chosen 1 (-2).
     points = -1 - 2 + 3 - 2 = -2; possible = 3 + 0 + 3 + 0 = 6;
     scaled = max(0, -2) / 6 = 0.
   x: points -1 - 1 + 0 - 2 = -4; possible 2 + 0 + 2 + 0 = 4.
   y: points 0 - 1 + 3 + 0 = 2; possible 1 + 0 + 3 + 0 = 4.
   Marks: r1 risk then none on the 2nd visit (miss); n1 risk then none (no
   false alarm); p1 protective on the 2nd visit (hit); r2, r3 misses.
     scaled = (0 + 1 - 0) / 5 = 0.2.
   Concern at a: 4 on the first visit, 2 on the second: one answer, 2 vs 3:
     mae 1, scaled 1 - 1/(5 - 1) = 0.75.
   Total = (0.2 + 0 + 0.75) / 3. */
static void loop_and_revisit(void **state) {
    (void)state;
    const char *const actions[] = {
        "mark r1 risk", "mark n1 risk", "concern 4", "choose 2", "choose 2",
        "mark r1 none", "mark n1 none", "mark p1 protective", "concern 2",
        "choose 3", "choose 1", NULL};
    Play *p = play_all(sc, actions);
    Score s;
    assert_int_equal(score_compute(p, &s), BLK_OK);
    size_t n;
    const NodeRef *path = play_path(p, &n);
    assert_int_equal(n, 5);
    assert_true(path[4].is_ending);
    assert_int_equal(s.hits, 0);
    assert_int_equal(s.misses, 3);
    assert_int_equal(s.protective_hits, 1);
    assert_int_equal(s.false_alarms, 0);
    assert_near(s.signals_scaled, 0.2);
    assert_near(s.points, -2);
    assert_near(s.possible, 6);
    assert_near(s.actions_scaled, 0);
    assert_near(s.competencies[0].points, -4);
    assert_near(s.competencies[0].possible, 4);
    assert_near(s.competencies[1].points, 2);
    assert_near(s.competencies[1].possible, 4);
    assert_int_equal(s.nanswers, 1);
    assert_int_equal(s.answers[0].given, 2);
    assert_near(s.concern_mae, 1);
    assert_near(s.concern_scaled, 0.75);
    assert_near(s.total_scaled, (0.2 + 0 + 0.75) / 3);
    score_free(&s);
    play_free(p);
}

/* Section 6: a protective factor marked as risk is a protective miss, not a
   false alarm; false alarms beyond the hits give 0, never less. */
static void false_alarms_floor_at_zero(void **state) {
    (void)state;
    const char *const actions[] = {"mark p1 risk", "mark n1 protective",
        "concern 5", "choose 2", "choose 1", NULL};
    Play *p = play_all(sc, actions);
    Score s;
    assert_int_equal(score_compute(p, &s), BLK_OK);
    assert_int_equal(s.protective_misses, 1);
    assert_int_equal(s.protective_hits, 0);
    assert_int_equal(s.false_alarms, 1);
    assert_near(s.signals_scaled, 0); /* max(0, 0 + 0 - 1) / 5 */
    /* points -1 - 2 = -3, possible 3: scaled max(0, -3) / 3 = 0 */
    assert_near(s.actions_scaled, 0);
    /* 5 against 3 on a 5-level scale: 1 - 2/4 */
    assert_near(s.concern_scaled, 0.5);
    score_free(&s);
    play_free(p);
}

/* Section 6: a scaled value is null where there is nothing to score, and the
   total is the mean of those that are not null. */
static void nothing_to_score_is_null(void **state) {
    (void)state;
    Scenario *s2 = load_ok(HEADER
        "scene { id = 'a', text = 'A', next = 'e' }\n"
        "ending { id = 'e', title = 'E', text = 'E', outcome = 'mixed' }\n");
    const char *const actions[] = {"continue", NULL};
    Play *p = play_all(s2, actions);
    Score s;
    assert_int_equal(score_compute(p, &s), BLK_OK);
    assert_true(isnan(s.signals_scaled));
    assert_true(isnan(s.actions_scaled));
    assert_true(isnan(s.concern_scaled));
    assert_true(isnan(s.total_scaled));
    char *json = score_to_json(p, &s, 0);
    assert_non_null(strstr(json, "\"total\":{\"scaled\":null}"));
    assert_non_null(strstr(json, "\"mae\":null"));
    free(json);
    score_free(&s);
    play_free(p);
    scenario_free(s2);
}

/* Section 6: the total is the mean of the non-null parts only: with no
   concern asked, total = (signals + actions) / 2. A custom scale changes
   the concern denominator (levels - 1). */
static void total_mean_and_custom_scale(void **state) {
    (void)state;
    Scenario *s2 = load_ok(
        "scenario { id = 't', title = 'T', summary = 'S', role = 'R',\n"
        "  objectives = { 'O' }, start = 'a', concern_scale = { 'lav', 'middels', 'høy' },\n"
        "  competencies = { { id = 'x', name = 'X' } } }\n"
        "observation { id = 'o', kind = 'risk', text = 't', explain = 'e' }\n"
        "scene { id = 'a', text = 'A', observe = { 'o' }, concern = 1, choices = {\n"
        "  { text = '1', next = 'e', score = { x = 1 }, feedback = 'f' },\n"
        "  { text = '2', next = 'e', score = { x = 4 }, feedback = 'f' } } }\n"
        "ending { id = 'e', title = 'E', text = 'E', outcome = 'good' }\n");
    const char *const actions[] = {"mark o risk", "concern 3", "choose 1", NULL};
    Play *p = play_all(s2, actions);
    Score s;
    assert_int_equal(score_compute(p, &s), BLK_OK);
    assert_near(s.signals_scaled, 1);
    assert_near(s.actions_scaled, 0.25);      /* 1 of a best 4 */
    assert_near(s.concern_scaled, 0);         /* 1 - |3 - 1| / (3 - 1) */
    assert_near(s.total_scaled, (1 + 0.25 + 0) / 3);
    score_free(&s);
    play_free(p);
    scenario_free(s2);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(straight_path),
        cmocka_unit_test(loop_and_revisit),
        cmocka_unit_test(false_alarms_floor_at_zero),
        cmocka_unit_test(nothing_to_score_is_null),
        cmocka_unit_test(total_mean_and_custom_scale),
    };
    return cmocka_run_group_tests_name("score (section 6)", tests, setup, teardown);
}
