/*
** test_valgrind.c — `blikk play` and `blikk check` on every built-in case
** under valgrind's memcheck: no invalid read or write, no use of
** uninitialised memory and no leak (definite, indirect or possible).
** Memory that libraries keep until exit ("still reachable", e.g. SDL's
** dependencies) is not a leak. Always runs the normal build (./blikk):
** valgrind cannot run a binary built with AddressSanitizer.
*/
#include <dirent.h>

#include "testutil.h"

#define VALGRIND "valgrind -q --leak-check=full --errors-for-leak-kinds=definite,indirect,possible " \
                 "--show-leak-kinds=definite,indirect,possible --error-exitcode=99 "

static int valgrind_run(const char *args, int expected) {
    char cmd[2048];
    snprintf(cmd, sizeof cmd, VALGRIND "./blikk %s >/dev/null 2>/tmp/blikk-valgrind-%d.log",
             args, (int)getpid());
    int st = system(cmd);
    int code = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
    if (code != expected) {
        char log[256];
        snprintf(log, sizeof log, "/tmp/blikk-valgrind-%d.log", (int)getpid());
        char buf[8192];
        slurp(log, buf, sizeof buf);
        fprintf(stderr, "valgrind ./blikk %s: exit %d\n%s\n", args, code, buf);
    }
    return code;
}

/* Every golden playthrough of every case, played under memcheck. */
static void play_every_case(void **state) {
    (void)state;
    assert_int_equal(system("command -v valgrind >/dev/null"), 0);
    DIR *top = opendir("tests/plays");
    assert_non_null(top);
    struct dirent *c;
    int n = 0;
    while ((c = readdir(top))) {
        if (c->d_name[0] == '.') continue;
        char dir[512];
        snprintf(dir, sizeof dir, "tests/plays/%s", c->d_name);
        DIR *d = opendir(dir);
        struct dirent *e;
        while (d && (e = readdir(d))) {
            size_t len = strlen(e->d_name);
            if (len < 8 || strcmp(e->d_name + len - 7, ".script")) continue;
            char args[1200];
            snprintf(args, sizeof args, "play scenarios/%s.lua --script %s/%s --json",
                     c->d_name, dir, e->d_name);
            assert_int_equal(valgrind_run(args, 0), 0);
            n++;
        }
        if (d) closedir(d);
    }
    closedir(top);
    assert_true(n >= 5);
}

/* Checking every case, and a broken one, under memcheck. */
static void check_cases(void **state) {
    (void)state;
    assert_int_equal(valgrind_run("check scenarios/*.lua", 0), 0);
    /* errors found: exit 1, but no memory error (which would be 99) */
    assert_int_equal(valgrind_run("check tests/bad/*.lua", 1), 1);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(play_every_case),
        cmocka_unit_test(check_cases),
    };
    return cmocka_run_group_tests_name("valgrind", tests, NULL, NULL);
}
