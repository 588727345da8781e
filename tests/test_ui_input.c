/*
** test_ui_input.c — the window driven as a trainee drives it: synthetic
** SDL key and mouse events go through ui_event(), and the test checks the
** core's state afterwards (marks, concern, decisions, path). A case is
** played start to end with the keyboard only and again with the mouse
** only; every choice must be reachable with Tab alone; Escape asks before
** leaving a case; scrolling works with keys, wheel and drag.
*/
#include "test_ui_util.h"

static int focused_action(const Ui *ui) {
    return ui->focus >= 0 ? ui->L.widgets[ui->focus].action : ACT_NONE;
}

/* Tabs until the focus is on (action, arg); fails after a full round. */
static void tab_to(Ui *ui, int action, int arg) {
    for (size_t i = 0; i <= ui->L.nwidgets + 1; i++) {
        if (ui->focus >= 0 && ui->L.widgets[ui->focus].action == action &&
            (arg < 0 || ui->L.widgets[ui->focus].arg == arg)) {
            /* The focus is in view, with its ring drawn. */
            SDL_Rect r = ut_on_screen(ui, &ui->L.widgets[ui->focus]);
            if (ui->L.widgets[ui->focus].layer == LAYER_SCROLL) {
                assert_true(r.y >= ui->L.view.y);
                assert_true(r.y + r.h <= ui->L.view.y + ui->L.view.h);
            }
            assert_true(ui->focus_ring.w > 0);
            return;
        }
        ut_key(ui, SDLK_TAB, 0);
    }
    fail_msg("Tab never reached action %d arg %d", action, arg);
}

static void test_keyboard_only(void **state) {
    (void)state;
    UtView v = ut_open(1280, 720, false, 100);
    Ui *ui = v.ui;
    /* Menu: the first case has the focus; Tab to the test case, Enter. */
    assert_int_equal(focused_action(ui), ACT_OPEN_CASE);
    int idx = -1;
    for (size_t i = 0; i < ui->cat.count; i++)
        if (strcmp(ui->cat.items[i].name, "uitest") == 0) idx = (int)i;
    assert_true(idx >= 0);
    tab_to(ui, ACT_OPEN_CASE, idx);
    ut_key(ui, SDLK_RETURN, 0);
    assert_int_equal(ui->screen, SCR_INTRO);
    /* Intro: "test me" with the arrows and Space, then Start. */
    assert_int_equal(focused_action(ui), ACT_START);
    tab_to(ui, ACT_CASE_MODE, 1);
    ut_key(ui, SDLK_SPACE, 0);
    assert_int_equal(ui->mode, FEEDBACK_END);
    tab_to(ui, ACT_CASE_MODE, 0);
    ut_key(ui, SDLK_SPACE, 0);
    assert_int_equal(ui->mode, FEEDBACK_EACH);
    tab_to(ui, ACT_START, -1);
    ut_key(ui, SDLK_KP_ENTER, 0);
    assert_int_equal(ui->screen, SCR_SCENE);
    const Scenario *sc = ui->sc;
    int fravaer = scenario_find_observation(sc, "fravaer");
    int trener = scenario_find_observation(sc, "trener");
    /* Nothing has the focus in a scene with choices; Tab starts from what
       is in view. Mark "fravaer" as a concern, "trener" as a resource,
       change a mark and take it back. */
    assert_int_equal(ui->focus, -1);
    tab_to(ui, ACT_MARK, fravaer * 3 + MARK_RISK);
    ut_key(ui, SDLK_SPACE, 0);
    assert_int_equal(play_mark_of(ui->play, fravaer), MARK_RISK);
    ut_key(ui, SDLK_RIGHT, 0); /* along the row: Ressurs */
    assert_int_equal(ui->L.widgets[ui->focus].arg, fravaer * 3 + MARK_PROTECTIVE);
    ut_key(ui, SDLK_RETURN, 0);
    assert_int_equal(play_mark_of(ui->play, fravaer), MARK_PROTECTIVE);
    ut_key(ui, SDLK_LEFT, 0);
    ut_key(ui, SDLK_RETURN, 0);
    assert_int_equal(play_mark_of(ui->play, fravaer), MARK_RISK);
    ut_key(ui, SDLK_DOWN, 0); /* next row, same column */
    assert_int_equal(ui->L.widgets[ui->focus].arg, trener * 3 + MARK_RISK);
    ut_key(ui, SDLK_RIGHT, 0);
    ut_key(ui, SDLK_SPACE, 0);
    assert_int_equal(play_mark_of(ui->play, trener), MARK_PROTECTIVE);
    ut_key(ui, SDLK_SPACE, 0); /* pressing again takes the mark away */
    assert_int_equal(play_mark_of(ui->play, trener), MARK_NONE);
    ut_key(ui, SDLK_SPACE, 0);
    /* A number key before a concern level: no decision, a message, and
       the focus on the scale. */
    ut_key(ui, SDLK_1, 0);
    size_t n;
    play_decisions(ui->play, &n);
    assert_int_equal(n, 0);
    assert_true(ui->need_concern);
    assert_int_equal(focused_action(ui), ACT_CONCERN);
    ut_key(ui, SDLK_RIGHT, 0);
    ut_key(ui, SDLK_RETURN, 0);
    assert_int_equal(play_view(ui->play)->concern, 2);
    assert_false(ui->need_concern);
    /* Choice 1 by its number; the feedback; Enter goes on. */
    ut_key(ui, SDLK_1, 0);
    play_decisions(ui->play, &n);
    assert_int_equal(n, 1);
    assert_int_equal(ui->screen, SCR_FEEDBACK);
    assert_int_equal(focused_action(ui), ACT_FEEDBACK_DONE);
    ut_key(ui, SDLK_RETURN, 0);
    assert_int_equal(ui->screen, SCR_SCENE);
    assert_string_equal(play_view(ui->play)->scene->id, "videre");
    /* A `next` scene: "Fortsett" has the focus. */
    assert_int_equal(focused_action(ui), ACT_CONTINUE);
    ut_key(ui, SDLK_RETURN, 0);
    assert_int_equal(ui->screen, SCR_ENDING);
    assert_string_equal(play_view(ui->play)->ending->id, "slutt");
    ut_key(ui, SDLK_RETURN, 0);
    assert_int_equal(ui->screen, SCR_RESULT);
    Score s;
    assert_int_equal(score_compute(ui->play, &s), BLK_OK);
    assert_int_equal(s.hits, 1);
    assert_int_equal(s.nanswers, 1);
    score_free(&s);
    /* Escape from the result goes to the menu without asking. */
    ut_key(ui, SDLK_ESCAPE, 0);
    assert_int_equal(ui->screen, SCR_MENU);
    assert_null(ui->play);
    ut_close(&v);
}

static void test_mouse_only(void **state) {
    (void)state;
    UtView v = ut_open(800, 600, false, 100);
    Ui *ui = v.ui;
    int idx = -1;
    for (size_t i = 0; i < ui->cat.count; i++)
        if (strcmp(ui->cat.items[i].name, "uitest") == 0) idx = (int)i;
    ut_click(ui, ACT_OPEN_CASE, idx);
    assert_int_equal(ui->screen, SCR_INTRO);
    ut_click(ui, ACT_CASE_MODE, 1); /* test me: no feedback on the way */
    ut_click(ui, ACT_START, -1);
    assert_int_equal(ui->screen, SCR_SCENE);
    int mobil = scenario_find_observation(ui->sc, "mobil");
    ut_click(ui, ACT_MARK, mobil * 3 + MARK_RISK);
    assert_int_equal(play_mark_of(ui->play, mobil), MARK_RISK);
    /* A disabled choice says why and does nothing. */
    ut_click(ui, ACT_CHOOSE, 1);
    size_t n;
    play_decisions(ui->play, &n);
    assert_int_equal(n, 0);
    assert_true(ui->need_concern);
    ut_click(ui, ACT_CONCERN, 4);
    assert_int_equal(play_view(ui->play)->concern, 4);
    ut_click(ui, ACT_CHOOSE, 1);
    play_decisions(ui->play, &n);
    assert_int_equal(n, 1);
    assert_int_equal(ui->screen, SCR_ENDING); /* test me: straight on */
    ut_click(ui, ACT_SHOW_RESULT, -1);
    assert_int_equal(ui->screen, SCR_RESULT);
    ut_click(ui, ACT_REPLAY, -1);
    assert_int_equal(ui->screen, SCR_INTRO);
    ut_click(ui, ACT_BACK, -1);
    assert_int_equal(ui->screen, SCR_MENU);
    ut_close(&v);
}

/* Every choice can be reached with Tab alone, and with its number. */
static void test_every_choice_reachable(void **state) {
    (void)state;
    for (int k = 0; k < 2; k++) {
        UtView v = ut_open(800, 600, false, k ? 200 : 100);
        Ui *ui = v.ui;
        ui_open_case(ui, ut_case("uitest"));
        ui_start_case(ui);
        ui_activate(ui, ACT_CONCERN, 1);
        ui_render(ui);
        const PlayView *pv = play_view(ui->play);
        bool seen[16] = {false};
        for (size_t i = 0; i < 2 * ui->L.nwidgets; i++) {
            ut_key(ui, SDLK_TAB, 0);
            if (focused_action(ui) == ACT_CHOOSE) {
                seen[ui->L.widgets[ui->focus].arg] = true;
                assert_true(ui->focus_ring.w > 0);
            }
        }
        for (size_t i = 0; i < pv->noffered; i++) assert_true(seen[i]);
        /* Shift-Tab goes back the same way. */
        int before = ui->focus;
        ut_key(ui, SDLK_TAB, 0);
        ut_key(ui, SDLK_TAB, KMOD_LSHIFT);
        assert_int_equal(ui->focus, before);
        /* The number picks the choice it shows. */
        ut_key(ui, SDLK_2, 0);
        size_t n;
        const Decision *d = play_decisions(ui->play, &n);
        assert_int_equal(n, 1);
        assert_int_equal(d[0].choice, 1);
        ut_close(&v);
    }
}

static void test_escape_asks_before_leaving(void **state) {
    (void)state;
    UtView v = ut_open(1280, 720, false, 100);
    Ui *ui = v.ui;
    ui_open_case(ui, ut_case("uitest"));
    ut_key(ui, SDLK_ESCAPE, 0); /* intro: back to the menu, nothing to lose */
    assert_int_equal(ui->screen, SCR_MENU);
    ui_open_case(ui, ut_case("uitest"));
    ui_start_case(ui);
    ut_key(ui, SDLK_ESCAPE, 0);
    assert_true(ui->dialog);
    assert_int_equal(focused_action(ui), ACT_DIALOG_STAY);
    /* Only the dialog takes input now. */
    ut_key(ui, SDLK_TAB, 0);
    assert_int_equal(ui->L.widgets[ui->focus].layer, LAYER_MODAL);
    ut_key(ui, SDLK_1, 0);
    size_t n;
    play_decisions(ui->play, &n);
    assert_int_equal(n, 0);
    ut_key(ui, SDLK_ESCAPE, 0); /* Escape keeps playing */
    assert_false(ui->dialog);
    assert_int_equal(ui->screen, SCR_SCENE);
    assert_non_null(ui->play);
    ut_key(ui, SDLK_ESCAPE, 0);
    tab_to(ui, ACT_DIALOG_LEAVE, -1);
    ut_key(ui, SDLK_RETURN, 0);
    assert_int_equal(ui->screen, SCR_MENU);
    assert_null(ui->play);
    ut_close(&v);
}

static void test_scrolling(void **state) {
    (void)state;
    UtView v = ut_open(800, 600, false, 130);
    Ui *ui = v.ui;
    ui_open_case(ui, ut_case("uitest"));
    ui_start_case(ui);
    ui_render(ui);
    assert_true(ui->L.content_h > ui->L.view.h);
    ut_key(ui, SDLK_PAGEDOWN, 0);
    int s1 = ui->scroll;
    assert_true(s1 > 0);
    ut_key(ui, SDLK_END, 0);
    assert_int_equal(ui->scroll, ui->L.content_h - ui->L.view.h);
    ut_key(ui, SDLK_HOME, 0);
    assert_int_equal(ui->scroll, 0);
    SDL_Event ev;
    memset(&ev, 0, sizeof ev);
    ev.type = SDL_MOUSEWHEEL;
    ev.wheel.y = -2;
    ui_event(ui, &ev);
    assert_true(ui->scroll > 0);
    /* A drag moves the page and activates nothing. */
    int before = ui->scroll;
    size_t marks = 0;
    int x = ui->out_w / 2, y = ui->L.view.y + ui->L.view.h / 2;
    ut_mouse(ui, SDL_MOUSEBUTTONDOWN, x, y);
    ut_mouse(ui, SDL_MOUSEMOTION, x, y - 40);
    ut_mouse(ui, SDL_MOUSEMOTION, x, y - 120);
    ut_mouse(ui, SDL_MOUSEBUTTONUP, x, y - 120);
    assert_int_equal(ui->scroll, before + 120);
    for (size_t i = 0; i < ui->sc->nobservations; i++) marks += play_mark_of(ui->play, (int)i) != MARK_NONE;
    assert_int_equal(marks, 0);
    assert_int_equal(ui->screen, SCR_SCENE);
    ut_close(&v);
}

static void test_text_size_keys(void **state) {
    (void)state;
    UtView v = ut_open(1280, 720, false, 100);
    Ui *ui = v.ui;
    float base = ui->scale;
    ut_key(ui, SDLK_EQUALS, KMOD_LCTRL);
    assert_int_equal(ui->settings.text_size, 115);
    assert_true(ui->scale > base);
    ut_key(ui, SDLK_KP_PLUS, KMOD_LCTRL);
    assert_int_equal(ui->settings.text_size, 130);
    ut_key(ui, SDLK_MINUS, KMOD_LCTRL);
    assert_int_equal(ui->settings.text_size, 115);
    ut_key(ui, SDLK_0, KMOD_LCTRL);
    assert_int_equal(ui->settings.text_size, 100);
    for (int i = 0; i < 12; i++) ut_key(ui, SDLK_MINUS, KMOD_LCTRL);
    assert_int_equal(ui->settings.text_size, 80);
    ut_check_layout(ui);
    ut_close(&v);
}

/* With nothing focused and no control in view (a long text at the top of
   a scene), Tab goes to the first control of the page, not the header. */
static void test_tab_starts_in_the_page(void **state) {
    (void)state;
    UtView v = ut_open(800, 600, false, 200);
    Ui *ui = v.ui;
    ui_open_case(ui, ut_case("uitest"));
    ui_start_case(ui);
    ui_render(ui);
    assert_int_equal(ui->focus, -1);
    ut_key(ui, SDLK_TAB, 0);
    assert_int_equal(ui->L.widgets[ui->focus].layer, LAYER_SCROLL);
    assert_int_equal(focused_action(ui), ACT_MARK);
    assert_true(ui->focus_ring.w > 0);
    /* Scrolled to the end, Shift-Tab takes the last choice in view. */
    ut_key(ui, SDLK_END, 0);
    ui->focus = -1;
    ut_key(ui, SDLK_TAB, KMOD_LSHIFT);
    assert_int_equal(focused_action(ui), ACT_CHOOSE);
    ut_close(&v);
}

/* A failing callback shows its file and line; the window stays open and
   goes back to the menu. */
static void test_runtime_error_keeps_the_window(void **state) {
    (void)state;
    UtView v = ut_open(1280, 720, false, 100);
    Ui *ui = v.ui;
    ui_open_case(ui, ut_case("uitest"));
    ui_start_case(ui);
    ui_activate(ui, ACT_CONCERN, 3);
    ut_key(ui, SDLK_3, 0);
    assert_int_equal(ui->screen, SCR_ERROR);
    assert_non_null(strstr(ui->error_lines, "uitest.lua:"));
    assert_int_equal(focused_action(ui), ACT_BACK);
    ut_key(ui, SDLK_RETURN, 0);
    assert_int_equal(ui->screen, SCR_MENU);
    ut_close(&v);
}

/* Drawing an unchanged screen again renders no text: all from the cache. */
static void test_redraw_is_cached(void **state) {
    (void)state;
    UtView v = ut_open(1280, 720, false, 100);
    Ui *ui = v.ui;
    ui_open_case(ui, ut_case("uitest"));
    ui_start_case(ui);
    ui_render(ui);
    size_t before, after;
    font_stats(ui->fonts, NULL, &before);
    ui->redraw = true;
    assert_true(ui_render(ui));
    ui->relayout = true;
    assert_true(ui_render(ui));
    font_stats(ui->fonts, NULL, &after);
    assert_int_equal(before, after);
    /* Nothing to do, nothing drawn. */
    assert_false(ui_render(ui));
    ut_close(&v);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_keyboard_only),
        cmocka_unit_test(test_mouse_only),
        cmocka_unit_test(test_every_choice_reachable),
        cmocka_unit_test(test_escape_asks_before_leaving),
        cmocka_unit_test(test_scrolling),
        cmocka_unit_test(test_text_size_keys),
        cmocka_unit_test(test_tab_starts_in_the_page),
        cmocka_unit_test(test_runtime_error_keeps_the_window),
        cmocka_unit_test(test_redraw_is_cached),
    };
    return cmocka_run_group_tests(tests, ut_setup_all, ut_teardown_all);
}
