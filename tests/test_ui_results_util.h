/*
** test_ui_results_util.h — what the tests of results in the window share:
** a store of its own for each test (XDG_DATA_HOME in the scratch folder)
** and where its file is, and the test case played to its debrief through
** the window's actions. Header-only, like tests/test_ui_util.h.
*/
#ifndef BLIKK_UI_RESULTS_TESTUTIL_H
#define BLIKK_UI_RESULTS_TESTUTIL_H

#include "test_ui_util.h"

#include "../engine/core/results.h"
#include "../engine/ui/results_ui.h"

/* A store of its own for a test: XDG_DATA_HOME in the scratch folder. */
static inline void fresh_store(const char *name) {
    char p[PATH_MAX + 64];
    snprintf(p, sizeof p, "%s/data-%s", ut_dir, name);
    mkdir(p, 0700);
    setenv("XDG_DATA_HOME", p, 1);
}

static inline void store_path(const char *name, char *out, size_t size) {
    snprintf(out, size, "%s/data-%s/blikk/results.sqlite", ut_dir, name);
}

/* Plays the test case to its ending through the window's actions. */
static inline void play_uitest(Ui *ui, int concern) {
    ui_open_case(ui, ut_case("uitest"));
    ui_start_case(ui);
    assert_int_equal(ui->screen, SCR_SCENE);
    ui_activate(ui, ACT_MARK, scenario_find_observation(ui->sc, "fravaer") * 3 + MARK_RISK);
    ui_activate(ui, ACT_MARK, scenario_find_observation(ui->sc, "mobil") * 3 + MARK_RISK);
    ui_activate(ui, ACT_CONCERN, concern);
    ui_activate(ui, ACT_CHOOSE, 0);
    if (ui->screen == SCR_FEEDBACK) ui_activate(ui, ACT_FEEDBACK_DONE, 0);
    ui_activate(ui, ACT_CONTINUE, 0);
    assert_int_equal(ui->screen, SCR_ENDING);
    ui_activate(ui, ACT_SHOW_RESULT, 0);
    assert_int_equal(ui->screen, SCR_RESULT);
    ui_render(ui);
}

#endif
