/*
** test_ui_results_history.c — saved results on screen, headless: the
** debrief shows score_compute()'s figures and highlights exactly the
** path's nodes on the map, its text parts open and close with Enter on
** their header, the history lists the playthroughs by case, opens each
** debrief, continues an unfinished one and deletes after a question,
** export writes CSV and xAPI into the documents folder (the home folder
** when there is none; a folder that is not there leaves nothing), and the
** debrief and history keep the layout invariants at every size. Saving,
** resuming and the name are in test_ui_results.c.
*/
#include "test_ui_results_util.h"

#include <dirent.h>
#include <jansson.h>
#include <math.h>

#include "../engine/core/casemap.h"

static const int sizes[][2] = {{1280, 720}, {1920, 1080}, {800, 600}};

/* Whether a text run on the screen is exactly `s`. */
static bool has_run(const Ui *ui, const char *s) {
    for (size_t i = 0; i < ui->L.nitems; i++) {
        const DrawItem *d = &ui->L.items[i];
        if (d->kind == DI_TEXT && d->len == strlen(s) && memcmp(layout_str(&ui->L, d->text), s, d->len) == 0)
            return true;
    }
    return false;
}

/* The whole page at once, so that every text run is in the layout. */
static void whole_page(Ui *ui) {
    ui->relayout = true;
    ui_render(ui);
}

static void open_all_sections(Ui *ui) {
    for (int i = 0; i < SEC_COUNT; i++) ui->res->section[i] = true;
    ui->relayout = true;
    ui_render(ui);
}

/* Plays a case from the repository with a play script, through the core
   (the window's play in hand), then shows the debrief. */
static void play_script(Ui *ui, const char *scenario, const char *script) {
    char p[PATH_MAX * 2];
    snprintf(p, sizeof p, "%s/%s", ut_repo, scenario);
    ui_open_case(ui, p);
    assert_non_null(ui->sc);
    ui_start_case(ui);
    snprintf(p, sizeof p, "%s/%s", ut_repo, script);
    FILE *f = fopen(p, "r");
    assert_non_null(f);
    char line[1024];
    while (fgets(line, sizeof line, f)) {
        ScriptAction done;
        assert_int_equal(play_run_line(ui->play, line, &done, &ui->dl), BLK_OK);
    }
    fclose(f);
    assert_true(play_view(ui->play)->finished);
    ui_goto(ui, SCR_RESULT);
    ui_render(ui);
}

/* {====================================================== debrief */

/* The figures shown are score_compute()'s, and the map highlights exactly
   the nodes of the path. */
static void check_debrief(Ui *ui) {
    open_all_sections(ui);
    ui->L.view.h = 1 << 20;
    whole_page(ui);
    Score s;
    assert_int_equal(score_compute(ui->play, &s), BLK_OK);
    char buf[200], a[32], b[32];
    if (isnan(s.total_scaled)) snprintf(buf, sizeof buf, "–");
    else snprintf(buf, sizeof buf, "%.0f %%", s.total_scaled * 100);
    assert_true(has_run(ui, buf));
    snprintf(buf, sizeof buf, "%d of %d", s.hits, s.hits + s.misses);
    assert_true(has_run(ui, buf));
    snprintf(buf, sizeof buf, "%d", s.misses);
    assert_true(has_run(ui, buf));
    snprintf(buf, sizeof buf, "%d", s.false_alarms);
    assert_true(has_run(ui, buf));
    snprintf(buf, sizeof buf, "%d of %d", s.protective_hits, s.protective_hits + s.protective_misses);
    assert_true(has_run(ui, buf));
    const Scenario *sc = ui->sc;
    for (size_t i = 0; i < sc->ncompetencies; i++) {
        results_ui_decimal(a, sizeof a, s.competencies[i].points);
        results_ui_decimal(b, sizeof b, s.competencies[i].possible);
        snprintf(buf, sizeof buf, "%s of %s points", a, b);
        assert_true(has_run(ui, buf));
        assert_true(has_run(ui, sc->competencies[i].name));
    }
    for (size_t i = 0; i < s.nanswers; i++) {
        int d = s.answers[i].given - s.answers[i].expert;
        if (d == 0) snprintf(buf, sizeof buf, "the same");
        else if (d > 0) snprintf(buf, sizeof buf, "%d higher", d);
        else snprintf(buf, sizeof buf, "%d lower", -d);
        assert_true(has_run(ui, buf));
    }
    size_t nd;
    const Decision *ds = play_decisions(ui->play, &nd);
    for (size_t i = 0; i < nd; i++) {
        results_ui_decimal(a, sizeof a, ds[i].points);
        results_ui_decimal(b, sizeof b, ds[i].best);
        snprintf(buf, sizeof buf, "%s of %s points", a, b);
        assert_true(ut_has_text(ui, buf));
    }
    score_free(&s);
    /* The map: lit exactly on the path. */
    CaseMap m;
    assert_int_equal(casemap_build(sc, &m), BLK_OK);
    assert_true(ui->res->nlit >= m.nnodes);
    size_t np;
    const NodeRef *path = play_path(ui->play, &np);
    unsigned char *want = calloc(m.nnodes, 1);
    for (size_t i = 0; i < np; i++) want[casemap_node(sc, path[i])] = 1;
    size_t lit = 0;
    for (size_t i = 0; i < m.nnodes; i++) {
        assert_int_equal(ui->res->lit[i], want[i]);
        lit += want[i];
    }
    assert_true(lit >= 2);
    free(want);
    casemap_free(&m);
}

static void test_debrief_figures(void **state) {
    (void)state;
    ut_language("en");
    fresh_store("figures");
    UtView v = ut_open(1280, 720, false, 100);
    Ui *ui = v.ui;
    play_uitest(ui, 4);
    check_debrief(ui);
    play_script(ui, "scenarios/demo.lua", "tests/plays/demo/god.script");
    check_debrief(ui);
    assert_true(has_run(ui, "100 %"));
    play_script(ui, "scenarios/demo.lua", "tests/plays/demo/glipp.script");
    check_debrief(ui);
    assert_true(has_run(ui, "11 %")); /* (0 + 0 + 1/3) / 3 */
    assert_true(has_run(ui, "False alarm"));
    play_script(ui, "scenarios/demo.lua", "tests/plays/demo/loop.script");
    check_debrief(ui); /* a loop: a scene twice on the path */
    play_script(ui, "scenarios/gravid.lua", "tests/plays/gravid/sen_hjelp_sent.script");
    check_debrief(ui);
    ut_close(&v);
}

/* Pictures first: the text parts start closed and open with Enter on
   their header; "test me" opens the choices, where its feedback is. */
static void test_debrief_sections(void **state) {
    (void)state;
    ut_language("en");
    fresh_store("sections");
    UtView v = ut_open(1280, 720, false, 100);
    Ui *ui = v.ui;
    play_uitest(ui, 2);
    assert_true(ui->res->section[SEC_MAP]);
    assert_false(ui->res->section[SEC_OBSERVATIONS]);
    assert_false(ui->res->section[SEC_DECISIONS]);
    assert_false(ut_has_text(ui, "What was there to notice"));
    int tabs = 0;
    while (!(ui->focus >= 0 && ui->L.widgets[ui->focus].action == ACT_SECTION &&
             ui->L.widgets[ui->focus].arg == SEC_OBSERVATIONS)) {
        ut_key(ui, SDLK_TAB, 0);
        assert_true(++tabs < 40);
    }
    assert_true(ui->focus_ring.w > 0);
    ut_key(ui, SDLK_RETURN, 0);
    assert_true(ui->res->section[SEC_OBSERVATIONS]);
    whole_page(ui);
    assert_true(ut_has_text(ui, "What was there to notice"));
    assert_true(ut_has_text(ui, "Brå endring i fravær er et tidlig signal."));
    assert_int_equal(ui->L.widgets[ui->focus].arg, SEC_OBSERVATIONS); /* focus stays */
    ut_key(ui, SDLK_RETURN, 0);
    assert_false(ui->res->section[SEC_OBSERVATIONS]);
    ut_check_layout(ui);
    /* "Test me": the choices with their feedback are open at the end. */
    ui_open_case(ui, ut_case("uitest"));
    ui_activate(ui, ACT_CASE_MODE, 1);
    ui_activate(ui, ACT_START, 0);
    ui_activate(ui, ACT_CONCERN, 1);
    ui_activate(ui, ACT_CHOOSE, 1);
    assert_int_equal(ui->screen, SCR_ENDING); /* no feedback on the way */
    ui_activate(ui, ACT_SHOW_RESULT, 0);
    ui->L.view.h = 1 << 20;
    whole_page(ui);
    assert_true(ui->res->section[SEC_DECISIONS]);
    assert_true(ut_has_text(ui, "Du går glipp av en mulighet"));
    assert_true(ut_has_text(ui, "The best choice that was open to you"));
    assert_true(ut_has_text(ui, "Spør åpent hvordan hun har det for tiden"));
    ut_close(&v);
}

static void debrief_layout(int w, int h, bool hc, int text_size) {
    UtView v = ut_open(w, h, hc, text_size);
    Ui *ui = v.ui;
    play_uitest(ui, 4);
    ut_check_layout(ui);
    open_all_sections(ui);
    ut_check_layout(ui);
    play_script(ui, "scenarios/demo.lua", "tests/plays/demo/loop.script");
    open_all_sections(ui);
    ut_check_layout(ui);
    play_script(ui, "scenarios/gravid.lua", "tests/plays/gravid/uavklart.script");
    ut_check_layout(ui);
    open_all_sections(ui);
    ut_check_layout(ui);
    /* Scrolled to the end: the footer's buttons and the last part. */
    ut_key(ui, SDLK_END, 0);
    ut_check_layout(ui);
    ut_close(&v);
}

static void test_debrief_layout(void **state) {
    (void)state;
    ut_language("nb");
    fresh_store("layout");
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        debrief_layout(sizes[i][0], sizes[i][1], false, 100);
        debrief_layout(sizes[i][0], sizes[i][1], true, 100);
    }
    debrief_layout(800, 600, false, 200);
    ut_language("en");
    debrief_layout(800, 600, false, 100);
}

/* }====================================================== */

/* {====================================================== history and export */

static void test_history(void **state) {
    (void)state;
    ut_language("en");
    fresh_store("history");
    char home[PATH_MAX + 64];
    snprintf(home, sizeof home, "%s/home-history", ut_dir);
    mkdir(home, 0700);
    setenv("HOME", home, 1);
    UtView v = ut_open(1280, 720, false, 100);
    Ui *ui = v.ui;
    ui_render(ui);
    /* Empty at first. */
    ut_click(ui, ACT_HISTORY, -1);
    assert_int_equal(ui->screen, SCR_HISTORY);
    assert_true(ut_has_text(ui, "No results yet."));
    assert_false(ui->L.widgets[ut_find(ui, ACT_EXPORT, -1)].enabled);
    ut_check_layout(ui);
    /* Two finished playthroughs of one case, one of another, one unfinished. */
    play_uitest(ui, 2);
    play_uitest(ui, 4);
    play_script(ui, "scenarios/demo.lua", "tests/plays/demo/god.script");
    ui_open_case(ui, ut_case("uitest"));
    ui_start_case(ui);
    ui_activate(ui, ACT_CONCERN, 3);
    ui_open_menu(ui);
    ui_render(ui);
    assert_true(ut_has_text(ui, "3 finished cases are saved on this machine."));
    ut_click(ui, ACT_HISTORY, -1);
    assert_int_equal(ui->screen, SCR_HISTORY);
    assert_int_equal(ui->res->nall, 4);
    assert_true(ut_has_text(ui, "Testcase: Ida på helsestasjonen"));
    assert_true(ut_has_text(ui, "Demo: Drop-in hos helsesykepleier"));
    assert_true(ut_has_text(ui, "3 playthroughs, 2 finished"));
    assert_true(ut_has_text(ui, "Total over time, oldest first"));
    assert_true(ut_has_text(ui, "Not finished"));
    assert_true(has_run(ui, "100 %"));
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        ui_set_output(ui, ui->ren, sizes[i][0], sizes[i][1], 1);
        ut_check_layout(ui);
        ut_key(ui, SDLK_END, 0);
        ut_check_layout(ui);
        ut_key(ui, SDLK_HOME, 0);
    }
    ui_set_output(ui, ui->ren, 1280, 720, 1);
    ui_render(ui);
    /* The first focus is the newest debrief when it is in view, else
       nothing (Tab starts from what is in view); Enter opens it. */
    ui_goto(ui, SCR_HISTORY);
    ui_render(ui);
    assert_true(ui->focus == -1 || ui->L.widgets[ui->focus].action == ACT_OPEN_DEBRIEF);
    ui_focus(ui, ut_find(ui, ACT_OPEN_DEBRIEF, -1));
    ui_render(ui);
    assert_true(ui->focus_ring.w > 0);
    int64_t id = ui->L.widgets[ui->focus].arg;
    ut_key(ui, SDLK_RETURN, 0);
    assert_int_equal(ui->screen, SCR_RESULT);
    assert_true(ui->res->from_history);
    assert_string_equal(ui->sc->id, "uitest");
    assert_int_equal(play_concern_at(ui->play, 0, NULL), 4); /* the newest finished */
    assert_true(ut_find(ui, ACT_HISTORY, -1) >= 0);
    assert_int_equal(ut_find(ui, ACT_REPLAY, -1), -1);
    check_debrief(ui);
    ut_check_layout(ui);
    ut_key(ui, SDLK_ESCAPE, 0);
    assert_int_equal(ui->screen, SCR_HISTORY);
    assert_null(ui->play);
    /* Delete asks first; cancel keeps it, confirm deletes it. */
    ut_click(ui, ACT_DELETE, (int)id);
    assert_true(ui->L.modal);
    assert_true(ut_has_text(ui, "Delete this playthrough?"));
    ut_check_layout(ui);
    ut_click(ui, ACT_CANCEL, -1);
    assert_int_equal(ui->res->nall, 4);
    ut_click(ui, ACT_DELETE, (int)id);
    ut_click(ui, ACT_CONFIRM, -1);
    ui_render(ui);
    assert_int_equal(ui->res->nall, 3);
    for (size_t i = 0; i < ui->res->nall; i++) assert_true(ui->res->all[i].id != id);
    assert_true(ut_has_text(ui, "2 playthroughs, 1 finished"));
    assert_true(ut_has_text(ui, "was deleted"));
    /* Continue an unfinished one from the history. */
    ut_click(ui, ACT_RESUME, -1);
    assert_int_equal(ui->screen, SCR_SCENE);
    assert_int_equal(play_view(ui->play)->concern, 3);
    ui_activate(ui, ACT_HISTORY, 0);
    ui_render(ui);
    /* Export: into ~/Dokumenter when there is one, and says where. */
    char docs[PATH_MAX + 80];
    snprintf(docs, sizeof docs, "%s/Dokumenter", home);
    mkdir(docs, 0700);
    char got[PATH_MAX];
    assert_true(results_ui_documents(got, sizeof got));
    assert_string_equal(got, docs);
    ut_click(ui, ACT_EXPORT, -1);
    assert_false(ui->res->note_error);
    assert_non_null(strstr(ui->res->note, docs));
    ui->L.view.h = 1 << 20;
    whole_page(ui);
    assert_true(ut_has_text(ui, "Exported to the folder"));
    ut_check_layout(ui);
    DIR *d = opendir(docs);
    assert_non_null(d);
    int csv = 0, json = 0, tmp = 0;
    struct dirent *e;
    char csvpath[PATH_MAX * 2] = "", jsonpath[PATH_MAX * 2] = "";
    while ((e = readdir(d))) {
        if (strstr(e->d_name, ".tmp")) tmp++;
        if (strncmp(e->d_name, "blikk-resultater-", 17) == 0 && strstr(e->d_name, ".csv")) {
            csv++;
            snprintf(csvpath, sizeof csvpath, "%s/%s", docs, e->d_name);
        }
        if (strncmp(e->d_name, "blikk-xapi-", 11) == 0 && strstr(e->d_name, ".json")) {
            json++;
            snprintf(jsonpath, sizeof jsonpath, "%s/%s", docs, e->d_name);
        }
    }
    closedir(d);
    assert_int_equal(csv, 1);
    assert_int_equal(json, 1);
    assert_int_equal(tmp, 0);
    /* Norwegian CSV: a BOM, ';' between fields, a row per playthrough. */
    FILE *f = fopen(csvpath, "rb");
    assert_non_null(f);
    char text[8192];
    size_t n = fread(text, 1, sizeof text - 1, f);
    fclose(f);
    text[n] = '\0';
    assert_memory_equal(text, "\xEF\xBB\xBF", 3);
    assert_non_null(strchr(text, ';'));
    int lines = 0;
    for (char *p = text; *p; p++) lines += *p == '\n';
    assert_int_equal(lines, 1 + 3);
    /* xAPI: one JSON array of statements. */
    json_error_t je;
    json_t *root = json_load_file(jsonpath, 0, &je);
    assert_non_null(root);
    assert_true(json_is_array(root));
    assert_true(json_array_size(root) > 0);
    json_decref(root);
    ut_close(&v);
}

/* No documents folder of its own: ~. */
static void test_documents_fallback(void **state) {
    (void)state;
    char home[PATH_MAX + 64];
    snprintf(home, sizeof home, "%s/home-plain", ut_dir);
    mkdir(home, 0700);
    setenv("HOME", home, 1);
    char got[PATH_MAX];
    assert_true(results_ui_documents(got, sizeof got));
    assert_string_equal(got, home);
    /* An export into a folder that is not there fails and leaves nothing. */
    fresh_store("export-fail");
    char path[PATH_MAX + 64];
    store_path("export-fail", path, sizeof path);
    char dir[PATH_MAX + 64];
    snprintf(dir, sizeof dir, "%s/data-export-fail/blikk", ut_dir);
    mkdir(dir, 0700);
    Results *r;
    DiagList dl = {0};
    assert_int_equal(results_open(path, &r, &dl), BLK_OK);
    char csv[PATH_MAX + 80], xapi[PATH_MAX + 80], err[PATH_MAX + 200];
    snprintf(dir, sizeof dir, "%s/no/such/folder", ut_dir);
    assert_false(results_ui_export(r, dir, csv, xapi, sizeof csv, err, sizeof err));
    assert_non_null(strstr(err, "no/such/folder"));
    results_close(r);
    diag_free(&dl);
}

/* }====================================================== */

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_debrief_figures),
        cmocka_unit_test(test_debrief_sections),
        cmocka_unit_test(test_debrief_layout),
        cmocka_unit_test(test_history),
        cmocka_unit_test(test_documents_fallback),
    };
    return cmocka_run_group_tests(tests, ut_setup_all, ut_teardown_all);
}
