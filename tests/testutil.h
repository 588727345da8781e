/*
** testutil.h — helpers shared by the cmocka suites: write a scenario from a
** string into a temporary file, load it, find diagnostics, play a script.
** Header-only so every test binary stays one file plus the core library.
*/
#ifndef BLIKK_TESTUTIL_H
#define BLIKK_TESTUTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "../engine/core/blikk.h"

/* A scenario header that is valid on its own, for tests that only care
   about one scene or item. Start scene: "a". Competencies: "x", "y". */
#define HEADER                                                              \
    "scenario { id = 't', title = 'T', summary = 'S', role = 'R',\n"        \
    "  objectives = { 'O' }, start = 'a',\n"                                 \
    "  competencies = { { id = 'x', name = 'X' }, { id = 'y', name = 'Y' } } }\n"

/* Writes `src` to a fresh temporary file ending in .lua; returns its path
   (static buffer, overwritten by the next call). */
static inline const char *write_scenario(const char *src) {
    static char path[64];
    static int counter;
    snprintf(path, sizeof path, "/tmp/blikk-test-%d-%d.lua", (int)getpid(), counter++);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(src, f);
    fclose(f);
    return path;
}

/* Loads source text; returns the scenario (or NULL) and fills dl. */
static inline Scenario *load_src(const char *src, DiagList *dl) {
    Scenario *sc = NULL;
    const char *path = write_scenario(src);
    scenario_load(path, NULL, &sc, dl);
    if (sc) scenario_check(sc, dl);
    unlink(path);
    return sc;
}

/* Loads source that must be valid, without errors or warnings. */
static inline Scenario *load_ok(const char *src) {
    DiagList dl = {0};
    Scenario *sc = load_src(src, &dl);
    if (dl.count) diag_print(&dl, stderr);
    assert_int_equal(dl.count, 0);
    assert_non_null(sc);
    diag_free(&dl);
    return sc;
}

/* Index of the first diagnostic of `sev` whose message contains `text`, or
   -1. */
static inline int find_diag(const DiagList *dl, DiagSeverity sev, const char *text) {
    for (size_t i = 0; i < dl->count; i++)
        if (dl->items[i].severity == sev && strstr(dl->items[i].message, text))
            return (int)i;
    return -1;
}

/* Asserts that loading `src` gives an error containing `text` on `line`. */
static inline void expect_error_at(const char *src, int line, const char *text) {
    DiagList dl = {0};
    Scenario *sc = load_src(src, &dl);
    int i = find_diag(&dl, DIAG_ERROR, text);
    if (i < 0 || dl.items[i].line != line) {
        fprintf(stderr, "expected error at line %d containing \"%s\"; got:\n", line, text);
        diag_print(&dl, stderr);
    }
    assert_true(i >= 0);
    assert_int_equal(dl.items[i].line, line);
    assert_null(sc);
    diag_free(&dl);
}

static inline void expect_warning_at(const char *src, int line, const char *text) {
    DiagList dl = {0};
    Scenario *sc = load_src(src, &dl);
    int i = find_diag(&dl, DIAG_WARNING, text);
    if (i < 0 || dl.items[i].line != line) {
        fprintf(stderr, "expected warning at line %d containing \"%s\"; got:\n", line, text);
        diag_print(&dl, stderr);
    }
    assert_true(i >= 0);
    assert_int_equal(dl.items[i].line, line);
    assert_int_equal(diag_count(&dl, DIAG_ERROR), 0);
    scenario_free(sc);
    diag_free(&dl);
}

/* Runs actions given as "mark o risk", "concern 3", "choose 2" (1-based),
   "continue" against a play; fails the test on the first error unless
   `expect_fail` names the action index that must fail. */
static inline BlkStatus act(Play *p, const char *action, DiagList *dl) {
    const Scenario *sc = play_scenario(p);
    char verb[32], a1[64] = "", a2[32] = "";
    int n = sscanf(action, "%31s %63s %31s", verb, a1, a2);
    assert_true(n >= 1);
    if (strcmp(verb, "mark") == 0) {
        Mark m = strcmp(a2, "risk") == 0 ? MARK_RISK
               : strcmp(a2, "protective") == 0 ? MARK_PROTECTIVE : MARK_NONE;
        return play_mark(p, scenario_find_observation(sc, a1), m, dl);
    }
    if (strcmp(verb, "concern") == 0) return play_concern(p, atoi(a1), dl);
    if (strcmp(verb, "choose") == 0) return play_choose(p, (size_t)atoi(a1) - 1, dl);
    if (strcmp(verb, "continue") == 0) return play_continue(p, dl);
    fail_msg("unknown test action %s", action);
    return BLK_ERR_USAGE;
}

/* Plays a NULL-terminated list of actions that must all succeed. */
static inline Play *play_all(const Scenario *sc, const char *const *actions) {
    Play *p = NULL;
    DiagList dl = {0};
    BlkStatus st = play_new(sc, 1, &p, &dl);
    if (st != BLK_OK) diag_print(&dl, stderr);
    assert_int_equal(st, BLK_OK);
    for (size_t i = 0; actions[i]; i++) {
        st = act(p, actions[i], &dl);
        if (st != BLK_OK) {
            fprintf(stderr, "action %zu '%s' failed:\n", i + 1, actions[i]);
            diag_print(&dl, stderr);
        }
        assert_int_equal(st, BLK_OK);
    }
    diag_free(&dl);
    return p;
}

/* {====================================================== the program */

#include <sys/wait.h>

static inline const char *blikk(void) {
    const char *b = getenv("BLIKK");
    return b && *b ? b : "./blikk";
}

typedef struct {
    int status;
    char out[65536], err[65536];
} Result;

static inline void slurp(const char *path, char *buf, size_t size) {
    FILE *f = fopen(path, "rb");
    size_t n = f ? fread(buf, 1, size - 1, f) : 0;
    buf[n] = '\0';
    if (f) fclose(f);
}

/* Runs `blikk ARGS` (a shell fragment) with optional standard input. */
static inline Result *run(const char *args, const char *input) {
    static Result r;
    char cmd[2048], in[64], out[64], err[64];
    int pid = (int)getpid();
    snprintf(in, sizeof in, "/tmp/blikk-cli-%d.in", pid);
    snprintf(out, sizeof out, "/tmp/blikk-cli-%d.out", pid);
    snprintf(err, sizeof err, "/tmp/blikk-cli-%d.err", pid);
    FILE *f = fopen(in, "w");
    assert_non_null(f);
    fputs(input ? input : "", f);
    fclose(f);
    snprintf(cmd, sizeof cmd, "%s %s <%s >%s 2>%s", blikk(), args, in, out, err);
    int st = system(cmd);
    r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
    slurp(out, r.out, sizeof r.out);
    slurp(err, r.err, sizeof r.err);
    unlink(in);
    unlink(out);
    unlink(err);
    return &r;
}

static inline void expect_contains(const char *haystack, const char *needle) {
    if (!strstr(haystack, needle))
        fail_msg("expected to find \"%s\" in:\n%s", needle, haystack);
}

/* }====================================================== */

#endif
