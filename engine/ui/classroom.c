/*
** classroom.c — a classroom session's state and its life: opening it (the
** setup page's case and group name), starting the group's play, closing
** it; the show of hands until the core has it, the discussion timer, and
** saving the group's play (results_begin with MODE_CLASSROOM). The page
** each window builds, the menu's entry and the screenshot entry start
** here too.
**
** Nothing here polls: the timer is an SDL timer that posts one event a
** second, and only while it runs.
**
** The rest of the session is beside this file, one concept each: what
** next and back mean (classroom_flow.c), the keys and the clicker
** (classroom_keys.c), the projector's window (classroom_second.c).
*/
#include "classroom_priv.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../core/i18n.h"

Uint32 classroom_tick_type; /* SDL_RegisterEvents, once */

/* {====================================================== the session seen from the views */

Classroom *classroom_of(const Ui *ui) { return ui ? ui->cls : NULL; }

bool classroom_is_audience(const Ui *ui) {
    const Classroom *c = ui->cls;
    if (!c || c->phase == CP_SETUP) return false;
    if (c->second) return ui == c->second;
    return !c->show_presenter;
}

const Play *classroom_group_play(const Classroom *c) {
    return c->original ? c->original : c->main->play;
}

/* The Ui that shows the audience view now, or NULL (presenter up). */
Ui *classroom_audience_ui(Classroom *c) {
    if (c->second) return c->second;
    return c->show_presenter ? NULL : c->main;
}

/* Both windows build their page again. */
void classroom_changed(Classroom *c) {
    c->main->relayout = true;
    if (c->second) c->second->relayout = true;
}

/* A new step: both pages from the top, with their own first focus. */
void classroom_show(Classroom *c) {
    ui_goto(c->main, SCR_CLASSROOM);
    if (c->second) ui_goto(c->second, SCR_CLASSROOM);
}

/* }====================================================== */

/* {====================================================== the show of hands */

/* A new visit of a scene starts with the hands the core has (a replay
   keeps the group's), else none. */
void classroom_sync_visit(Classroom *c) {
    const Play *p = c->main->play;
    if (!p) return;
    size_t n;
    play_path(p, &n);
    if (n == c->visit) return;
    c->visit = n;
    c->choice = -1;
    c->typed_k = -1;
    const PlayView *v = play_view(p);
    for (size_t k = 0; k < CL_MAX_OPTIONS; k++)
        c->votes[k] = v->votes && k < v->noffered ? v->votes[k] : 0;
}

int classroom_votes(const Classroom *c, const Play *p, size_t k) {
    const PlayView *v = play_view(p);
    if (k >= v->noffered || k >= CL_MAX_OPTIONS) return 0;
    size_t n;
    play_path(p, &n);
    if (n != c->visit) return v->votes ? v->votes[k] : 0;
    return c->votes[k];
}

int classroom_total_votes(const Classroom *c, const Play *p) {
    int t = 0;
    for (size_t k = 0; k < play_view(p)->noffered; k++) t += classroom_votes(c, p, k);
    return t;
}

int classroom_group_choice(const Classroom *c, const Play *p) {
    const PlayView *v = play_view(p);
    if (c->choice >= 0 && (size_t)c->choice < v->noffered) return c->choice;
    int best = -1, most = 0;
    bool tie = false;
    for (size_t k = 0; k < v->noffered; k++) {
        int n = classroom_votes(c, p, k);
        if (n > most) {
            most = n;
            best = (int)k;
            tie = false;
        } else if (n == most && n > 0) {
            tie = true;
        }
    }
    return tie ? -1 : best;
}

/* Gives the core the hands it does not have yet. */
BlkStatus classroom_commit_votes(Ui *ui) {
    Classroom *c = ui->cls;
    Play *p = ui->play;
    const PlayView *v = play_view(p);
    if (v->finished || !v->scene || v->scene->has_next) return BLK_OK;
    classroom_sync_visit(c);
    for (size_t k = 0; k < v->noffered && k < CL_MAX_OPTIONS; k++) {
        int have = v->votes ? v->votes[k] : 0;
        if (have == c->votes[k] && (v->votes || c->votes[k] == 0)) continue;
        BlkStatus st = classroom_saved(ui, play_vote(p, k, c->votes[k], &ui->dl));
        if (st != BLK_OK) {
            diag_print(&ui->dl, stderr);
            diag_clear(&ui->dl);
            return st;
        }
        v = play_view(p);
    }
    return BLK_OK;
}

void classroom_set_votes(Ui *ui, size_t k, int n) {
    Classroom *c = ui->cls;
    const PlayView *v = play_view(ui->play);
    if (k >= v->noffered || k >= CL_MAX_OPTIONS) return;
    if (n < 0) n = 0;
    if (n > 9999) n = 9999;
    classroom_sync_visit(c);
    c->votes[k] = n;
    c->notice[0] = '\0';
    /* Once the spread is up, the core has what is shown. */
    if (c->phase == CP_REVEAL) classroom_commit_votes(ui);
    classroom_changed(c);
}

/* }====================================================== */

/* {====================================================== the timer */

static Uint32 tick(Uint32 interval, void *param) {
    (void)param;
    SDL_Event ev;
    SDL_zero(ev);
    ev.type = classroom_tick_type;
    SDL_PushEvent(&ev);
    return interval;
}

int classroom_timer_seconds(const Classroom *c) {
    Uint64 ms = c->acc_ms;
    if (c->running) ms += SDL_GetTicks64() - c->started_ms;
    return (int)(ms / 1000);
}

static void timer_stop(Classroom *c) {
    if (c->timer) SDL_RemoveTimer(c->timer);
    c->timer = 0;
    if (c->running) c->acc_ms += SDL_GetTicks64() - c->started_ms;
    c->running = false;
}

void classroom_timer_toggle(Classroom *c) {
    if (c->running) {
        timer_stop(c);
    } else {
        if (!classroom_tick_type) classroom_tick_type = SDL_RegisterEvents(1);
        c->started_ms = SDL_GetTicks64();
        c->running = true;
        if (classroom_tick_type != (Uint32)-1) c->timer = SDL_AddTimer(1000, tick, NULL);
    }
    classroom_changed(c);
}

void classroom_timer_reset(Classroom *c) {
    timer_stop(c);
    c->acc_ms = 0;
    classroom_changed(c);
}

/* }====================================================== */

/* {====================================================== saving */

static void stop_saving(Classroom *c) {
    Play *g = c->original ? c->original : c->main->play;
    if (c->saving && g) results_detach(g);
    c->saving = false;
}

static void start_saving(Classroom *c) {
    Ui *ui = c->main;
    c->save_note[0] = '\0';
    if (!ui->persist) { /* screenshots and tests that do not ask for it */
        snprintf(c->save_note, sizeof c->save_note, "%s",
                 _("This session is not saved (a preview)."));
        return;
    }
    DiagList dl = {0};
    if (!c->store) {
        char path[4096];
        if (!results_default_path(path, sizeof path, &dl) ||
            results_open(path, &c->store, &dl) != BLK_OK)
            c->store = NULL;
    }
    if (c->store && results_begin(c->store, ui->play, c->label, MODE_CLASSROOM, &c->rec_id,
                                  &dl) == BLK_OK)
        c->saving = true;
    if (!c->saving) {
        const char *why = dl.count ? dl.items[dl.count - 1].message : "";
        snprintf(c->save_note, sizeof c->save_note, _("Not saved: %s"), why);
        for (size_t i = 0; i < dl.count; i++)
            fprintf(stderr, "blikk: %s\n", dl.items[i].message);
    }
    diag_free(&dl);
}

/* A move was made but saving it failed (a full disk, a file taken away):
   the group goes on unsaved from here, and the presenter view says so. */
BlkStatus classroom_saved(Ui *ui, BlkStatus st) {
    Classroom *c = ui->cls;
    if (st != BLK_ERR_IO || !c || !c->saving) return st;
    char msg[300] = "";
    if (ui->dl.count) snprintf(msg, sizeof msg, "%s", ui->dl.items[ui->dl.count - 1].message);
    fprintf(stderr, "blikk: %s\n", msg);
    diag_clear(&ui->dl);
    stop_saving(c);
    snprintf(c->save_note, sizeof c->save_note, _("Not saved from here on: %s"), msg);
    return BLK_OK;
}

/* }====================================================== */

/* {====================================================== life cycle */

static void default_label(Classroom *c) {
    time_t t = time(NULL);
    struct tm tm;
    char date[32] = "";
    if (localtime_r(&t, &tm)) strftime(date, sizeof date, "%d.%m.%Y", &tm);
    snprintf(c->label, sizeof c->label, "%s %s", _("Group"), date);
}

void classroom_open(Ui *ui, const char *path) {
    ui_open_menu(ui); /* the cases to choose from, and any session closed */
    if (path) {
        ui_open_case(ui, path);
        if (!ui->sc) return; /* its errors are on screen */
    }
    Classroom *c = calloc(1, sizeof *c);
    if (!c) return;
    c->main = ui;
    c->phase = CP_SETUP;
    c->pick = -1;
    c->choice = c->typed_k = c->replay_from = -1;
    default_label(c);
    if (path) {
        snprintf(c->path, sizeof c->path, "%s", path);
        for (size_t i = 0; i < ui->cat.count; i++)
            if (strcmp(ui->cat.items[i].path, path) == 0) c->pick = (int)i;
    }
    ui->cls = c;
    ui_goto(ui, SCR_CLASSROOM);
}

void classroom_close(Ui *ui) {
    Classroom *c = ui->cls;
    if (!c || ui != c->main) return;
    timer_stop(c);
    stop_saving(c);
    if (c->original) { /* a replay was on: the fork is ui->play */
        play_free(c->original);
        c->original = NULL;
    }
    classroom_free_second(c, c->second && !c->second->headless);
    if (c->store) results_close(c->store);
    if (ui->win && ui->fullscreen && !ui->headless) {
        SDL_SetWindowFullscreen(ui->win, 0);
        ui->fullscreen = false;
    }
    if (c->editing) SDL_StopTextInput();
    ui->cls = NULL;
    free(c);
}

/* A runtime error in the scenario: the error screen, as in self-study. */
void classroom_failed(Ui *ui) {
    ui_show_error(ui, _("The case stopped because of an error in the scenario"), &ui->dl,
                  _("A function in the scenario file failed. Show this to the "
                    "person who wrote the case:"));
    diag_clear(&ui->dl);
}

void classroom_start_session(Ui *ui) {
    Classroom *c = ui->cls;
    const char *path = c->pick >= 0 && (size_t)c->pick < ui->cat.count
                           ? ui->cat.items[c->pick].path : c->path;
    if (!path[0]) {
        snprintf(c->notice, sizeof c->notice, "%s", _("Choose a case first."));
        classroom_changed(c);
        return;
    }
    if (c->editing) {
        c->editing = false;
        SDL_StopTextInput();
    }
    if (!ui->sc || !ui->info.path || strcmp(ui->info.path, path) != 0) {
        char keep[4096];
        snprintf(keep, sizeof keep, "%s", path);
        ui->cls = NULL; /* opening closes the case, not the session */
        ui_open_case(ui, keep);
        ui->cls = c;
        if (!ui->sc) { /* the case has errors: they are on screen */
            ui->cls = NULL;
            free(c);
            return;
        }
        snprintf(c->path, sizeof c->path, "%s", keep);
    }
    /* A label left empty is still a group. */
    bool blank = true;
    for (const char *p = c->label; *p; p++) blank &= isspace((unsigned char)*p) != 0;
    if (blank) default_label(c);
    stop_saving(c);
    if (c->original) {
        play_free(c->original);
        c->original = NULL;
    }
    play_free(ui->play);
    ui->play = NULL;
    diag_clear(&ui->dl);
    if (!ui->headless) ui->seed = (uint64_t)time(NULL) ^ (uint64_t)SDL_GetPerformanceCounter();
    if (play_new(ui->sc, ui->seed, &ui->play, &ui->dl) != BLK_OK) {
        ui->cls = NULL;
        free(c);
        classroom_failed(ui);
        return;
    }
    start_saving(c);
    c->replay_from = -1;
    c->visit = (size_t)-1;
    c->phase = CP_TITLE;
    c->page = 0;
    c->black = false;
    c->notice[0] = '\0';
    classroom_timer_reset(c);
    ui_goto(ui, SCR_CLASSROOM);
    classroom_open_second(ui);
    if (!c->second && ui->win && !ui->headless && !ui->fullscreen) {
        /* One screen: the presentation fills it, as a slide show does. At
           the display's corner first: without a window manager nothing
           else moves it there. */
        SDL_Rect b;
        int d = SDL_GetWindowDisplayIndex(ui->win);
        if (d >= 0 && SDL_GetDisplayBounds(d, &b) == 0) SDL_SetWindowPosition(ui->win, b.x, b.y);
        ui->fullscreen = SDL_SetWindowFullscreen(ui->win, SDL_WINDOW_FULLSCREEN_DESKTOP) == 0;
    }
    classroom_show(c);
}

/* }====================================================== */

/* {====================================================== building */

void classroom_screen(Ui *ui, Layout *L) {
    Classroom *c = ui->cls;
    if (!c || (ui != c->main && ui != c->second)) return;
    if (ui == c->second) {
        ui->sc = c->main->sc;
        ui->play = c->main->play;
    }
    if (c->phase == CP_SETUP) screen_class_setup(ui, L);
    else if (classroom_is_audience(ui)) screen_audience(ui, L);
    else screen_presenter(ui, L);
}

int classroom_menu_entry(Ui *ui, Layout *L, int x, int y, int w) {
    const char *label = _("Classroom");
    const char *about = _("Show a case to a group on a projector.");
    TextStyle bts = ui_text(ui, TS_BODY, FS_BOLD, C_ACCENT);
    int bw = font_measure(ui->fonts, bts.style, bts.px, label, strlen(label)) + 2 * ui_px(ui, 22);
    if (bw > w) bw = w;
    SDL_Rect b;
    frame_button(ui, L, LAYER_SCROLL, x, y, bw, BTN_SECONDARY, label, ACT_CLASS, CL_OPEN * CL_ARG,
                 true, &b);
    TextStyle ts = ui_text(ui, TS_SMALL, FS_REGULAR, C_MUTED);
    int tx = x + bw + ui_px(ui, 16), h = b.h;
    SDL_Rect box = {x, y, w, 1 << 20};
    if (x + w - tx >= ui_px(ui, 200)) {
        int th = layout_text(NULL, ui->fonts, LAYER_SCROLL, &ts, tx, y, x + w - tx, about, box);
        layout_text(L, ui->fonts, LAYER_SCROLL, &ts, tx, y + (b.h - th) / 2 > y ? y + (b.h - th) / 2 : y,
                    x + w - tx, about, box);
        if (th > h) h = th;
    } else {
        h += ui_px(ui, 6);
        h += layout_text(L, ui->fonts, LAYER_SCROLL, &ts, x, y + h, w, about, box);
    }
    return h + ui_px(ui, 24);
}

/* }====================================================== */

/* {====================================================== screenshots */

int classroom_shot(Ui *ui, const char *name) {
    static const struct {
        const char *name;
        ClassPhase phase;
        int page;
        bool presenter;
    } names[] = {
        {"setup", CP_SETUP, 0, false},        {"audience", CP_STORY, 0, false},
        {"title", CP_TITLE, 0, false},        {"notice", CP_NOTICE, 0, false},
        {"concern", CP_CONCERN, 0, false},    {"options", CP_OPTIONS, 0, false},
        {"reveal", CP_REVEAL, 0, false},      {"presenter", CP_COUNT, 0, true},
        {"class-feedback", CP_FEEDBACK, 0, false},
        {"class-ending", CP_ENDING, 0, false}, {"class-debrief", CP_DEBRIEF, DB_PATH, false},
        {"class-votes", CP_DEBRIEF, DB_VOTES, false},
        {"class-concern", CP_DEBRIEF, DB_CONCERN, false},
        {"class-missed", CP_DEBRIEF, DB_MISSED, false},
        {"class-points", CP_DEBRIEF, DB_POINTS, false},
        {"class-replay", CP_DEBRIEF, DB_REPLAY, false},
    };
    size_t i = 0, n = sizeof names / sizeof names[0];
    while (i < n && strcmp(names[i].name, name) != 0) i++;
    if (i == n) return -1;
    if (names[i].phase == CP_SETUP) {
        char path[4096] = "";
        if (ui->sc && ui->info.path) snprintf(path, sizeof path, "%s", ui->info.path);
        classroom_open(ui, path[0] ? path : NULL);
        return ui->cls ? 1 : 0;
    }
    if (!ui->play) {
        fprintf(stderr, "%s\n", _("blikk: the classroom screens need a scenario"));
        return 0;
    }
    /* The play as the script left it becomes the group's (not saved). */
    Play *p = ui->play;
    ui->play = NULL;
    char path[4096];
    snprintf(path, sizeof path, "%s", ui->info.path ? ui->info.path : "");
    Classroom *c = calloc(1, sizeof *c);
    if (!c) {
        play_free(p);
        return 0;
    }
    c->main = ui;
    c->pick = -1;
    c->choice = c->typed_k = c->replay_from = -1;
    default_label(c);
    snprintf(c->path, sizeof c->path, "%s", path);
    ui->cls = c;
    ui->play = p;
    snprintf(c->save_note, sizeof c->save_note, "%s", _("This session is not saved (a preview)."));
    c->visit = (size_t)-1;
    classroom_sync_visit(c);
    const PlayView *v = play_view(p);
    ClassPhase steps[8];
    int ns = classroom_steps(p, steps);
    ClassPhase want = names[i].phase;
    if (names[i].presenter) {
        c->show_presenter = true;
        want = v->finished ? CP_ENDING : v->scene->has_next ? CP_STORY : CP_OPTIONS;
    }
    if (v->finished) {
        if (want != CP_ENDING && want != CP_DEBRIEF) want = CP_ENDING;
    } else if (want == CP_ENDING || want == CP_DEBRIEF) {
        fprintf(stderr, "%s\n", _("blikk: the case has not ended; adjust --script"));
        return 0;
    } else if (want == CP_FEEDBACK) {
        if (!classroom_last_was_choice(p)) {
            fprintf(stderr, "%s\n", _("blikk: the script must end with a choice for this screen"));
            return 0;
        }
    } else if (want != CP_TITLE && classroom_step_index(steps, ns, want) < 0) {
        fprintf(stderr, _("blikk: this scene has no %s step; adjust --script\n"), name);
        return 0;
    }
    c->phase = want;
    c->page = names[i].page;
    ui_goto(ui, SCR_CLASSROOM);
    return 1;
}

/* }====================================================== */
