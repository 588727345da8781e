/*
** test_text.c — section 3 of the scenario format: paragraphs, speech,
** emphasis and {var}, as text_render turns markup into spans.
*/
#include "testutil.h"

static Scenario *sc;

static int setup(void **state) {
    (void)state;
    sc = load_ok(HEADER
                 "character { id = 'ida', name = 'Ida (16)' }\n"
                 "scene { id = 'a', text = 'x', next = 'e' }\n"
                 "ending { id = 'e', title = 'E', text = 'x', outcome = 'good' }\n");
    return 0;
}

static int teardown(void **state) {
    (void)state;
    scenario_free(sc);
    return 0;
}

static bool lookup(void *ud, const char *name, size_t len, Value *out) {
    (void)ud;
    static const struct { const char *name; Value v; } vars[] = {
        {"n", {VAL_NUMBER, 3, false, NULL}},
        {"half", {VAL_NUMBER, 2.5, false, NULL}},
        {"navn", {VAL_STRING, 0, false, "Ida"}},
        {"ja", {VAL_BOOL, 0, true, NULL}},
    };
    for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++)
        if (strlen(vars[i].name) == len && memcmp(vars[i].name, name, len) == 0) {
            *out = vars[i].v;
            return true;
        }
    return false;
}

static TextDoc render_ok(const char *markup) {
    TextDoc d;
    char err[200] = "";
    BlkStatus st = text_render(markup, sc, lookup, NULL, &d, err, sizeof err);
    if (st != BLK_OK) fprintf(stderr, "render failed: %s\n", err);
    assert_int_equal(st, BLK_OK);
    return d;
}

/* Concatenates a paragraph's spans, marking emphasis with [ ]. */
static const char *flat(const TextPara *p) {
    static char buf[512];
    buf[0] = '\0';
    for (size_t i = 0; i < p->nspans; i++) {
        if (p->spans[i].emph) strcat(buf, "[");
        strcat(buf, p->spans[i].text);
        if (p->spans[i].emph) strcat(buf, "]");
    }
    return buf;
}

/* Section 3: paragraphs are separated by a blank line; single newlines are
   spaces; the indentation of a [[...]] block is removed. */
static void paragraphs_and_lines(void **state) {
    (void)state;
    TextDoc d = render_ok("\n    Første linje\n    fortsetter her.\n\n\n    Andre avsnitt.\n  ");
    assert_int_equal(d.nparas, 2);
    assert_string_equal(flat(&d.paras[0]), "Første linje fortsetter her.");
    assert_string_equal(flat(&d.paras[1]), "Andre avsnitt.");
    assert_int_equal(d.paras[0].speaker, SPEAKER_NONE);
    text_free(&d);
}

/* Section 3: `<character id>:` starts a line of speech; `du:` is the
   trainee. The prefix is not part of the text. */
static void speech(void **state) {
    (void)state;
    TextDoc d = render_ok("ida: Jeg trenger bare et plaster.\n\ndu:Kom inn.\n\nNotat: ikke tale.");
    assert_int_equal(d.nparas, 3);
    assert_int_equal(d.paras[0].speaker, scenario_find_character(sc, "ida"));
    assert_string_equal(flat(&d.paras[0]), "Jeg trenger bare et plaster.");
    assert_int_equal(d.paras[1].speaker, SPEAKER_YOU);
    assert_string_equal(flat(&d.paras[1]), "Kom inn.");
    /* Not a character id: plain narration, prefix kept. */
    assert_int_equal(d.paras[2].speaker, SPEAKER_NONE);
    assert_string_equal(flat(&d.paras[2]), "Notat: ikke tale.");
    text_free(&d);
}

/* Section 3: *text* is emphasis; an unpaired asterisk stays literal. */
static void emphasis(void **state) {
    (void)state;
    TextDoc d = render_ok("Hun har hatt *mye fravær* i det siste.\n\n2 * 3 er seks");
    assert_string_equal(flat(&d.paras[0]), "Hun har hatt [mye fravær] i det siste.");
    assert_int_equal(d.paras[0].nspans, 3);
    assert_string_equal(flat(&d.paras[1]), "2 * 3 er seks");
    text_free(&d);
}

/* Section 3: {var} is replaced with the state variable; {{ is a literal {.
   Whole numbers print without decimals; a Norwegian case uses a decimal
   comma. */
static void variables(void **state) {
    (void)state;
    TextDoc d = render_ok("{navn} har {n} timer fravær, {half} i snitt. {ja}. {{ikke}");
    assert_string_equal(flat(&d.paras[0]), "Ida har 3 timer fravær, 2,5 i snitt. true. {ikke}");
    text_free(&d);
}

/* Section 3: an unknown variable is an error, as is an unclosed brace. */
static void variable_errors(void **state) {
    (void)state;
    TextDoc d;
    char err[200];
    assert_int_equal(text_render("Hei {ukjent}", sc, lookup, NULL, &d, err, sizeof err),
                     BLK_ERR_SCENARIO);
    assert_non_null(strstr(err, "{ukjent}"));
    assert_int_equal(text_render("Hei {navn", sc, lookup, NULL, &d, err, sizeof err),
                     BLK_ERR_SCENARIO);
    assert_non_null(strstr(err, "never closed"));
    /* the first brace is the unclosed one, not "{ hei og {navn}" a name */
    assert_int_equal(text_render("Se { hei og {navn}", sc, lookup, NULL, &d, err, sizeof err),
                     BLK_ERR_SCENARIO);
    assert_non_null(strstr(err, "never closed"));
}

/* UTF-8 passes through unchanged: æ ø å « » – … */
static void utf8_text(void **state) {
    (void)state;
    TextDoc d = render_ok("«Blåbær» – så…");
    assert_string_equal(flat(&d.paras[0]), "«Blåbær» – så…");
    text_free(&d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(paragraphs_and_lines), cmocka_unit_test(speech),
        cmocka_unit_test(emphasis), cmocka_unit_test(variables),
        cmocka_unit_test(variable_errors), cmocka_unit_test(utf8_text),
    };
    return cmocka_run_group_tests_name("text (section 3)", tests, setup, teardown);
}
