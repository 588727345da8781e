/*
** test_ui_settings.c — the window's pieces on their own: settings saved
** atomically and read back, a corrupt settings file giving a message and
** the defaults, the theme file matching the built-in theme, every text
** colour pair of both palettes meeting WCAG AA, and the text setter's word
** wrap (measure, UTF-8, no hyphenation, long words, emphasis).
*/
#include "test_ui_util.h"

#include <dirent.h>

static void path_in(char *out, size_t size, const char *name) {
    snprintf(out, size, "%s/home/%s", ut_dir, name);
}

static void test_settings_round_trip(void **state) {
    (void)state;
    char path[PATH_MAX + 64], err[400];
    path_in(path, sizeof path, "cfg/blikk/settings.json");
    Settings s, r;
    settings_defaults(&s);
    s.text_size = 130;
    s.high_contrast = true;
    s.feedback = FEEDBACK_END;
    snprintf(s.language, sizeof s.language, "en");
    snprintf(s.font, sizeof s.font, "DejaVu Serif");
    assert_true(settings_save(&s, path, err, sizeof err)); /* makes the folders */
    assert_true(settings_load(&r, path, err, sizeof err));
    assert_int_equal(r.text_size, 130);
    assert_true(r.high_contrast);
    assert_int_equal(r.feedback, FEEDBACK_END);
    assert_string_equal(r.language, "en");
    assert_string_equal(r.font, "DejaVu Serif");
    /* Only the file itself is left: the temporary one was renamed. */
    char dir[PATH_MAX + 64];
    path_in(dir, sizeof dir, "cfg/blikk");
    DIR *d = opendir(dir);
    assert_non_null(d);
    int files = 0;
    struct dirent *e;
    while ((e = readdir(d)))
        if (e->d_name[0] != '.') files++;
    closedir(d);
    assert_int_equal(files, 1);
    /* A missing file is no problem: the defaults. */
    path_in(path, sizeof path, "cfg/none.json");
    assert_true(settings_load(&r, path, err, sizeof err));
    assert_int_equal(r.text_size, 100);
}

static void test_corrupt_settings(void **state) {
    (void)state;
    static const char *const bad[] = {
        "{ \"text_size\": 130, ",          /* cut off */
        "[1, 2, 3]",                        /* not an object */
        "{ \"text_size\": 137 }",           /* not a size we offer */
        "{ \"feedback\": \"sometimes\" }",
        "{ \"high_contrast\": \"yes\" }",
        "\xff\xfe garbage",
        "",
    };
    char path[PATH_MAX + 64], err[400];
    path_in(path, sizeof path, "bad.json");
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        ut_write(path, bad[i]);
        Settings s;
        err[0] = '\0';
        assert_false(settings_load(&s, path, err, sizeof err));
        assert_non_null(strstr(err, "bad.json"));
        assert_int_equal(s.feedback, FEEDBACK_EACH);
        assert_false(s.high_contrast);
    }
    /* The window starts anyway, with the message on the menu. */
    ut_write(path, "{ nonsense");
    char cfg[PATH_MAX + 64];
    path_in(cfg, sizeof cfg, "corrupt");
    mkdir(cfg, 0700);
    setenv("XDG_CONFIG_HOME", cfg, 1);
    path_in(path, sizeof path, "corrupt/blikk");
    mkdir(path, 0700);
    path_in(path, sizeof path, "corrupt/blikk/settings.json");
    ut_write(path, "{ \"text_size\": ");
    char e2[300];
    Ui *ui = ui_new(ut_dir, true, e2, sizeof e2);
    assert_non_null(ui);
    assert_non_null(strstr(ui->notice, "settings.json"));
    assert_int_equal(ui->settings.text_size, 100);
    ui_free(ui);
    path_in(path, sizeof path, "");
    setenv("XDG_CONFIG_HOME", path, 1);
}

static void test_theme_file_is_the_builtin_theme(void **state) {
    (void)state;
    Theme a, b;
    theme_defaults(&a);
    theme_defaults(&b);
    char path[PATH_MAX + 64], err[300] = "";
    snprintf(path, sizeof path, "%s/assets/theme.json", ut_repo);
    assert_true(theme_load(&b, path, err, sizeof err));
    assert_memory_equal(&a, &b, sizeof a);
    /* A broken theme file: a message, and the built-in values stay. */
    path_in(path, sizeof path, "theme.json");
    ut_write(path, "{ \"palettes\": { \"default\": { \"text\": \"#12\" } } }");
    assert_false(theme_load(&b, path, err, sizeof err));
    assert_memory_equal(&a, &b, sizeof a);
}

/* WCAG AA: 4.5:1 for every pair that carries text, in both palettes. */
static void test_contrast_aa(void **state) {
    (void)state;
    Theme t;
    theme_defaults(&t);
    for (int p = 0; p < PAL_COUNT; p++) {
        for (size_t i = 0; i < theme_ntext_pairs; i++) {
            SDL_Color fg = t.palette[p].color[theme_text_pairs[i].fg];
            SDL_Color bg = t.palette[p].color[theme_text_pairs[i].bg];
            double c = theme_contrast(fg, bg);
            if (c < 4.5)
                fail_msg("palette %d: %s on %s is %.2f:1", p, theme_role_name(theme_text_pairs[i].fg),
                         theme_role_name(theme_text_pairs[i].bg), c);
        }
        /* The high-contrast palette aims higher: 7:1 for body text. */
        if (p == PAL_HIGH_CONTRAST)
            assert_true(theme_contrast(t.palette[p].color[C_TEXT], t.palette[p].color[C_BACKGROUND]) >= 7);
    }
}

static FontSet *fonts(void) {
    char note[200], err[200];
    FontSet *fs = font_new(NULL, note, sizeof note, err, sizeof err);
    assert_non_null(fs);
    return fs;
}

/* Wrapped text: no line wider than asked, all words kept in order, breaks
   only at spaces (no hyphen added), UTF-8 intact. */
static void test_wrap(void **state) {
    (void)state;
    FontSet *fs = fonts();
    Layout L = {0};
    TextStyle ts = {FS_REGULAR, 18, 28, {0, 0, 0, 255}, ALIGN_LEFT};
    const char *text = "Æ ø å – «sitat» … Hanna er gravid for første gang og kommer til første "
                       "konsultasjon sammen med samboeren.";
    for (int w = 160; w <= 600; w++) { /* every word fits */
        layout_reset(&L);
        SDL_Rect box = {10, 0, w, 1 << 20};
        int h = layout_text(&L, fs, LAYER_SCROLL, &ts, 10, 0, w, text, box);
        assert_int_equal(h % 28, 0);
        assert_int_equal((size_t)(h / 28), L.nitems);
        char joined[1024] = "";
        for (size_t i = 0; i < L.nitems; i++) {
            const DrawItem *d = &L.items[i];
            assert_true(d->r.x >= 10 && d->r.x + d->r.w <= 10 + w);
            const char *s = layout_str(&L, d->text);
            assert_true(s[0] != ' ' && s[d->len - 1] != ' ');
            if (i) strcat(joined, " ");
            strncat(joined, s, d->len);
        }
        assert_string_equal(joined, text);
    }
    /* The same with the choice that once lost its last word, in every
       width and size: measured whole, a line may push words down. */
    const char *choice = "Legg på plasteret og spør åpent hvordan hun har det for tiden";
    for (int px = 14; px <= 30; px += 4) {
        TextStyle cs = {FS_REGULAR, px, px * 3 / 2, {0, 0, 0, 255}, ALIGN_LEFT};
        for (int w = px * 8; w <= px * 40; w++) {
            layout_reset(&L);
            int h = layout_text(&L, fs, LAYER_SCROLL, &cs, 0, 0, w, choice, (SDL_Rect){0, 0, w, 1 << 20});
            char joined[512] = "";
            int lines = 0, last_y = -1;
            for (size_t i = 0; i < L.nitems; i++) {
                assert_true(L.items[i].r.x + L.items[i].r.w <= w);
                if (i) strcat(joined, " ");
                strncat(joined, layout_str(&L, L.items[i].text), L.items[i].len);
                if (L.items[i].r.y != last_y) lines++, last_y = L.items[i].r.y;
            }
            assert_string_equal(joined, choice);
            assert_int_equal(h, lines * cs.line_h);
        }
    }
    /* A word longer than the line is split between letters, not bytes. */
    layout_reset(&L);
    layout_text(&L, fs, LAYER_SCROLL, &ts, 0, 0, 50, "ååååååååååååååå", (SDL_Rect){0, 0, 50, 1000});
    assert_true(L.nitems > 1);
    for (size_t i = 0; i < L.nitems; i++) {
        assert_true(L.items[i].r.w <= 50);
        assert_int_equal(L.items[i].len % 2, 0); /* whole two-byte letters */
    }
    /* Emphasis gets its own run in italics, in place. */
    layout_reset(&L);
    TextSpan spans[] = {{"Hun har hatt ", false}, {"mye", true}, {" fravær.", false}};
    layout_spans(&L, fs, LAYER_SCROLL, &ts, 0, 0, 600, spans, 3, (SDL_Rect){0, 0, 600, 100});
    assert_int_equal(L.nitems, 3);
    assert_int_equal(L.items[1].style, FS_ITALIC);
    assert_true(L.items[0].r.x + L.items[0].r.w < L.items[1].r.x);
    assert_true(L.items[1].r.x + L.items[1].r.w < L.items[2].r.x);
    /* A '\n' breaks the line. */
    layout_reset(&L);
    layout_text(&L, fs, LAYER_SCROLL, &ts, 0, 0, 600, "en\nto", (SDL_Rect){0, 0, 600, 100});
    assert_int_equal(L.nitems, 2);
    assert_true(L.items[1].r.y > L.items[0].r.y);
    /* The measure: 60-75 characters of body text a line. */
    layout_free(&L);
    font_free(fs);
}

/* Body text in the content column runs 60-75 characters a line, at every
   window size that has room for it. */
static void test_measure(void **state) {
    (void)state;
    static const char para[] =
        "Det er tirsdag morgen på helsestasjonen. Hanna bestilte time samme dag som hun tok en "
        "positiv graviditetstest, og nå er hun i uke ni. Samboeren Kristoffer er med. Hanna er "
        "blek. Hun forteller at hun har vært kvalm hver morgen den siste uka, og at hun sovner "
        "på sofaen før klokka ni. Du går gjennom sykehistorien. Når du spør Hanna om tidligere "
        "sykdommer, svarer Kristoffer før hun rekker det.";
    static const int sizes[][2] = {{1280, 720}, {1920, 1080}, {1024, 768}};
    for (size_t k = 0; k < 3; k++) {
        for (int pct = 100; pct <= 130; pct += 30) {
            UtView v = ut_open(sizes[k][0], sizes[k][1], false, pct);
            Ui *ui = v.ui;
            int x, w;
            frame_column(ui, 0, &x, &w);
            TextStyle ts = ui_text(ui, TS_BODY, FS_REGULAR, C_TEXT);
            Layout L = {0};
            layout_text(&L, ui->fonts, LAYER_SCROLL, &ts, x, 0, w, para, (SDL_Rect){x, 0, w, 1 << 20});
            size_t total = 0, most = 0;
            for (size_t i = 0; i + 1 < L.nitems; i++) { /* the last line is short */
                size_t chars = 0;
                const char *t = layout_str(&L, L.items[i].text);
                for (size_t c = 0; c < L.items[i].len; c++) chars += ((unsigned char)t[c] & 0xC0) != 0x80;
                total += chars;
                if (chars > most) most = chars;
            }
            size_t avg = total / (L.nitems - 1);
            print_message("%dx%d at %d %%: %zu characters a line on average, %zu at most\n",
                          sizes[k][0], sizes[k][1], pct, avg, most);
            assert_true(avg >= 60 && most <= 75);
            layout_free(&L);
            ut_close(&v);
        }
    }
}

/* A chip as wide as frame_chip_width() says keeps its label on one line,
   selected (bold) or not, at every text size. */
static void test_chip_labels_fit(void **state) {
    (void)state;
    static const char *const labels[] = {"Norsk bokmål", "Bare til slutt («test meg»)",
                                         "Høy kontrast", "175 %", "Bekymring", "Ressurs",
                                         "DejaVu Sans", "Etter hvert valg"};
    for (size_t k = 0; k < settings_ntext_sizes; k++) {
        UtView v = ut_open(1280, 720, false, settings_text_sizes[k]);
        Ui *ui = v.ui;
        TextStyle ts = ui_text(ui, TS_BODY, FS_BOLD, C_TEXT);
        for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++) {
            for (int sel = 0; sel < 2; sel++) {
                Layout L = {0};
                int w = frame_chip_width(ui, labels[i]);
                int h = frame_chip(ui, &L, 0, 0, w, labels[i], NULL, sel, TONE_ACCENT, ACT_NONE, 0, NULL);
                assert_int_equal(h, ts.line_h + 2 * ui_px(ui, 10));
                layout_free(&L);
            }
        }
        ut_close(&v);
    }
}

/* The menu's cache: a second scan runs no Lua; a changed file is read
   again; the menu order puts the built-in cases first and the demo last. */
static void test_case_cache(void **state) {
    (void)state;
    Catalog c;
    catalog_init(&c, ut_dir);
    catalog_scan(&c);
    size_t first = c.loaded;
    assert_true(c.count >= 2);
    catalog_free(&c);
    catalog_init(&c, ut_dir);
    catalog_scan(&c);
    assert_int_equal(c.loaded, 0);
    bool found = false;
    for (size_t i = 0; i < c.count; i++)
        if (strcmp(c.items[i].name, "uitest") == 0) {
            found = true;
            assert_true(c.items[i].ok);
            assert_string_equal(c.items[i].title, "Testcase: Ida på helsestasjonen");
            assert_int_equal(c.items[i].minutes, 10);
        } else if (strcmp(c.items[i].name, "broken") == 0) {
            assert_false(c.items[i].ok);
            assert_non_null(strstr(c.items[i].problems, "broken.lua:3:"));
        }
    assert_true(found);
    catalog_free(&c);
    /* A changed file is read again. */
    char path[PATH_MAX + 64];
    snprintf(path, sizeof path, "%s/scenarios/extra.lua", ut_dir);
    ut_write(path, ut_broken);
    catalog_init(&c, ut_dir);
    catalog_scan(&c);
    assert_int_equal(c.loaded, 1);
    catalog_free(&c);
    unlink(path);
    (void)first;
    /* Order: the four built-in cases first, the demo last. */
    catalog_init(&c, ut_repo);
    catalog_scan(&c);
    if (c.count >= 2) {
        assert_string_equal(c.items[0].name, "gravid");
        assert_string_equal(c.items[c.count - 1].name, "demo");
    }
    catalog_free(&c);
}

static void test_font_fallback(void **state) {
    (void)state;
    char note[200], err[200];
    FontSet *fs = font_new("/no/such/font.ttf", note, sizeof note, err, sizeof err);
    assert_non_null(fs); /* the default, with a note naming the wish */
    assert_string_equal(note, "/no/such/font.ttf");
    assert_non_null(font_get(fs, FS_BOLD_ITALIC, 20));
    font_free(fs);
    fs = font_new("DejaVu Sans", note, sizeof note, err, sizeof err);
    assert_non_null(fs);
    assert_string_equal(note, "");
    assert_string_equal(font_family(fs), "DejaVu Sans");
    font_free(fs);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_settings_round_trip),
        cmocka_unit_test(test_corrupt_settings),
        cmocka_unit_test(test_theme_file_is_the_builtin_theme),
        cmocka_unit_test(test_contrast_aa),
        cmocka_unit_test(test_wrap),
        cmocka_unit_test(test_measure),
        cmocka_unit_test(test_chip_labels_fit),
        cmocka_unit_test(test_case_cache),
        cmocka_unit_test(test_font_fallback),
    };
    return cmocka_run_group_tests(tests, ut_setup_all, ut_teardown_all);
}
