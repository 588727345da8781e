/*
** test_ui_results.c — results in the window, headless: every playthrough
** is saved as it is played (rows in the store) and screenshots save
** nothing, a part-played case is resumed by a new window exactly where it
** was (scene, marks, concern), an unfinished one can be discarded after a
** question, a store that cannot be used (damaged, from a newer Blikk, not
** a file, held by another program midway) gives a notice and play goes on
** with "not saved", the trainee's name goes with the results, and dates
** and decimals are put into words in the interface's language. The
** debrief, the history and export are in test_ui_results_history.c.
*/
#include "test_ui_results_util.h"

#include <dirent.h>
#include <math.h>
#include <sqlite3.h>
#include <time.h>

static int menu_index(const Ui *ui, const char *name) {
    for (size_t i = 0; i < ui->cat.count; i++)
        if (strcmp(ui->cat.items[i].name, name) == 0) return (int)i;
    return -1;
}

static size_t count_rows(const char *path, bool unfinished, PlaythroughInfo **out) {
    Results *r;
    DiagList dl = {0};
    assert_int_equal(results_open(path, &r, &dl), BLK_OK);
    PlaythroughInfo *ps;
    size_t n;
    assert_int_equal(results_list(r, unfinished, &ps, &n, &dl), BLK_OK);
    results_close(r);
    diag_free(&dl);
    if (out) *out = ps;
    else free(ps);
    return n;
}

/* {====================================================== saving */

/* A playthrough in the window writes one playthrough row and one action
   row per action; at the ending the row has the result. */
static void test_saving_writes_rows(void **state) {
    (void)state;
    ut_language("en");
    fresh_store("save");
    UtView v = ut_open(1280, 720, false, 100);
    Ui *ui = v.ui;
    assert_non_null(ui->res);
    assert_non_null(ui->res->db);
    assert_string_equal(ui->res->problem, "");
    play_uitest(ui, 2);
    assert_true(ui->res->attached);
    int64_t id = ui->res->id;
    size_t nact;
    play_actions(ui->play, &nact);
    Score s;
    assert_int_equal(score_compute(ui->play, &s), BLK_OK);
    char path[PATH_MAX + 64];
    store_path("save", path, sizeof path);
    PlaythroughInfo *ps;
    assert_int_equal(count_rows(path, false, &ps), 1);
    assert_int_equal(ps[0].id, id);
    assert_string_equal(ps[0].scenario_id, "uitest");
    assert_string_not_equal(ps[0].finished, "");
    assert_string_equal(ps[0].ending, "slutt");
    assert_string_equal(ps[0].outcome, "mixed");
    assert_int_equal(ps[0].mode, MODE_SELF_STUDY);
    assert_int_equal(ps[0].nactions, (int)nact);
    assert_true(fabs(ps[0].total - s.total_scaled) < 1e-9);
    free(ps);
    score_free(&s);
    /* "Test me" is saved as a test. */
    ui_open_case(ui, ut_case("uitest"));
    ui_activate(ui, ACT_CASE_MODE, 1);
    ui_activate(ui, ACT_START, 0);
    ui_activate(ui, ACT_CONCERN, 1);
    assert_int_equal(count_rows(path, true, &ps), 1);
    assert_int_equal(ps[0].mode, MODE_TEST);
    assert_int_equal(ps[0].nactions, 1);
    free(ps);
    ut_close(&v);
}

/* Screenshots read results but never add any. */
static void test_read_only(void **state) {
    (void)state;
    fresh_store("readonly");
    UtView v = ut_open(1280, 720, false, 100);
    results_ui_read_only(v.ui);
    play_uitest(v.ui, 2);
    assert_false(v.ui->res->attached);
    assert_false(v.ui->res->unsaved); /* and no "not saved" in a screenshot */
    char path[PATH_MAX + 64];
    store_path("readonly", path, sizeof path);
    assert_int_equal(count_rows(path, false, NULL), 0);
    ut_close(&v);
}

/* }====================================================== */

/* {====================================================== resume */

/* Plays part of a case with keys and clicks, frees the window without
   finishing (what a crash leaves: every action committed), and a new
   window on the same store offers the case on its menu and resumes it
   with the same scene, marks, concern and actions. */
static void test_resume_after_crash(void **state) {
    (void)state;
    ut_language("nb");
    fresh_store("resume");
    UtView v = ut_open(1280, 720, false, 100);
    Ui *ui = v.ui;
    assert_int_equal(ut_find(ui, ACT_RESUME, -1), -1); /* nothing to resume yet */
    ut_click(ui, ACT_OPEN_CASE, menu_index(ui, "uitest"));
    assert_int_equal(ui->screen, SCR_INTRO);
    ut_key(ui, SDLK_RETURN, 0); /* "Start casen" has the focus */
    assert_int_equal(ui->screen, SCR_SCENE);
    int fravaer = scenario_find_observation(ui->sc, "fravaer");
    int trener = scenario_find_observation(ui->sc, "trener");
    int mobil = scenario_find_observation(ui->sc, "mobil");
    ut_click(ui, ACT_MARK, fravaer * 3 + MARK_RISK);
    ut_click(ui, ACT_MARK, trener * 3 + MARK_PROTECTIVE);
    ut_click(ui, ACT_MARK, mobil * 3 + MARK_RISK);
    ut_click(ui, ACT_MARK, mobil * 3 + MARK_RISK); /* and off again */
    ut_click(ui, ACT_CONCERN, 3);
    ut_key(ui, SDLK_1, 0); /* the open question */
    assert_int_equal(ui->screen, SCR_FEEDBACK);
    ut_key(ui, SDLK_RETURN, 0);
    assert_int_equal(ui->screen, SCR_SCENE);
    assert_string_equal(play_view(ui->play)->scene->id, "videre");
    size_t n0;
    const PlayAction *a0 = play_actions(ui->play, &n0);
    PlayAction before[32];
    assert_true(n0 <= 32);
    memcpy(before, a0, n0 * sizeof *a0);
    int moete = play_path(ui->play, &(size_t){0})[0].index;
    /* Leaving asks, and says the case is kept. */
    ut_key(ui, SDLK_ESCAPE, 0);
    assert_true(ui->dialog);
    assert_true(ut_has_text(ui, "lagret"));
    assert_false(ut_has_text(ui, "ikke tatt vare på"));
    ut_key(ui, SDLK_ESCAPE, 0);
    ut_close(&v); /* no ending, no goodbye */

    v = ut_open(1280, 720, false, 100);
    ui = v.ui;
    ut_check_layout(ui);
    assert_true(ut_has_text(ui, "Fortsett der du slapp"));
    assert_true(ut_has_text(ui, "Testcase: Ida på helsestasjonen"));
    assert_true(ut_has_text(ui, "i dag kl."));
    ut_click(ui, ACT_RESUME, -1);
    assert_int_equal(ui->screen, SCR_SCENE);
    assert_string_equal(play_view(ui->play)->scene->id, "videre");
    assert_int_equal(play_mark_of(ui->play, fravaer), MARK_RISK);
    assert_int_equal(play_mark_of(ui->play, trener), MARK_PROTECTIVE);
    assert_int_equal(play_mark_of(ui->play, mobil), MARK_NONE);
    assert_int_equal(play_concern_at(ui->play, moete, NULL), 3);
    size_t n1;
    const PlayAction *a1 = play_actions(ui->play, &n1);
    assert_int_equal(n1, n0);
    assert_memory_equal(a1, before, n0 * sizeof *a1);
    assert_true(ui->res->attached);
    /* It goes on being saved under the same playthrough. */
    int64_t id = ui->res->id;
    ut_key(ui, SDLK_RETURN, 0); /* Fortsett */
    assert_int_equal(ui->screen, SCR_ENDING);
    char path[PATH_MAX + 64];
    store_path("resume", path, sizeof path);
    PlaythroughInfo *ps;
    assert_int_equal(count_rows(path, false, &ps), 1);
    assert_int_equal(ps[0].id, id);
    assert_string_not_equal(ps[0].finished, "");
    assert_int_equal(ps[0].nactions, (int)n0 + 1);
    free(ps);
    ut_key(ui, SDLK_RETURN, 0);
    assert_int_equal(ui->screen, SCR_RESULT);
    ut_key(ui, SDLK_ESCAPE, 0);
    assert_int_equal(ui->screen, SCR_MENU);
    assert_int_equal(ut_find(ui, ACT_RESUME, -1), -1); /* finished: nothing to resume */
    ut_close(&v);
}

/* An unfinished playthrough can be discarded, after a question that
   Escape answers with no. */
static void test_discard(void **state) {
    (void)state;
    ut_language("en");
    fresh_store("discard");
    UtView v = ut_open(800, 600, false, 100);
    Ui *ui = v.ui;
    ui_open_case(ui, ut_case("uitest"));
    ui_start_case(ui);
    ui_activate(ui, ACT_CONCERN, 2);
    ui_open_menu(ui);
    ui_render(ui);
    int d = ut_find(ui, ACT_DISCARD, -1);
    assert_true(d >= 0);
    ut_click(ui, ACT_DISCARD, -1);
    assert_true(ui->L.modal);
    assert_true(ut_has_text(ui, "Discard this playthrough?"));
    assert_int_equal(ui->L.widgets[ui->focus].action, ACT_CANCEL);
    ut_check_layout(ui);
    ut_key(ui, SDLK_1, 0); /* the case under the question does not open */
    assert_int_equal(ui->screen, SCR_MENU);
    ut_key(ui, SDLK_ESCAPE, 0);
    assert_false(ui->L.modal);
    assert_int_equal(ui->L.widgets[ui->focus].action, ACT_DISCARD); /* back where it was */
    ut_key(ui, SDLK_RETURN, 0);
    assert_true(ui->L.modal);
    ut_click(ui, ACT_CONFIRM, -1);
    assert_false(ui->L.modal);
    assert_int_equal(ut_find(ui, ACT_RESUME, -1), -1);
    char path[PATH_MAX + 64];
    store_path("discard", path, sizeof path);
    assert_int_equal(count_rows(path, false, NULL), 0);
    ut_close(&v);
}

/* }====================================================== */

/* {====================================================== a store that cannot be used */

static void write_file(const char *path, const char *text) {
    char dir[PATH_MAX + 64];
    snprintf(dir, sizeof dir, "%s", path);
    *strrchr(dir, '/') = '\0';
    mkdir(dir, 0700);
    ut_write(path, text);
}

/* Plays on with "not saved" in the header and a debrief at the end. */
static void play_unsaved(Ui *ui) {
    ui_open_case(ui, ut_case("uitest"));
    ui_start_case(ui);
    ui_render(ui);
    assert_true(ui->res->unsaved);
    assert_true(ut_has_text(ui, "Not saved"));
    ut_check_layout(ui);
    play_uitest(ui, 1);
    assert_true(ut_has_text(ui, "Not saved"));
    ut_check_layout(ui);
    ui_open_menu(ui);
    ui_render(ui);
    assert_false(ut_has_text(ui, "Not saved"));
}

static void test_newer_store(void **state) {
    (void)state;
    ut_language("en");
    fresh_store("newer");
    char path[PATH_MAX + 64];
    store_path("newer", path, sizeof path);
    char dir[PATH_MAX + 64];
    snprintf(dir, sizeof dir, "%s/data-newer/blikk", ut_dir);
    mkdir(dir, 0700);
    sqlite3 *db;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "PRAGMA user_version = 99", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    UtView v = ut_open(1280, 720, false, 100);
    Ui *ui = v.ui;
    assert_null(ui->res->db);
    assert_non_null(strstr(ui->res->problem, "newer Blikk"));
    assert_true(ut_has_text(ui, "Your results cannot be saved now"));
    assert_int_equal(ut_find(ui, ACT_HISTORY, -1), -1);
    ut_check_layout(ui);
    play_unsaved(ui);
    /* The history says why there is nothing. */
    ui_goto(ui, SCR_HISTORY);
    ui_render(ui);
    assert_true(ut_has_text(ui, "Your results cannot be read now"));
    int e = ut_find(ui, ACT_EXPORT, -1);
    assert_false(ui->L.widgets[e].enabled);
    ut_check_layout(ui);
    ut_close(&v);
    /* The file is left as it was. */
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    sqlite3_stmt *st;
    sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_int_equal(sqlite3_column_int(st, 0), 99);
    sqlite3_finalize(st);
    sqlite3_close(db);
}

static void test_damaged_store(void **state) {
    (void)state;
    ut_language("en");
    fresh_store("damaged");
    char path[PATH_MAX + 64];
    store_path("damaged", path, sizeof path);
    char junk[8192];
    memset(junk, 'x', sizeof junk - 1);
    junk[sizeof junk - 1] = '\0';
    write_file(path, junk);
    UtView v = ut_open(1280, 720, false, 100);
    Ui *ui = v.ui;
    assert_non_null(ui->res->db); /* a new one was started */
    assert_non_null(strstr(ui->res->warning, ".corrupt-"));
    assert_true(ut_has_text(ui, "Your results file was damaged."));
    ut_check_layout(ui);
    /* The damaged file is kept beside it. */
    char dir[PATH_MAX + 64];
    snprintf(dir, sizeof dir, "%s/data-damaged/blikk", ut_dir);
    DIR *d = opendir(dir);
    assert_non_null(d);
    int aside = 0;
    struct dirent *e;
    while ((e = readdir(d)))
        if (strstr(e->d_name, "results.sqlite.corrupt-")) aside++;
    closedir(d);
    assert_int_equal(aside, 1);
    play_uitest(ui, 2);
    assert_true(ui->res->attached);
    ut_close(&v);
    assert_int_equal(count_rows(path, false, NULL), 1);
}

static void test_store_not_a_file(void **state) {
    (void)state;
    ut_language("en");
    fresh_store("dir");
    char path[PATH_MAX + 64];
    store_path("dir", path, sizeof path);
    char dir[PATH_MAX + 64];
    snprintf(dir, sizeof dir, "%s/data-dir/blikk", ut_dir);
    mkdir(dir, 0700);
    mkdir(path, 0700); /* results.sqlite is a folder */
    UtView v = ut_open(800, 600, false, 100);
    assert_null(v.ui->res->db);
    assert_string_not_equal(v.ui->res->problem, "");
    assert_true(ut_has_text(v.ui, "Your results cannot be saved now"));
    ut_check_layout(v.ui);
    play_unsaved(v.ui);
    ut_close(&v);
}

/* Saving fails in the middle (another program holds the file): the move
   is made, the header says "not saved", and play goes on. */
static void test_save_fails_midway(void **state) {
    (void)state;
    ut_language("en");
    fresh_store("busy");
    UtView v = ut_open(1280, 720, false, 100);
    Ui *ui = v.ui;
    ui_open_case(ui, ut_case("uitest"));
    ui_start_case(ui);
    ui_activate(ui, ACT_CONCERN, 2);
    assert_true(ui->res->attached);
    char path[PATH_MAX + 64];
    store_path("busy", path, sizeof path);
    sqlite3 *db;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL), SQLITE_OK);
    int fravaer = scenario_find_observation(ui->sc, "fravaer");
    ui_activate(ui, ACT_MARK, fravaer * 3 + MARK_RISK); /* waits for the lock, then gives up */
    sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
    sqlite3_close(db);
    assert_int_equal(play_mark_of(ui->play, fravaer), MARK_RISK);
    assert_false(ui->res->attached);
    assert_true(ui->res->unsaved);
    ui_render(ui);
    assert_true(ut_has_text(ui, "Not saved"));
    ut_check_layout(ui);
    ui_activate(ui, ACT_CHOOSE, 0);
    assert_int_not_equal(ui->screen, SCR_ERROR);
    /* What was saved before is a playthrough that can be resumed. */
    PlaythroughInfo *ps;
    assert_int_equal(count_rows(path, true, &ps), 1);
    assert_int_equal(ps[0].nactions, 1);
    free(ps);
    ut_close(&v);
}

/* }====================================================== */

/* {====================================================== the name */

static void text_input(Ui *ui, const char *s) {
    SDL_Event ev;
    memset(&ev, 0, sizeof ev);
    ev.type = SDL_TEXTINPUT;
    snprintf(ev.text.text, sizeof ev.text.text, "%s", s);
    assert_true(ui_event(ui, &ev));
    ui_render(ui);
}

static void test_name(void **state) {
    (void)state;
    ut_language("nb");
    fresh_store("name");
    UtView v = ut_open(1280, 720, false, 100);
    Ui *ui = v.ui;
    ui_activate(ui, ACT_SETTINGS, 0);
    ui_render(ui);
    assert_true(ut_has_text(ui, "Navnet ditt i resultatene"));
    assert_true(ut_has_text(ui, "ingenting forlater den uten at du eksporterer det"));
    ut_click(ui, ACT_NAME, -1);
    assert_true(ui->res->editing);
    text_input(ui, "Kåre Ø");
    text_input(ui, "degårdx");
    ut_key(ui, SDLK_1, 0); /* a digit is text here, not a shortcut */
    assert_int_equal(ui->screen, SCR_SETTINGS);
    ut_key(ui, SDLK_BACKSPACE, 0);
    assert_string_equal(ui->res->edit, "Kåre Ødegård");
    ut_check_layout(ui);
    ut_key(ui, SDLK_RETURN, 0);
    assert_false(ui->res->editing);
    assert_string_equal(ui->settings.participant, "Kåre Ødegård");
    /* Escape while typing keeps the old name. */
    ut_key(ui, SDLK_RETURN, 0); /* the field still has the focus */
    assert_true(ui->res->editing);
    text_input(ui, "zzz");
    ut_key(ui, SDLK_ESCAPE, 0);
    assert_false(ui->res->editing);
    assert_int_equal(ui->screen, SCR_SETTINGS);
    assert_string_equal(ui->settings.participant, "Kåre Ødegård");
    ut_check_layout(ui);
    /* The next playthrough is saved with it. */
    ui_open_case(ui, ut_case("uitest"));
    ui_start_case(ui);
    ui_activate(ui, ACT_CONCERN, 2);
    char path[PATH_MAX + 64];
    store_path("name", path, sizeof path);
    PlaythroughInfo *ps;
    assert_int_equal(count_rows(path, false, &ps), 1);
    assert_string_equal(ps[0].participant, "Kåre Ødegård");
    free(ps);
    ut_close(&v);
    /* The settings file keeps it; a control character is refused. */
    char file[PATH_MAX + 64], err[600];
    snprintf(file, sizeof file, "%s/name-settings.json", ut_dir);
    Settings s;
    settings_defaults(&s);
    snprintf(s.participant, sizeof s.participant, "%s", "Kari N.");
    assert_true(settings_save(&s, file, err, sizeof err));
    Settings t;
    assert_true(settings_load(&t, file, err, sizeof err));
    assert_string_equal(t.participant, "Kari N.");
    ut_write(file, "{\"participant\": \"a\\u0007b\"}");
    assert_false(settings_load(&t, file, err, sizeof err));
    assert_string_equal(t.participant, "");
}

/* }====================================================== */

/* {====================================================== dates */

static void test_when(void **state) {
    (void)state;
    ut_language("nb");
    char buf[120], iso[32];
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(iso, sizeof iso, "%Y-%m-%dT%H:%M:%SZ", &tm);
    results_ui_when(iso, buf, sizeof buf);
    assert_non_null(strstr(buf, "i dag kl. "));
    results_ui_when("2024-03-05T10:07:00Z", buf, sizeof buf);
    assert_non_null(strstr(buf, "mars 2024 kl. "));
    results_ui_when("not a time", buf, sizeof buf);
    assert_string_equal(buf, "not a time");
    results_ui_decimal(buf, sizeof buf, -1.5);
    assert_string_equal(buf, "\xE2\x88\x92" "1,5");
    ut_language("en");
    results_ui_when("2024-03-05T10:07:00Z", buf, sizeof buf);
    assert_non_null(strstr(buf, "Mar 2024 at "));
    results_ui_decimal(buf, sizeof buf, 2.25);
    assert_string_equal(buf, "2.2");
}

/* }====================================================== */

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_saving_writes_rows),
        cmocka_unit_test(test_read_only),
        cmocka_unit_test(test_resume_after_crash),
        cmocka_unit_test(test_discard),
        cmocka_unit_test(test_newer_store),
        cmocka_unit_test(test_damaged_store),
        cmocka_unit_test(test_store_not_a_file),
        cmocka_unit_test(test_save_fails_midway),
        cmocka_unit_test(test_name),
        cmocka_unit_test(test_when),
    };
    return cmocka_run_group_tests(tests, ut_setup_all, ut_teardown_all);
}
