/*
** test_results.c — the results store (issue: results are never lost):
** every action is written as it happens, an interrupted playthrough —
** even one killed with SIGKILL — resumes with the same state, and a
** damaged, newer or unwritable file gets a clear message and is never
** silently replaced.
*/
#include <signal.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>

#include "../engine/core/results.h"
#include "testutil.h"

static char dir[128], db[192];
static Scenario *demo;

static int setup(void **state) {
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/blikk-results-%d", (int)getpid());
    snprintf(db, sizeof db, "%s/blikk/results.sqlite", dir);
    DiagList dl = {0};
    assert_int_equal(scenario_load("scenarios/demo.lua", NULL, &demo, &dl), BLK_OK);
    diag_free(&dl);
    return 0;
}

static int teardown(void **state) {
    (void)state;
    scenario_free(demo);
    char cmd[256];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    return system(cmd);
}

static void fresh(void) {
    char cmd[256];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    assert_int_equal(system(cmd), 0);
}

static Results *open_ok(void) {
    Results *r = NULL;
    DiagList dl = {0};
    BlkStatus st = results_open(db, &r, &dl);
    if (st != BLK_OK) diag_print(&dl, stderr);
    assert_int_equal(st, BLK_OK);
    diag_free(&dl);
    return r;
}

static int saved_actions(void) {
    /* Read through a second connection, as another process would. */
    Results *r = open_ok();
    PlaythroughInfo *list;
    size_t n;
    DiagList dl = {0};
    assert_int_equal(results_list(r, false, &list, &n, &dl), BLK_OK);
    int count = n ? list[0].nactions : -1;
    free(list);
    results_close(r);
    return count;
}

static const char *const FIRST[] = {"mark fravaer risk", "mark handball protective",
                                    "concern 2", "choose 1", "mark fest risk", NULL};

/* Every action is committed as it happens, before the next one. */
static void every_action_is_saved_at_once(void **state) {
    (void)state;
    fresh();
    Results *r = open_ok();
    Play *p;
    DiagList dl = {0};
    assert_int_equal(play_new(demo, 5, &p, &dl), BLK_OK);
    int64_t id;
    assert_int_equal(results_begin(r, p, "Kari", MODE_SELF_STUDY, &id, &dl), BLK_OK);
    for (int i = 0; FIRST[i]; i++) {
        assert_int_equal(act(p, FIRST[i], &dl), BLK_OK);
        assert_int_equal(saved_actions(), i + 1);
    }
    results_detach(p);
    play_free(p);
    results_close(r);
    diag_free(&dl);
}

/* An interrupted playthrough resumes exactly: same scene, seed, marks,
   concern, state and text as one that was never interrupted. */
static void resume_gives_the_same_state(void **state) {
    (void)state;
    /* continues from every_action_is_saved_at_once */
    Results *r = open_ok();
    PlaythroughInfo *list;
    size_t n;
    DiagList dl = {0};
    assert_int_equal(results_list(r, true, &list, &n, &dl), BLK_OK);
    assert_int_equal(n, 1);
    assert_string_equal(list[0].participant, "Kari");
    assert_string_equal(list[0].finished, "");
    assert_int_equal(list[0].seed, 5);
    Play *resumed;
    assert_int_equal(results_resume(r, demo, list[0].id, &resumed, &dl), BLK_OK);
    Play *straight = play_all(demo, FIRST);
    const PlayView *a = play_view(resumed), *b = play_view(straight);
    assert_string_equal(a->scene->id, b->scene->id);
    assert_string_equal(a->text->paras[0].spans[0].text, b->text->paras[0].spans[0].text);
    for (size_t i = 0; i < demo->nobservations; i++) {
        assert_int_equal(play_mark_of(resumed, (int)i), play_mark_of(straight, (int)i));
        assert_int_equal(play_shown(resumed, (int)i), play_shown(straight, (int)i));
    }
    Value va, vb;
    assert_true(play_state_get(resumed, "tillit", &va));
    assert_true(play_state_get(straight, "tillit", &vb));
    assert_true(va.num == vb.num);
    assert_int_equal(play_concern_at(resumed, 0, NULL), 2);
    /* Recording goes on under the same id; finishing stores the result. */
    const char *const rest[] = {"concern 3", "choose 1", "continue", NULL};
    for (int i = 0; rest[i]; i++) assert_int_equal(act(resumed, rest[i], &dl), BLK_OK);
    assert_true(play_view(resumed)->finished);
    char *json = results_json(r, list[0].id);
    assert_non_null(json);
    assert_non_null(strstr(json, "\"ending\":\"slutt_god\""));
    free(json);
    free(list);
    assert_int_equal(results_list(r, true, &list, &n, &dl), BLK_OK);
    assert_int_equal(n, 0);
    free(list);
    assert_int_equal(saved_actions(), 8);
    results_detach(resumed);
    play_free(resumed);
    play_free(straight);
    results_close(r);
    diag_free(&dl);
}

/* The program killed with SIGKILL in the middle of a case loses nothing:
   the next start resumes it. */
static void survives_sigkill(void **state) {
    (void)state;
    fresh();
    const char *bin = getenv("BLIKK") ? getenv("BLIKK") : "./blikk";
    char fifo[256];
    snprintf(fifo, sizeof fifo, "%s.fifo", dir);
    unlink(fifo);
    assert_int_equal(mkfifo(fifo, 0600), 0);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        freopen(fifo, "r", stdin);
        freopen("/dev/null", "w", stdout);
        execl(bin, bin, "play", "scenarios/demo.lua", "--save", "--db", db, (char *)NULL);
        _exit(127);
    }
    FILE *w = fopen(fifo, "w");
    assert_non_null(w);
    fputs("mark fravaer risk\nconcern 2\nchoose 1\nmark venninne protective\n", w);
    fflush(w); /* the pipe stays open: the program waits for more */
    int count = -1;
    for (int i = 0; i < 200 && count != 4; i++) { /* up to 10 s */
        struct timespec ts = {0, 50 * 1000 * 1000};
        nanosleep(&ts, NULL);
        struct stat st;
        if (stat(db, &st) == 0) count = saved_actions();
    }
    assert_int_equal(count, 4);
    kill(pid, SIGKILL);
    int status;
    waitpid(pid, &status, 0);
    assert_true(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
    fclose(w);
    unlink(fifo);

    Results *r = open_ok();
    PlaythroughInfo *list;
    size_t n;
    DiagList dl = {0};
    assert_int_equal(results_list(r, true, &list, &n, &dl), BLK_OK);
    assert_int_equal(n, 1);
    Play *p;
    assert_int_equal(results_resume(r, demo, list[0].id, &p, &dl), BLK_OK);
    assert_string_equal(play_view(p)->scene->id, "samtale");
    assert_int_equal(play_mark_of(p, scenario_find_observation(demo, "venninne")),
                     MARK_PROTECTIVE);
    results_detach(p);
    play_free(p);
    free(list);
    results_close(r);
    diag_free(&dl);
}

/* A damaged file is moved aside, never deleted, and the message names it. */
static void corrupt_file_is_kept_aside(void **state) {
    (void)state;
    fresh();
    results_close(open_ok());
    FILE *f = fopen(db, "r+b");
    assert_non_null(f);
    fseek(f, 0, SEEK_SET);
    fputs("this is not a database, it was overwritten by accident", f);
    fclose(f);
    Results *r = NULL;
    DiagList dl = {0};
    assert_int_equal(results_open(db, &r, &dl), BLK_OK);
    int i = find_diag(&dl, DIAG_WARNING, "was damaged; it is kept as");
    assert_true(i >= 0);
    const char *aside = strstr(dl.items[i].message, "kept as ") + 8;
    char path[512];
    snprintf(path, sizeof path, "%.*s", (int)(strstr(aside, " and") - aside), aside);
    struct stat st;
    assert_int_equal(stat(path, &st), 0);
    results_close(r);
    diag_free(&dl);
}

/* A file from a newer Blikk is refused and left untouched. */
static void newer_file_is_refused(void **state) {
    (void)state;
    fresh();
    results_close(open_ok());
    sqlite3 *h;
    assert_int_equal(sqlite3_open(db, &h), SQLITE_OK);
    assert_int_equal(sqlite3_exec(h, "PRAGMA user_version = 99", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(h);
    Results *r = NULL;
    DiagList dl = {0};
    assert_int_equal(results_open(db, &r, &dl), BLK_ERR_IO);
    assert_null(r);
    assert_true(find_diag(&dl, DIAG_ERROR, "made by a newer Blikk") >= 0);
    assert_int_equal(sqlite3_open(db, &h), SQLITE_OK);
    sqlite3_stmt *s;
    sqlite3_prepare_v2(h, "PRAGMA user_version", -1, &s, NULL);
    sqlite3_step(s);
    assert_int_equal(sqlite3_column_int(s, 0), 99);
    sqlite3_finalize(s);
    sqlite3_close(h);
    diag_free(&dl);
}

/* A folder that cannot be written gives a message, not a crash. (Root can
   write anywhere, so the folder is a file here.) */
static void unwritable_place_gives_a_message(void **state) {
    (void)state;
    fresh();
    assert_int_equal(mkdir(dir, 0700), 0);
    char blocker[256];
    snprintf(blocker, sizeof blocker, "%s/blikk", dir);
    FILE *f = fopen(blocker, "w");
    fclose(f);
    Results *r = NULL;
    DiagList dl = {0};
    assert_int_equal(results_open(db, &r, &dl), BLK_ERR_IO);
    assert_null(r);
    assert_true(dl.count > 0);
    diag_free(&dl);
}

/* Classroom: the group's votes are saved with its actions and come back
   on resume, with the decision they belong to. */
static void votes_are_saved_and_resumed(void **state) {
    (void)state;
    fresh();
    Results *r = open_ok();
    Play *p;
    DiagList dl = {0};
    assert_int_equal(play_new(demo, 3, &p, &dl), BLK_OK);
    int64_t id;
    assert_int_equal(results_begin(r, p, "Gruppe 2", MODE_CLASSROOM, &id, &dl), BLK_OK);
    ScriptAction done;
    const char *const lines[] = {"concern 2", "vote 1 9", "vote 3 4", "choose 1", "vote 2 5", NULL};
    for (int i = 0; lines[i]; i++) assert_int_equal(play_run_line(p, lines[i], &done, &dl), BLK_OK);
    results_detach(p);
    play_free(p);
    Play *q;
    assert_int_equal(results_resume(r, demo, id, &q, &dl), BLK_OK);
    size_t n;
    const Decision *d = play_decisions(q, &n);
    assert_int_equal(n, 1);
    assert_int_equal(d[0].votes[0], 9);
    assert_int_equal(d[0].votes[1], 0);
    assert_int_equal(d[0].votes[2], 4);
    assert_non_null(play_view(q)->votes); /* the vote in samtale, before its decision */
    assert_int_equal(play_view(q)->votes[1], 5);
    PlaythroughInfo *list;
    assert_int_equal(results_list(r, false, &list, &n, &dl), BLK_OK);
    assert_int_equal(list[0].mode, MODE_CLASSROOM);
    free(list);
    results_detach(q);
    play_free(q);
    results_close(r);
    diag_free(&dl);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_action_is_saved_at_once),
        cmocka_unit_test(resume_gives_the_same_state),
        cmocka_unit_test(survives_sigkill),
        cmocka_unit_test(corrupt_file_is_kept_aside),
        cmocka_unit_test(newer_file_is_refused),
        cmocka_unit_test(unwritable_place_gives_a_message),
        cmocka_unit_test(votes_are_saved_and_resumed),
    };
    return cmocka_run_group_tests_name("results store", tests, setup, teardown);
}
