/*
** test_files.c — results and exports when the file system fights back: a
** full disk, a read-only home, XDG folders that do not exist yet. Nothing
** already saved may be lost, and each case gives a clear message. A full
** and a read-only disk are real: small tmpfs mounts (the tests run as
** root, as CI does).
*/
#include <errno.h>
#include <sys/mount.h>
#include <sys/stat.h>

#include "../engine/core/results.h"
#include "testutil.h"

static char mnt[64];
static bool mounted;
static Scenario *demo;

static int setup(void **state) {
    (void)state;
    snprintf(mnt, sizeof mnt, "/tmp/blikk-fs-%d", (int)getpid());
    mkdir(mnt, 0700);
    DiagList dl = {0};
    assert_int_equal(scenario_load("scenarios/demo.lua", NULL, &demo, &dl), BLK_OK);
    diag_free(&dl);
    return 0;
}

static void unmount(void) {
    if (mounted) umount2(mnt, MNT_DETACH);
    mounted = false;
}

static int teardown(void **state) {
    (void)state;
    unmount();
    rmdir(mnt);
    scenario_free(demo);
    return 0;
}

static void mount_tmpfs(const char *opts) {
    unmount();
    if (mount("tmpfs", mnt, "tmpfs", 0, opts) != 0)
        fail_msg("cannot mount a small tmpfs at %s (%s): these tests need root", mnt,
                 strerror(errno));
    mounted = true;
}

/* Fills the file system up to the last block. */
static void fill_disk(void) {
    char path[128];
    snprintf(path, sizeof path, "%s/filler", mnt);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    static char block[4096];
    while (fwrite(block, 1, sizeof block, f) == sizeof block) {}
    fclose(f);
}

static void free_disk(void) {
    char path[128];
    snprintf(path, sizeof path, "%s/filler", mnt);
    unlink(path);
}

/* A full disk: the action that cannot be saved gives a message; every
   action saved before it is still there afterwards. */
static void full_disk_loses_nothing_saved(void **state) {
    (void)state;
    mount_tmpfs("size=256k");
    char db[128];
    snprintf(db, sizeof db, "%s/blikk/results.sqlite", mnt);
    Results *r = NULL;
    DiagList dl = {0};
    assert_int_equal(results_open(db, &r, &dl), BLK_OK);
    Play *p;
    assert_int_equal(play_new(demo, 1, &p, &dl), BLK_OK);
    int64_t id;
    assert_int_equal(results_begin(r, p, "Kari", MODE_SELF_STUDY, &id, &dl), BLK_OK);
    ScriptAction done;
    assert_int_equal(play_run_line(p, "mark fravaer risk", &done, &dl), BLK_OK);
    assert_int_equal(play_run_line(p, "concern 2", &done, &dl), BLK_OK);
    fill_disk();
    /* Marks change nothing that must be kept if they fail; keep going
       until the disk refuses one (SQLite may still have room in a page). */
    BlkStatus st = BLK_OK;
    int tries = 0;
    while (st == BLK_OK && tries++ < 200) {
        st = play_run_line(p, tries % 2 ? "mark mobil risk" : "mark mobil none", &done, &dl);
    }
    assert_int_equal(st, BLK_ERR_IO);
    assert_true(dl.count > 0);
    results_detach(p);
    play_free(p);
    results_close(r);
    free_disk();
    diag_clear(&dl);
    /* The two first actions survived the full disk. */
    assert_int_equal(results_open(db, &r, &dl), BLK_OK);
    PlaythroughInfo *list;
    size_t n;
    assert_int_equal(results_list(r, false, &list, &n, &dl), BLK_OK);
    assert_int_equal(n, 1);
    assert_true(list[0].nactions >= 2);
    Play *q;
    assert_int_equal(results_resume(r, demo, list[0].id, &q, &dl), BLK_OK);
    assert_int_equal(play_mark_of(q, scenario_find_observation(demo, "fravaer")), MARK_RISK);
    assert_int_equal(play_view(q)->concern, 2);
    results_detach(q);
    play_free(q);
    free(list);
    results_close(r);
    diag_free(&dl);
    unmount();
}

/* A read-only home: the results cannot be opened for writing; a clear
   message, no crash. */
static void read_only_home_gives_a_message(void **state) {
    (void)state;
    mount_tmpfs("size=64k,ro");
    char db[128];
    snprintf(db, sizeof db, "%s/blikk/results.sqlite", mnt);
    Results *r = NULL;
    DiagList dl = {0};
    assert_int_equal(results_open(db, &r, &dl), BLK_ERR_IO);
    assert_null(r);
    assert_true(find_diag(&dl, DIAG_ERROR, "cannot create the folder for results") >= 0);
    diag_free(&dl);
    unmount();
}

/* XDG folders that do not exist yet are made, as the specification of
   the XDG base directories asks. */
static void missing_xdg_folders_are_made(void **state) {
    (void)state;
    char base[128], buf[256], expect[256];
    snprintf(base, sizeof base, "%s/ny/dypere", mnt);
    setenv("XDG_DATA_HOME", base, 1);
    DiagList dl = {0};
    assert_true(results_default_path(buf, sizeof buf, &dl));
    snprintf(expect, sizeof expect, "%s/blikk/results.sqlite", base);
    assert_string_equal(buf, expect);
    Results *r = NULL;
    assert_int_equal(results_open(buf, &r, &dl), BLK_OK);
    results_close(r);
    /* No home at all: a message, not a guess. */
    unsetenv("XDG_DATA_HOME");
    char *home = getenv("HOME") ? strdup(getenv("HOME")) : NULL;
    unsetenv("HOME");
    assert_false(results_default_path(buf, sizeof buf, &dl));
    assert_true(find_diag(&dl, DIAG_ERROR, "nowhere to keep results") >= 0);
    if (home) setenv("HOME", home, 1);
    free(home);
    diag_free(&dl);
    char cmd[256];
    snprintf(cmd, sizeof cmd, "rm -rf %s/ny", mnt);
    assert_int_equal(system(cmd), 0);
}

/* An export onto a full disk fails with a message and leaves the earlier
   good export as it was (written to a temporary file, then renamed). */
static void export_to_full_disk_keeps_the_old_file(void **state) {
    (void)state;
    mount_tmpfs("size=256k");
    char db[128], out[128], args[512];
    /* the results live elsewhere; only the export's disk is full */
    snprintf(db, sizeof db, "/tmp/blikk-fs-db-%d.sqlite", (int)getpid());
    unlink(db);
    snprintf(out, sizeof out, "%s/eksport.csv", mnt);
    Results *r = NULL;
    DiagList dl = {0};
    assert_int_equal(results_open(db, &r, &dl), BLK_OK);
    for (int k = 0; k < 3; k++) {
        Play *p;
        assert_int_equal(play_new(demo, 1, &p, &dl), BLK_OK);
        int64_t id;
        assert_int_equal(results_begin(r, p, "Ola", MODE_SELF_STUDY, &id, &dl), BLK_OK);
        ScriptAction done;
        assert_int_equal(play_run_line(p, "concern 2", &done, &dl), BLK_OK);
        assert_int_equal(play_run_line(p, "choose 3", &done, &dl), BLK_OK);
        results_detach(p);
        play_free(p);
    }
    results_close(r);
    snprintf(args, sizeof args, "export --db %s -o %s", db, out);
    Result *res = run(args, NULL);
    assert_int_equal(res->status, 0);
    char before[8192], after[8192];
    slurp(out, before, sizeof before);
    assert_non_null(strstr(before, "slutt_glipp"));
    fill_disk();
    snprintf(args, sizeof args, "export --db %s -o %s --table observations", db, out);
    res = run(args, NULL);
    assert_int_equal(res->status, 1);
    expect_contains(res->err, "eksport.csv");
    slurp(out, after, sizeof after);
    assert_string_equal(before, after);
    struct stat st;
    char tmp[160];
    snprintf(tmp, sizeof tmp, "%s.tmp", out);
    assert_int_not_equal(stat(tmp, &st), 0); /* no half file left behind */
    free_disk();
    unlink(db);
    diag_free(&dl);
    unmount();
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(full_disk_loses_nothing_saved),
        cmocka_unit_test(read_only_home_gives_a_message),
        cmocka_unit_test(missing_xdg_folders_are_made),
        cmocka_unit_test(export_to_full_disk_keeps_the_old_file),
    };
    return cmocka_run_group_tests_name("files under stress", tests, setup, teardown);
}
