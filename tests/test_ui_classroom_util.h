/*
** test_ui_classroom_util.h — what the classroom tests share: the klasse
** case (a sign of concern, a resource and a neutral detail; a scene with
** facilitator notes and discussion questions; a good and a poor ending),
** written into the scratch folder by the group setup, and a course
** leader's hands on the keys: opening a session and starting it with F5,
** "next" and "back" as a clicker presses them (scrolling the projector's
** page counts), the hands as digits, the first decision of the klasse case
** played through, and a test for the blacked-out projector.
** Header-only, like tests/test_ui_util.h.
*/
#ifndef BLIKK_UI_CLASSROOM_TESTUTIL_H
#define BLIKK_UI_CLASSROOM_TESTUTIL_H

#include "test_ui_util.h"

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

/* The group setup: the scratch folder, and the klasse case in it. */
static inline int setup(void **state) {
    if (ut_setup_all(state) != 0) return -1;
    char p[PATH_MAX + 64];
    snprintf(p, sizeof p, "%s/scenarios/klasse.lua", ut_dir);
    FILE *f = fopen(p, "wb");
    if (!f) return -1;
    fputs(klasse, f);
    fclose(f);
    return 0;
}

static inline Classroom *cls(const Ui *ui) { return ui->cls; }

/* Opens classroom mode on `name` and starts the session with F5. */
static inline void start(Ui *ui, const char *name) {
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
static inline Ui *aud_of(Ui *ui) { return cls(ui)->second ? cls(ui)->second : ui; }

/* Presses `key` until something other than scrolling happens: the step,
   the page, black, the question change, or the page did not scroll (the
   key was refused, with a notice, or there is nothing further). */
static inline void press(Ui *ui, SDL_Keycode key) {
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

static inline void next(Ui *ui) { press(ui, SDLK_PAGEDOWN); }
static inline void back(Ui *ui) { press(ui, SDLK_PAGEUP); }

/* Keeps pressing "next" until the step is reached (scrolling counts). */
static inline void next_until(Ui *ui, ClassPhase ph) {
    for (int i = 0; i < 40 && cls(ui)->phase != ph; i++) next(ui);
    assert_int_equal(cls(ui)->phase, ph);
}

static inline void type(Ui *ui, const char *digits) {
    for (const char *p = digits; *p; p++) ut_key(ui, SDLK_0 + (*p - '0'), 0);
}

/* The klasse case's first scene through the keys: marks (1 = concern,
   2 twice = resource), concern 3, hands 12 / 5 / 0, the group's choice
   by the most hands; ends on the feedback. */
static inline void first_decision(Ui *ui) {
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

/* On from the first decision to the second scene's options, with the
   group's concern LEVEL (a digit) entered on the way. */
static inline void to_second_options(Ui *ui, const char *level) {
    first_decision(ui);
    next(ui);
    next_until(ui, CP_CONCERN);
    type(ui, level);
    next_until(ui, CP_OPTIONS);
}

/* Whether the whole window is covered in black: B's blank projector. */
static inline bool has_black(const Ui *ui) {
    for (size_t i = 0; i < ui->L.nitems; i++) {
        const DrawItem *d = &ui->L.items[i];
        if (d->kind == DI_RECT && d->r.w == ui->out_w && d->r.h == ui->out_h && d->color.r == 0 &&
            d->color.g == 0 && d->color.b == 0)
            return true;
    }
    return false;
}

#endif
