/*
** test_ui_classroom.c — classroom mode's session, headless, run with keys
** only (a presentation clicker's PageDown/PageUp/B/Escape and the
** keyboard's digits, + and − for the show of hands): the tallies ending up
** in the core's Decision.votes, the group's choice by the most hands or by
** Enter when the hands do not decide, the group's path, a replay of the
** road not taken that leaves the group's play as it was, a whole session
** with a clicker from the menu to leaving, starting again, the discussion
** timer, and saving with MODE_CLASSROOM under the group's name. What the
** two views show is in test_ui_classroom_views.c.
*/
#include "test_ui_classroom_util.h"

#include <dirent.h>

#include "../engine/core/results.h"

/* {====================================================== votes and path */

static void test_votes_by_keys_reach_the_decision(void **state) {
    (void)state;
    ut_language("nb");
    UtView v = ut_open(1280, 720, false, 100);
    Ui *ui = v.ui;
    start(ui, "klasse");
    first_decision(ui);
    size_t n;
    const Decision *d = play_decisions(ui->play, &n);
    assert_int_equal(n, 1);
    assert_non_null(d[0].votes);
    assert_int_equal(d[0].noffered, 3);
    assert_int_equal(d[0].votes[0], 12);
    assert_int_equal(d[0].votes[1], 5);
    assert_int_equal(d[0].votes[2], 0);
    assert_int_equal(d[0].choice, 0); /* the most hands */
    assert_int_equal(play_mark_of(ui->play, scenario_find_observation(ui->sc, "lukt")), MARK_RISK);
    assert_int_equal(play_mark_of(ui->play, scenario_find_observation(ui->sc, "venn")),
                     MARK_PROTECTIVE);
    assert_int_equal(play_mark_of(ui->play, scenario_find_observation(ui->sc, "jakke")), MARK_NONE);
    bool left;
    assert_int_equal(play_concern_at(ui->play, 0, &left), 3);
    /* The audience saw what the group chose, and no points. */
    ut_check_layout(ui);
    assert_true(ut_has_text(ui, "Spør åpent hvordan han har det for tiden"));
    assert_false(ut_has_text(ui, "poeng"));
    ut_close(&v);
}

/* A tie, or no hands at all, needs the leader to pick; Enter does. */
static void test_group_choice_by_enter(void **state) {
    (void)state;
    ut_language("nb");
    UtView v = ut_open(1280, 720, false, 100);
    Ui *ui = v.ui;
    start(ui, "klasse");
    next_until(ui, CP_CONCERN);
    /* On without a concern level: the notice, and no step further. */
    next(ui);
    assert_int_equal(cls(ui)->phase, CP_CONCERN);
    assert_true(cls(ui)->notice[0] != '\0');
    type(ui, "2");
    next_until(ui, CP_OPTIONS);
    next(ui); /* no hands, no choice: stays, says why */
    assert_int_equal(cls(ui)->phase, CP_OPTIONS);
    assert_true(cls(ui)->notice[0] != '\0');
    type(ui, "3");
    ut_key(ui, SDLK_DOWN, 0);
    type(ui, "3"); /* a tie */
    next(ui);
    assert_int_equal(cls(ui)->phase, CP_REVEAL);
    next(ui);
    assert_int_equal(cls(ui)->phase, CP_REVEAL); /* which one? */
    ut_check_layout(ui);
    int w = ui_find_widget(ui, ACT_CLASS, CL_OPTION * CL_ARG + 1);
    assert_true(w >= 0);
    ui_focus(ui, w);
    ut_key(ui, SDLK_RETURN, 0);
    next(ui);
    assert_int_equal(cls(ui)->phase, CP_FEEDBACK);
    size_t n;
    const Decision *d = play_decisions(ui->play, &n);
    assert_int_equal(n, 1);
    assert_int_equal(d[0].choice, 1);
    assert_int_equal(d[0].votes[0], 3);
    assert_int_equal(d[0].votes[1], 3);
    next(ui);
    assert_int_equal(cls(ui)->phase, CP_ENDING);
    assert_true(play_view(ui->play)->finished);
    ut_close(&v);
}

static void test_group_path(void **state) {
    (void)state;
    ut_language("nb");
    UtView v = ut_open(1280, 720, false, 100);
    Ui *ui = v.ui;
    start(ui, "klasse");
    first_decision(ui);
    next(ui);
    assert_int_equal(cls(ui)->phase, CP_STORY);
    assert_string_equal(play_view(ui->play)->scene->id, "samtale");
    /* Back from the new scene shows the feedback again, not a step undone. */
    back(ui);
    assert_int_equal(cls(ui)->phase, CP_FEEDBACK);
    next(ui);
    next_until(ui, CP_CONCERN);
    type(ui, "2");
    next_until(ui, CP_OPTIONS);
    type(ui, "9");
    next(ui);
    next(ui);
    assert_int_equal(cls(ui)->phase, CP_FEEDBACK);
    next(ui);
    assert_int_equal(cls(ui)->phase, CP_ENDING);
    size_t n;
    const NodeRef *path = play_path(ui->play, &n);
    assert_int_equal(n, 3);
    assert_false(path[0].is_ending);
    assert_string_equal(ui->sc->scenes[path[0].index].id, "inn");
    assert_string_equal(ui->sc->scenes[path[1].index].id, "samtale");
    assert_true(path[2].is_ending);
    assert_string_equal(ui->sc->endings[path[2].index].id, "slutt_god");
    next(ui);
    assert_int_equal(cls(ui)->phase, CP_DEBRIEF);
    assert_int_equal(cls(ui)->page, DB_PATH);
    ui->L.view.h = 1 << 20;
    ui->relayout = true;
    ui_render(ui);
    assert_true(ut_has_text(ui, "Ankomst"));
    assert_true(ut_has_text(ui, "Samtalen"));
    assert_true(ut_has_text(ui, "Døren står åpen"));
    ut_close(&v);
}

/* }====================================================== */

/* {====================================================== replay */

static void test_replay_keeps_the_group_path(void **state) {
    (void)state;
    ut_language("nb");
    UtView v = ut_open(1280, 720, false, 100);
    Ui *ui = v.ui;
    start(ui, "klasse");
    to_second_options(ui, "2");
    type(ui, "7");
    next(ui);
    next(ui);
    next_until(ui, CP_DEBRIEF);
    Play *group = ui->play;
    size_t n0;
    play_actions(group, &n0);
    while (cls(ui)->page != DB_REPLAY) next(ui);
    ut_check_layout(ui);
    /* The number key of the first decision takes the group back there. */
    type(ui, "1");
    assert_int_equal(cls(ui)->phase, CP_OPTIONS);
    assert_ptr_equal(cls(ui)->original, group);
    assert_ptr_not_equal(ui->play, group);
    assert_int_equal(cls(ui)->replay_from, 0);
    /* The fork has the group's hands for that decision. */
    const PlayView *pv = play_view(ui->play);
    assert_string_equal(pv->scene->id, "inn");
    assert_non_null(pv->votes);
    assert_int_equal(pv->votes[0], 12);
    ut_check_layout(ui);
    assert_true(ut_has_text(ui, "Valgt første gang"));
    /* Another road: the second option, by Enter. */
    int w = ui_find_widget(ui, ACT_CLASS, CL_OPTION * CL_ARG + 1);
    ui_focus(ui, w);
    ut_key(ui, SDLK_RETURN, 0);
    next(ui);
    assert_int_equal(cls(ui)->phase, CP_REVEAL);
    next(ui);
    assert_int_equal(cls(ui)->phase, CP_FEEDBACK);
    next(ui);
    assert_int_equal(cls(ui)->phase, CP_ENDING);
    assert_string_equal(play_view(ui->play)->ending->id, "slutt_daarlig");
    ut_check_layout(ui);
    /* The group's play is untouched. */
    size_t n1, np, nd;
    play_actions(group, &n1);
    assert_int_equal(n1, n0);
    const NodeRef *path = play_path(group, &np);
    assert_int_equal(np, 3);
    assert_string_equal(ui->sc->endings[path[2].index].id, "slutt_god");
    const Decision *d = play_decisions(group, &nd);
    assert_int_equal(nd, 2);
    assert_int_equal(d[0].choice, 0);
    /* Next after the replay's ending: back to the group's debrief. */
    next(ui);
    assert_int_equal(cls(ui)->phase, CP_DEBRIEF);
    assert_ptr_equal(ui->play, group);
    assert_null(cls(ui)->original);
    assert_int_equal(cls(ui)->replay_from, -1);
    /* A replay from the presenter's list, left by ending the session. */
    classroom_activate(ui, CL_REPLAY * CL_ARG + 1);
    assert_ptr_equal(cls(ui)->original, group);
    assert_string_equal(play_view(ui->play)->scene->id, "samtale");
    ut_key(ui, SDLK_ESCAPE, 0);
    assert_int_equal(cls(ui)->ask, ASK_LEAVE);
    classroom_activate(ui, CL_LEAVE * CL_ARG);
    assert_int_equal(ui->screen, SCR_MENU);
    assert_null(ui->cls);
    assert_null(ui->play);
    ut_close(&v);
}

/* }====================================================== */

/* {====================================================== a clicker session */

static void test_clicker_session(void **state) {
    (void)state;
    ut_language("nb");
    UtView v = ut_open(1920, 1080, false, 100);
    Ui *ui = v.ui;
    /* From the menu by keys: the classroom entry, then F5. */
    int w = ui_find_widget(ui, ACT_CLASS, CL_OPEN * CL_ARG);
    assert_true(w >= 0);
    ui_focus(ui, w);
    ut_key(ui, SDLK_RETURN, 0);
    assert_int_equal(ui->screen, SCR_CLASSROOM);
    assert_int_equal(cls(ui)->phase, CP_SETUP);
    ut_key(ui, SDLK_F5, 0); /* no case yet: says so */
    assert_int_equal(cls(ui)->phase, CP_SETUP);
    assert_true(cls(ui)->notice[0] != '\0');
    /* The case by its number in the list. */
    size_t idx = 0, seen = 0;
    for (size_t i = 0; i < ui->cat.count; i++)
        if (ui->cat.items[i].ok) {
            seen++;
            if (strcmp(ui->cat.items[i].name, "klasse") == 0) idx = seen;
        }
    assert_true(idx >= 1 && idx <= 9);
    ut_key(ui, SDLK_0 + (SDL_Keycode)idx, 0);
    ut_key(ui, SDLK_F5, 0);
    assert_int_equal(cls(ui)->phase, CP_TITLE);
    assert_string_equal(ui->sc->id, "klasse");
    /* B blanks the projector; next shows it again without going on. */
    ut_key(ui, SDLK_b, 0);
    assert_true(cls(ui)->black);
    assert_true(has_black(ui));
    assert_int_equal(ui->L.nwidgets, 0);
    next(ui);
    assert_false(cls(ui)->black);
    assert_int_equal(cls(ui)->phase, CP_TITLE);
    ut_key(ui, SDLK_PERIOD, 0);
    assert_true(cls(ui)->black);
    ut_key(ui, SDLK_PERIOD, 0);
    assert_false(cls(ui)->black);
    /* Right and Space go on as PageDown does; Left goes back. */
    press(ui, SDLK_RIGHT);
    assert_int_equal(cls(ui)->phase, CP_STORY);
    press(ui, SDLK_LEFT);
    assert_int_equal(cls(ui)->phase, CP_TITLE);
    press(ui, SDLK_SPACE);
    assert_int_equal(cls(ui)->phase, CP_STORY);
    to_second_options(ui, "2");
    type(ui, "6");
    /* Back from the spread to the options, and on again. */
    next(ui);
    assert_int_equal(cls(ui)->phase, CP_REVEAL);
    back(ui);
    assert_int_equal(cls(ui)->phase, CP_OPTIONS);
    next(ui);
    next(ui);
    next_until(ui, CP_ENDING);
    assert_true(play_view(ui->play)->finished);
    /* Escape asks; Escape again keeps the session. */
    ut_key(ui, SDLK_ESCAPE, 0);
    assert_int_equal(cls(ui)->ask, ASK_LEAVE);
    ut_check_layout(ui);
    ut_key(ui, SDLK_PAGEDOWN, 0); /* the question is up: nothing moves */
    assert_int_equal(cls(ui)->phase, CP_ENDING);
    ut_key(ui, SDLK_ESCAPE, 0);
    assert_int_equal(cls(ui)->ask, ASK_NONE);
    /* The debrief, page by page, to the last. */
    next_until(ui, CP_DEBRIEF);
    for (int i = 0; i < 20 && cls(ui)->page != DB_REPLAY; i++) next(ui);
    assert_int_equal(cls(ui)->page, DB_REPLAY);
    next(ui); /* the last page stays */
    assert_int_equal(cls(ui)->page, DB_REPLAY);
    /* F5 asks before starting again; Escape, then Shift+Tab and Enter
       on the question's "end" button, leaves. */
    ut_key(ui, SDLK_F5, 0);
    assert_int_equal(cls(ui)->ask, ASK_RESTART);
    ut_key(ui, SDLK_ESCAPE, 0);
    ut_key(ui, SDLK_ESCAPE, 0);
    assert_int_equal(cls(ui)->ask, ASK_LEAVE);
    assert_int_equal(ui->L.widgets[ui->focus].arg, CL_STAY * CL_ARG);
    ut_key(ui, SDLK_TAB, KMOD_LSHIFT);
    assert_int_equal(ui->L.widgets[ui->focus].arg, CL_LEAVE * CL_ARG);
    ut_key(ui, SDLK_RETURN, 0);
    assert_int_equal(ui->screen, SCR_MENU);
    assert_null(ui->cls);
    ut_close(&v);
}

/* F5 in a session starts the case again after asking. */
static void test_restart(void **state) {
    (void)state;
    ut_language("nb");
    UtView v = ut_open(1280, 720, false, 100);
    Ui *ui = v.ui;
    start(ui, "klasse");
    first_decision(ui);
    ut_key(ui, SDLK_F5, 0);
    assert_int_equal(cls(ui)->ask, ASK_RESTART);
    classroom_activate(ui, CL_RESTART * CL_ARG);
    assert_int_equal(cls(ui)->phase, CP_TITLE);
    size_t n;
    play_actions(ui->play, &n);
    assert_int_equal(n, 0);
    ut_close(&v);
}

/* }====================================================== */

/* {====================================================== timer, saving */

static void test_timer_runs_only_when_started(void **state) {
    (void)state;
    ut_language("nb");
    UtView v = ut_open(1280, 720, false, 100);
    Ui *ui = v.ui;
    start(ui, "klasse");
    next(ui);
    assert_false(cls(ui)->running);
    assert_int_equal(cls(ui)->timer, 0);
    ut_key(ui, SDLK_t, 0);
    assert_true(cls(ui)->running);
    assert_true(cls(ui)->timer != 0);
    /* A tick redraws the presenter; it is the only event the timer makes. */
    SDL_Delay(1100);
    SDL_Event ev;
    bool ticked = false;
    while (SDL_PollEvent(&ev))
        if (ev.type >= SDL_USEREVENT) {
            ticked = true;
            ui->relayout = false;
            assert_true(ui_event(ui, &ev));
            assert_true(ui->relayout);
        }
    assert_true(ticked);
    assert_true(classroom_timer_seconds(cls(ui)) >= 1);
    ut_key(ui, SDLK_t, 0);
    assert_false(cls(ui)->running);
    assert_int_equal(cls(ui)->timer, 0);
    int sec = classroom_timer_seconds(cls(ui));
    assert_true(sec >= 1);
    /* A new scene starts the clock from zero, stopped. */
    next_until(ui, CP_NOTICE);
    classroom_activate(ui, CL_TIMER_RESET * CL_ARG);
    assert_int_equal(classroom_timer_seconds(cls(ui)), 0);
    ut_close(&v);
}

static void test_saved_as_the_group(void **state) {
    (void)state;
    ut_language("nb");
    UtView v = ut_open(1280, 720, false, 100);
    Ui *ui = v.ui;
    ui->persist = true; /* the window saves; tests ask for it */
    classroom_open(ui, ut_case("klasse"));
    ui_render(ui);
    /* The group's name, typed into the field. */
    classroom_activate(ui, CL_LABEL * CL_ARG);
    assert_true(cls(ui)->editing);
    for (int i = 0; i < 40; i++) ut_key(ui, SDLK_BACKSPACE, 0);
    assert_string_equal(cls(ui)->label, "");
    SDL_Event ev;
    memset(&ev, 0, sizeof ev);
    ev.type = SDL_TEXTINPUT;
    snprintf(ev.text.text, sizeof ev.text.text, "%s", "Kull Ø");
    assert_true(ui_event(ui, &ev));
    snprintf(ev.text.text, sizeof ev.text.text, "%s", "3");
    assert_true(ui_event(ui, &ev));
    ut_key(ui, SDLK_b, 0); /* a letter while typing is no black screen */
    assert_false(cls(ui)->black);
    ut_key(ui, SDLK_RETURN, 0);
    assert_false(cls(ui)->editing);
    assert_string_equal(cls(ui)->label, "Kull Ø3");
    ut_check_layout(ui);
    ut_key(ui, SDLK_F5, 0);
    assert_true(cls(ui)->saving);
    first_decision(ui);
    int64_t id = cls(ui)->rec_id;
    char path[PATH_MAX];
    DiagList dl = {0};
    assert_true(results_default_path(path, sizeof path, &dl));
    Results *r = NULL;
    assert_int_equal(results_open(path, &r, &dl), BLK_OK);
    PlaythroughInfo *list = NULL;
    size_t n = 0;
    assert_int_equal(results_list(r, false, &list, &n, &dl), BLK_OK);
    bool found = false;
    for (size_t i = 0; i < n; i++)
        if (list[i].id == id) {
            found = true;
            assert_int_equal(list[i].mode, MODE_CLASSROOM);
            assert_string_equal(list[i].participant, "Kull Ø3");
            assert_string_equal(list[i].scenario_id, "klasse");
        }
    assert_true(found);
    free(list);
    /* The saved actions replay to the same votes. */
    Play *back_p = NULL;
    assert_int_equal(results_replay(r, ui->sc, id, &back_p, &dl), BLK_OK);
    size_t nd;
    const Decision *d = play_decisions(back_p, &nd);
    assert_int_equal(nd, 1);
    assert_non_null(d[0].votes);
    assert_int_equal(d[0].votes[0], 12);
    assert_int_equal(d[0].votes[1], 5);
    play_free(back_p);
    results_close(r);
    diag_free(&dl);
    ut_close(&v);
}

/* }====================================================== */

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_votes_by_keys_reach_the_decision),
        cmocka_unit_test(test_group_choice_by_enter),
        cmocka_unit_test(test_group_path),
        cmocka_unit_test(test_replay_keeps_the_group_path),
        cmocka_unit_test(test_clicker_session),
        cmocka_unit_test(test_restart),
        cmocka_unit_test(test_timer_runs_only_when_started),
        cmocka_unit_test(test_saved_as_the_group),
    };
    return cmocka_run_group_tests(tests, setup, ut_teardown_all);
}
