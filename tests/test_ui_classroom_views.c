/*
** test_ui_classroom_views.c — classroom mode's two views, headless: the
** group debrief's figures against score_compute (the audience's pages and
** the presenter's), the layout invariants of every step in both views at
** three sizes, in high contrast and with large text, with the projector
** rule: body text at least 1/25 of the window's height, and no notes,
** points or expert marks on the projector while the case is played; two
** windows (presenter and audience) moved by keys in either; every built-in
** case run as a course leader would; the facilitator notes apart from
** their questions, and the screenshot names. The session's keys and flow
** are in test_ui_classroom.c.
*/
#include "test_ui_classroom_util.h"

static const int sizes[][2] = {{1280, 720}, {1920, 1080}, {800, 600}};

/* {====================================================== debrief figures */

static void test_debrief_figures_are_the_core_s(void **state) {
    (void)state;
    ut_language("nb");
    UtView v = ut_open(1280, 720, false, 100);
    Ui *ui = v.ui;
    start(ui, "klasse");
    to_second_options(ui, "4"); /* the expert says 2 */
    ut_key(ui, SDLK_DOWN, 0);
    type(ui, "8");
    next(ui);
    next(ui);
    next_until(ui, CP_DEBRIEF);
    Score s;
    assert_int_equal(score_compute(ui->play, &s), BLK_OK);
    assert_int_equal(s.hits, 1);
    assert_int_equal(s.misses, 0);
    assert_int_equal(s.protective_hits, 1);
    assert_int_equal(s.false_alarms, 0);
    assert_int_equal(s.nanswers, 2);
    char line[400], a[32];
    /* What was not marked, in the core's numbers. */
    classroom_activate(ui, CL_PAGE * CL_ARG + DB_MISSED);
    ui->L.view.h = 1 << 20;
    ui->relayout = true;
    ui_render(ui);
    snprintf(line, sizeof line,
             _("The group found %d of %d signs of concern and %d of %d resources; %d marks were "
               "false alarms."),
             s.hits, s.hits + s.misses, s.protective_hits, s.protective_hits + s.protective_misses,
             s.false_alarms);
    assert_true(ut_has_text(ui, "1 av 1 tegn"));
    ut_check_layout(ui);
    /* Concern against the expert's. */
    classroom_activate(ui, CL_PAGE * CL_ARG + DB_CONCERN);
    ui->L.view.h = 1 << 20;
    ui->relayout = true;
    ui_render(ui);
    classroom_decimal(a, sizeof a, s.concern_mae);
    assert_string_equal(a, "1"); /* |3-3| and |4-2|, averaged */
    snprintf(line, sizeof line, _("On average the group was %s levels from the expert."), a);
    assert_true(ut_has_text(ui, "I snitt var gruppen 1 nivå"));
    /* The votes at every decision: the core's Decision.votes. */
    classroom_activate(ui, CL_PAGE * CL_ARG + DB_VOTES);
    ui->L.view.h = 1 << 20;
    ui->relayout = true;
    ui_render(ui);
    size_t nd;
    const Decision *d = play_decisions(ui->play, &nd);
    assert_int_equal(nd, 2);
    for (size_t i = 0; i < nd; i++)
        for (size_t k = 0; k < d[i].noffered; k++) {
            snprintf(line, sizeof line, ngettext("%d hand", "%d hands", (unsigned long)d[i].votes[k]),
                     d[i].votes[k]);
            assert_true(ut_has_text(ui, line));
        }
    assert_true(ut_has_text(ui, "12 hender"));
    assert_true(ut_has_text(ui, "8 hender"));
    /* The presenter's figures are score_compute's too. */
    ut_key(ui, SDLK_p, 0);
    ui->L.view.h = 1 << 20;
    ui->relayout = true;
    ui_render(ui);
    snprintf(line, sizeof line, "%.0f %%", s.total_scaled * 100);
    assert_true(ut_has_text(ui, line));
    score_free(&s);
    ut_close(&v);
}

/* }====================================================== */

/* {====================================================== layouts */

/* Every text of the audience view is large enough for a room; the
   body text at least 1/25 of the window's height. */
static void check_projector_type(Ui *ui, const char *body) {
    int floor_px = (ui->out_h + 24) / 25, best = 0;
    bool found = false;
    /* The case map of a large case gets smaller to fit; the list beside it
       names the scenes in body type. */
    bool map = cls(ui) && cls(ui)->phase == CP_DEBRIEF && cls(ui)->page == DB_PATH;
    for (size_t i = 0; i < ui->L.nitems; i++) {
        const DrawItem *d = &ui->L.items[i];
        if (d->kind != DI_TEXT || d->layer == LAYER_MODAL) continue; /* the leader's question */
        if (!map && d->px * 31 < ui->out_h) {
            fprintf(stderr, "'%.*s' is %d px in a %d px window\n", (int)d->len,
                    layout_str(&ui->L, d->text), d->px, ui->out_h);
            fail();
        }
        /* The body's first line: the text begins with it, or it is all of
           the line when a narrow window wraps early. */
        size_t bl = body ? strlen(body) : 0, n = d->len < bl ? d->len : bl;
        if (body && n >= 4 && strncmp(layout_str(&ui->L, d->text), body, n) == 0) {
            found = true;
            if (d->px > best) best = d->px;
        }
    }
    if (body && !found) {
        fprintf(stderr, "'%s' not on the audience view\n", body);
        fail();
    }
    if (body && best < floor_px) {
        fprintf(stderr, "body '%s' is %d px, below %d\n", body, best, floor_px);
        fail();
    }
}

/* Checks the page in the view on now, and the other view through P. */
static void both_views(Ui *ui, const char *body, bool second_too) {
    assert_true(classroom_is_audience(ui));
    ut_check_layout(ui);
    if (!body && cls(ui)->phase == CP_DEBRIEF && cls(ui)->page == DB_PATH) {
        /* The path's list, in body type: the first scene's title. */
        const Scene *s0 = &ui->sc->scenes[ui->sc->start];
        body = s0->title && *s0->title ? s0->title : s0->id;
    }
    check_projector_type(ui, body);
    /* Never on the projector while playing: notes, points, expert marks. */
    if (cls(ui)->phase != CP_DEBRIEF && strcmp(ui->sc->id, "klasse") == 0) {
        assert_false(ut_has_text(ui, "Ekspert"));
        assert_false(ut_has_text(ui, "poeng"));
        assert_false(ut_has_text(ui, "Spørsmål"));
        assert_false(ut_has_text(ui, "tydelig tegn"));
    }
    const PlayView *pv = play_view(ui->play);
    if (!cls(ui)->black && pv->scene && pv->scene->facilitator) {
        char notes[4000], qs[4000];
        classroom_split_notes(pv->scene->facilitator, notes, sizeof notes, qs, sizeof qs);
        notes[28] = qs[28] = '\0'; /* the start of the first line of each */
        if (strlen(notes) == 28) assert_false(ut_has_text(ui, notes));
        if (strlen(qs) == 28) assert_false(ut_has_text(ui, qs));
    }
    if (!second_too) return;
    ut_key(ui, SDLK_p, 0);
    assert_false(classroom_is_audience(ui));
    ut_check_layout(ui);
    ut_key(ui, SDLK_p, 0);
}

static void every_step(int w, int h, bool hc, int text_size) {
    UtView v = ut_open(w, h, hc, text_size);
    Ui *ui = v.ui;
    ut_check_layout(ui); /* the menu, with its classroom entry */
    classroom_open(ui, ut_case("klasse"));
    ut_check_layout(ui);
    classroom_activate(ui, CL_LABEL * CL_ARG);
    ut_check_layout(ui); /* editing, with the caret */
    classroom_activate(ui, CL_LABEL * CL_ARG);
    ut_key(ui, SDLK_F5, 0);
    both_views(ui, NULL, true);
    next(ui);
    both_views(ui, "Tom kommer inn", true);
    next_until(ui, CP_NOTICE);
    both_views(ui, "Lukter alkohol", true);
    type(ui, "1");
    type(ui, "22");
    both_views(ui, "Lukter alkohol", true);
    next_until(ui, CP_CONCERN);
    next(ui); /* the notice */
    both_views(ui, NULL, true);
    type(ui, "3");
    both_views(ui, NULL, true);
    next_until(ui, CP_OPTIONS);
    both_views(ui, "Spør åpent", true);
    type(ui, "12");
    ut_key(ui, SDLK_DOWN, 0);
    type(ui, "5");
    both_views(ui, "Spør åpent", true);
    next(ui);
    assert_int_equal(cls(ui)->phase, CP_REVEAL);
    both_views(ui, "Spør åpent", true);
    next(ui);
    assert_int_equal(cls(ui)->phase, CP_FEEDBACK);
    both_views(ui, "Godt: et åpent", true);
    next(ui);
    both_views(ui, "Tom forteller", true);
    next_until(ui, CP_CONCERN);
    type(ui, "2");
    next_until(ui, CP_OPTIONS);
    type(ui, "20");
    next(ui);
    next(ui);
    next_until(ui, CP_ENDING);
    both_views(ui, "Tom kommer tilbake", true);
    ut_key(ui, SDLK_ESCAPE, 0);
    both_views(ui, NULL, false); /* the question, on the projector's scale */
    ut_key(ui, SDLK_ESCAPE, 0);
    next(ui);
    assert_int_equal(cls(ui)->phase, CP_DEBRIEF);
    for (int pg = 0; pg < DB_COUNT; pg++) {
        classroom_activate(ui, CL_PAGE * CL_ARG + pg);
        ut_key(ui, SDLK_END, 0);
        both_views(ui, NULL, true);
    }
    classroom_activate(ui, CL_REPLAY * CL_ARG + 0);
    both_views(ui, NULL, true);
    next(ui);
    both_views(ui, NULL, true);
    /* Black, in both views. */
    ut_key(ui, SDLK_b, 0);
    both_views(ui, NULL, true);
    ut_close(&v);
}

static void test_layout_every_step(void **state) {
    (void)state;
    ut_language("nb");
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
        every_step(sizes[i][0], sizes[i][1], false, 100);
}

static void test_layout_high_contrast_and_large_text(void **state) {
    (void)state;
    ut_language("nb");
    every_step(1280, 720, true, 100);
    every_step(800, 600, false, 200);
    ut_language("en");
    every_step(1280, 720, false, 100);
    ut_language("nb");
}

/* Two windows: the presenter in the main one, the audience in another;
   keys in either move both, and the projector never gets the notes. */
static void test_two_windows(void **state) {
    (void)state;
    ut_language("nb");
    UtView v = ut_open(1280, 800, false, 100);
    UtView a = ut_open(1920, 1080, false, 100);
    Ui *ui = v.ui, *aud = a.ui;
    start(ui, "klasse");
    classroom_attach_audience(ui, aud);
    assert_ptr_equal(cls(ui)->second, aud);
    assert_false(classroom_is_audience(ui));
    assert_true(classroom_is_audience(aud));
    next_until(ui, CP_STORY);
    ut_check_layout(ui);
    ui_render(ui); /* paints the audience window too */
    ut_check_layout(aud);
    check_projector_type(aud, "Tom kommer inn");
    assert_true(ut_has_text(ui, "Hva ser dere først?")); /* a question, for the leader */
    assert_true(ut_has_text(ui, "Fasilitatornotater"));
    assert_false(ut_has_text(aud, "Hva ser dere først?"));
    /* A key pressed in the audience window moves the session on. */
    ut_key(aud, SDLK_PAGEDOWN, 0);
    assert_int_equal(cls(ui)->phase, CP_NOTICE);
    ui_render(ui);
    assert_true(ut_has_text(aud, "Hva legger vi merke til?"));
    /* A click on the projector marks for the group; both views follow. */
    int obs = scenario_find_observation(ui->sc, "lukt");
    ut_click(aud, ACT_CLASS, CL_MARK * CL_ARG + obs * 3 + MARK_RISK);
    assert_int_equal(play_mark_of(ui->play, obs), MARK_RISK);
    assert_true(ui->relayout);
    ut_check_layout(ui);
    /* P does nothing with two windows. */
    ut_key(ui, SDLK_p, 0);
    assert_false(classroom_is_audience(ui));
    /* B blanks the projector only. */
    ut_key(ui, SDLK_b, 0);
    ui_render(ui);
    assert_true(has_black(aud));
    assert_false(has_black(ui));
    assert_true(ut_has_text(ui, "svart"));
    ut_key(ui, SDLK_b, 0);
    classroom_attach_audience(ui, NULL);
    assert_null(aud->cls);
    assert_null(aud->play);
    ut_close(&a);
    ut_close(&v);
}

/* }====================================================== */

/* {====================================================== the built-in cases */

/* Runs a real case as a course leader would, keys only: marks by number,
   concern 2, hands on the first two options (the later option wins every
   other time, so that other roads are met), then the debrief and a replay
   of the first decision; both views checked at every step. */
static void classroom_run(const char *path, int w, int h) {
    UtView v = ut_open(w, h, false, 100);
    Ui *ui = v.ui;
    classroom_open(ui, path);
    assert_non_null(cls(ui));
    ut_key(ui, SDLK_F5, 0);
    assert_int_equal(cls(ui)->phase, CP_TITLE);
    int decisions = 0;
    for (int step = 0; step < 400 && cls(ui)->phase != CP_DEBRIEF; step++) {
        assert_int_equal(ui->screen, SCR_CLASSROOM);
        both_views(ui, NULL, true);
        const PlayView *pv = play_view(ui->play);
        switch (cls(ui)->phase) {
        case CP_NOTICE: type(ui, "1"); break;
        case CP_CONCERN: if (!pv->concern) type(ui, "2"); break;
        case CP_OPTIONS:
            if (classroom_total_votes(cls(ui), ui->play) == 0) {
                bool later = decisions % 2 && decisions < 6; /* then the first: no endless loop */
                type(ui, later ? "3" : "7");
                if (pv->noffered > 1) {
                    ut_key(ui, SDLK_DOWN, 0);
                    type(ui, later ? "8" : "2");
                }
                decisions++;
                both_views(ui, NULL, true);
            }
            break;
        default: break;
        }
        next(ui);
    }
    if (cls(ui)->phase != CP_DEBRIEF)
        fprintf(stderr, "%s: stuck at %d in '%s': %s (votes %d)\n", path, cls(ui)->phase,
                play_view(ui->play)->scene ? play_view(ui->play)->scene->id : "-", cls(ui)->notice,
                classroom_total_votes(cls(ui), ui->play));
    assert_int_equal(cls(ui)->phase, CP_DEBRIEF);
    size_t nd;
    const Decision *d = play_decisions(ui->play, &nd);
    assert_int_equal((int)nd, decisions);
    for (size_t i = 0; i < nd; i++) assert_non_null(d[i].votes);
    for (int pg = 0; pg < DB_COUNT; pg++) {
        classroom_activate(ui, CL_PAGE * CL_ARG + pg);
        both_views(ui, NULL, true);
    }
    if (nd) {
        classroom_activate(ui, CL_REPLAY * CL_ARG + 0);
        assert_non_null(cls(ui)->original);
        both_views(ui, NULL, true);
    }
    ut_close(&v);
}

static void classroom_both_sizes(const char *path) {
    classroom_run(path, 1920, 1080);
    classroom_run(path, 1280, 720);
}

static void test_builtin_cases(void **state) {
    (void)state;
    ut_language("nb");
    assert_true(ut_each_case(classroom_both_sizes) >= 1);
}

/* }====================================================== */

/* {====================================================== small parts */

static void test_notes_and_questions(void **state) {
    (void)state;
    char notes[400], qs[400];
    classroom_split_notes("\n    Ekspertnivå 3: lukten er et tegn.\n    Vennen er en ressurs.\n\n"
                          "    Spørsmål: Hva ser dere først? Hvem bør vite om dette?\n  ",
                          notes, sizeof notes, qs, sizeof qs);
    assert_string_equal(notes, "Ekspertnivå 3: lukten er et tegn. Vennen er en ressurs.");
    assert_string_equal(qs, "Hva ser dere først?\nHvem bør vite om dette?");
    classroom_split_notes("Diskuter: Hva kan du love?", notes, sizeof notes, qs, sizeof qs);
    assert_string_equal(notes, "");
    assert_string_equal(qs, "Hva kan du love?");
    classroom_split_notes(NULL, notes, sizeof notes, qs, sizeof qs);
    assert_string_equal(notes, "");
    assert_string_equal(qs, "");
}

/* The screenshot names reach their steps from a play script. */
static void test_screenshot_names(void **state) {
    (void)state;
    ut_language("nb");
    UtView v = ut_open(1280, 720, false, 100);
    Ui *ui = v.ui;
    ui_open_case(ui, ut_case("klasse"));
    ui_start_case(ui);
    assert_int_equal(play_vote(ui->play, 0, 4, &ui->dl), BLK_OK);
    assert_int_equal(classroom_shot(ui, "reveal"), 1);
    assert_int_equal(cls(ui)->phase, CP_REVEAL);
    assert_int_equal(classroom_votes(cls(ui), ui->play, 0), 4);
    ut_check_layout(ui);
    assert_int_equal(classroom_shot(ui, "not-a-classroom-screen"), -1);
    ut_close(&v);
}

/* }====================================================== */

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_debrief_figures_are_the_core_s),
        cmocka_unit_test(test_layout_every_step),
        cmocka_unit_test(test_layout_high_contrast_and_large_text),
        cmocka_unit_test(test_two_windows),
        cmocka_unit_test(test_builtin_cases),
        cmocka_unit_test(test_notes_and_questions),
        cmocka_unit_test(test_screenshot_names),
    };
    return cmocka_run_group_tests(tests, setup, ut_teardown_all);
}
