/*
** test_ui_classroom.c — classroom mode, headless: a session run with keys
** only (a presentation clicker's PageDown/PageUp/B/Escape and the
** keyboard's digits, + and − for the show of hands), the tallies ending up
** in the core's Decision.votes, the group's path, a replay of the road not
** taken that leaves the group's play as it was, the group debrief's
** figures against score_compute, saving with MODE_CLASSROOM, two windows
** (presenter and audience), and the layout invariants of every step in
** both views at three sizes, with the projector rule: body text at least
** 1/25 of the window's height.
*/
#include "test_ui_util.h"

#include <dirent.h>

#include "../engine/core/results.h"
#include "../engine/ui/classroom.h"

static const char klasse[] =
    "scenario {\n"
    "  id = 'klasse', title = 'Klassecase: Tom på legevakten',\n"
    "  summary = 'En kort case for testene av klasserommet, med æ, ø og å.',\n"
    "  role = 'Du er sykepleier på legevakten en fredag kveld.',\n"
    "  audience = { 'Sykepleiere' }, minutes = 15,\n"
    "  objectives = { 'Se signalene', 'Velge et godt neste steg' },\n"
    "  competencies = { { id = 'samtale', name = 'Samtale' } },\n"
    "  start = 'inn', state = { n = 0 },\n"
    "  debrief = { 'Et åpent spørsmål holder døren åpen.', 'Skriv ned det du ser.' },\n"
    "  references = { 'Helsedirektoratet: Fra bekymring til handling' },\n"
    "}\n"
    "character { id = 'tom', name = 'Tom (17)', description = 'Kommer inn med en venn.' }\n"
    "observation { id = 'lukt', kind = 'risk', text = 'Lukter alkohol',\n"
    "  explain = 'Et tegn å ta på alvor hos en 17-åring.' }\n"
    "observation { id = 'venn', kind = 'protective', text = 'Har med en venn som bryr seg',\n"
    "  explain = 'En venn er en ressurs.' }\n"
    "observation { id = 'jakke', kind = 'neutral', text = 'Har på seg en blå jakke',\n"
    "  explain = 'Sier ingenting om rus.' }\n"
    "scene { id = 'inn', title = 'Ankomst',\n"
    "  text = [[\n"
    "    Tom kommer inn sent på kvelden med et kutt i hånden. Han lukter alkohol, og\n"
    "    vennen hans har fulgt ham hit. Tom har på seg en blå jakke.\n"
    "\n"
    "    tom: Det er bare et lite kutt.\n"
    "  ]],\n"
    "  observe = { 'lukt', 'venn', 'jakke' }, concern = 3,\n"
    "  facilitator = [[\n"
    "    Ekspertnivå 3: lukten er et tydelig tegn hos en ung gutt. Vennen er en ressurs.\n"
    "\n"
    "    Spørsmål: Hva ser dere først? Hvem bør vite om dette?\n"
    "  ]],\n"
    "  choices = {\n"
    "    { text = 'Spør åpent hvordan han har det for tiden', next = 'samtale',\n"
    "      score = { samtale = 2 }, feedback = 'Godt: et åpent spørsmål viser interesse.' },\n"
    "    { text = 'Sy kuttet og send ham hjem', next = 'slutt_daarlig',\n"
    "      score = { samtale = -1 }, feedback = 'Du går glipp av en mulighet.' },\n"
    "    { text = 'Ring politiet med en gang', next = 'slutt_daarlig',\n"
    "      score = { samtale = -2 }, feedback = 'For tidlig, og det lukker samtalen.' },\n"
    "  },\n"
    "}\n"
    "scene { id = 'samtale', title = 'Samtalen', concern = 2,\n"
    "  text = 'Tom forteller at han har drukket mer det siste halvåret.',\n"
    "  facilitator = 'Diskuter: Hva kan du love om taushetsplikt?',\n"
    "  choices = {\n"
    "    { text = 'Avtal en ny samtale neste uke', next = 'slutt_god',\n"
    "      score = { samtale = 2 }, feedback = 'En avtale gjør det lett å komme tilbake.' },\n"
    "    { text = 'Avslutt samtalen', next = 'slutt_daarlig',\n"
    "      score = { samtale = 0 }, feedback = 'Døren lukkes.' },\n"
    "  },\n"
    "}\n"
    "ending { id = 'slutt_god', title = 'Døren står åpen', outcome = 'good',\n"
    "  text = 'Tom kommer tilbake neste uke.' }\n"
    "ending { id = 'slutt_daarlig', title = 'Tom går', outcome = 'poor',\n"
    "  text = 'Tom kommer ikke tilbake.' }\n";

static int setup(void **state) {
    if (ut_setup_all(state) != 0) return -1;
    char p[PATH_MAX + 64];
    snprintf(p, sizeof p, "%s/scenarios/klasse.lua", ut_dir);
    FILE *f = fopen(p, "wb");
    if (!f) return -1;
    fputs(klasse, f);
    fclose(f);
    return 0;
}

static const int sizes[][2] = {{1280, 720}, {1920, 1080}, {800, 600}};

static Classroom *cls(const Ui *ui) { return ui->cls; }

/* Opens classroom mode on `name` and starts the session with F5. */
static void start(Ui *ui, const char *name) {
    classroom_open(ui, ut_case(name));
    ui_render(ui);
    assert_int_equal(ui->screen, SCR_CLASSROOM);
    assert_non_null(cls(ui));
    assert_int_equal(cls(ui)->phase, CP_SETUP);
    ut_key(ui, SDLK_F5, 0);
    assert_non_null(ui->play);
    assert_int_equal(cls(ui)->phase, CP_TITLE);
}

/* The Ui that shows the audience view: it scrolls before "next" goes on. */
static Ui *aud_of(Ui *ui) { return cls(ui)->second ? cls(ui)->second : ui; }

/* Presses `key` until something other than scrolling happens: the step,
   the page, black, the question change, or the page did not scroll (the
   key was refused, with a notice, or there is nothing further). */
static void press(Ui *ui, SDL_Keycode key) {
    for (int i = 0; i < 30; i++) {
        Classroom *c = cls(ui);
        ClassPhase ph = c->phase;
        int pg = c->page, sc = aud_of(ui)->scroll;
        bool bl = c->black;
        ClassAsk a = c->ask;
        ut_key(ui, key, 0);
        c = cls(ui);
        if (!c || c->phase != ph || c->page != pg || c->black != bl || c->ask != a) return;
        if (aud_of(ui)->scroll == sc) return;
    }
}

static void next(Ui *ui) { press(ui, SDLK_PAGEDOWN); }
static void back(Ui *ui) { press(ui, SDLK_PAGEUP); }

/* Keeps pressing "next" until the step is reached (scrolling counts). */
static void next_until(Ui *ui, ClassPhase ph) {
    for (int i = 0; i < 40 && cls(ui)->phase != ph; i++) next(ui);
    assert_int_equal(cls(ui)->phase, ph);
}

static void type(Ui *ui, const char *digits) {
    for (const char *p = digits; *p; p++) ut_key(ui, SDLK_0 + (*p - '0'), 0);
}

/* The klasse case's first scene through the keys: marks (1 = concern,
   2 twice = resource), concern 3, hands 12 / 5 / 0, the group's choice
   by the most hands; ends on the feedback. */
static void first_decision(Ui *ui) {
    next_until(ui, CP_STORY);
    next_until(ui, CP_NOTICE);
    type(ui, "1");
    type(ui, "22");
    next_until(ui, CP_CONCERN);
    type(ui, "3");
    next_until(ui, CP_OPTIONS);
    /* The first option has the focus: 1 then 2 is twelve. */
    type(ui, "12");
    ut_key(ui, SDLK_DOWN, 0);
    type(ui, "4");
    ut_key(ui, SDLK_PLUS, 0);
    ut_key(ui, SDLK_PLUS, 0);
    ut_key(ui, SDLK_MINUS, 0);
    ut_key(ui, SDLK_DOWN, 0);
    type(ui, "0");
    next(ui);
    assert_int_equal(cls(ui)->phase, CP_REVEAL);
    const PlayView *v = play_view(ui->play);
    assert_non_null(v->votes); /* given to the core at the reveal */
    assert_int_equal(v->votes[0], 12);
    assert_int_equal(v->votes[1], 5);
    assert_int_equal(v->votes[2], 0);
    next(ui);
    assert_int_equal(cls(ui)->phase, CP_FEEDBACK);
}

/* {====================================================== votes and path */

static void test_votes_by_keys_reach_the_decision(void **state) {
    (void)state;
    ut_language("nb");
    UtView v = ut_open(1280, 720, false, 100);
    Ui *ui = v.ui;
    start(ui, "klasse");
    first_decision(ui);
    size_t n;
    const Decision *d = play_decisions(ui->play, &n);
    assert_int_equal(n, 1);
    assert_non_null(d[0].votes);
    assert_int_equal(d[0].noffered, 3);
    assert_int_equal(d[0].votes[0], 12);
    assert_int_equal(d[0].votes[1], 5);
    assert_int_equal(d[0].votes[2], 0);
    assert_int_equal(d[0].choice, 0); /* the most hands */
    assert_int_equal(play_mark_of(ui->play, scenario_find_observation(ui->sc, "lukt")), MARK_RISK);
    assert_int_equal(play_mark_of(ui->play, scenario_find_observation(ui->sc, "venn")),
                     MARK_PROTECTIVE);
    assert_int_equal(play_mark_of(ui->play, scenario_find_observation(ui->sc, "jakke")), MARK_NONE);
    bool left;
    assert_int_equal(play_concern_at(ui->play, 0, &left), 3);
    /* The audience saw what the group chose, and no points. */
    ut_check_layout(ui);
    assert_true(ut_has_text(ui, "Spør åpent hvordan han har det for tiden"));
    assert_false(ut_has_text(ui, "poeng"));
    ut_close(&v);
}

/* A tie, or no hands at all, needs the leader to pick; Enter does. */
static void test_group_choice_by_enter(void **state) {
    (void)state;
    ut_language("nb");
    UtView v = ut_open(1280, 720, false, 100);
    Ui *ui = v.ui;
    start(ui, "klasse");
    next_until(ui, CP_CONCERN);
    /* On without a concern level: the notice, and no step further. */
    next(ui);
    assert_int_equal(cls(ui)->phase, CP_CONCERN);
    assert_true(cls(ui)->notice[0] != '\0');
    type(ui, "2");
    next_until(ui, CP_OPTIONS);
    next(ui); /* no hands, no choice: stays, says why */
    assert_int_equal(cls(ui)->phase, CP_OPTIONS);
    assert_true(cls(ui)->notice[0] != '\0');
    type(ui, "3");
    ut_key(ui, SDLK_DOWN, 0);
    type(ui, "3"); /* a tie */
    next(ui);
    assert_int_equal(cls(ui)->phase, CP_REVEAL);
    next(ui);
    assert_int_equal(cls(ui)->phase, CP_REVEAL); /* which one? */
    ut_check_layout(ui);
    int w = ui_find_widget(ui, ACT_CLASS, CL_OPTION * CL_ARG + 1);
    assert_true(w >= 0);
    ui_focus(ui, w);
    ut_key(ui, SDLK_RETURN, 0);
    next(ui);
    assert_int_equal(cls(ui)->phase, CP_FEEDBACK);
    size_t n;
    const Decision *d = play_decisions(ui->play, &n);
    assert_int_equal(n, 1);
    assert_int_equal(d[0].choice, 1);
    assert_int_equal(d[0].votes[0], 3);
    assert_int_equal(d[0].votes[1], 3);
    next(ui);
    assert_int_equal(cls(ui)->phase, CP_ENDING);
    assert_true(play_view(ui->play)->finished);
    ut_close(&v);
}

static void test_group_path(void **state) {
    (void)state;
    ut_language("nb");
    UtView v = ut_open(1280, 720, false, 100);
    Ui *ui = v.ui;
    start(ui, "klasse");
    first_decision(ui);
    next(ui);
    assert_int_equal(cls(ui)->phase, CP_STORY);
    assert_string_equal(play_view(ui->play)->scene->id, "samtale");
    /* Back from the new scene shows the feedback again, not a step undone. */
    back(ui);
    assert_int_equal(cls(ui)->phase, CP_FEEDBACK);
    next(ui);
    next_until(ui, CP_CONCERN);
    type(ui, "2");
    next_until(ui, CP_OPTIONS);
    type(ui, "9");
    next(ui);
    next(ui);
    assert_int_equal(cls(ui)->phase, CP_FEEDBACK);
    next(ui);
    assert_int_equal(cls(ui)->phase, CP_ENDING);
    size_t n;
    const NodeRef *path = play_path(ui->play, &n);
    assert_int_equal(n, 3);
    assert_false(path[0].is_ending);
    assert_string_equal(ui->sc->scenes[path[0].index].id, "inn");
    assert_string_equal(ui->sc->scenes[path[1].index].id, "samtale");
    assert_true(path[2].is_ending);
    assert_string_equal(ui->sc->endings[path[2].index].id, "slutt_god");
    next(ui);
    assert_int_equal(cls(ui)->phase, CP_DEBRIEF);
    assert_int_equal(cls(ui)->page, DB_PATH);
    ui->L.view.h = 1 << 20;
    ui->relayout = true;
    ui_render(ui);
    assert_true(ut_has_text(ui, "Ankomst"));
    assert_true(ut_has_text(ui, "Samtalen"));
    assert_true(ut_has_text(ui, "Døren står åpen"));
    ut_close(&v);
}

/* }====================================================== */

/* {====================================================== replay */

static void test_replay_keeps_the_group_path(void **state) {
    (void)state;
    ut_language("nb");
    UtView v = ut_open(1280, 720, false, 100);
    Ui *ui = v.ui;
    start(ui, "klasse");
    first_decision(ui);
    next(ui);
    next_until(ui, CP_CONCERN);
    type(ui, "2");
    next_until(ui, CP_OPTIONS);
    type(ui, "7");
    next(ui);
    next(ui);
    next_until(ui, CP_DEBRIEF);
    Play *group = ui->play;
    size_t n0;
    play_actions(group, &n0);
    while (cls(ui)->page != DB_REPLAY) next(ui);
    ut_check_layout(ui);
    /* The number key of the first decision takes the group back there. */
    type(ui, "1");
    assert_int_equal(cls(ui)->phase, CP_OPTIONS);
    assert_ptr_equal(cls(ui)->original, group);
    assert_ptr_not_equal(ui->play, group);
    assert_int_equal(cls(ui)->replay_from, 0);
    /* The fork has the group's hands for that decision. */
    const PlayView *pv = play_view(ui->play);
    assert_string_equal(pv->scene->id, "inn");
    assert_non_null(pv->votes);
    assert_int_equal(pv->votes[0], 12);
    ut_check_layout(ui);
    assert_true(ut_has_text(ui, "Valgt første gang"));
    /* Another road: the second option, by Enter. */
    int w = ui_find_widget(ui, ACT_CLASS, CL_OPTION * CL_ARG + 1);
    ui_focus(ui, w);
    ut_key(ui, SDLK_RETURN, 0);
    next(ui);
    assert_int_equal(cls(ui)->phase, CP_REVEAL);
    next(ui);
    assert_int_equal(cls(ui)->phase, CP_FEEDBACK);
    next(ui);
    assert_int_equal(cls(ui)->phase, CP_ENDING);
    assert_string_equal(play_view(ui->play)->ending->id, "slutt_daarlig");
    ut_check_layout(ui);
    /* The group's play is untouched. */
    size_t n1, np, nd;
    play_actions(group, &n1);
    assert_int_equal(n1, n0);
    const NodeRef *path = play_path(group, &np);
    assert_int_equal(np, 3);
    assert_string_equal(ui->sc->endings[path[2].index].id, "slutt_god");
    const Decision *d = play_decisions(group, &nd);
    assert_int_equal(nd, 2);
    assert_int_equal(d[0].choice, 0);
    /* Next after the replay's ending: back to the group's debrief. */
    next(ui);
    assert_int_equal(cls(ui)->phase, CP_DEBRIEF);
    assert_ptr_equal(ui->play, group);
    assert_null(cls(ui)->original);
    assert_int_equal(cls(ui)->replay_from, -1);
    /* A replay from the presenter's list, left by ending the session. */
    classroom_activate(ui, CL_REPLAY * CL_ARG + 1);
    assert_ptr_equal(cls(ui)->original, group);
    assert_string_equal(play_view(ui->play)->scene->id, "samtale");
    ut_key(ui, SDLK_ESCAPE, 0);
    assert_int_equal(cls(ui)->ask, ASK_LEAVE);
    classroom_activate(ui, CL_LEAVE * CL_ARG);
    assert_int_equal(ui->screen, SCR_MENU);
    assert_null(ui->cls);
    assert_null(ui->play);
    ut_close(&v);
}

/* }====================================================== */

/* {====================================================== debrief figures */

static void test_debrief_figures_are_the_core_s(void **state) {
    (void)state;
    ut_language("nb");
    UtView v = ut_open(1280, 720, false, 100);
    Ui *ui = v.ui;
    start(ui, "klasse");
    first_decision(ui);
    next(ui);
    next_until(ui, CP_CONCERN);
    type(ui, "4"); /* the expert says 2 */
    next_until(ui, CP_OPTIONS);
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

/* {====================================================== a clicker session */

static bool has_black(const Ui *ui) {
    for (size_t i = 0; i < ui->L.nitems; i++) {
        const DrawItem *d = &ui->L.items[i];
        if (d->kind == DI_RECT && d->r.w == ui->out_w && d->r.h == ui->out_h && d->color.r == 0 &&
            d->color.g == 0 && d->color.b == 0)
            return true;
    }
    return false;
}

static void test_clicker_session(void **state) {
    (void)state;
    ut_language("nb");
    UtView v = ut_open(1920, 1080, false, 100);
    Ui *ui = v.ui;
    /* From the menu by keys: the classroom entry, then F5. */
    int w = ui_find_widget(ui, ACT_CLASS, CL_OPEN * CL_ARG);
    assert_true(w >= 0);
    ui_focus(ui, w);
    ut_key(ui, SDLK_RETURN, 0);
    assert_int_equal(ui->screen, SCR_CLASSROOM);
    assert_int_equal(cls(ui)->phase, CP_SETUP);
    ut_key(ui, SDLK_F5, 0); /* no case yet: says so */
    assert_int_equal(cls(ui)->phase, CP_SETUP);
    assert_true(cls(ui)->notice[0] != '\0');
    /* The case by its number in the list. */
    size_t idx = 0, seen = 0;
    for (size_t i = 0; i < ui->cat.count; i++)
        if (ui->cat.items[i].ok) {
            seen++;
            if (strcmp(ui->cat.items[i].name, "klasse") == 0) idx = seen;
        }
    assert_true(idx >= 1 && idx <= 9);
    ut_key(ui, SDLK_0 + (SDL_Keycode)idx, 0);
    ut_key(ui, SDLK_F5, 0);
    assert_int_equal(cls(ui)->phase, CP_TITLE);
    assert_string_equal(ui->sc->id, "klasse");
    /* B blanks the projector; next shows it again without going on. */
    ut_key(ui, SDLK_b, 0);
    assert_true(cls(ui)->black);
    assert_true(has_black(ui));
    assert_int_equal(ui->L.nwidgets, 0);
    next(ui);
    assert_false(cls(ui)->black);
    assert_int_equal(cls(ui)->phase, CP_TITLE);
    ut_key(ui, SDLK_PERIOD, 0);
    assert_true(cls(ui)->black);
    ut_key(ui, SDLK_PERIOD, 0);
    assert_false(cls(ui)->black);
    /* Right and Space go on as PageDown does; Left goes back. */
    press(ui, SDLK_RIGHT);
    assert_int_equal(cls(ui)->phase, CP_STORY);
    press(ui, SDLK_LEFT);
    assert_int_equal(cls(ui)->phase, CP_TITLE);
    press(ui, SDLK_SPACE);
    assert_int_equal(cls(ui)->phase, CP_STORY);
    first_decision(ui);
    next(ui);
    next_until(ui, CP_CONCERN);
    type(ui, "2");
    next_until(ui, CP_OPTIONS);
    type(ui, "6");
    /* Back from the spread to the options, and on again. */
    next(ui);
    assert_int_equal(cls(ui)->phase, CP_REVEAL);
    back(ui);
    assert_int_equal(cls(ui)->phase, CP_OPTIONS);
    next(ui);
    next(ui);
    next_until(ui, CP_ENDING);
    assert_true(play_view(ui->play)->finished);
    /* Escape asks; Escape again keeps the session. */
    ut_key(ui, SDLK_ESCAPE, 0);
    assert_int_equal(cls(ui)->ask, ASK_LEAVE);
    ut_check_layout(ui);
    ut_key(ui, SDLK_PAGEDOWN, 0); /* the question is up: nothing moves */
    assert_int_equal(cls(ui)->phase, CP_ENDING);
    ut_key(ui, SDLK_ESCAPE, 0);
    assert_int_equal(cls(ui)->ask, ASK_NONE);
    /* The debrief, page by page, to the last. */
    next_until(ui, CP_DEBRIEF);
    for (int i = 0; i < 20 && cls(ui)->page != DB_REPLAY; i++) next(ui);
    assert_int_equal(cls(ui)->page, DB_REPLAY);
    next(ui); /* the last page stays */
    assert_int_equal(cls(ui)->page, DB_REPLAY);
    /* F5 asks before starting again; Escape, then Shift+Tab and Enter
       on the question's "end" button, leaves. */
    ut_key(ui, SDLK_F5, 0);
    assert_int_equal(cls(ui)->ask, ASK_RESTART);
    ut_key(ui, SDLK_ESCAPE, 0);
    ut_key(ui, SDLK_ESCAPE, 0);
    assert_int_equal(cls(ui)->ask, ASK_LEAVE);
    assert_int_equal(ui->L.widgets[ui->focus].arg, CL_STAY * CL_ARG);
    ut_key(ui, SDLK_TAB, KMOD_LSHIFT);
    assert_int_equal(ui->L.widgets[ui->focus].arg, CL_LEAVE * CL_ARG);
    ut_key(ui, SDLK_RETURN, 0);
    assert_int_equal(ui->screen, SCR_MENU);
    assert_null(ui->cls);
    ut_close(&v);
}

/* F5 in a session starts the case again after asking. */
static void test_restart(void **state) {
    (void)state;
    ut_language("nb");
    UtView v = ut_open(1280, 720, false, 100);
    Ui *ui = v.ui;
    start(ui, "klasse");
    first_decision(ui);
    ut_key(ui, SDLK_F5, 0);
    assert_int_equal(cls(ui)->ask, ASK_RESTART);
    classroom_activate(ui, CL_RESTART * CL_ARG);
    assert_int_equal(cls(ui)->phase, CP_TITLE);
    size_t n;
    play_actions(ui->play, &n);
    assert_int_equal(n, 0);
    ut_close(&v);
}

/* }====================================================== */

/* {====================================================== timer, saving */

static void test_timer_runs_only_when_started(void **state) {
    (void)state;
    ut_language("nb");
    UtView v = ut_open(1280, 720, false, 100);
    Ui *ui = v.ui;
    start(ui, "klasse");
    next(ui);
    assert_false(cls(ui)->running);
    assert_int_equal(cls(ui)->timer, 0);
    ut_key(ui, SDLK_t, 0);
    assert_true(cls(ui)->running);
    assert_true(cls(ui)->timer != 0);
    /* A tick redraws the presenter; it is the only event the timer makes. */
    SDL_Delay(1100);
    SDL_Event ev;
    bool ticked = false;
    while (SDL_PollEvent(&ev))
        if (ev.type >= SDL_USEREVENT) {
            ticked = true;
            ui->relayout = false;
            assert_true(ui_event(ui, &ev));
            assert_true(ui->relayout);
        }
    assert_true(ticked);
    assert_true(classroom_timer_seconds(cls(ui)) >= 1);
    ut_key(ui, SDLK_t, 0);
    assert_false(cls(ui)->running);
    assert_int_equal(cls(ui)->timer, 0);
    int sec = classroom_timer_seconds(cls(ui));
    assert_true(sec >= 1);
    /* A new scene starts the clock from zero, stopped. */
    next_until(ui, CP_NOTICE);
    classroom_activate(ui, CL_TIMER_RESET * CL_ARG);
    assert_int_equal(classroom_timer_seconds(cls(ui)), 0);
    ut_close(&v);
}

static void test_saved_as_the_group(void **state) {
    (void)state;
    ut_language("nb");
    UtView v = ut_open(1280, 720, false, 100);
    Ui *ui = v.ui;
    ui->persist = true; /* the window saves; tests ask for it */
    classroom_open(ui, ut_case("klasse"));
    ui_render(ui);
    /* The group's name, typed into the field. */
    classroom_activate(ui, CL_LABEL * CL_ARG);
    assert_true(cls(ui)->editing);
    for (int i = 0; i < 40; i++) ut_key(ui, SDLK_BACKSPACE, 0);
    assert_string_equal(cls(ui)->label, "");
    SDL_Event ev;
    memset(&ev, 0, sizeof ev);
    ev.type = SDL_TEXTINPUT;
    snprintf(ev.text.text, sizeof ev.text.text, "%s", "Kull Ø");
    assert_true(ui_event(ui, &ev));
    snprintf(ev.text.text, sizeof ev.text.text, "%s", "3");
    assert_true(ui_event(ui, &ev));
    ut_key(ui, SDLK_b, 0); /* a letter while typing is no black screen */
    assert_false(cls(ui)->black);
    ut_key(ui, SDLK_RETURN, 0);
    assert_false(cls(ui)->editing);
    assert_string_equal(cls(ui)->label, "Kull Ø3");
    ut_check_layout(ui);
    ut_key(ui, SDLK_F5, 0);
    assert_true(cls(ui)->saving);
    first_decision(ui);
    int64_t id = cls(ui)->rec_id;
    char path[PATH_MAX];
    DiagList dl = {0};
    assert_true(results_default_path(path, sizeof path, &dl));
    Results *r = NULL;
    assert_int_equal(results_open(path, &r, &dl), BLK_OK);
    PlaythroughInfo *list = NULL;
    size_t n = 0;
    assert_int_equal(results_list(r, false, &list, &n, &dl), BLK_OK);
    bool found = false;
    for (size_t i = 0; i < n; i++)
        if (list[i].id == id) {
            found = true;
            assert_int_equal(list[i].mode, MODE_CLASSROOM);
            assert_string_equal(list[i].participant, "Kull Ø3");
            assert_string_equal(list[i].scenario_id, "klasse");
        }
    assert_true(found);
    free(list);
    /* The saved actions replay to the same votes. */
    Play *back_p = NULL;
    assert_int_equal(results_replay(r, ui->sc, id, &back_p, &dl), BLK_OK);
    size_t nd;
    const Decision *d = play_decisions(back_p, &nd);
    assert_int_equal(nd, 1);
    assert_non_null(d[0].votes);
    assert_int_equal(d[0].votes[0], 12);
    assert_int_equal(d[0].votes[1], 5);
    play_free(back_p);
    results_close(r);
    diag_free(&dl);
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
        cmocka_unit_test(test_votes_by_keys_reach_the_decision),
        cmocka_unit_test(test_group_choice_by_enter),
        cmocka_unit_test(test_group_path),
        cmocka_unit_test(test_replay_keeps_the_group_path),
        cmocka_unit_test(test_debrief_figures_are_the_core_s),
        cmocka_unit_test(test_clicker_session),
        cmocka_unit_test(test_restart),
        cmocka_unit_test(test_timer_runs_only_when_started),
        cmocka_unit_test(test_saved_as_the_group),
        cmocka_unit_test(test_layout_every_step),
        cmocka_unit_test(test_layout_high_contrast_and_large_text),
        cmocka_unit_test(test_two_windows),
        cmocka_unit_test(test_builtin_cases),
        cmocka_unit_test(test_notes_and_questions),
        cmocka_unit_test(test_screenshot_names),
    };
    return cmocka_run_group_tests(tests, setup, ut_teardown_all);
}
