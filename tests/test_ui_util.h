/*
** test_ui_util.h — helpers for the window's tests: a scratch data folder
** with a small scenario that uses every part of a scene (speech, portrait,
** image, emphasis, observations, concern, choices, a `next` scene, a
** callback that fails), a headless Ui on a software renderer, synthetic key
** and mouse events, and the layout invariants every screen must keep.
** Header-only, like tests/testutil.h.
*/
#ifndef BLIKK_UI_TESTUTIL_H
#define BLIKK_UI_TESTUTIL_H

#include <SDL.h>
#include "../engine/ui/image.h"
#include <SDL_ttf.h>
#include <dirent.h>
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "../engine/core/i18n.h"
#include "../engine/ui/app.h"

/* LeakSanitizer: SDL's video and X/dbus/fontconfig plumbing keep a few
   allocations until exit on purpose; the suppressions name only those. */
const char *__lsan_default_options(void);
const char *__lsan_default_options(void) {
    return "suppressions=tests/lsan_ui.supp:print_suppressions=0";
}

static char ut_dir[PATH_MAX];  /* scratch data folder: scenarios/, assets */
static char ut_repo[PATH_MAX]; /* the repository (make runs tests there) */

static const char ut_scenario[] =
    "scenario {\n"
    "  id = 'uitest', title = 'Testcase: Ida på helsestasjonen',\n"
    "  summary = 'En kort case for testene av vinduet: æ, ø, å, «sitater», "
    "tankestrek – og ellipse …',\n"
    "  role = 'Du er helsesykepleier på skolen.',\n"
    "  audience = { 'Helsesykepleiere', 'Lærere' }, minutes = 10,\n"
    "  objectives = { 'Se forskjell på risiko og ressurser', 'Velge et godt neste steg' },\n"
    "  competencies = { { id = 'samtale', name = 'Samtale' } },\n"
    "  start = 'moete', state = { tillit = 0 },\n"
    "  debrief = { 'Et åpent spørsmål holder døren åpen.' },\n"
    "}\n"
    "character { id = 'ida', name = 'Ida (16)', description = 'Elev på Vg1.',\n"
    "  portrait = 'ida.png' }\n"
    "observation { id = 'fravaer', kind = 'risk', text = 'Mye fravær siste måned',\n"
    "  explain = 'Brå endring i fravær er et tidlig signal.' }\n"
    "observation { id = 'trener', kind = 'protective', text = 'Trener fast med håndballaget',\n"
    "  explain = 'Faste aktiviteter beskytter.' }\n"
    "observation { id = 'mobil', kind = 'neutral', text = 'Sjekker mobilen hele tiden, også "
    "når hun snakker med deg, og svarer kort på det du spør om',\n"
    "  explain = 'Sier lite alene.' }\n"
    "scene {\n"
    "  id = 'moete', title = 'Drop-in', image = 'rom.png',\n"
    "  text = [[\n"
    "    Ida kommer innom uten time. Hun har hatt *mye* fravær den siste måneden, og\n"
    "    kontaktlæreren har nevnt det. Tillit: {tillit}.\n"
    "\n"
    "    ida: Jeg trenger bare et plaster.\n"
    "\n"
    "    du: Så fint at du kom innom. Hvordan har du det for tiden?\n"
    "  ]],\n"
    "  observe = { 'fravaer', 'trener', 'mobil' },\n"
    "  concern = 2,\n"
    "  choices = {\n"
    "    { text = 'Spør åpent hvordan hun har det for tiden', next = 'videre',\n"
    "      score = { samtale = 2 }, add = { tillit = 1 },\n"
    "      feedback = 'Et åpent spørsmål viser interesse uten å anklage.' },\n"
    "    { text = 'Gi henne plasteret og avslutt samtalen', next = 'slutt',\n"
    "      score = { samtale = -1 },\n"
    "      feedback = 'Du går glipp av en mulighet til å undre deg sammen med henne.' },\n"
    "    { text = 'Si at du må ringe foreldrene hennes med en gang', targets = { 'slutt' },\n"
    "      next = function(s)\n"
    "        error('bom')\n"
    "      end,\n"
    "      feedback = 'Dette valget feiler med vilje, for testene.' },\n"
    "  },\n"
    "}\n"
    "scene { id = 'videre', title = 'Etterpå',\n"
    "  text = 'Ida smiler litt og sier at hun kan komme tilbake.', next = 'slutt' }\n"
    "ending { id = 'slutt', title = 'Videre', outcome = 'mixed',\n"
    "  text = function(s) return s.tillit > 0 and 'Ida kommer tilbake neste uke.'\n"
    "                                       or 'Ida kommer ikke tilbake.' end }\n";

/* Missing required fields and an unknown key: load errors with lines. */
static const char ut_broken[] =
    "scenario { id = 'broken', title = 'Ødelagt case', summary = 'S', role = 'R',\n"
    "  objectives = { 'O' }, start = 'a', competencies = { { id = 'x', name = 'X' } } }\n"
    "scene { id = 'a', txet = 'skrivefeil', next = 'slutt' }\n"
    "ending { id = 'slutt', title = 'S', text = 'T', outcome = 'good' }\n";

static inline void ut_write(const char *path, const char *text) {
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static inline void ut_png(const char *path, int w, int h, Uint32 rgb) {
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    assert_non_null(s);
    SDL_FillRect(s, NULL, 0xFF000000u | rgb);
    SDL_Rect band = {0, h / 3, w, h / 3};
    SDL_FillRect(s, &band, 0xFFFFFFFFu);
    char why[400];
    if (!image_save_png(s, path, why, sizeof why)) fail_msg("%s: %s", path, why);
    SDL_FreeSurface(s);
}

/* Makes the scratch folder, starts SDL headless and binds the catalogue
   built in the repository, so that Norwegian can be checked. */
/* Calls fn(path) for every built-in case in the repository's scenarios/;
   returns how many. A missing folder fails the test: it must never pass
   by checking nothing. */
static inline int ut_each_case(void (*fn)(const char *path)) {
    char dir[PATH_MAX + 16];
    snprintf(dir, sizeof dir, "%s/scenarios", ut_repo);
    DIR *d = opendir(dir);
    if (!d) fail_msg("no scenarios folder at %s", dir);
    struct dirent *e;
    int n = 0;
    while ((e = readdir(d))) {
        size_t len = strlen(e->d_name);
        if (len < 5 || strcmp(e->d_name + len - 4, ".lua") != 0) continue;
        char path[PATH_MAX * 2];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        fn(path);
        n++;
    }
    closedir(d);
    return n;
}

static inline int ut_setup_all(void **state) {
    (void)state;
    if (!getcwd(ut_repo, sizeof ut_repo)) return -1;
    snprintf(ut_dir, sizeof ut_dir, "/tmp/blikk-ui-test-%d", (int)getpid());
    char p[PATH_MAX + 64];
    mkdir(ut_dir, 0700);
    snprintf(p, sizeof p, "%s/scenarios", ut_dir);
    mkdir(p, 0700);
    snprintf(p, sizeof p, "%s/scenarios/uitest", ut_dir);
    mkdir(p, 0700);
    snprintf(p, sizeof p, "%s/home", ut_dir);
    mkdir(p, 0700);
    setenv("HOME", p, 1);
    setenv("XDG_DATA_HOME", p, 1);
    setenv("XDG_CONFIG_HOME", p, 1);
    setenv("XDG_CACHE_HOME", p, 1);
    snprintf(p, sizeof p, "%s/assets", ut_dir);
    char target[PATH_MAX + 16];
    snprintf(target, sizeof target, "%s/assets", ut_repo);
    if (symlink(target, p) != 0 && access(p, F_OK) != 0) return -1;
    snprintf(p, sizeof p, "%s/scenarios/uitest.lua", ut_dir);
    ut_write(p, ut_scenario);
    snprintf(p, sizeof p, "%s/scenarios/broken.lua", ut_dir);
    ut_write(p, ut_broken);
    SDL_SetHint(SDL_HINT_VIDEODRIVER, "offscreen");
    if (SDL_Init(SDL_INIT_VIDEO) != 0 || TTF_Init() != 0) return -1;
    snprintf(p, sizeof p, "%s/scenarios/uitest/ida.png", ut_dir);
    ut_png(p, 120, 160, 0x5577AA);
    snprintf(p, sizeof p, "%s/scenarios/uitest/rom.png", ut_dir);
    ut_png(p, 960, 400, 0x88AA77);
    return 0;
}

static inline int ut_teardown_all(void **state) {
    (void)state;
    char cmd[PATH_MAX + 16];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", ut_dir);
    if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", ut_dir);
    image_quit();
    TTF_Quit();
    SDL_Quit();
    return 0;
}

static inline void ut_language(const char *lang) {
    i18n_init(lang);
    char loc[PATH_MAX + 32];
    snprintf(loc, sizeof loc, "%s/build/locale", ut_repo);
    bindtextdomain("blikk", loc);
    textdomain("blikk");
}

static inline const char *ut_case(const char *name) {
    static char path[PATH_MAX + 64];
    snprintf(path, sizeof path, "%s/scenarios/%s.lua", ut_dir, name);
    return path;
}

typedef struct {
    Ui *ui;
    SDL_Surface *surf;
    SDL_Renderer *ren;
} UtView;

/* A headless Ui of w×h pixels showing the menu. */
static inline UtView ut_open(int w, int h, bool high_contrast, int text_size) {
    UtView v = {0};
    char err[300];
    v.ui = ui_new(ut_dir, false, err, sizeof err);
    assert_non_null(v.ui);
    v.ui->headless = true;
    v.ui->settings.high_contrast = high_contrast;
    v.ui->settings.text_size = text_size;
    ui_settings_changed(v.ui, false);
    v.surf = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    v.ren = SDL_CreateSoftwareRenderer(v.surf);
    assert_non_null(v.ren);
    ui_set_output(v.ui, v.ren, w, h, 1);
    ui_open_menu(v.ui);
    ui_render(v.ui);
    return v;
}

static inline void ut_close(UtView *v) {
    ui_free(v->ui);
    SDL_DestroyRenderer(v->ren);
    SDL_FreeSurface(v->surf);
    memset(v, 0, sizeof *v);
}

static inline void ut_key(Ui *ui, SDL_Keycode k, Uint16 mod) { ui_press(ui, k, mod); }

static inline void ut_mouse(Ui *ui, Uint32 type, int x, int y) {
    SDL_Event ev;
    memset(&ev, 0, sizeof ev);
    ev.type = type;
    if (type == SDL_MOUSEMOTION) {
        ev.motion.x = x;
        ev.motion.y = y;
        ev.motion.state = ui->down ? SDL_BUTTON_LMASK : 0;
    } else {
        ev.button.button = SDL_BUTTON_LEFT;
        ev.button.state = type == SDL_MOUSEBUTTONDOWN ? SDL_PRESSED : SDL_RELEASED;
        ev.button.clicks = 1;
        ev.button.x = x;
        ev.button.y = y;
    }
    assert_true(ui_event(ui, &ev));
    ui_render(ui);
}

/* Where a widget is on screen now (the window's coordinates). */
static inline SDL_Rect ut_on_screen(const Ui *ui, const Widget *w) {
    SDL_Rect r = w->r;
    if (w->layer == LAYER_SCROLL) r.y += ui->L.view.y - ui->scroll;
    return r;
}

static inline int ut_find(const Ui *ui, int action, int arg) {
    for (size_t i = 0; i < ui->L.nwidgets; i++)
        if (ui->L.widgets[i].action == action && (arg < 0 || ui->L.widgets[i].arg == arg))
            return (int)i;
    return -1;
}

/* Clicks a widget as a mouse user would: scrolls it into view with the
   wheel if needed, then presses and releases on its centre. */
static inline void ut_click(Ui *ui, int action, int arg) {
    int i = ut_find(ui, action, arg);
    assert_true(i >= 0);
    for (int guard = 0; guard < 200; guard++) {
        SDL_Rect r = ut_on_screen(ui, &ui->L.widgets[i]);
        const SDL_Rect *v = &ui->L.view;
        if (ui->L.widgets[i].layer != LAYER_SCROLL ||
            (r.y >= v->y && r.y + r.h <= v->y + v->h))
            break;
        SDL_Event ev;
        memset(&ev, 0, sizeof ev);
        ev.type = SDL_MOUSEWHEEL;
        ev.wheel.y = r.y < v->y ? 1 : -1;
        assert_true(ui_event(ui, &ev));
        ui_render(ui);
        i = ut_find(ui, action, arg);
    }
    SDL_Rect r = ut_on_screen(ui, &ui->L.widgets[i]);
    ut_mouse(ui, SDL_MOUSEMOTION, r.x + r.w / 2, r.y + r.h / 2);
    ut_mouse(ui, SDL_MOUSEBUTTONDOWN, r.x + r.w / 2, r.y + r.h / 2);
    ut_mouse(ui, SDL_MOUSEBUTTONUP, r.x + r.w / 2, r.y + r.h / 2);
}

static inline bool ut_inside(SDL_Rect in, SDL_Rect out, int slack) {
    return in.x >= out.x - slack && in.y >= out.y - slack &&
           in.x + in.w <= out.x + out.w + slack && in.y + in.h <= out.y + out.h + slack;
}

/* Whether some text item on the screen contains `s`. */
static inline bool ut_has_text(const Ui *ui, const char *s) {
    for (size_t i = 0; i < ui->L.nitems; i++) {
        const DrawItem *d = &ui->L.items[i];
        if (d->kind == DI_TEXT && strstr(layout_str(&ui->L, d->text), s)) return true;
    }
    return false;
}

static inline void ut_fail(const Ui *ui, const char *what, const DrawItem *d) {
    fprintf(stderr, "%s on screen %s (%dx%d): ", what, ui_screen_name(ui->screen), ui->out_w,
            ui->out_h);
    if (d && d->kind == DI_TEXT)
        fprintf(stderr, "'%.*s' at %d,%d %dx%d in box %d,%d %dx%d\n", (int)d->len,
                layout_str(&ui->L, d->text), d->r.x, d->r.y, d->r.w, d->r.h, d->box.x, d->box.y,
                d->box.w, d->box.h);
    else if (d)
        fprintf(stderr, "item at %d,%d %dx%d\n", d->r.x, d->r.y, d->r.w, d->r.h);
    else
        fprintf(stderr, "\n");
    fail();
}

/* The invariants of every screen, checked on the layout the screen built
   and on what the last frame drew:
   - every box is inside the window across, and inside the window (fixed
     layers) or the scrollable page (the page) down;
   - every text run lies inside the box it was set in, no two runs of
     text overlap, and nothing drawn later covers a run;
   - no two widgets overlap;
   - nothing was cut when drawn (ui->overflow == 0);
   - the focused widget, if any, had a focus ring drawn when in view. */
static inline void ut_check_layout(Ui *ui) {
    ui->relayout = true;
    assert_true(ui_render(ui));
    const Layout *L = &ui->L;
    assert_false(L->failed);
    SDL_Rect win = {0, 0, ui->out_w, ui->out_h};
    SDL_Rect page = {0, 0, ui->out_w, L->content_h > L->view.h ? L->content_h : L->view.h};
    for (size_t i = 0; i < L->nitems; i++) {
        const DrawItem *d = &L->items[i];
        SDL_Rect area = d->layer == LAYER_SCROLL ? page : win;
        if (d->r.w < 0 || d->r.h < 0) ut_fail(ui, "negative size", d);
        if (!ut_inside(d->r, area, 0)) ut_fail(ui, "outside the window", d);
        if (d->kind == DI_TEXT) {
            if (d->len == 0) ut_fail(ui, "empty text run", d);
            if (!ut_inside(d->r, d->box, 1)) ut_fail(ui, "text outside its box", d);
            for (size_t j = i + 1; j < L->nitems; j++) {
                const DrawItem *e = &L->items[j];
                if (e->kind != DI_TEXT || e->layer != d->layer) continue;
                SDL_Rect a = d->r, b = e->r, x;
                a.h -= 2; /* glyph boxes of adjacent lines may touch */
                b.h -= 2;
                if (SDL_IntersectRect(&a, &b, &x) && x.w > 1 && x.h > 1) {
                    fprintf(stderr, "overlaps '%.*s'\n", (int)e->len, layout_str(L, e->text));
                    ut_fail(ui, "overlapping text", d);
                }
            }
            for (size_t j = i + 1; j < L->nitems; j++) {
                const DrawItem *e = &L->items[j];
                SDL_Rect x, a = d->r;
                a.y += 1; /* the glyph box's empty top and bottom rows */
                a.h -= 2;
                if (e->kind == DI_TEXT || e->layer != d->layer) continue;
                if (e->kind == DI_RECT && e->color.a == 0) continue;
                if (SDL_IntersectRect(&a, &e->r, &x) && x.w > 0 && x.h > 0)
                    ut_fail(ui, "text covered by something drawn after it", d);
            }
        }
    }
    for (size_t i = 0; i < L->nwidgets; i++) {
        const Widget *w = &L->widgets[i];
        SDL_Rect area = w->layer == LAYER_SCROLL ? page : win;
        if (!ut_inside(w->r, area, 0)) ut_fail(ui, "widget outside the window", NULL);
        for (size_t j = i + 1; j < L->nwidgets; j++) {
            const Widget *o = &L->widgets[j];
            SDL_Rect x;
            if (o->layer == w->layer && SDL_IntersectRect(&w->r, &o->r, &x)) {
                fprintf(stderr, "widgets '%.*s' and '%.*s'\n", (int)w->label_len,
                        layout_str(L, w->label), (int)o->label_len, layout_str(L, o->label));
                ut_fail(ui, "overlapping widgets", NULL);
            }
        }
    }
    if (ui->overflow) ut_fail(ui, "text cut when drawn", NULL);
    if (ui->focus >= 0) {
        SDL_Rect r = ut_on_screen(ui, &L->widgets[ui->focus]);
        bool in_view = L->widgets[ui->focus].layer != LAYER_SCROLL ||
                       (r.y >= L->view.y && r.y + r.h <= L->view.y + L->view.h);
        if (in_view && ui->focus_ring.w == 0) ut_fail(ui, "focus ring not drawn", NULL);
        if (in_view && !ut_inside(ui->focus_ring, win, 0)) ut_fail(ui, "focus ring outside", NULL);
    }
}

#endif
