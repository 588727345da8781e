/*
** test_ui_screens.c — renders every screen of the window headless (SDL's
** offscreen driver, the software renderer) at 1280×720, 1920×1080 and
** 800×600, in both palettes and at the largest text size, and checks the
** layout invariants of test_ui_util.h on each: all inside the window, no
** text outside its box, no overlaps, nothing cut, focus drawn. Then plays
** every built-in case through to its result and checks each screen met.
*/
#include "test_ui_util.h"

#include <dirent.h>

static const int sizes[][2] = {{1280, 720}, {1920, 1080}, {800, 600}};

/* Every screen of the test case, in the order a trainee meets them. */
static void all_screens(int w, int h, bool hc, int text_size) {
    UtView v = ut_open(w, h, hc, text_size);
    Ui *ui = v.ui;
    assert_int_equal(ui->screen, SCR_MENU);
    assert_true(ui->cat.count >= 2);
    ut_check_layout(ui);
    assert_true(ui->focus >= 0);
    ui_open_case(ui, ut_case("uitest"));
    assert_int_equal(ui->screen, SCR_INTRO);
    ut_check_layout(ui);
    ui_start_case(ui);
    assert_int_equal(ui->screen, SCR_SCENE);
    ut_check_layout(ui);
    /* Going on without a level: the notice, and focus on the scale. */
    ut_key(ui, SDLK_1, 0);
    assert_true(ui->need_concern);
    assert_int_equal(ui->L.widgets[ui->focus].action, ACT_CONCERN);
    ut_check_layout(ui);
    ui_activate(ui, ACT_MARK, 0 * 3 + MARK_RISK);
    ui_activate(ui, ACT_MARK, 1 * 3 + MARK_PROTECTIVE);
    ui_activate(ui, ACT_CONCERN, 2);
    ut_check_layout(ui);
    ui_activate(ui, ACT_CHOOSE, 0);
    assert_int_equal(ui->screen, SCR_FEEDBACK);
    ut_check_layout(ui);
    ui_activate(ui, ACT_FEEDBACK_DONE, 0);
    assert_int_equal(ui->screen, SCR_SCENE);
    assert_true(play_view(ui->play)->scene->has_next);
    ut_check_layout(ui);
    ui_activate(ui, ACT_ASK_LEAVE, 0);
    assert_true(ui->dialog);
    ut_check_layout(ui);
    ui_activate(ui, ACT_DIALOG_STAY, 0);
    assert_false(ui->dialog);
    ui_activate(ui, ACT_CONTINUE, 0);
    assert_int_equal(ui->screen, SCR_ENDING);
    ut_check_layout(ui);
    ui_activate(ui, ACT_SHOW_RESULT, 0);
    assert_int_equal(ui->screen, SCR_RESULT);
    ut_check_layout(ui);
    ui_activate(ui, ACT_SETTINGS, 0);
    assert_int_equal(ui->screen, SCR_SETTINGS);
    ut_check_layout(ui);
    ui_activate(ui, ACT_BACK, 0);
    assert_int_equal(ui->screen, SCR_RESULT);
    /* A case that does not load: its errors, with file and line. */
    ui_open_case(ui, ut_case("broken"));
    assert_int_equal(ui->screen, SCR_ERROR);
    assert_non_null(strstr(ui->error_lines, "broken.lua:3:"));
    ut_check_layout(ui);
    /* A callback that fails during play: the error screen, window open. */
    ui_open_case(ui, ut_case("uitest"));
    ui_start_case(ui);
    ui_activate(ui, ACT_CONCERN, 1);
    ui_activate(ui, ACT_CHOOSE, 2);
    assert_int_equal(ui->screen, SCR_ERROR);
    assert_non_null(strstr(ui->error_lines, "uitest.lua:"));
    assert_non_null(strstr(ui->error_lines, "bom"));
    ut_check_layout(ui);
    ut_close(&v);
}

static void test_every_screen_at_every_size(void **state) {
    (void)state;
    ut_language("nb");
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
        all_screens(sizes[i][0], sizes[i][1], false, 100);
}

static void test_high_contrast(void **state) {
    (void)state;
    ut_language("nb");
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
        all_screens(sizes[i][0], sizes[i][1], true, 100);
}

static void test_largest_text_in_a_small_window(void **state) {
    (void)state;
    ut_language("nb");
    all_screens(800, 600, false, 200);
    all_screens(1280, 720, false, 200);
}

static void test_english(void **state) {
    (void)state;
    ut_language("en");
    all_screens(1280, 720, false, 100);
    ut_language("nb");
}

/* The window speaks Norwegian by default: the screens' own words come
   from the catalogue, the case's text from the scenario. */
static void test_norwegian_strings(void **state) {
    (void)state;
    ut_language("nb");
    UtView v = ut_open(1280, 720, false, 100);
    Ui *ui = v.ui;
    assert_true(ut_has_text(ui, "Velg en case"));
    assert_true(ut_has_text(ui, "Innstillinger"));
    ui_open_case(ui, ut_case("uitest"));
    ui_render(ui);
    assert_true(ut_has_text(ui, "Din rolle"));
    assert_true(ut_has_text(ui, "Start casen"));
    assert_true(ut_has_text(ui, "«sitater»"));
    ui_start_case(ui);
    ui->L.view.h = 1 << 20; /* all of the page at once */
    ui->relayout = true;
    ui_render(ui);
    assert_true(ut_has_text(ui, "Hva legger du merke til?"));
    assert_true(ut_has_text(ui, "Bekymring"));
    assert_true(ut_has_text(ui, "Ressurs"));
    assert_true(ut_has_text(ui, "Hvor bekymret er du?"));
    assert_true(ut_has_text(ui, "Hva gjør du?"));
    assert_true(ut_has_text(ui, "Du"));
    assert_false(ut_has_text(ui, "What do you"));
    ut_close(&v);
}

/* The language setting switches the window's words at once. */
static void test_language_setting(void **state) {
    (void)state;
    ut_language("nb");
    UtView v = ut_open(1280, 720, false, 100);
    Ui *ui = v.ui;
    ui_activate(ui, ACT_SETTINGS, 0);
    ui_render(ui);
    assert_true(ut_has_text(ui, "Språk"));
    ui_activate(ui, ACT_LANGUAGE, 1); /* English */
    ui_render(ui);
    assert_string_equal(ui->settings.language, "en");
    assert_true(ut_has_text(ui, "Language"));
    assert_true(ut_has_text(ui, "Settings"));
    ut_check_layout(ui);
    ut_close(&v);
    ut_language("nb");
}

/* Plays a real case to its result, checking every screen on the way:
   concern 1 where asked, the last choice offered (often the long way). */
static void play_through(const char *path, int w, int h) {
    UtView v = ut_open(w, h, false, 100);
    Ui *ui = v.ui;
    ui_open_case(ui, path);
    assert_int_equal(ui->screen, SCR_INTRO);
    ut_check_layout(ui);
    ui_start_case(ui);
    for (int step = 0; step < 60 && ui->screen != SCR_RESULT; step++) {
        assert_int_not_equal(ui->screen, SCR_ERROR);
        ut_check_layout(ui);
        switch (ui->screen) {
        case SCR_SCENE: {
            const PlayView *pv = play_view(ui->play);
            if (pv->scene->concern && !pv->concern) ui_activate(ui, ACT_CONCERN, 1);
            if (pv->scene->nobserve)
                ui_activate(ui, ACT_MARK, pv->scene->observe[0] * 3 + MARK_RISK);
            if (pv->scene->has_next) ui_activate(ui, ACT_CONTINUE, 0);
            else ui_activate(ui, ACT_CHOOSE, (int)(step % pv->noffered));
            break;
        }
        case SCR_FEEDBACK: ui_activate(ui, ACT_FEEDBACK_DONE, 0); break;
        case SCR_ENDING: ui_activate(ui, ACT_SHOW_RESULT, 0); break;
        default: fail();
        }
    }
    assert_int_equal(ui->screen, SCR_RESULT);
    ut_check_layout(ui);
    size_t n;
    play_decisions(ui->play, &n);
    assert_true(n > 0);
    ut_close(&v);
}

static void play_through_every_size(const char *path) {
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
        play_through(path, sizes[i][0], sizes[i][1]);
}

static void test_builtin_cases(void **state) {
    (void)state;
    ut_language("nb");
    int n = ut_each_case(play_through_every_size);
    print_message("played %d built-in cases at %zu sizes\n", n, sizeof sizes / sizeof sizes[0]);
    assert_true(n > 0);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_screen_at_every_size),
        cmocka_unit_test(test_high_contrast),
        cmocka_unit_test(test_largest_text_in_a_small_window),
        cmocka_unit_test(test_english),
        cmocka_unit_test(test_norwegian_strings),
        cmocka_unit_test(test_language_setting),
        cmocka_unit_test(test_builtin_cases),
    };
    return cmocka_run_group_tests(tests, ut_setup_all, ut_teardown_all);
}
