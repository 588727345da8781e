/*
** test_sandbox.c — section 7 (the sandbox) of the scenario format, and the
** parts of section 4 that the sandbox enforces: math.random seeded per
** playthrough, a state that holds only numbers, booleans and strings.
**
** A scenario is untrusted code. Each test is one attack a shared file
** could make; each must end in an exact diagnostic (kind, line, words),
** quickly. A watchdog fails any test that hangs.
*/
#include <signal.h>
#include <sys/resource.h>
#include <time.h>

#include "testutil.h"

/* The attack goes on line 4, after HEADER, before a valid scene. */
#define TAIL                                                         \
    "scene { id = 'a', text = 'A', next = 'e' }\n"                   \
    "ending { id = 'e', title = 'E', outcome = 'good', text = 'E' }\n"
#define AT4(code) HEADER code "\n" TAIL

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

/* Small budgets keep the tests fast; some tests use the defaults. */
static const LoadOptions SMALL = {.load_budget = 1000000,
                                  .callback_budget = 100000,
                                  .memory_budget = 8 << 20};

/* {====================================================== helpers */

/* print() output of the last scenario, one "LINE:MESSAGE\n" per call. */
static char logbuf[8192];

static void capture_log(void *ud, const char *file, int line, const char *msg) {
    (void)ud, (void)file;
    size_t n = strlen(logbuf);
    snprintf(logbuf + n, sizeof logbuf - n, "%d:%s\n", line, msg);
}

static char last_path[64]; /* the file of the last load, for diagnostics */
static double last_seconds; /* how long the last load took */

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Loads `src` with `opt` (NULL: default budgets), capturing print(). */
static Scenario *load_with(const char *src, const LoadOptions *opt, DiagList *dl) {
    LoadOptions o = opt ? *opt : (LoadOptions){0};
    o.log = capture_log;
    logbuf[0] = '\0';
    snprintf(last_path, sizeof last_path, "%s", write_scenario(src));
    Scenario *sc = NULL;
    double t0 = now();
    scenario_load(last_path, &o, &sc, dl);
    last_seconds = now() - t0;
    unlink(last_path);
    return sc;
}

/* Loads source that must load without errors. */
static Scenario *load_fine(const char *src, const LoadOptions *opt) {
    DiagList dl = {0};
    Scenario *sc = load_with(src, opt, &dl);
    if (diag_count(&dl, DIAG_ERROR)) diag_print(&dl, stderr);
    assert_int_equal(diag_count(&dl, DIAG_ERROR), 0);
    assert_non_null(sc);
    diag_free(&dl);
    return sc;
}

/* Asserts that `dl` holds an error of the last scenario's file on `line`
   whose message contains `words`. */
static void expect_diag(const DiagList *dl, int line, const char *words) {
    int i = find_diag(dl, DIAG_ERROR, words);
    if (i < 0 || dl->items[i].line != line) {
        fprintf(stderr, "expected an error on line %d with \"%s\"; got:\n", line, words);
        diag_print(dl, stderr);
    }
    assert_true(i >= 0);
    assert_int_equal(dl->items[i].line, line);
    assert_non_null(dl->items[i].file);
    assert_string_equal(dl->items[i].file, last_path);
}

/* Loading `src` fails with an error on `line` containing `words`, in well
   under the watchdog's time. */
static void expect_load_error(const char *src, const LoadOptions *opt, int line,
                              const char *words) {
    DiagList dl = {0};
    Scenario *sc = load_with(src, opt, &dl);
    assert_null(sc);
    expect_diag(&dl, line, words);
    assert_true(last_seconds < 5.0);
    diag_free(&dl);
}

/* The callbacks of section 2, each with a slot for code on line 6, and the
   play calls that reach it: the last one runs the callback. */
typedef enum { CB_TEXT, CB_ON_ENTER, CB_WHEN, CB_EFFECT, CB_CHOICE_NEXT,
               CB_SCENE_NEXT, CB_ENDING_TEXT } Callback;

static const struct {
    const char *before, *after; /* lines 4-5 and 7- */
    const char *action;         /* NULL: play_new itself runs it */
} CALLBACKS[] = {
    [CB_TEXT] = {"scene { id = 'a', next = 'e',\n  text = function(s)\n",
                 "  return 'A' end }\n", NULL},
    [CB_ON_ENTER] = {"scene { id = 'a', next = 'e',\n  text = 'A', on_enter = function(s)\n",
                     "  end }\n", NULL},
    [CB_WHEN] = {"scene { id = 'a', text = 'A', choices = {\n"
                 "  { text = 'c', feedback = 'f', next = 'e', when = function(s)\n",
                 "  return true end } } }\n", NULL},
    [CB_EFFECT] = {"scene { id = 'a', text = 'A', choices = {\n"
                   "  { text = 'c', feedback = 'f', next = 'e', effect = function(s)\n",
                   "  end } } }\n", "choose 1"},
    [CB_CHOICE_NEXT] = {"scene { id = 'a', text = 'A', choices = {\n"
                        "  { text = 'c', feedback = 'f', targets = { 'e' }, next = function(s)\n",
                        "  return 'e' end } } }\n", "choose 1"},
    [CB_SCENE_NEXT] = {"scene { id = 'a', text = 'A', targets = { 'e' },\n  next = function(s)\n",
                       "  return 'e' end }\n", "continue"},
    [CB_ENDING_TEXT] = {"scene { id = 'a', text = 'A', next = 'e' }\n"
                        "ending { id = 'e', title = 'E', outcome = 'good', text = function(s)\n",
                        "  return 'E' end }\n", "continue"},
};

static char *callback_src(Callback cb, const char *code) {
    static char src[2048];
    const char *ending = "ending { id = 'e', title = 'E', outcome = 'good', text = 'E' }\n";
    snprintf(src, sizeof src, "%s%s    %s\n%s%s", HEADER, CALLBACKS[cb].before, code,
             CALLBACKS[cb].after, cb == CB_ENDING_TEXT ? "" : ending);
    return src;
}

/* Runs the callback `cb` holding `code` (line 6): the play call that runs it
   returns BLK_ERR_RUNTIME with an error in the scenario's file on `line`
   containing `words`, quickly. */
static void expect_callback_error(Callback cb, const char *code, int line,
                                  const char *words) {
    Scenario *sc = load_fine(callback_src(cb, code), &SMALL);
    DiagList dl = {0};
    Play *p = NULL;
    double t0 = now();
    BlkStatus st = play_new(sc, 1, &p, &dl);
    if (CALLBACKS[cb].action) {
        assert_int_equal(st, BLK_OK);
        st = act(p, CALLBACKS[cb].action, &dl);
    } else {
        assert_null(p);
    }
    assert_int_equal(st, BLK_ERR_RUNTIME);
    assert_true(now() - t0 < 5.0);
    expect_diag(&dl, line, words);
    diag_free(&dl);
    play_free(p);
    scenario_free(sc);
}

#define LOOP_LINE 6 /* where callback_src puts the code */

/* }====================================================== */

/* {====================================================== forbidden names */

#define FORBIDDEN(test, code, name)                                         \
    static void test(void **state) {                                       \
        (void)state;                                                       \
        expect_load_error(AT4(code), NULL, 4, "unknown global '" name "'"); \
    }

/* Section 7: no io, so no file is opened, read or written. */
FORBIDDEN(io_is_not_reachable, "io.open('/etc/passwd')", "io")
/* Section 7: no os, so no process, no file removed or renamed. */
FORBIDDEN(os_is_not_reachable, "os.execute('true')", "os")
/* Section 7: no debug, which would reach the registry and the hooks. */
FORBIDDEN(debug_is_not_reachable, "debug.sethook()", "debug")
/* Section 7: no package, so no C library is loaded (package.loadlib). */
FORBIDDEN(package_is_not_reachable, "package.loadlib('libc.so.6', 'system')", "package")
/* Section 7: no require. */
FORBIDDEN(require_is_not_reachable, "require('io')", "require")
/* Section 7: no load, which would compile code with a chosen environment. */
FORBIDDEN(load_is_not_reachable, "load('return 1')", "load")
/* Section 7: no loadfile. */
FORBIDDEN(loadfile_is_not_reachable, "loadfile('/etc/passwd')", "loadfile")
/* Section 7: no dofile. */
FORBIDDEN(dofile_is_not_reachable, "dofile('/etc/passwd')", "dofile")
/* Section 7: no collectgarbage, which could stop the collector. */
FORBIDDEN(collectgarbage_is_not_reachable, "collectgarbage('stop')", "collectgarbage")
/* Section 7: only string, table, math and utf8: no coroutine. */
FORBIDDEN(coroutine_is_not_reachable, "coroutine.wrap(print)", "coroutine")
/* Section 7: no _G: the environment is the scenario's own. */
FORBIDDEN(global_table_is_not_reachable, "local g = _G.io", "_G")
/* Section 7: no xpcall: Lua runs its handler for the budget's error with
   the hook off, so a looping handler would never end. */
FORBIDDEN(xpcall_is_not_reachable,
          "xpcall(function() while true do end end, function() while true do end end)",
          "xpcall")

/* Section 7: reading an undefined global is an error naming it and the
   line, in the file and in a callback. */
static void unknown_global_names_name_and_line(void **state) {
    (void)state;
    expect_load_error(HEADER "local ok = true\nlocal x = helpr(1)\n" TAIL, NULL, 5,
                      "unknown global 'helpr'");
    expect_callback_error(CB_EFFECT, "s.x = tillit", LOOP_LINE, "unknown global 'tillit'");
}

/* Section 7: no string.dump (bytecode could be loaded back). */
static void string_dump_is_gone(void **state) {
    (void)state;
    expect_load_error(AT4("string.dump(function() end)"), NULL, 4,
                      "attempt to call a nil value (field 'dump')");
}

/* Section 7: no dump through the string methods either. */
static void string_method_dump_is_gone(void **state) {
    (void)state;
    expect_load_error(AT4("local f = ('').dump(print)"), NULL, 4,
                      "attempt to call a nil value (field 'dump')");
    expect_load_error(AT4("local f = (''):dump()"), NULL, 4,
                      "attempt to call a nil value (method 'dump')");
}

/* Section 7: no metatables of built-in types: getmetatable("") is false,
   so the string library behind the methods cannot be reached. */
static void string_metatable_is_hidden(void **state) {
    (void)state;
    Scenario *sc = load_fine(AT4("print(getmetatable(''), getmetatable('x'))"), NULL);
    assert_string_equal(logbuf, "4:false\tfalse\n");
    scenario_free(sc);
    expect_load_error(AT4("getmetatable('').__index.dump = 1"), NULL, 4,
                      "attempt to index a boolean value");
}

/* Section 7: the environment's metatable (unknown names are errors) is
   hidden and cannot be replaced. */
static void environment_metatable_is_locked(void **state) {
    (void)state;
    Scenario *sc = load_fine(AT4("print(getmetatable(_ENV))"), NULL);
    assert_string_equal(logbuf, "4:false\n");
    scenario_free(sc);
    expect_load_error(AT4("setmetatable(_ENV, { __index = function() return print end })"),
                      NULL, 4, "cannot change a protected metatable");
}

/* Section 7 (format notes): no __gc, which would run outside any budget. */
static void gc_metamethod_is_refused(void **state) {
    (void)state;
    expect_load_error(AT4("setmetatable({}, { __gc = function() while true do end end })"),
                      NULL, 4, "__gc is not allowed");
}

/* Section 7: a __gc slipped in while setmetatable looks (through __index
   on the metatable's metatable) or added afterwards never runs; freeing
   the scenario would otherwise run it with no hook, forever. */
static void gc_metamethod_cannot_be_slipped_in(void **state) {
    (void)state;
    Scenario *sc = load_fine(AT4("local mt = setmetatable({}, { __index = function(t, k)\n"
                                 "  rawset(t, k, function() print('gc') while true do end end)\n"
                                 "end })\n"
                                 "local ok = pcall(setmetatable, {}, mt)\n"
                                 "local late = {}\n"
                                 "setmetatable({}, late)\n"
                                 "late.__gc = function() print('gc') while true do end end"),
                             NULL);
    scenario_free(sc); /* closes the Lua state: finalizers would run now */
    assert_null(strstr(logbuf, "gc"));
}

/* Section 7: the environment holds exactly string, table, math, utf8, a
   safe print, the safe base functions and the constructors; each library
   exactly its safe functions. */
static void environment_holds_only_the_allowed_names(void **state) {
    (void)state;
    Scenario *sc = load_fine(
        AT4("local k = {} for n, v in pairs(_ENV) do if type(v) == 'table' then "
            "for f in pairs(v) do k[#k + 1] = n .. '.' .. f end else k[#k + 1] = n end end "
            "table.sort(k) print(table.concat(k, ' '))"),
        NULL);
    assert_string_equal(
        logbuf,
        "4:_VERSION assert character ending error getmetatable ipairs "
        "math.abs math.acos math.asin math.atan math.ceil math.cos math.deg math.exp "
        "math.floor math.fmod math.huge math.log math.max math.maxinteger math.min "
        "math.mininteger math.modf math.pi math.rad math.random math.sin math.sqrt "
        "math.tan math.tointeger math.type math.ult next observation pairs pcall print "
        "rawequal rawget rawlen rawset scenario scene select setmetatable "
        "string.byte string.char string.find string.format string.gmatch string.gsub "
        "string.len string.lower string.match string.pack string.packsize string.rep "
        "string.reverse string.sub string.unpack string.upper "
        "table.concat table.insert table.move table.pack table.remove table.sort "
        "table.unpack tonumber tostring type utf8.char utf8.charpattern utf8.codepoint "
        "utf8.codes utf8.len utf8.offset\n");
    scenario_free(sc);
}

/* Section 7: math.randomseed is not there; the engine seeds (section 4). */
static void randomseed_is_not_available(void **state) {
    (void)state;
    expect_load_error(AT4("math.randomseed(42)"), NULL, 4,
                      "attempt to call a nil value (field 'randomseed')");
}

/* Section 7: no route through the allowed names reads or writes a file. */
static void no_route_reads_or_writes_a_file(void **state) {
    (void)state;
    char canary[64], src[4096];
    snprintf(canary, sizeof canary, "/tmp/blikk-sandbox-canary-%d", (int)getpid());
    unlink(canary);
    snprintf(src, sizeof src, HEADER
        "local path = '%s'\n"
        "local tries = {\n"
        "  function() return io.open(path, 'w') end,\n"
        "  function() return io.lines('/etc/passwd') end,\n"
        "  function() return io.output(path) end,\n"
        "  function() return os.remove(path) end,\n"
        "  function() return os.rename(path, path .. 'x') end,\n"
        "  function() return os.tmpname() end,\n"
        "  function() return loadfile('/etc/passwd') end,\n"
        "  function() return dofile('/etc/passwd') end,\n"
        "  function() return require('io') end,\n"
        "  function() return load('return io')() end,\n"
        "  function() return string.dump(print) end,\n"
        "  function() return (''):dump() end,\n"
        "  function() return getmetatable('').__index.dump end,\n"
        "  function() return _ENV.io.open(path, 'w') end,\n"
        "  function() return rawget(_ENV, 'io').open(path, 'w') end,\n"
        "  function() return _G.io.open(path, 'w') end,\n"
        "  function() return debug.getregistry() end,\n"
        "  function() return string.gsub(path, '.+', io.write) end,\n"
        "  function() return table.concat({}, '', 1, 1, io) end,\n"
        "  function() return print.io end,\n"
        "  function() return string.io.open(path, 'w') end,\n"
        "}\n"
        "for i, f in ipairs(tries) do print(i, (pcall(f))) end\n" TAIL, canary);
    Scenario *sc = load_fine(src, NULL);
    char want[1024] = "";
    for (int i = 1; i <= 21; i++) /* the loop is on line 28 */
        snprintf(want + strlen(want), sizeof want - strlen(want), "28:%d\tfalse\n", i);
    assert_string_equal(logbuf, want);
    assert_int_equal(access(canary, F_OK), -1);
    scenario_free(sc);
}

/* Section 7: no route starts a process or loads native code. */
static void no_route_starts_a_process(void **state) {
    (void)state;
    Scenario *sc = load_fine(HEADER
        "local tries = {\n"
        "  function() return os.execute('touch /tmp/blikk-pwned') end,\n"
        "  function() return io.popen('id') end,\n"
        "  function() return package.loadlib('libc.so.6', 'system') end,\n"
        "  function() return require('os') end,\n"
        "  function() return coroutine.wrap(os.exit) end,\n"
        "}\n"
        "for i, f in ipairs(tries) do print(i, (pcall(f))) end\n" TAIL, NULL);
    assert_string_equal(logbuf, "11:1\tfalse\n11:2\tfalse\n11:3\tfalse\n11:4\tfalse\n"
                                "11:5\tfalse\n");
    scenario_free(sc);
}

/* Section 7: compiled chunks are refused: only source text is loaded. */
static void bytecode_is_refused(void **state) {
    (void)state;
    expect_load_error("\x1bLuaT scenario {}\n", NULL, 1, "bytecode");
    expect_load_error("\xEF\xBB\xBF\x1bLuaT scenario {}\n", NULL, 1, "bytecode");
}

/* }====================================================== */

/* {====================================================== endless loops */

/* Section 7: an endless loop while the file loads ends with the
   instruction budget at its line, with the default budgets. */
static void loop_at_load_time_ends(void **state) {
    (void)state;
    expect_load_error(HEADER "local n = 0\nwhile true do n = n + 1 end\n" TAIL, NULL, 5,
                      "instruction budget exceeded");
}

/* Section 7: a loop inside each kind of callback ends at its line, with
   the file named; the play call that runs it reports BLK_ERR_RUNTIME. */
#define LOOP_ENDS(test, cb)                                                          \
    static void test(void **state) {                                                \
        (void)state;                                                                \
        expect_callback_error(cb, "while true do end", LOOP_LINE, "instruction budget"); \
    }
LOOP_ENDS(loop_in_text_function_ends, CB_TEXT)       /* play_new */
LOOP_ENDS(loop_in_on_enter_ends, CB_ON_ENTER)        /* play_new */
LOOP_ENDS(loop_in_when_ends, CB_WHEN)                /* play_new */
LOOP_ENDS(loop_in_effect_ends, CB_EFFECT)            /* play_choose */
LOOP_ENDS(loop_in_choice_next_ends, CB_CHOICE_NEXT)  /* play_choose */
LOOP_ENDS(loop_in_scene_next_ends, CB_SCENE_NEXT)    /* play_continue */
LOOP_ENDS(loop_in_ending_text_ends, CB_ENDING_TEXT)  /* play_continue */

/* Section 7: a pcall in the script cannot swallow the budget error. */
static void loop_inside_pcall_still_ends(void **state) {
    (void)state;
#define PCALL_LOOP "while true do pcall(function() while true do end end) end"
    expect_load_error(AT4(PCALL_LOOP), &SMALL, 4, "instruction budget");
    expect_callback_error(CB_EFFECT, PCALL_LOOP, LOOP_LINE, "instruction budget");
    /* and nothing after the pcall runs */
    expect_load_error(AT4("pcall(function() while true do end end) print('after')"), &SMALL,
                      4, "instruction budget");
    assert_string_equal(logbuf, "");
}

/* Section 7: an error object's metamethods (__tostring, __index) are not
   run when the error is reported: they could loop outside the budget. */
static void error_object_metamethods_are_not_run(void **state) {
    (void)state;
    const char *bomb = "error(setmetatable({}, { __tostring = function() print('ran') "
                       "while true do end end, __index = function() print('ran') "
                       "while true do end end }))";
    char src[1024];
    snprintf(src, sizeof src, AT4("%s"), bomb);
    expect_load_error(src, NULL, 4, "the error is a table, not a message");
    expect_callback_error(CB_WHEN, bomb, LOOP_LINE, "the error is a table, not a message");
    assert_null(strstr(logbuf, "ran"));
}

/* Section 7: runaway recursion and runaway nesting end in errors. Lua
   cannot tell the line where the parser ran out of C stack (line 0). */
static void deep_recursion_ends(void **state) {
    (void)state;
    expect_load_error(AT4("local function f() return 1 + f() end f()"), &SMALL, 4,
                      "budget exceeded");
    expect_load_error(AT4("local function f() pcall(f) f() end f()"), &SMALL, 4,
                      "budget exceeded");
    static char deep[40000];
    size_t n = (size_t)snprintf(deep, sizeof deep, HEADER "local x = ");
    for (int i = 0; i < 10000; i++) deep[n++] = '(';
    snprintf(deep + n, sizeof deep - n, "1\n" TAIL);
    expect_load_error(deep, NULL, 0, "C stack overflow");
}

/* }====================================================== */

/* {====================================================== work in C */

/* Section 7: work done inside one library call is bounded too, though no
   instruction is counted while it runs: string.rep("", huge) is "". */
static void empty_string_rep_does_not_hang(void **state) {
    (void)state;
    Scenario *sc = load_fine(AT4("print(#string.rep('', math.maxinteger), "
                                 "#(''):rep(1 << 62, ''))"), &SMALL);
    assert_string_equal(logbuf, "4:0\t0\n");
    assert_true(last_seconds < 1.0);
    scenario_free(sc);
}

/* Section 7: table.move over a huge range, and insert/remove on a table
   whose __len claims a huge size, are refused instead of looping in C. */
static void huge_table_ranges_are_refused(void **state) {
    (void)state;
    expect_load_error(AT4("table.move({}, 1, math.maxinteger - 1, 1, {})"), &SMALL, 4,
                      "instruction budget");
    expect_load_error(AT4("local t = setmetatable({}, { __len = function() return 1 << 60 end })\n"
                          "table.insert(t, 1, 'x')"), &SMALL, 5, "instruction budget");
    expect_load_error(AT4("local t = setmetatable({}, { __len = function() return 1 << 60 end })\n"
                          "table.remove(t, 1)"), &SMALL, 5, "instruction budget");
}

/* Section 7: backtracking patterns (exponential or quadratic work) are
   refused before they start; so is a plain find that would compare too
   much. */
static void runaway_patterns_are_refused(void **state) {
    (void)state;
    expect_load_error(AT4("local s = ('a'):rep(40) local i = s:find(('a*'):rep(20) .. 'b')"),
                      NULL, 4, "instruction budget");
    expect_load_error(AT4("local s = ('a'):rep(1e6) for w in s:gmatch('.-b') do end"), NULL,
                      4, "instruction budget");
    expect_load_error(AT4("local s = ('a'):rep(1e6) local r = s:gsub('a-a-b', '')"), NULL, 4,
                      "instruction budget");
    expect_load_error(AT4("local s = ('a'):rep(1e6) local r = string.match(s, '(.-)%1b')"),
                      NULL, 4, "instruction budget");
    expect_load_error(AT4("local s = ('a'):rep(4e6)\n"
                          "local i = s:find(('a'):rep(1e5) .. 'b', 1, true)"),
                      NULL, 5, "instruction budget");
}

/* Section 7: ...while the patterns authors use on texts of a realistic
   size still work. */
static void everyday_patterns_still_work(void **state) {
    (void)state;
    Scenario *sc = load_fine(AT4(
        "local t = ('Ida kom innom.  Hun  hadde\\tmye fravær. '):rep(500)\n"
        "local one = t:gsub('%s+', ' ')\n"
        "local trimmed = ('   ' .. t .. '   '):match('^%s*(.-)%s*$')\n"
        "local words = 0 for w in t:gmatch('%a+') do words = words + 1 end\n"
        "local d = ('dato 2024-05-17 kl 10:30'):match('(%d+)%-(%d+)%-(%d+)')\n"
        "local b = ('f(a(b)c) g(h)'):gsub('%b()', '')\n"
        "print(#one, #trimmed, words, d, b, t:find('fravær', 1, true), t:find('x'))"),
        NULL);
    assert_string_equal(logbuf, "10:19000\t19999\t4000\t2024\tf g\t32\tnil\n");
    scenario_free(sc);
}

/* Section 7: ...and the guarded functions still name themselves in
   errors. */
static void guarded_functions_keep_their_messages(void **state) {
    (void)state;
    expect_load_error(AT4("local s = string.format('%d', 'x')"), NULL, 4,
                      "bad argument #2 to 'format' (number expected, got string)");
    expect_load_error(AT4("local s = ('x'):rep()"), NULL, 4,
                      "bad argument #1 to 'rep' (number expected, got no value)");
    expect_load_error(AT4("for w in ('x'):gmatch('[') do end"), NULL, 4,
                      "malformed pattern (missing ']')");
}

/* Section 7: one instruction or call can work through a whole large
   string; a loop of them still ends soon (a time limit backs the count). */
static void loops_of_costly_instructions_end(void **state) {
    (void)state;
    const LoadOptions quick = {.load_budget = 100000};
    expect_load_error(AT4("local s = ('x'):rep(3e7) while true do local n = utf8.len(s) end"),
                      &quick, 4, "instruction budget");
    expect_load_error(AT4("local s = ('1'):rep(2e7) while true do local n = s + 0 end"),
                      &quick, 4, "instruction budget");
}

/* }====================================================== */

/* {====================================================== memory */

/* Section 7: memory bombs while the file loads end with the memory budget
   at their line, with the default 64 MiB. */
static void memory_bombs_at_load_time_end(void **state) {
    (void)state;
    expect_load_error(AT4("local s = string.rep('x', 1e9)"), NULL, 4, "memory budget");
    expect_load_error(HEADER "local t = {}\nwhile true do t[#t + 1] = {} end\n" TAIL, NULL, 5,
                      "memory budget");
    expect_load_error(HEADER "local s = 'x'\nwhile true do s = s .. s end\n" TAIL, NULL, 5,
                      "memory budget");
    expect_load_error(AT4("local s = ('x'):rep(1e9, ',')"), &SMALL, 4, "memory budget");
}

/* Section 7: a pcall cannot swallow the memory budget: nothing after it
   runs. */
static void memory_bomb_inside_pcall_still_ends(void **state) {
    (void)state;
    expect_load_error(AT4("pcall(string.rep, 'x', 1e9) print('after')"), NULL, 4,
                      "memory budget");
    assert_string_equal(logbuf, "");
    expect_load_error(AT4("local ok = pcall(function() local t = {} "
                          "while true do t[#t + 1] = {} end end) print('after', ok)"),
                      &SMALL, 4, "memory budget");
    assert_string_equal(logbuf, "");
}

/* Section 7: memory bombs in callbacks end at their line. */
static void memory_bombs_in_callbacks_end(void **state) {
    (void)state;
    expect_callback_error(CB_TEXT, "local s = string.rep('x', 1e9)", LOOP_LINE, "memory budget");
    expect_callback_error(CB_EFFECT,
                          "local b, t = ('x'):rep(1e5), {} while true do t[#t + 1] = b .. #t end",
                          LOOP_LINE, "memory budget");
    expect_callback_error(CB_ON_ENTER, "local s = 'x' while true do s = s .. s end", LOOP_LINE,
                          "memory budget");
    expect_callback_error(CB_WHEN, "pcall(string.rep, 'x', 1e9) s.x = 1", LOOP_LINE,
                          "memory budget");
    expect_callback_error(CB_SCENE_NEXT, "s.big = ('x'):rep(6e6) s.more = s.big .. s.big",
                          LOOP_LINE, "memory budget");
}

/* Section 7: after all these bombs the process's memory stayed near the
   budget: no allocation got past it. */
static void process_memory_stays_bounded(void **state) {
    (void)state;
    expect_load_error(HEADER "local t = {}\nwhile true do t[#t + 1] = ('x'):rep(100) end\n" TAIL,
                      NULL, 5, "memory budget");
    struct rusage ru;
    assert_int_equal(getrusage(RUSAGE_SELF, &ru), 0);
    long peak_mib = ru.ru_maxrss / 1024;
    long limit = UNDER_ASAN ? 1024  /* ASan keeps freed memory in quarantine */
                            : 192;  /* the 64 MiB budget, a realloc's two copies, the rest */
    if (peak_mib >= limit) fail_msg("peak memory %ld MiB", peak_mib);
}

/* }====================================================== */

/* {====================================================== recovery */

/* Section 7: after a budget error in a callback the same Scenario starts
   a new Play that runs normally. */
static void scenario_recovers_after_budget_errors(void **state) {
    (void)state;
    Scenario *sc = load_fine(
        "scenario { id = 't', title = 'T', summary = 'S', role = 'R',\n"
        "  objectives = { 'O' }, start = 'a', state = { n = 0 },\n"
        "  competencies = { { id = 'x', name = 'X' } } }\n"
        "scene { id = 'a', text = function(s) return 'A ' .. s.n end, choices = {\n"
        "  { text = 'loop', feedback = 'f', next = 'e',\n"
        "    effect = function(s) while true do end end },\n"
        "  { text = 'bomb', feedback = 'f', next = 'e', effect = function(s)\n"
        "      local b, t = ('x'):rep(1e5), {} while true do t[#t + 1] = b .. #t end end },\n"
        "  { text = 'ok', feedback = 'f', next = 'e',\n"
        "    effect = function(s) s.n = s.n + 1 end } } }\n"
        "ending { id = 'e', title = 'E', outcome = 'good',\n"
        "  text = function(s) return 'E ' .. s.n .. ' ' .. ('x'):rep(3) end }\n",
        &SMALL);
    const char *failing[] = {"choose 1", "choose 2"};
    int lines[] = {6, 8}; /* the loop, the bomb */
    for (int round = 0; round < 3; round++) {
        for (int i = 0; i < 2; i++) {
            Play *p = NULL;
            DiagList dl = {0};
            assert_int_equal(play_new(sc, 1, &p, &dl), BLK_OK);
            assert_int_equal(act(p, failing[i], &dl), BLK_ERR_RUNTIME);
            expect_diag(&dl, lines[i], i ? "memory budget" : "instruction budget");
            play_free(p);
            diag_free(&dl);
            const char *const ok[] = {"choose 3", NULL};
            p = play_all(sc, ok);
            const PlayView *v = play_view(p);
            assert_true(v->finished);
            assert_string_equal(v->text->paras[0].spans[0].text, "E 1 xxx");
            play_free(p);
        }
    }
    scenario_free(sc);
}

/* }====================================================== */

/* {====================================================== state (section 4) */

#define RANDOM_SRC                                                          \
    "scenario { id = 't', title = 'T', summary = 'S', role = 'R',\n"        \
    "  objectives = { 'O' }, start = 'a', competencies = { { id = 'x', name = 'X' } },\n" \
    "  state = { r = 0, at_load = math.random(1, 1000000000) } }\n"         \
    "scene { id = 'a', next = 'e', on_enter = function(s) s.r = math.random(1, 1000000000) end,\n" \
    "  text = function(s) return 'R ' .. math.random(1, 1000000000) end }\n" \
    "ending { id = 'e', title = 'E', outcome = 'good', text = 'E' }\n"

/* The state values and the text after play_new with `seed`. */
typedef struct {
    double r, at_load;
    char text[64];
} RandomRun;

static RandomRun random_play(const Scenario *sc, uint64_t seed) {
    RandomRun run;
    Play *p = NULL;
    DiagList dl = {0};
    assert_int_equal(play_new(sc, seed, &p, &dl), BLK_OK);
    assert_int_equal(play_seed(p), seed);
    Value v;
    assert_true(play_state_get(p, "r", &v));
    run.r = v.num;
    assert_true(play_state_get(p, "at_load", &v));
    run.at_load = v.num;
    snprintf(run.text, sizeof run.text, "%s", play_view(p)->text->paras[0].spans[0].text);
    play_free(p);
    diag_free(&dl);
    return run;
}

/* Section 4: math.random is seeded per playthrough: the same seed gives
   the same state and text, another seed others. */
static void random_is_seeded_per_playthrough(void **state) {
    (void)state;
    Scenario *sc = load_fine(RANDOM_SRC, NULL);
    RandomRun a = random_play(sc, 7), other = random_play(sc, 8), b = random_play(sc, 7);
    assert_true(a.r == b.r);
    assert_string_equal(a.text, b.text);
    assert_true(a.r != other.r);
    assert_string_not_equal(a.text, other.text);
    scenario_free(sc);
}

/* Section 4: a replay is identical across loads too, also when the file
   calls math.random while it loads. */
static void random_is_the_same_across_loads(void **state) {
    (void)state;
    Scenario *sa = load_fine(RANDOM_SRC, NULL), *sb = load_fine(RANDOM_SRC, NULL);
    RandomRun a = random_play(sa, 3), b = random_play(sb, 3);
    assert_true(a.at_load == b.at_load);
    assert_true(a.r == b.r);
    assert_string_equal(a.text, b.text);
    scenario_free(sa);
    scenario_free(sb);
}

/* Section 4: only numbers, booleans and strings may be stored in the
   state; anything else is a runtime error at the callback's item (the
   scene, as a choice has no line of its own). */
static void state_refuses_a_table(void **state) {
    (void)state;
    expect_callback_error(CB_EFFECT, "s.x = {}", 4, "state.x was set to a table");
    expect_callback_error(CB_ENDING_TEXT, "s.e = s", 5, "state.e was set to a table");
}
static void state_refuses_a_function(void **state) {
    (void)state;
    expect_callback_error(CB_ON_ENTER, "s.f = print", 4, "state.f was set to a function");
}
static void state_refuses_a_metatable(void **state) {
    (void)state;
    expect_callback_error(CB_WHEN, "setmetatable(s, { __index = function() return 1 end })", 4,
                          "metatable");
    expect_callback_error(CB_TEXT, "setmetatable(s, { __metatable = false })", 4, "metatable");
}
static void state_refuses_a_key_that_is_not_a_name(void **state) {
    (void)state;
    expect_callback_error(CB_CHOICE_NEXT, "s[1] = 'x'", 4, "not a name");
}

/* }====================================================== */

/* A test that runs longer than this has hung. */
static void on_alarm(int sig) {
    (void)sig;
    static const char msg[] = "test_sandbox: a test hung (watchdog)\n";
    ssize_t w = write(2, msg, sizeof msg - 1);
    (void)w;
    _exit(3);
}
static int watchdog_on(void **state) {
    (void)state;
    signal(SIGALRM, on_alarm);
    alarm(30);
    return 0;
}
static int watchdog_off(void **state) {
    (void)state;
    alarm(0);
    return 0;
}

#define T(f) cmocka_unit_test_setup_teardown(f, watchdog_on, watchdog_off)

int main(void) {
    const struct CMUnitTest tests[] = {
        T(io_is_not_reachable),
        T(os_is_not_reachable),
        T(debug_is_not_reachable),
        T(package_is_not_reachable),
        T(require_is_not_reachable),
        T(load_is_not_reachable),
        T(loadfile_is_not_reachable),
        T(dofile_is_not_reachable),
        T(collectgarbage_is_not_reachable),
        T(coroutine_is_not_reachable),
        T(global_table_is_not_reachable),
        T(xpcall_is_not_reachable),
        T(unknown_global_names_name_and_line),
        T(string_dump_is_gone),
        T(string_method_dump_is_gone),
        T(string_metatable_is_hidden),
        T(environment_metatable_is_locked),
        T(gc_metamethod_is_refused),
        T(gc_metamethod_cannot_be_slipped_in),
        T(environment_holds_only_the_allowed_names),
        T(randomseed_is_not_available),
        T(no_route_reads_or_writes_a_file),
        T(no_route_starts_a_process),
        T(bytecode_is_refused),
        T(loop_at_load_time_ends),
        T(loop_in_text_function_ends),
        T(loop_in_on_enter_ends),
        T(loop_in_when_ends),
        T(loop_in_effect_ends),
        T(loop_in_choice_next_ends),
        T(loop_in_scene_next_ends),
        T(loop_in_ending_text_ends),
        T(loop_inside_pcall_still_ends),
        T(error_object_metamethods_are_not_run),
        T(deep_recursion_ends),
        T(empty_string_rep_does_not_hang),
        T(huge_table_ranges_are_refused),
        T(runaway_patterns_are_refused),
        T(everyday_patterns_still_work),
        T(guarded_functions_keep_their_messages),
        T(loops_of_costly_instructions_end),
        T(memory_bombs_at_load_time_end),
        T(memory_bomb_inside_pcall_still_ends),
        T(memory_bombs_in_callbacks_end),
        T(process_memory_stays_bounded),
        T(scenario_recovers_after_budget_errors),
        T(random_is_seeded_per_playthrough),
        T(random_is_the_same_across_loads),
        T(state_refuses_a_table),
        T(state_refuses_a_function),
        T(state_refuses_a_metatable),
        T(state_refuses_a_key_that_is_not_a_name),
    };
    return cmocka_run_group_tests_name("sandbox (section 7)", tests, NULL, NULL);
}
