/*
** test_play.c — section 5 (playing) and section 4 (state) of the scenario
** format, driven through the core API as every front end drives it.
*/
#include "testutil.h"

static const char *const SRC =
    "scenario { id = 's', title = 'T', summary = 'S', role = 'R',\n"      /* 1 */
    "  objectives = { 'O' }, start = 'a', state = { n = 0, seen = 0, who = 'Ida' },\n"
    "  competencies = { { id = 'x', name = 'X' } } }\n"
    "observation { id = 'o1', kind = 'risk', text = 't', explain = 'e' }\n"
    "observation { id = 'o2', kind = 'neutral', text = 't', explain = 'e' }\n" /* 5 */
    "scene { id = 'a', text = function(s) return 'Besøk ' .. s.seen end,\n"
    "  on_enter = function(s) s.seen = s.seen + 1 end,\n"
    "  observe = { 'o1' }, concern = 2, choices = {\n"
    "    { text = 'til b', next = 'b', feedback = 'f', set = { n = 10 }, add = { n = 5 },\n"
    "      effect = function(s) s.after = s.n end },\n"                     /* 10 */
    "    { id = 'skjult', text = 'skjult', next = 'e', feedback = 'f',\n"
    "      when = function(s) return s.n > 100 end },\n"
    "    { text = 'til c', next = 'c', feedback = 'f' } } }\n"
    "scene { id = 'b', text = 'B {who} {n}', observe = { 'o2' },\n"
    "  next = function(s) if s.seen > 1 then return 'e' end return 'a' end,\n" /* 15 */
    "  targets = { 'a', 'e' } }\n"
    "scene { id = 'c', text = 'C', choices = {\n"
    "    { text = 'feil', next = function(s) return 'b' end, targets = { 'e' },\n"
    "      feedback = 'f' } } }\n"
    "ending { id = 'e', title = 'Slutt', outcome = 'good',\n"              /* 20 */
    "  text = function(s) return 'Slutt etter ' .. s.seen end }\n";

static Scenario *sc;
static int setup(void **state) { (void)state; sc = load_ok(SRC); return 0; }
static int teardown(void **state) { (void)state; scenario_free(sc); return 0; }

static const char *text_of(const Play *p) {
    return play_view(p)->text->paras[0].spans[0].text;
}

static Play *start(void) {
    Play *p = NULL;
    DiagList dl = {0};
    assert_int_equal(play_new(sc, 1, &p, &dl), BLK_OK);
    diag_free(&dl);
    return p;
}

static BlkStatus try_act(Play *p, const char *action, const char *expect_msg) {
    DiagList dl = {0};
    BlkStatus st = act(p, action, &dl);
    if (expect_msg) {
        assert_true(dl.count > 0);
        if (!strstr(dl.items[0].message, expect_msg))
            fail_msg("'%s': message '%s' lacks '%s'", action, dl.items[0].message, expect_msg);
    }
    diag_free(&dl);
    return st;
}

/* Section 5: a playthrough starts at `start`; on_enter runs before the text
   is made; choices are offered in the order written, leaving out those
   whose `when` is false. */
static void starts_at_start_and_filters_choices(void **state) {
    (void)state;
    Play *p = start();
    const PlayView *v = play_view(p);
    assert_false(v->finished);
    assert_string_equal(v->scene->id, "a");
    assert_string_equal(text_of(p), "Besøk 1");
    assert_int_equal(v->noffered, 2);
    assert_int_equal(v->offered[0], 0);
    assert_int_equal(v->offered[1], 2);
    play_free(p);
}

/* Section 5: set, then add, then effect run before `next` is followed; a
   function `next` decides from the state; text sees {var} values. */
static void choice_effects_in_order(void **state) {
    (void)state;
    Play *p = start();
    assert_int_equal(try_act(p, "concern 2", NULL), BLK_OK);
    assert_int_equal(try_act(p, "choose 1", NULL), BLK_OK);
    Value v;
    assert_true(play_state_get(p, "n", &v));
    assert_true(v.num == 15);           /* set n = 10, then add 5 */
    assert_true(play_state_get(p, "after", &v));
    assert_true(v.num == 15);           /* effect saw both */
    assert_string_equal(play_view(p)->scene->id, "b");
    assert_string_equal(text_of(p), "B Ida 15");
    /* b's next function returns 'a' on the first pass */
    assert_int_equal(try_act(p, "continue", NULL), BLK_OK);
    assert_string_equal(play_view(p)->scene->id, "a");
    assert_string_equal(text_of(p), "Besøk 2");
    play_free(p);
}

/* Section 5: on a revisit the earlier marks are shown again and the concern
   level given earlier still counts as given. */
static void revisit_keeps_marks_and_concern(void **state) {
    (void)state;
    Play *p = start();
    int o1 = scenario_find_observation(sc, "o1");
    try_act(p, "mark o1 risk", NULL);
    try_act(p, "concern 3", NULL);
    try_act(p, "choose 1", NULL);
    try_act(p, "continue", NULL);                 /* back in a */
    assert_int_equal(play_mark_of(p, o1), MARK_RISK);
    assert_int_equal(play_view(p)->concern, 3);
    assert_int_equal(try_act(p, "choose 1", NULL), BLK_OK); /* no new level needed */
    assert_int_equal(try_act(p, "continue", NULL), BLK_OK); /* seen > 1: ending */
    const PlayView *v = play_view(p);
    assert_true(v->finished);
    assert_string_equal(v->ending->id, "e");
    assert_string_equal(text_of(p), "Slutt etter 2");
    size_t n;
    const NodeRef *path = play_path(p, &n);
    assert_int_equal(n, 5); /* a b a b e */
    assert_int_equal(path[0].index, 0);
    assert_true(path[4].is_ending);
    play_free(p);
}

/* Section 5: a scene that asks for a concern level cannot be left without
   one (section 6); the level must be on the scale. */
static void concern_required_and_on_scale(void **state) {
    (void)state;
    Play *p = start();
    assert_int_equal(try_act(p, "choose 1", "concern level"), BLK_ERR_USAGE);
    assert_int_equal(try_act(p, "concern 0", "from 1 to 5"), BLK_ERR_USAGE);
    assert_int_equal(try_act(p, "concern 6", "from 1 to 5"), BLK_ERR_USAGE);
    assert_int_equal(try_act(p, "concern 5", NULL), BLK_OK);
    assert_int_equal(try_act(p, "choose 1", NULL), BLK_OK);
    /* b asks for none */
    assert_int_equal(try_act(p, "concern 2", "does not ask"), BLK_ERR_USAGE);
    play_free(p);
}

/* Section 8's invalid actions, as the core reports them. */
static void invalid_actions(void **state) {
    (void)state;
    Play *p = start();
    assert_int_equal(try_act(p, "mark o2 risk", "not shown in this scene"), BLK_ERR_USAGE);
    assert_int_equal(try_act(p, "continue", "asks for a choice"), BLK_ERR_USAGE);
    assert_int_equal(try_act(p, "concern 2", NULL), BLK_OK);
    assert_int_equal(try_act(p, "choose 3", "no choice 3"), BLK_ERR_USAGE);
    assert_int_equal(try_act(p, "choose 1", NULL), BLK_OK);
    assert_int_equal(try_act(p, "choose 1", "no choices; use continue"), BLK_ERR_USAGE);
    try_act(p, "continue", NULL);
    try_act(p, "choose 1", NULL);
    try_act(p, "continue", NULL);
    assert_true(play_view(p)->finished);
    assert_int_equal(try_act(p, "continue", "has ended"), BLK_ERR_USAGE);
    assert_int_equal(try_act(p, "concern 1", "has ended"), BLK_ERR_USAGE);
    play_free(p);
}

/* Section 2: a function `next` must return one of its `targets`; anything
   else is a runtime error naming the scene's line. */
static void next_function_outside_targets(void **state) {
    (void)state;
    Play *p = start();
    try_act(p, "concern 1", NULL);
    DiagList dl = {0};
    assert_int_equal(act(p, "choose 2", &dl), BLK_OK); /* 'til c' */
    assert_int_equal(act(p, "choose 1", &dl), BLK_ERR_RUNTIME);
    assert_int_equal(dl.items[0].line, 17);
    assert_non_null(strstr(dl.items[0].message, "returned 'b', which is not in its 'targets'"));
    diag_clear(&dl);
    /* After a scenario error the playthrough accepts no more actions. */
    assert_int_equal(act(p, "choose 1", &dl), BLK_ERR_USAGE);
    diag_free(&dl);
    play_free(p);
}

/* Section 5: a scene where no choice is offered is a runtime error. */
static void no_choice_offered(void **state) {
    (void)state;
    Scenario *s2 = load_ok(HEADER
        "scene { id = 'a', text = 'A', choices = {\n"
        "  { text = '1', next = 'e', feedback = 'f', when = function(s) return false end } } }\n"
        "ending { id = 'e', title = 'E', text = 'E', outcome = 'good' }\n");
    Play *p = NULL;
    DiagList dl = {0};
    assert_int_equal(play_new(s2, 1, &p, &dl), BLK_ERR_RUNTIME);
    assert_null(p);
    assert_int_equal(dl.items[0].line, 4);
    assert_non_null(strstr(dl.items[0].message, "no choice is offered in scene 'a'"));
    diag_free(&dl);
    scenario_free(s2);
}

/* Section 4: state starts from `state` anew for every playthrough. */
static void state_is_per_playthrough(void **state) {
    (void)state;
    Play *p = start();
    try_act(p, "concern 1", NULL);
    try_act(p, "choose 1", NULL);
    Play *q = start();
    Value v;
    assert_true(play_state_get(q, "n", &v));
    assert_true(v.num == 0);
    assert_string_equal(text_of(q), "Besøk 1");
    play_free(q);
    play_free(p);
}

/* Section 4: the engine seeds math.random per playthrough; the same seed
   gives the same run. */
static void random_is_seeded(void **state) {
    (void)state;
    Scenario *s2 = load_ok(HEADER
        "scene { id = 'a', text = function(s) return tostring(math.random(1, 1000000)) end, next = 'e' }\n"
        "ending { id = 'e', title = 'E', text = 'E', outcome = 'good' }\n");
    DiagList dl = {0};
    Play *p1, *p2, *p3;
    assert_int_equal(play_new(s2, 7, &p1, &dl), BLK_OK);
    char first[64];
    snprintf(first, sizeof first, "%s", play_view(p1)->text->paras[0].spans[0].text);
    assert_int_equal(play_new(s2, 7, &p2, &dl), BLK_OK);
    assert_string_equal(play_view(p2)->text->paras[0].spans[0].text, first);
    assert_int_equal(play_new(s2, 8, &p3, &dl), BLK_OK);
    assert_string_not_equal(play_view(p3)->text->paras[0].spans[0].text, first);
    assert_int_equal(play_seed(p3), 8);
    play_free(p1);
    play_free(p2);
    play_free(p3);
    diag_free(&dl);
    scenario_free(s2);
}

/* Section 4: each playthrough has its own math.random, so starting or
   replaying another playthrough in between (the history, a classroom
   replay) does not change what this one draws. */
static void random_is_per_playthrough(void **state) {
    (void)state;
    Scenario *s2 = load_ok(HEADER
        "scene { id = 'a', text = function(s) return tostring(math.random(1, 1000000)) end,\n"
        "  choices = { { text = 'igjen', next = 'a', feedback = 'f' },\n"
        "              { text = 'slutt', next = 'e', feedback = 'f' } } }\n"
        "ending { id = 'e', title = 'E', text = 'E', outcome = 'good' }\n");
    DiagList dl = {0};
    char alone[3][32], mixed[3][32];
    Play *p;
    assert_int_equal(play_new(s2, 11, &p, &dl), BLK_OK);
    for (int i = 0; i < 3; i++) {
        snprintf(alone[i], sizeof alone[i], "%s", play_view(p)->text->paras[0].spans[0].text);
        assert_int_equal(play_choose(p, 0, &dl), BLK_OK);
    }
    play_free(p);
    assert_int_equal(play_new(s2, 11, &p, &dl), BLK_OK);
    for (int i = 0; i < 3; i++) {
        snprintf(mixed[i], sizeof mixed[i], "%s", play_view(p)->text->paras[0].spans[0].text);
        Play *other;
        assert_int_equal(play_new(s2, 99, &other, &dl), BLK_OK);
        assert_int_equal(play_choose(other, 0, &dl), BLK_OK);
        play_free(other);
        assert_int_equal(play_choose(p, 0, &dl), BLK_OK);
    }
    for (int i = 0; i < 3; i++) assert_string_equal(alone[i], mixed[i]);
    play_free(p);
    diag_free(&dl);
    scenario_free(s2);
}

/* Author mode: list and set the state, and jump to any scene with it; the
   scene's text and `when` see the new state. */
static void author_sets_state_and_jumps(void **state) {
    (void)state;
    Play *p = start();
    DiagList dl = {0};
    size_t n;
    StateVar *vars = play_state_list(p, &n);
    assert_int_equal(n, 3); /* n, seen, who — sorted */
    assert_string_equal(vars[0].name, "n");
    assert_string_equal(vars[2].name, "who");
    assert_string_equal(vars[2].value.str, "Ida");
    state_list_free(vars, n);
    Value big = {.type = VAL_NUMBER, .num = 500};
    assert_int_equal(play_set_var(p, "n", &big, &dl), BLK_OK);
    NodeRef a;
    assert_true(scenario_find_node(sc, "a", &a));
    assert_int_equal(play_goto(p, a.index, &dl), BLK_OK);
    /* 'skjult' needs n > 100: now it is offered */
    assert_int_equal(play_view(p)->noffered, 3);
    assert_string_equal(text_of(p), "Besøk 2"); /* on_enter ran again */
    NodeRef b;
    assert_true(scenario_find_node(sc, "b", &b));
    assert_int_equal(play_goto(p, b.index, &dl), BLK_OK);
    assert_string_equal(text_of(p), "B Ida 500");
    assert_int_equal(play_goto(p, 99, &dl), BLK_ERR_USAGE);
    diag_free(&dl);
    play_free(p);
}

/* Classroom extension: the show of hands per offered choice is kept with
   the decision the group then takes; votes of a visit left without a
   decision do not carry over. */
static void votes_are_kept_with_the_decision(void **state) {
    (void)state;
    Play *p = start();
    assert_int_equal(try_act(p, "concern 2", NULL), BLK_OK);
    DiagList dl = {0};
    assert_int_equal(play_vote(p, 0, 12, &dl), BLK_OK);
    assert_int_equal(play_vote(p, 1, 5, &dl), BLK_OK);
    assert_int_equal(play_vote(p, 1, 6, &dl), BLK_OK); /* corrected */
    assert_int_equal(play_view(p)->votes[1], 6);
    assert_int_equal(play_vote(p, 2, 1, &dl), BLK_ERR_USAGE); /* only 2 offered */
    assert_int_equal(play_vote(p, 0, -1, &dl), BLK_ERR_USAGE);
    diag_clear(&dl);
    assert_int_equal(play_choose(p, 0, &dl), BLK_OK);
    size_t n;
    const Decision *d = play_decisions(p, &n);
    assert_int_equal(n, 1);
    assert_non_null(d[0].votes);
    assert_int_equal(d[0].votes[0], 12);
    assert_int_equal(d[0].votes[1], 6);
    assert_null(play_view(p)->votes); /* scene b: nothing voted yet */
    assert_int_equal(play_vote(p, 0, 1, &dl), BLK_ERR_USAGE); /* b has no choices */
    diag_free(&dl);
    play_free(p);
}

/* Classroom: going back to an earlier decision and taking another road
   (play_fork) leaves the original playthrough as it was. */
static void fork_takes_another_road(void **state) {
    (void)state;
    Play *p = start();
    const char *const path[] = {"mark o1 risk", "concern 2", "choose 1", "continue", NULL};
    DiagList dl = {0};
    for (int i = 0; path[i]; i++) assert_int_equal(act(p, path[i], &dl), BLK_OK);
    size_t nact;
    play_actions(p, &nact);
    assert_int_equal(nact, 4);
    /* back to just before the first decision */
    Play *q;
    assert_int_equal(play_fork(p, 2, &q, &dl), BLK_OK);
    assert_string_equal(play_view(q)->scene->id, "a");
    assert_int_equal(play_mark_of(q, scenario_find_observation(sc, "o1")), MARK_RISK);
    assert_int_equal(play_view(q)->concern, 2);
    assert_int_equal(act(q, "choose 2", &dl), BLK_OK); /* 'til c' this time */
    assert_string_equal(play_view(q)->scene->id, "c");
    /* the original is untouched: back in a after b */
    size_t n;
    play_path(p, &n);
    assert_int_equal(n, 3);
    assert_string_equal(play_view(p)->scene->id, "a");
    play_free(q);
    play_free(p);
    diag_free(&dl);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(starts_at_start_and_filters_choices),
        cmocka_unit_test(choice_effects_in_order),
        cmocka_unit_test(revisit_keeps_marks_and_concern),
        cmocka_unit_test(concern_required_and_on_scale),
        cmocka_unit_test(invalid_actions),
        cmocka_unit_test(next_function_outside_targets),
        cmocka_unit_test(no_choice_offered),
        cmocka_unit_test(state_is_per_playthrough),
        cmocka_unit_test(random_is_seeded),
        cmocka_unit_test(random_is_per_playthrough),
        cmocka_unit_test(author_sets_state_and_jumps),
        cmocka_unit_test(votes_are_kept_with_the_decision),
        cmocka_unit_test(fork_takes_another_road),
    };
    return cmocka_run_group_tests_name("play (sections 4 and 5)", tests, setup, teardown);
}
