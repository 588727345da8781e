/*
** test_hostile.c — the corpus of hostile scenarios in tests/hostile/, each
** run through the real program ($BLIKK), which must survive it: the exit
** status and the error (file, line, words) the attack's header promises,
** within a time limit and a memory limit, with bounded output, and with
** nothing written outside.
**
** Each tests/hostile/NAME.lua is one attack. Its first line is its header:
**
**   -- hostile [WHAT IT ATTACKS] at=WHERE check=N play=N|- line=N
**      [canary=/ABSOLUTE/PATH] message=WORDS TO THE END OF THE LINE
**
** (one line). WHERE is where the attack runs: load (while the file runs, or
** the checks after it), text, ending_text, on_enter, when, effect,
** choice_next or scene_next (the callbacks of section 2). check is the exit
** status of `blikk check FILE`; play that of `blikk play FILE --script
** NAME.script --json` (NAME.script must exist exactly when play is not -).
** Every run that must fail prints `FILE:LINE: ...WORDS...` on stderr
** (line=0: `FILE: ...WORDS...`, for errors Lua gives no line, as the
** parser running out of C stack). canary names a file the attack tries to
** create; it must not exist afterwards.
**
** Each run gets HOME, XDG_* and TMPDIR in a fresh empty folder, which must
** still be empty afterwards (check and play create nothing), and the
** repository as working directory. Every attack that runs while loading is
** also rendered by the window (`blikk --screenshot OUT.png FILE`), which
** must exit without a signal, in time, having written the picture, with
** the same status and FILE:LINE message as check.
*/
#define _DEFAULT_SOURCE /* wait4: the child's own peak memory */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>

#include "testutil.h"

extern char **environ;

#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif
#ifndef UNDER_ASAN
#define UNDER_ASAN 0
#endif

#define CORPUS "tests/hostile"
enum { MIN_ATTACKS = 30 };

/* A run that takes longer has hung: it is killed and fails. The slowest
   attacks end on the engine's own time limits (10 s for a file, 2 s for a
   step of play) or well before; under ASan everything is slower. */
#define TIME_LIMIT_S (UNDER_ASAN ? 60.0 : 20.0)
/* Peak resident memory of one run: the scenario's budget is 64 MiB, the
   engine's own copies of its text and the window's SDL come on top (the
   corpus peaks near 115 MiB). Under ASan every byte has shadow memory and
   freed blocks wait in a quarantine before reuse; with ASan's default
   256 MiB quarantine the peak of an allocation-heavy attack depended on
   when the collector ran (430 MiB here, 517 MiB on the CI machine), so
   the children run with a small quarantine (ASAN_CHILD_QUARANTINE) and the
   limit only allows for the shadow memory. */
#define MEMORY_LIMIT_MIB (UNDER_ASAN ? 384L : 256L)
#define ASAN_CHILD_QUARANTINE "quarantine_size_mb=16"
/* Bounded output: errors are capped, print() is capped. */
#define OUTPUT_LIMIT (1024L * 1024)

static const char *const WHERE[] = {"load", "text", "ending_text", "on_enter",
                                    "when", "effect", "choice_next", "scene_next"};
enum { NWHERE = sizeof WHERE / sizeof WHERE[0] };

typedef struct {
    char name[128];           /* "loop_plain" */
    char path[PATH_MAX];      /* absolute */
    char script[PATH_MAX];    /* absolute, or "" */
    char what[512];
    char at[32];
    int check, play;          /* play: -1 when there is no play run */
    int line;
    char canary[PATH_MAX];    /* or "" */
    char message[512];
    char header_error[256];   /* why the header is wrong, or "" */
} Attack;

static Attack *attacks;
static size_t nattacks;
static char root[PATH_MAX];   /* the repository: working directory of runs */
static char program[PATH_MAX];
static char outdir[PATH_MAX]; /* stdout, stderr and pictures of the runs */
static double total_seconds;
static long peak_kib;

/* {====================================================== the corpus */

static bool parse_int(const char *s, int *out) {
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || end == s || *end || v < INT_MIN || v > INT_MAX) return false;
    *out = (int)v;
    return true;
}

/* Reads the header line of a.path into a; on a problem fills
   a->header_error. */
static void parse_header(Attack *a) {
    char line[2048] = "";
    FILE *f = fopen(a->path, "rb");
    if (!f || !fgets(line, sizeof line, f)) {
        snprintf(a->header_error, sizeof a->header_error, "cannot read the first line");
        if (f) fclose(f);
        return;
    }
    fclose(f);
    line[strcspn(line, "\r\n")] = '\0';
    static const char prefix[] = "-- hostile [";
    const char *p = line, *close;
    if (strncmp(p, prefix, sizeof prefix - 1) != 0 || !(close = strstr(p, "] "))) {
        snprintf(a->header_error, sizeof a->header_error,
                 "the first line is not '-- hostile [WHAT] at=... check=... play=... "
                 "line=... message=...'");
        return;
    }
    p += sizeof prefix - 1;
    snprintf(a->what, sizeof a->what, "%.*s", (int)(close - p), p);
    p = close + 2;
    bool have_at = false, have_check = false, have_play = false, have_line = false;
    a->message[0] = '\0';
    while (*p) {
        while (*p == ' ') p++;
        if (strncmp(p, "message=", 8) == 0) {
            snprintf(a->message, sizeof a->message, "%s", p + 8);
            break;
        }
        const char *eq = strchr(p, '='), *sp = strchr(p, ' ');
        if (!eq || (sp && sp < eq)) break;
        size_t klen = (size_t)(eq - p), vlen = sp ? (size_t)(sp - eq - 1) : strlen(eq + 1);
        char val[PATH_MAX];
        snprintf(val, sizeof val, "%.*s", (int)vlen, eq + 1);
        bool ok = true;
        if (klen == 2 && strncmp(p, "at", 2) == 0) {
            ok = false;
            for (size_t i = 0; i < NWHERE; i++) ok |= strcmp(val, WHERE[i]) == 0;
            snprintf(a->at, sizeof a->at, "%.31s", val);
            have_at = true;
        } else if (klen == 5 && strncmp(p, "check", 5) == 0) {
            ok = parse_int(val, &a->check) && a->check >= 0;
            have_check = true;
        } else if (klen == 4 && strncmp(p, "play", 4) == 0) {
            if (strcmp(val, "-") == 0) a->play = -1;
            else ok = parse_int(val, &a->play) && a->play >= 0;
            have_play = true;
        } else if (klen == 4 && strncmp(p, "line", 4) == 0) {
            ok = parse_int(val, &a->line) && a->line >= 0;
            have_line = true;
        } else if (klen == 6 && strncmp(p, "canary", 6) == 0) {
            ok = val[0] == '/';
            snprintf(a->canary, sizeof a->canary, "%s", val);
        } else {
            ok = false;
        }
        if (!ok) {
            snprintf(a->header_error, sizeof a->header_error, "bad field '%.*s'",
                     (int)(klen + 1 + vlen), p);
            return;
        }
        p = eq + 1 + vlen;
    }
    if (!have_at || !have_check || !have_play || !have_line || !a->message[0])
        snprintf(a->header_error, sizeof a->header_error,
                 "the header needs at=, check=, play=, line= and message=");
    else if (a->check == 0 && a->play <= 0)
        snprintf(a->header_error, sizeof a->header_error,
                 "an attack must end in an error: check or play must fail");
    else if ((a->play >= 0) != (a->script[0] != '\0'))
        snprintf(a->header_error, sizeof a->header_error,
                 a->play >= 0 ? "play= needs the script %s.script"
                              : "play=- but there is a script %s.script",
                 a->name);
    else if (strcmp(a->at, "load") != 0 && a->play < 0)
        snprintf(a->header_error, sizeof a->header_error,
                 "a callback is only reached by playing: give a script");
}

static int by_name(const void *x, const void *y) {
    return strcmp(((const Attack *)x)->name, ((const Attack *)y)->name);
}

/* Lists tests/hostile/NAME.lua into `attacks`. */
static void read_corpus(void) {
    DIR *d = opendir(CORPUS);
    if (!d) {
        fprintf(stderr, "test_hostile: cannot open %s (run from the repository root): %s\n",
                CORPUS, strerror(errno));
        exit(1);
    }
    size_t cap = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t n = strlen(e->d_name);
        if (n <= 4 || strcmp(e->d_name + n - 4, ".lua") != 0) continue;
        if (nattacks == cap) {
            cap = cap ? cap * 2 : 64;
            attacks = realloc(attacks, cap * sizeof *attacks);
            if (!attacks) exit(1);
        }
        Attack *a = &attacks[nattacks++];
        *a = (Attack){.play = -1};
        snprintf(a->name, sizeof a->name, "%.*s", (int)(n - 4), e->d_name);
        snprintf(a->path, sizeof a->path, "%.3000s/%s/%.200s", root, CORPUS, e->d_name);
        char script[PATH_MAX];
        snprintf(script, sizeof script, "%.3000s/%s/%.127s.script", root, CORPUS, a->name);
        if (access(script, R_OK) == 0) snprintf(a->script, sizeof a->script, "%s", script);
        parse_header(a);
    }
    closedir(d);
    if (nattacks) qsort(attacks, nattacks, sizeof *attacks, by_name);
}

/* }====================================================== */

/* {====================================================== running */

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw) {
    (void)st, (void)flag, (void)ftw;
    return remove(path);
}

/* What the folder holds (names joined by spaces), "" when empty. */
static void list_folder(const char *dir, char *out, size_t size) {
    out[0] = '\0';
    DIR *d = opendir(dir);
    if (!d) {
        snprintf(out, size, "(cannot open: %s)", strerror(errno));
        return;
    }
    struct dirent *e;
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        size_t n = strlen(out);
        snprintf(out + n, size - n, "%s%s", n ? " " : "", e->d_name);
    }
    closedir(d);
}

typedef struct {
    bool exited, killed;
    int status, signal;
    double seconds;
    long peak_kib;
    char *out, *err;   /* the whole output (NUL-terminated) */
    long out_size, err_size;
    char home[PATH_MAX];
} Run;

static char *slurp_all(const char *path, long *size) {
    FILE *f = fopen(path, "rb");
    *size = 0;
    char *buf = NULL;
    if (f && fseek(f, 0, SEEK_END) == 0) {
        *size = ftell(f);
        rewind(f);
    }
    long keep = *size < OUTPUT_LIMIT * 4 ? *size : OUTPUT_LIMIT * 4;
    buf = malloc((size_t)keep + 1);
    assert_non_null(buf);
    size_t n = f ? fread(buf, 1, (size_t)keep, f) : 0;
    buf[n] = '\0';
    if (f) fclose(f);
    return buf;
}

/* Runs the program with `args` (NULL-terminated, without the program) in
   a fresh environment; `extra_env` is one more NAME=VALUE or NULL. */
static void spawn(Run *r, const char *const *args, const char *extra_env) {
    *r = (Run){0};
    snprintf(r->home, sizeof r->home, "/tmp/blikk-hostile-home-XXXXXX");
    assert_non_null(mkdtemp(r->home));
    char out[PATH_MAX + 16], err[PATH_MAX + 16];
    snprintf(out, sizeof out, "%s/stdout", outdir);
    snprintf(err, sizeof err, "%s/stderr", outdir);

    /* The environment: ours without the variables that lead to files. */
    static const char *const replaced[] = {"HOME", "TMPDIR", "XDG_DATA_HOME",
        "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR",
        "BLIKK_LANG", "BLIKK_DATA", "SDL_VIDEODRIVER", "ASAN_OPTIONS"};
    size_t n = 0;
    while (environ[n]) n++;
    char **env = calloc(n + 16, sizeof *env);
    assert_non_null(env);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        bool drop = false;
        for (size_t j = 0; j < sizeof replaced / sizeof replaced[0]; j++) {
            size_t l = strlen(replaced[j]);
            drop |= strncmp(environ[i], replaced[j], l) == 0 && environ[i][l] == '=';
        }
        if (!drop) env[k++] = environ[i];
    }
    static char vars[7][PATH_MAX + 32];
    static const char *const names[] = {"HOME", "TMPDIR", "XDG_DATA_HOME", "XDG_CONFIG_HOME",
                                        "XDG_CACHE_HOME", "XDG_STATE_HOME"};
    for (size_t j = 0; j < 6; j++) {
        snprintf(vars[j], sizeof vars[j], "%s=%s", names[j], r->home);
        env[k++] = vars[j];
    }
    env[k++] = "BLIKK_LANG=en";
    static char asan[1024];
    if (UNDER_ASAN) {
        /* The caller's own options stay; later options win in ASan. */
        const char *own = getenv("ASAN_OPTIONS");
        snprintf(asan, sizeof asan, "ASAN_OPTIONS=%s%s" ASAN_CHILD_QUARANTINE,
                 own ? own : "", own && *own ? ":" : "");
        env[k++] = asan;
    }
    if (extra_env) env[k++] = (char *)extra_env;
    env[k] = NULL;

    const char *argv[16] = {program};
    size_t argc = 1;
    for (; args[argc - 1]; argc++) argv[argc] = args[argc - 1];
    argv[argc] = NULL;

    double t0 = now();
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        setpgid(0, 0); /* so a kill reaches anything it started */
        int in = open("/dev/null", O_RDONLY);
        int o = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        int e = open(err, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (in < 0 || o < 0 || e < 0 || chdir(root) != 0) _exit(126);
        dup2(in, 0);
        dup2(o, 1);
        dup2(e, 2);
        execve(program, (char *const *)argv, env);
        _exit(127);
    }
    free(env);
    setpgid(pid, pid);
    /* Wait without reaping (WNOWAIT), so that the process group still
       exists, and belongs to this run, when it is killed below. */
    for (;;) {
        siginfo_t info = {0};
        int w = waitid(P_PID, (id_t)pid, &info, WEXITED | WNOHANG | WNOWAIT);
        if (w == 0 && info.si_pid == pid) break;
        assert_true(w == 0 || errno == EINTR);
        if (now() - t0 > TIME_LIMIT_S) {
            kill(-pid, SIGKILL);
            r->killed = true;
            while (waitid(P_PID, (id_t)pid, &info, WEXITED | WNOWAIT) != 0)
                assert_int_equal(errno, EINTR);
            break;
        }
        struct timespec ts = {0, 5 * 1000 * 1000};
        nanosleep(&ts, NULL);
    }
    kill(-pid, SIGKILL); /* nothing it started may live on */
    int st = 0;
    struct rusage ru = {0};
    while (wait4(pid, &st, 0, &ru) != pid) assert_int_equal(errno, EINTR);
    r->seconds = now() - t0;
    r->peak_kib = ru.ru_maxrss;
    r->exited = WIFEXITED(st);
    r->status = r->exited ? WEXITSTATUS(st) : -1;
    r->signal = WIFSIGNALED(st) ? WTERMSIG(st) : 0;
    r->out = slurp_all(out, &r->out_size);
    r->err = slurp_all(err, &r->err_size);
    total_seconds += r->seconds;
    if (r->peak_kib > peak_kib) peak_kib = r->peak_kib;
}

static void run_free(Run *r) {
    free(r->out);
    free(r->err);
    if (r->home[0]) nftw(r->home, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
    *r = (Run){0};
}

/* The run of the attack being tested, freed by the teardown also when a
   check failed half way. */
static Run current;

static int free_current(void **state) {
    (void)state;
    run_free(&current);
    return 0;
}

/* The checks every run gets: it ended by itself, in time, within memory,
   with bounded output, without a sanitizer report, and wrote nothing. */
static void expect_survived(const Attack *a, const char *what, Run *r) {
    if (r->killed)
        fail_msg("%s: %s hung: killed after %.0f s", a->name, what, TIME_LIMIT_S);
    if (!r->exited)
        fail_msg("%s: %s crashed with signal %d; stderr:\n%.2000s", a->name, what,
                 r->signal, r->err);
    if (strstr(r->err, "Sanitizer") || strstr(r->err, "runtime error:"))
        fail_msg("%s: %s: a sanitizer found a bug:\n%.4000s", a->name, what, r->err);
    if (r->peak_kib / 1024 > MEMORY_LIMIT_MIB)
        fail_msg("%s: %s used %ld MiB at its peak (limit %ld MiB)", a->name, what,
                 r->peak_kib / 1024, MEMORY_LIMIT_MIB);
    if (r->err_size > OUTPUT_LIMIT || r->out_size > OUTPUT_LIMIT)
        fail_msg("%s: %s wrote %ld bytes to stdout and %ld to stderr (limit %ld)", a->name,
                 what, r->out_size, r->err_size, OUTPUT_LIMIT);
    char left[1024];
    list_folder(r->home, left, sizeof left);
    if (left[0])
        fail_msg("%s: %s wrote into its home/temporary folder: %s", a->name, what, left);
    if (a->canary[0] && access(a->canary, F_OK) == 0)
        fail_msg("%s: %s created the canary %s", a->name, what, a->canary);
}

/* stderr has a line `FILE:LINE: ...` (line 0: `FILE: ...`) that contains
   the expected words. */
static void expect_error_line(const Attack *a, const char *what, const Run *r) {
    char prefix[PATH_MAX + 32];
    if (a->line > 0) snprintf(prefix, sizeof prefix, "%s:%d: ", a->path, a->line);
    else snprintf(prefix, sizeof prefix, "%s: ", a->path);
    size_t plen = strlen(prefix);
    for (const char *p = r->err; *p;) {
        const char *eol = strchr(p, '\n');
        size_t len = eol ? (size_t)(eol - p) : strlen(p);
        if (len >= plen && memcmp(p, prefix, plen) == 0) {
            char *l = strndup(p, len);
            assert_non_null(l);
            bool found = strstr(l, a->message) != NULL;
            free(l);
            if (found) return;
        }
        p += len + (eol != NULL);
    }
    fail_msg("%s: %s: expected a line starting '%s' with \"%s\" on stderr; got:\n%.3000s",
             a->name, what, prefix, a->message, r->err);
}

static void expect_status(const Attack *a, const char *what, const Run *r, int status) {
    if (r->status != status)
        fail_msg("%s: %s exited with %d, not %d; stderr:\n%.3000s", a->name, what, r->status,
                 status, r->err);
}

/* }====================================================== */

/* {====================================================== tests */

/* The corpus holds at least MIN_ATTACKS attacks, each with a valid header,
   and reaches every place where a scenario's code runs. */
static void corpus_is_complete(void **state) {
    (void)state;
    size_t bad = 0, where[NWHERE] = {0};
    for (size_t i = 0; i < nattacks; i++) {
        if (attacks[i].header_error[0]) {
            fprintf(stderr, "%s/%s.lua: %s\n", CORPUS, attacks[i].name,
                    attacks[i].header_error);
            bad++;
        }
        for (size_t w = 0; w < NWHERE; w++) where[w] += !strcmp(attacks[i].at, WHERE[w]);
    }
    if (nattacks < MIN_ATTACKS)
        fail_msg("%s holds %zu attacks; at least %d are required", CORPUS, nattacks,
                 MIN_ATTACKS);
    if (bad) fail_msg("%zu attack(s) without a valid header line", bad);
    for (size_t w = 0; w < NWHERE; w++)
        if (!where[w]) fail_msg("no attack runs at=%s", WHERE[w]);
    /* Every script belongs to an attack. */
    DIR *d = opendir(CORPUS);
    assert_non_null(d);
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t n = strlen(e->d_name);
        if (n > 7 && !strcmp(e->d_name + n - 7, ".script")) {
            char lua[PATH_MAX];
            snprintf(lua, sizeof lua, "%s/%.*s.lua", CORPUS, (int)(n - 7), e->d_name);
            if (access(lua, F_OK) != 0) fail_msg("%s/%s has no attack", CORPUS, e->d_name);
        }
    }
    closedir(d);
}

/* One attack: `blikk check`, `blikk play` with its script, and for
   attacks while loading the window's screenshot. */
static void attack_is_survived(void **state) {
    const Attack *a = *state;
    if (a->header_error[0]) fail_msg("%s: %s", a->name, a->header_error);
    if (a->canary[0]) unlink(a->canary);
    Run *r = &current;

    const char *check_args[] = {"check", a->path, NULL};
    spawn(r, check_args, NULL);
    expect_survived(a, "check", r);
    expect_status(a, "check", r, a->check);
    if (a->check != 0) expect_error_line(a, "check", r);
    run_free(r);

    if (a->play >= 0) {
        const char *play_args[] = {"play", a->path, "--script", a->script, "--json", NULL};
        spawn(r, play_args, NULL);
        expect_survived(a, "play", r);
        expect_status(a, "play", r, a->play);
        if (a->play != 0) expect_error_line(a, "play", r);
        run_free(r);
    }

    if (!strcmp(a->at, "load")) {
        /* The window opens the case, shows its errors in the picture and
           prints them on stderr with file and line, exiting 1, as check
           does. */
        char png[PATH_MAX + 32];
        snprintf(png, sizeof png, "%.3000s/%.127s.png", outdir, a->name);
        unlink(png);
        const char *shot_args[] = {"--screenshot", png, a->path, NULL};
        spawn(r, shot_args, "SDL_VIDEODRIVER=offscreen");
        expect_survived(a, "--screenshot", r);
        struct stat st;
        if (stat(png, &st) != 0 || st.st_size == 0)
            fail_msg("%s: --screenshot exited with %d and wrote no picture; stderr:\n%.2000s",
                     a->name, r->status, r->err);
        expect_status(a, "--screenshot", r, a->check);
        if (a->check != 0) expect_error_line(a, "--screenshot", r);
        unlink(png);
        run_free(r);
    }
}

/* }====================================================== */

static int summary(void **state) {
    (void)state;
    printf("hostile: %zu attacks, %.1f s in the program, peak %ld MiB%s\n", nattacks,
           total_seconds, peak_kib / 1024, UNDER_ASAN ? " (ASan)" : "");
    return 0;
}

int main(void) {
    if (!getcwd(root, sizeof root)) return 1;
    const char *b = blikk();
    if (!realpath(b, program)) {
        fprintf(stderr, "test_hostile: the program %s is not there (set BLIKK)\n", b);
        return 1;
    }
    snprintf(outdir, sizeof outdir, "/tmp/blikk-hostile-out-XXXXXX");
    if (!mkdtemp(outdir)) return 1;
    read_corpus();

    struct CMUnitTest *tests = calloc(nattacks + 1, sizeof *tests);
    if (!tests) return 1;
    tests[0] = (struct CMUnitTest)cmocka_unit_test(corpus_is_complete);
    for (size_t i = 0; i < nattacks; i++)
        tests[i + 1] = (struct CMUnitTest){attacks[i].name, attack_is_survived, NULL,
                                           free_current, &attacks[i]};
    int failed = _cmocka_run_group_tests("hostile scenarios (section 7)", tests, nattacks + 1,
                                         NULL, summary);
    nftw(outdir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
    free(tests);
    free(attacks);
    return failed;
}
