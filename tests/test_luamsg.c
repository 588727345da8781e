/*
** test_luamsg.c — Lua's own error messages in the author's language.
**
** The messages are not typed in here: each test makes Lua 5.4 itself fail
** on a small piece of code, the way a scenario author's mistake would, and
** checks what the author reads. In English (no catalogue) that is Lua's
** message exactly; in Norwegian it is a translation that keeps every part
** of the original — line numbers, names, the token Lua stopped at — and
** says how to fix it.
*/
#include <lauxlib.h>
#include <locale.h>
#include <lua.h>
#include <lualib.h>

#include "../engine/core/i18n.h"
#include "../engine/core/luamsg.h"
#include "testutil.h"

/* Lua's message for CODE (from loading it, else from running it), without
   the "[string]:LINE: " prefix. */
static const char *lua_message(const char *code) {
    static char msg[1024];
    lua_State *L = luaL_newstate();
    assert_non_null(L);
    luaL_openlibs(L);
    int status = luaL_loadbufferx(L, code, strlen(code), "=s", "t");
    if (status == LUA_OK) status = lua_pcall(L, 0, 0, 0);
    assert_int_not_equal(status, LUA_OK);
    const char *m = lua_tostring(L, -1);
    assert_non_null(m);
    if (strncmp(m, "s:", 2) == 0) { /* "s:LINE: message" */
        const char *colon = strchr(m + 2, ':');
        if (colon && colon[1] == ' ') m = colon + 2;
    }
    snprintf(msg, sizeof msg, "%s", m);
    lua_close(L);
    return msg;
}

static const char *translated(const char *msg) {
    static char out[1024];
    luamsg_translate(msg, out, sizeof out);
    return out;
}

static void use_language(const char *lang) {
    i18n_init(lang);
    bindtextdomain("blikk", "build/locale"); /* the catalogue of this build */
}

static int norwegian(void **state) {
    (void)state;
    use_language("nb");
    return 0;
}

/* Lua's message for CODE, in Norwegian, must contain each of the words. */
static void expect_nb(const char *code, const char *lua_says, const char *const *words) {
    const char *orig = lua_message(code);
    expect_contains(orig, lua_says); /* the Lua this was written for */
    const char *nb = translated(orig);
    if (strcmp(nb, orig) == 0) fail_msg("not translated: %s", orig);
    for (size_t i = 0; words[i]; i++) {
        if (!strstr(nb, words[i]))
            fail_msg("'%s'\n  became '%s'\n  which lacks '%s'", orig, nb, words[i]);
    }
}

#define WORDS(...) ((const char *const[]){__VA_ARGS__, NULL})

/* {====================================================== parser */

static void an_unclosed_table_names_its_line_and_the_likely_comma(void **state) {
    (void)state;
    expect_nb("scene {\n  id = 'a'\n  text = 'b' }\n", "'}' expected (to close '{' at line 1) near 'text'",
              WORDS("'{' på linje 1", "'text'", "komma"));
}

static void a_missing_comma_inside_one_line(void **state) {
    (void)state;
    expect_nb("local t = { a = 1 b = 2 }", "'}' expected near 'b'", WORDS("'}'", "komma", "'b'"));
}

static void a_block_without_end_at_the_end_of_the_file(void **state) {
    (void)state;
    expect_nb("if true then\n  x = 1\n", "'end' expected (to close 'if' at line 1) near <eof>",
              WORDS("'if' på linje 1", "'end'", "slutten av filen"));
}

static void an_unfinished_string_shows_the_text(void **state) {
    (void)state;
    expect_nb("local s = \"Timen,\nx = 1", "unfinished string near '\"Timen,'",
              WORDS("'\"Timen,'", "anførselstegn"));
}

static void a_single_equals_sign_in_an_if(void **state) {
    (void)state;
    expect_nb("local x = 1\nif x = 1 then end", "'then' expected near '='", WORDS("'then'", "=="));
}

static void a_comma_after_a_building_block(void **state) {
    (void)state;
    expect_nb("scene { id = 'a' },\nscene { id = 'b' }", "syntax error near ','",
              WORDS("syntaksfeil", "','"));
}

static void the_file_ends_inside_a_table(void **state) {
    (void)state;
    expect_nb("local t = {\n a = 1,\n", "unexpected symbol near <eof>", WORDS("slutter for tidlig"));
}

static void a_malformed_number(void **state) {
    (void)state;
    expect_nb("local x = 2,5.1.1", "malformed number near '5.1.1'", WORDS("'5.1.1'", "punktum"));
}

static void an_unknown_escape(void **state) {
    (void)state;
    expect_nb("local s = 'a\\qb'", "invalid escape sequence near ''a\\q'", WORDS("\\\\"));
}

static void an_unfinished_long_string(void **state) {
    (void)state;
    expect_nb("local s = [[abc\n\n", "unfinished long string (starting at line 1) near <eof>",
              WORDS("linje 1", "]]", "slutten av filen"));
}

/* }====================================================== */

/* {====================================================== runtime */

static void calling_a_missing_function_names_it(void **state) {
    (void)state;
    expect_nb("local x = math.randomseed_(1)", "attempt to call a nil value (field 'randomseed_')",
              WORDS("feltet 'randomseed_'", "nil", "funksjon"));
}

static void indexing_nil_names_the_field(void **state) {
    (void)state;
    expect_nb("local t = {}\nt.a.b = 1", "attempt to index a nil value (field 'a')",
              WORDS("feltet 'a'", "nil", "tabell"));
}

static void arithmetic_on_a_misspelt_variable(void **state) {
    (void)state;
    expect_nb("local s = {}\nlocal y = s.tilit + 1", "attempt to perform arithmetic on a nil value (field 'tilit')",
              WORDS("regne", "feltet 'tilit'", "state"));
}

static void comparing_with_nil(void **state) {
    (void)state;
    expect_nb("local y = 1 < nil", "attempt to compare number with nil", WORDS("sammenligne number med nil"));
}

static void length_of_a_local(void **state) {
    (void)state;
    expect_nb("local t\nlocal n = #t", "attempt to get length of a nil value (local 't')",
              WORDS("den lokale variabelen 't'", "#"));
}

static void concatenating_a_boolean(void **state) {
    (void)state;
    expect_nb("local b = true\nlocal s = 'x' .. b", "attempt to concatenate a boolean value (local 'b')",
              WORDS("'b'", "boolean", ".."));
}

static void a_bad_argument_translates_the_reason_too(void **state) {
    (void)state;
    expect_nb("local s = string.rep('a', nil)", "bad argument #2 to 'rep' (number expected, got nil)",
              WORDS("argument nr. 2 til 'rep'", "ventet number, men fikk nil"));
    expect_nb("local s = string.rep('a')", "bad argument #2 to 'rep' (number expected, got no value)",
              WORDS("ingen verdi"));
}

static void an_empty_random_interval(void **state) {
    (void)state;
    expect_nb("local x = math.random(5, 1)", "bad argument #1 to 'random' (interval is empty)",
              WORDS("argument nr. 1 til 'random'", "intervallet er tomt"));
}

static void a_numeric_for_without_a_limit(void **state) {
    (void)state;
    expect_nb("for i = 1, nil do end", "bad 'for' limit (number expected, got nil)", WORDS("grensen", "tall"));
}

static void modulo_by_zero(void **state) {
    (void)state;
    expect_nb("local z = 0\nlocal x = 5 % z", "attempt to perform 'n%0'", WORDS("(%)", "0"));
}

/* }====================================================== */

/* {====================================================== what stays */

static void an_authors_own_error_is_left_as_written(void **state) {
    (void)state;
    const char *orig = lua_message("error('mangler verdi for tillit', 0)");
    assert_string_equal(orig, "mangler verdi for tillit");
    assert_string_equal(translated(orig), orig);
}

static void a_message_that_only_looks_like_lua_needs_the_whole_shape(void **state) {
    (void)state;
    /* Lua's words at the start, something else after: not Lua's message. */
    const char *own = "attempt to call a nil value (field 'x') -- fra min egen kode";
    assert_string_equal(translated(own), own);
}

static void a_long_message_is_copied_however_it_is_built(void **state) {
    (void)state;
    /* Many copies of a phrase's words would make a naive matcher try every
       way of splitting them. Past 512 bytes nothing is matched at all. */
    static char big[8192], out[8192];
    big[0] = '\0';
    while (strlen(big) + 64 < sizeof big) strcat(big, "x expected (to close x at line ");
    luamsg_translate(big, out, sizeof out);
    assert_string_equal(out, big);
    char mid[500] = "";
    while (strlen(mid) + 40 < sizeof mid) strcat(mid, " expected (to close ");
    luamsg_translate(mid, out, sizeof out); /* matched, and it returns */
    assert_string_equal(out, mid);
}

static void the_result_is_cut_to_the_buffer(void **state) {
    (void)state;
    char out[16];
    luamsg_translate(lua_message("local t = {}\nt.a.b = 1"), out, sizeof out);
    assert_int_equal(strlen(out), sizeof out - 1);
}

static void in_english_every_message_is_luas_own(void **state) {
    (void)state;
    use_language("en");
    static const char *const code[] = {
        "scene {\n  id = 'a'\n  text = 'b' }\n", "if true then\n", "local s = \"x\nx = 1",
        "local t = {}\nt.a.b = 1", "local s = string.rep('a', nil)", "for i = 1, nil do end",
        "local t\nlocal n = #t", "local y = 1 < nil", "local z = 0\nlocal x = 5 % z",
    };
    for (size_t i = 0; i < sizeof code / sizeof code[0]; i++) {
        const char *orig = lua_message(code[i]);
        assert_string_equal(translated(orig), orig);
    }
    use_language("nb");
}

/* }====================================================== */

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(an_unclosed_table_names_its_line_and_the_likely_comma),
        cmocka_unit_test(a_missing_comma_inside_one_line),
        cmocka_unit_test(a_block_without_end_at_the_end_of_the_file),
        cmocka_unit_test(an_unfinished_string_shows_the_text),
        cmocka_unit_test(a_single_equals_sign_in_an_if),
        cmocka_unit_test(a_comma_after_a_building_block),
        cmocka_unit_test(the_file_ends_inside_a_table),
        cmocka_unit_test(a_malformed_number),
        cmocka_unit_test(an_unknown_escape),
        cmocka_unit_test(an_unfinished_long_string),
        cmocka_unit_test(calling_a_missing_function_names_it),
        cmocka_unit_test(indexing_nil_names_the_field),
        cmocka_unit_test(arithmetic_on_a_misspelt_variable),
        cmocka_unit_test(comparing_with_nil),
        cmocka_unit_test(length_of_a_local),
        cmocka_unit_test(concatenating_a_boolean),
        cmocka_unit_test(a_bad_argument_translates_the_reason_too),
        cmocka_unit_test(an_empty_random_interval),
        cmocka_unit_test(a_numeric_for_without_a_limit),
        cmocka_unit_test(modulo_by_zero),
        cmocka_unit_test(an_authors_own_error_is_left_as_written),
        cmocka_unit_test(a_message_that_only_looks_like_lua_needs_the_whole_shape),
        cmocka_unit_test(a_long_message_is_copied_however_it_is_built),
        cmocka_unit_test(the_result_is_cut_to_the_buffer),
        cmocka_unit_test(in_english_every_message_is_luas_own),
    };
    return cmocka_run_group_tests(tests, norwegian, NULL);
}
