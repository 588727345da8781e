/*
** classroom.c — classroom mode's state machine: opening a session (the
** setup page: the case and the group's name), the steps of a scene as the
** room sees them, what "next" and "back" mean at each (a presentation
** clicker sends PageDown/PageUp, Right/Left or Space, B or '.', F5 and
** Escape), the show of hands, the group's choice, the black screen, the
** discussion timer, the replay of the road not taken (play_fork), saving
** the group's play (results_begin with MODE_CLASSROOM), and the second
** window for the audience when there is a second display.
**
** Nothing here polls: the timer is an SDL timer that posts one event a
** second, and only while it runs.
*/
#include "classroom.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../core/i18n.h"

static Uint32 tick_type; /* SDL_RegisterEvents, once */

static BlkStatus saved(Ui *ui, BlkStatus st);

/* {====================================================== small helpers */

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
static Ui *audience_ui(Classroom *c) {
    if (c->second) return c->second;
    return c->show_presenter ? NULL : c->main;
}

/* Both windows build their page again. */
static void changed(Classroom *c) {
    c->main->relayout = true;
    if (c->second) c->second->relayout = true;
}

/* A new step: both pages from the top, with their own first focus. */
static void show(Classroom *c) {
    ui_goto(c->main, SCR_CLASSROOM);
    if (c->second) ui_goto(c->second, SCR_CLASSROOM);
}

void classroom_decimal(char *buf, size_t size, double v) {
    if (fabs(v - round(v)) < 0.05) snprintf(buf, size, "%.0f", v);
    else snprintf(buf, size, "%.1f", v);
    if (strcmp(i18n_language(), "en") != 0)
        for (char *p = buf; *p; p++)
            if (*p == '.') *p = ',';
}

const char *classroom_phase_name(ClassPhase ph) {
    switch (ph) {
    case CP_SETUP: return _("Setup");
    case CP_TITLE: return _("The case");
    case CP_STORY: return _("The situation");
    case CP_NOTICE: return _("What do we notice?");
    case CP_CONCERN: return _("How concerned are we?");
    case CP_OPTIONS: return _("What do we do?");
    case CP_REVEAL: return _("The votes");
    case CP_FEEDBACK: return _("The group's choice");
    case CP_ENDING: return _("How it went");
    case CP_DEBRIEF: return _("Debrief");
    case CP_COUNT: break;
    }
    return "";
}

int classroom_steps(const Play *p, ClassPhase *out) {
    const PlayView *v = play_view(p);
    if (v->finished || !v->scene) return 0;
    int n = 0;
    out[n++] = CP_STORY;
    if (v->scene->nobserve) out[n++] = CP_NOTICE;
    if (v->scene->concern) out[n++] = CP_CONCERN;
    if (!v->scene->has_next) {
        out[n++] = CP_OPTIONS;
        out[n++] = CP_REVEAL;
    }
    return n;
}

const char *classroom_target_title(const Scenario *sc, const Jump *j, bool *several) {
    *several = false;
    NodeRef r = {false, -1};
    if (j->id) {
        r = j->target;
    } else if (j->ntargets) {
        r = j->targets[0];
        for (size_t i = 1; i < j->ntargets; i++)
            if (j->targets[i].is_ending != r.is_ending || j->targets[i].index != r.index)
                *several = true;
        if (*several) return "";
    }
    if (r.index < 0) return "";
    if (r.is_ending) {
        const Ending *e = &sc->endings[r.index];
        return e->title && *e->title ? e->title : e->id;
    }
    const Scene *s = &sc->scenes[r.index];
    return s->title && *s->title ? s->title : s->id;
}

/* Splits the facilitator text into notes and questions: a sentence that
   ends in '?' is a question (a lead-in such as "Spørsmål:" is dropped);
   the rest stays as notes, its whitespace folded. */
void classroom_split_notes(const char *f, char *notes, size_t nsize, char *qs, size_t qsize) {
    size_t nn = 0, nq = 0;
    notes[0] = qs[0] = '\0';
    if (!f) return;
    char sent[2000];
    size_t sl = 0;
    bool para = false; /* a blank line came before this sentence */
    for (const char *p = f;; p++) {
        char ch = *p;
        bool end = ch == '\0';
        if (!end) {
            if (ch == '\n') {
                /* a blank line ends a paragraph */
                const char *q = p + 1;
                while (*q == ' ' || *q == '\t') q++;
                if (*q == '\n') para = true;
                ch = ' ';
            }
            if (isspace((unsigned char)ch)) {
                if (sl && sent[sl - 1] != ' ' && sl + 1 < sizeof sent) sent[sl++] = ' ';
            } else if (sl + 1 < sizeof sent) {
                sent[sl++] = ch;
            }
        }
        bool stop = end || ((ch == '.' || ch == '?' || ch == '!') &&
                            (p[1] == ' ' || p[1] == '\n' || p[1] == '\0' || p[1] == '\t'));
        if (!stop) continue;
        while (sl && sent[sl - 1] == ' ') sl--;
        sent[sl] = '\0';
        if (sl) {
            const char *s = sent;
            if (sent[sl - 1] == '?') {
                /* "Spørsmål: Hva …?" — drop a short lead-in before a colon */
                const char *colon = strchr(s, ':');
                if (colon && colon - s < 40 && colon[1] == ' ') s = colon + 2;
                if (nq < qsize) nq += (size_t)snprintf(qs + nq, qsize - nq, "%s%s", nq ? "\n" : "", s);
            } else {
                /* a lead-in left alone, e.g. "Spørsmål:", is no note */
                size_t len = strlen(s);
                bool lead = len < 40 && s[len - 1] == ':';
                if (!lead && nn < nsize)
                    nn += (size_t)snprintf(notes + nn, nsize - nn, "%s%s",
                                           nn ? (para ? "\n\n" : " ") : "", s);
            }
            para = false;
        }
        sl = 0;
        if (end) break;
    }
    if (nn >= nsize) notes[nsize - 1] = '\0';
    if (nq >= qsize) qs[qsize - 1] = '\0';
}

/* }====================================================== */

/* {====================================================== the show of hands */

/* A new visit of a scene starts with the hands the core has (a replay
   keeps the group's), else none. */
static void sync_visit(Classroom *c) {
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
static BlkStatus commit_votes(Ui *ui) {
    Classroom *c = ui->cls;
    Play *p = ui->play;
    const PlayView *v = play_view(p);
    if (v->finished || !v->scene || v->scene->has_next) return BLK_OK;
    sync_visit(c);
    for (size_t k = 0; k < v->noffered && k < CL_MAX_OPTIONS; k++) {
        int have = v->votes ? v->votes[k] : 0;
        if (have == c->votes[k] && (v->votes || c->votes[k] == 0)) continue;
        BlkStatus st = saved(ui, play_vote(p, k, c->votes[k], &ui->dl));
        if (st != BLK_OK) {
            diag_print(&ui->dl, stderr);
            diag_clear(&ui->dl);
            return st;
        }
        v = play_view(p);
    }
    return BLK_OK;
}

static void set_votes(Ui *ui, size_t k, int n) {
    Classroom *c = ui->cls;
    const PlayView *v = play_view(ui->play);
    if (k >= v->noffered || k >= CL_MAX_OPTIONS) return;
    if (n < 0) n = 0;
    if (n > 9999) n = 9999;
    sync_visit(c);
    c->votes[k] = n;
    c->notice[0] = '\0';
    /* Once the spread is up, the core has what is shown. */
    if (c->phase == CP_REVEAL) commit_votes(ui);
    changed(c);
}

/* }====================================================== */

/* {====================================================== the timer */

static Uint32 tick(Uint32 interval, void *param) {
    (void)param;
    SDL_Event ev;
    SDL_zero(ev);
    ev.type = tick_type;
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

static void timer_toggle(Classroom *c) {
    if (c->running) {
        timer_stop(c);
    } else {
        if (!tick_type) tick_type = SDL_RegisterEvents(1);
        c->started_ms = SDL_GetTicks64();
        c->running = true;
        if (tick_type != (Uint32)-1) c->timer = SDL_AddTimer(1000, tick, NULL);
    }
    changed(c);
}

static void timer_reset(Classroom *c) {
    timer_stop(c);
    c->acc_ms = 0;
    changed(c);
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
static BlkStatus saved(Ui *ui, BlkStatus st) {
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

/* {====================================================== the second window */

static void free_second(Classroom *c, bool destroy) {
    Ui *a = c->second;
    if (!a) return;
    c->second = NULL;
    a->sc = NULL; /* borrowed from the main Ui */
    a->play = NULL;
    a->cls = NULL;
    if (!destroy) return;
    SDL_Renderer *ren = a->ren;
    SDL_Window *win = a->win;
    ui_free(a);
    if (ren) SDL_DestroyRenderer(ren);
    if (win) SDL_DestroyWindow(win);
}

void classroom_attach_audience(Ui *ui, Ui *aud) {
    Classroom *c = ui->cls;
    if (!c) return;
    free_second(c, c->second && c->second->win && !c->second->headless);
    if (aud) {
        aud->cls = c;
        aud->sc = ui->sc;
        aud->play = ui->play;
        c->second = aud;
        c->show_presenter = true;
    } else {
        c->show_presenter = false;
    }
    show(c);
}

/* A window on the display the main window is not on, full screen, for the
   projector. */
static void open_second(Ui *ui) {
    Classroom *c = ui->cls;
    if (ui->headless || !ui->win || c->second || SDL_GetNumVideoDisplays() < 2) return;
    int here = SDL_GetWindowDisplayIndex(ui->win);
    int there = here == 0 ? 1 : 0;
    SDL_Rect b;
    if (SDL_GetDisplayBounds(there, &b) != 0) return;
    SDL_Window *w = SDL_CreateWindow(_("Blikk – audience"), b.x, b.y, b.w, b.h,
                                     SDL_WINDOW_FULLSCREEN_DESKTOP | SDL_WINDOW_ALLOW_HIGHDPI);
    SDL_Renderer *r = w ? SDL_CreateRenderer(w, -1, SDL_RENDERER_SOFTWARE) : NULL;
    char err[300];
    Ui *a = r ? ui_new(ui->data_dir, false, err, sizeof err) : NULL;
    if (!a) {
        fprintf(stderr, "blikk: %s\n", SDL_GetError());
        if (r) SDL_DestroyRenderer(r);
        if (w) SDL_DestroyWindow(w);
        return;
    }
    a->win = w;
    a->settings = ui->settings;
    ui_settings_changed(a, false);
    int ow, oh, ww, wh;
    SDL_GetRendererOutputSize(r, &ow, &oh);
    SDL_GetWindowSize(w, &ww, &wh);
    ui_set_output(a, r, ow, oh, ww > 0 ? (float)ow / (float)ww : 1);
    classroom_attach_audience(ui, a);
    SDL_RaiseWindow(ui->win); /* the keys stay with the leader's window */
}

void classroom_render_other(Ui *ui) {
    Classroom *c = ui->cls;
    if (!c || ui != c->main || !c->second) return;
    c->second->sc = ui->sc;
    c->second->play = ui->play;
    ui_render(c->second);
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
    free_second(c, c->second && !c->second->headless);
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
static void failed(Ui *ui) {
    ui_show_error(ui, _("The case stopped because of an error in the scenario"), &ui->dl,
                  _("A function in the scenario file failed. Show this to the "
                    "person who wrote the case:"));
    diag_clear(&ui->dl);
}

static void start_session(Ui *ui) {
    Classroom *c = ui->cls;
    const char *path = c->pick >= 0 && (size_t)c->pick < ui->cat.count
                           ? ui->cat.items[c->pick].path : c->path;
    if (!path[0]) {
        snprintf(c->notice, sizeof c->notice, "%s", _("Choose a case first."));
        changed(c);
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
        failed(ui);
        return;
    }
    start_saving(c);
    c->replay_from = -1;
    c->visit = (size_t)-1;
    c->phase = CP_TITLE;
    c->page = 0;
    c->black = false;
    c->notice[0] = '\0';
    timer_reset(c);
    ui_goto(ui, SCR_CLASSROOM);
    open_second(ui);
    if (!c->second && ui->win && !ui->headless && !ui->fullscreen) {
        /* One screen: the presentation fills it, as a slide show does. At
           the display's corner first: without a window manager nothing
           else moves it there. */
        SDL_Rect b;
        int d = SDL_GetWindowDisplayIndex(ui->win);
        if (d >= 0 && SDL_GetDisplayBounds(d, &b) == 0) SDL_SetWindowPosition(ui->win, b.x, b.y);
        ui->fullscreen = SDL_SetWindowFullscreen(ui->win, SDL_WINDOW_FULLSCREEN_DESKTOP) == 0;
    }
    show(c);
}

/* }====================================================== */

/* {====================================================== next and back */

static int step_index(const ClassPhase *steps, int n, ClassPhase ph) {
    for (int i = 0; i < n; i++)
        if (steps[i] == ph) return i;
    return -1;
}

/* The scene just entered (or the ending). */
static void entered(Classroom *c) {
    const PlayView *v = play_view(c->main->play);
    c->phase = v->finished ? CP_ENDING : CP_STORY;
    c->page = 0;
    timer_reset(c);
    sync_visit(c);
}

static bool focus_first(Ui *ui, int cmd) {
    for (size_t i = 0; i < ui->L.nwidgets; i++)
        if (ui->L.widgets[i].action == ACT_CLASS && ui->L.widgets[i].arg / CL_ARG == cmd) {
            ui_focus(ui, (int)i);
            return true;
        }
    return false;
}

static void confirm(Ui *ui) {
    Classroom *c = ui->cls;
    const PlayView *v = play_view(ui->play);
    int k = classroom_group_choice(c, ui->play);
    if (v->scene->concern && v->concern == 0) {
        snprintf(c->notice, sizeof c->notice,
                 _("Set the group's concern level first (keys 1 to %d)."),
                 scenario_concern_levels(ui->sc));
        c->phase = CP_CONCERN;
        show(c);
        return;
    }
    if (k < 0) {
        snprintf(c->notice, sizeof c->notice, "%s",
                 _("Which option did the group choose? Move to it with the arrow keys "
                   "and press Enter."));
        changed(c);
        return;
    }
    if (commit_votes(ui) != BLK_OK) return;
    BlkStatus st = saved(ui, play_choose(ui->play, (size_t)k, &ui->dl));
    if (st == BLK_ERR_RUNTIME || st == BLK_ERR_NOMEM) {
        classroom_close(ui);
        failed(ui);
        return;
    }
    if (st != BLK_OK) {
        diag_print(&ui->dl, stderr);
        diag_clear(&ui->dl);
        changed(c);
        return;
    }
    c->notice[0] = '\0';
    c->phase = CP_FEEDBACK;
    show(c);
}

static void go_on(Ui *ui) {
    Classroom *c = ui->cls;
    const PlayView *v = play_view(ui->play);
    if (v->scene->concern && v->concern == 0) {
        snprintf(c->notice, sizeof c->notice,
                 _("Set the group's concern level first (keys 1 to %d)."),
                 scenario_concern_levels(ui->sc));
        if (c->phase != CP_CONCERN) {
            c->phase = CP_CONCERN;
            show(c);
        } else {
            changed(c);
        }
        return;
    }
    BlkStatus st = saved(ui, play_continue(ui->play, &ui->dl));
    if (st == BLK_ERR_RUNTIME || st == BLK_ERR_NOMEM) {
        classroom_close(ui);
        failed(ui);
        return;
    }
    if (st != BLK_OK) {
        diag_print(&ui->dl, stderr);
        diag_clear(&ui->dl);
        return;
    }
    entered(c);
    show(c);
}

static bool page_shown(const Classroom *c, int page) {
    const Play *g = classroom_group_play(c);
    const Scenario *sc = play_scenario(g);
    size_t n;
    switch ((DebriefPage)page) {
    case DB_VOTES:
    case DB_REPLAY: play_decisions(g, &n); return n > 0;
    case DB_CONCERN: play_answer_order(g, &n); return n > 0;
    case DB_POINTS: return sc->debrief.count > 0 || sc->references.count > 0;
    default: return true;
    }
}

static void end_replay(Classroom *c) {
    Ui *ui = c->main;
    if (!c->original) return;
    play_free(ui->play);
    ui->play = c->original;
    c->original = NULL;
    c->replay_from = -1;
    c->visit = (size_t)-1;
    c->phase = CP_DEBRIEF;
    c->page = DB_REPLAY;
    show(c);
}

/* Scrolls the audience page one screen when more of it is below (or
   above); true when it did. */
static bool scroll_audience(Classroom *c, int dir) {
    Ui *a = audience_ui(c);
    if (!a || c->black || c->ask) return false;
    if (a->relayout) ui_render(a);
    int max = ui_max_scroll(a);
    int step = a->L.view.h * 9 / 10;
    int to = a->scroll + dir * step;
    if (dir > 0 && a->scroll < max) {
        a->scroll = to > max ? max : to;
    } else if (dir < 0 && a->scroll > 0) {
        a->scroll = to < 0 ? 0 : to;
    } else {
        return false;
    }
    a->redraw = true;
    return true;
}

static void next(Ui *ui) {
    Classroom *c = ui->cls;
    if (c->phase == CP_SETUP) {
        start_session(ui);
        return;
    }
    if (c->black) {
        c->black = false;
        changed(c);
        return;
    }
    if (scroll_audience(c, 1)) return;
    Ui *m = c->main;
    sync_visit(c);
    ClassPhase steps[8];
    int n = classroom_steps(m->play, steps);
    int at = step_index(steps, n, c->phase);
    switch (c->phase) {
    case CP_TITLE:
        entered(c);
        break;
    case CP_STORY:
    case CP_NOTICE:
    case CP_CONCERN:
        if (c->phase == CP_CONCERN && play_view(m->play)->concern == 0) {
            /* The room settles on a level before it goes on. */
            snprintf(c->notice, sizeof c->notice,
                     _("Set the group's concern level first (keys 1 to %d)."),
                     scenario_concern_levels(m->sc));
            changed(c);
            return;
        }
        if (at >= 0 && at + 1 < n && steps[at + 1] != CP_REVEAL) {
            c->phase = steps[at + 1];
            c->notice[0] = '\0';
        } else {
            go_on(m);
            return;
        }
        break;
    case CP_OPTIONS:
        if (classroom_total_votes(c, m->play) > 0) {
            if (commit_votes(m) != BLK_OK) return;
            c->phase = CP_REVEAL;
            c->notice[0] = '\0';
        } else if (c->choice >= 0) {
            confirm(m);
            return;
        } else {
            snprintf(c->notice, sizeof c->notice, "%s",
                     _("Count the hands first (move to an option, type the number), or choose "
                       "the group's option with Enter."));
            changed(c);
            return;
        }
        break;
    case CP_REVEAL:
        confirm(m);
        return;
    case CP_FEEDBACK:
        entered(c);
        break;
    case CP_ENDING:
        if (c->original) {
            end_replay(c);
            return;
        }
        c->phase = CP_DEBRIEF;
        c->page = 0;
        break;
    case CP_DEBRIEF: {
        int p = c->page + 1;
        while (p < DB_COUNT && !page_shown(c, p)) p++;
        if (p >= DB_COUNT) return;
        c->page = p;
        break;
    }
    case CP_SETUP:
    case CP_COUNT: return;
    }
    show(c);
}

/* Whether the last thing the group did was a choice (so that the
   feedback on it can be shown again). */
static bool last_was_choice(const Play *p) {
    size_t n;
    const PlayAction *a = play_actions(p, &n);
    return n && a[n - 1].kind == ACTION_CHOOSE;
}

static void back(Ui *ui) {
    Classroom *c = ui->cls;
    if (c->black) {
        c->black = false;
        changed(c);
        return;
    }
    if (scroll_audience(c, -1)) return;
    Ui *m = c->main;
    ClassPhase steps[8];
    int n = classroom_steps(m->play, steps);
    int at = step_index(steps, n, c->phase);
    c->notice[0] = '\0';
    switch (c->phase) {
    case CP_NOTICE:
    case CP_CONCERN:
    case CP_OPTIONS:
    case CP_REVEAL:
        if (at > 0) c->phase = steps[at - 1];
        break;
    case CP_STORY:
    case CP_ENDING: {
        size_t na;
        play_actions(m->play, &na);
        if (last_was_choice(m->play)) c->phase = CP_FEEDBACK;
        else if (na == 0 && !c->original) c->phase = CP_TITLE;
        else return;
        break;
    }
    case CP_DEBRIEF: {
        int p = c->page - 1;
        while (p >= 0 && !page_shown(c, p)) p--;
        if (p < 0) c->phase = CP_ENDING;
        else c->page = p;
        break;
    }
    default: return;
    }
    show(c);
}

/* Takes the group back to decision `i` of its path, in a fork: the
   group's own play waits until the replay is over. */
static void replay(Ui *ui, int i) {
    Classroom *c = ui->cls;
    Play *g = c->original ? c->original : ui->play;
    size_t n, nd, seen = 0;
    play_decisions(g, &nd);
    if (i < 0 || (size_t)i >= nd) return;
    const PlayAction *a = play_actions(g, &n);
    size_t at = n;
    for (size_t k = 0; k < n; k++)
        if (a[k].kind == ACTION_CHOOSE && seen++ == (size_t)i) {
            at = k;
            break;
        }
    if (at == n) return;
    Play *q = NULL;
    if (play_fork(g, at, &q, &ui->dl) != BLK_OK) {
        diag_print(&ui->dl, stderr);
        diag_clear(&ui->dl);
        return;
    }
    if (c->original) play_free(ui->play);
    else c->original = ui->play;
    ui->play = q;
    c->replay_from = i;
    c->visit = (size_t)-1;
    sync_visit(c);
    c->phase = CP_OPTIONS;
    c->black = false;
    c->notice[0] = '\0';
    timer_reset(c);
    show(c);
}

/* }====================================================== */

/* {====================================================== actions */

static void ask(Classroom *c, ClassAsk a) {
    c->ask = a;
    c->black = false;
    c->main->focus = -2;
    if (c->second) c->second->focus = -2;
    changed(c);
}

void classroom_activate(Ui *ui, int arg) {
    Classroom *c = ui->cls;
    if (arg / CL_ARG == CL_OPEN) {
        classroom_open(ui, NULL);
        return;
    }
    if (!c) return;
    Ui *m = c->main;
    int cmd = arg / CL_ARG, k = arg % CL_ARG;
    switch ((ClassCmd)cmd) {
    case CL_NEXT: next(m); break;
    case CL_BACK: back(m); break;
    case CL_START: start_session(m); break;
    case CL_PICK_CASE:
        if (k >= 0 && (size_t)k < m->cat.count && m->cat.items[k].ok) {
            c->pick = k;
            snprintf(c->path, sizeof c->path, "%s", m->cat.items[k].path);
            c->notice[0] = '\0';
            changed(c);
        }
        break;
    case CL_LABEL:
        c->editing = !c->editing;
        if (c->editing) SDL_StartTextInput();
        else SDL_StopTextInput();
        changed(c);
        break;
    case CL_OPTION:
        if (m->play && !play_view(m->play)->finished) {
            sync_visit(c);
            c->choice = c->choice == k ? -1 : k;
            c->notice[0] = '\0';
            changed(c);
        }
        break;
    case CL_VOTE_UP:
    case CL_VOTE_DOWN:
        if (m->play && !play_view(m->play)->finished) {
            sync_visit(c);
            set_votes(m, (size_t)k,
                      classroom_votes(c, m->play, (size_t)k) + (cmd == CL_VOTE_UP ? 1 : -1));
        }
        break;
    case CL_VIEW:
        if (!c->second) {
            c->show_presenter = !c->show_presenter;
            ui_goto(m, SCR_CLASSROOM);
        }
        break;
    case CL_BLACK:
        c->black = !c->black;
        changed(c);
        break;
    case CL_TIMER: timer_toggle(c); break;
    case CL_TIMER_RESET: timer_reset(c); break;
    case CL_REPLAY: replay(m, k); break;
    case CL_REPLAY_END: end_replay(c); break;
    case CL_PAGE:
        if (c->phase == CP_DEBRIEF && k >= 0 && k < DB_COUNT && page_shown(c, k)) {
            c->page = k;
            show(c);
        } else if (c->phase == CP_ENDING && k >= 0 && k < DB_COUNT && !c->original) {
            c->phase = CP_DEBRIEF;
            c->page = page_shown(c, k) ? k : 0;
            show(c);
        }
        break;
    case CL_MARK:
        if (m->play) {
            int obs = k / 3;
            Mark mk = (Mark)(k % 3);
            if (play_mark_of(m->play, obs) == mk) mk = MARK_NONE;
            if (saved(m, play_mark(m->play, obs, mk, &m->dl)) != BLK_OK) diag_clear(&m->dl);
            changed(c);
        }
        break;
    case CL_CONCERN:
        if (m->play) {
            if (saved(m, play_concern(m->play, k, &m->dl)) != BLK_OK) diag_clear(&m->dl);
            c->notice[0] = '\0';
            changed(c);
        }
        break;
    case CL_ASK_LEAVE:
        if (c->phase == CP_SETUP) ui_open_menu(m);
        else ask(c, ASK_LEAVE);
        break;
    case CL_ASK_RESTART: ask(c, ASK_RESTART); break;
    case CL_STAY:
        c->ask = ASK_NONE;
        show(c);
        break;
    case CL_LEAVE: ui_open_menu(m); break;
    case CL_RESTART:
        c->ask = ASK_NONE;
        start_session(m);
        break;
    case CL_OPEN:
    case CL_COUNT: break;
    }
}

/* }====================================================== */

/* {====================================================== keys */

/* The offered option whose widget has the focus in this window, or -1. */
static int focused_option(const Ui *ui) {
    if (ui->focus < 0 || (size_t)ui->focus >= ui->L.nwidgets) return -1;
    const Widget *w = &ui->L.widgets[ui->focus];
    if (w->action != ACT_CLASS) return -1;
    int cmd = w->arg / CL_ARG;
    return cmd == CL_OPTION || cmd == CL_VOTE_UP || cmd == CL_VOTE_DOWN ? w->arg % CL_ARG : -1;
}

static bool counting(const Classroom *c) {
    return c->phase == CP_OPTIONS || c->phase == CP_REVEAL;
}

/* The option the keys count for: the focused one, else the first. */
static int count_target(Ui *ui) {
    int k = focused_option(ui);
    if (k >= 0) return k;
    if (ui->relayout) ui_render(ui);
    focus_first(ui, CL_OPTION);
    k = focused_option(ui);
    return k >= 0 ? k : 0;
}

static void digit(Ui *ui, int d, Uint32 at) {
    Classroom *c = ui->cls;
    Ui *m = c->main;
    if (!m->play || c->ask || c->black) return;
    const PlayView *v = play_view(m->play);
    if (v->finished) {
        if (c->phase == CP_DEBRIEF && c->page == DB_REPLAY && d >= 1) replay(m, d - 1);
        return;
    }
    switch (c->phase) {
    case CP_NOTICE:
        if (d >= 1 && (size_t)d <= v->scene->nobserve) {
            int obs = v->scene->observe[d - 1];
            Mark now = play_mark_of(m->play, obs);
            Mark to = now == MARK_NONE ? MARK_RISK : now == MARK_RISK ? MARK_PROTECTIVE : MARK_NONE;
            if (saved(m, play_mark(m->play, obs, to, &m->dl)) != BLK_OK) diag_clear(&m->dl);
            changed(c);
        }
        break;
    case CP_CONCERN:
        if (d >= 1 && d <= scenario_concern_levels(m->sc))
            classroom_activate(m, CL_CONCERN * CL_ARG + d);
        break;
    case CP_OPTIONS:
    case CP_REVEAL: {
        sync_visit(c);
        int k = count_target(ui);
        int n = d;
        /* Digits typed in a row make one number: 1 then 2 is twelve. */
        if (k == c->typed_k && at - c->typed_at < 1500 && c->votes[k] < 1000)
            n = c->votes[k] * 10 + d;
        set_votes(m, (size_t)k, n);
        c->typed_k = k;
        c->typed_at = at;
        break;
    }
    default: break;
    }
}

static bool setup_key(Ui *ui, const SDL_KeyboardEvent *k) {
    Classroom *c = ui->cls;
    SDL_Keycode sym = k->keysym.sym;
    if (c->editing) {
        switch (sym) {
        case SDLK_BACKSPACE: {
            size_t n = strlen(c->label);
            while (n && ((unsigned char)c->label[n - 1] & 0xC0) == 0x80) n--;
            if (n) n--;
            c->label[n] = '\0';
            changed(c);
            return true;
        }
        case SDLK_RETURN:
        case SDLK_KP_ENTER:
        case SDLK_ESCAPE:
            classroom_activate(ui, CL_LABEL * CL_ARG);
            return true;
        case SDLK_TAB:
            c->editing = false;
            SDL_StopTextInput();
            changed(c);
            return false;
        case SDLK_F5: start_session(c->main); return true;
        default: return true; /* letters arrive as text */
        }
    }
    int d = sym >= SDLK_1 && sym <= SDLK_9 ? (int)(sym - SDLK_1) + 1 : 0;
    if (d) {
        /* The nth case that can be opened. */
        for (size_t i = 0, seen = 0; i < ui->cat.count; i++)
            if (ui->cat.items[i].ok && ++seen == (size_t)d) {
                classroom_activate(ui, CL_PICK_CASE * CL_ARG + (int)i);
                int w = ui_find_widget(ui, ACT_CLASS, CL_PICK_CASE * CL_ARG + (int)i);
                if (ui->relayout) ui_render(ui);
                w = ui_find_widget(ui, ACT_CLASS, CL_PICK_CASE * CL_ARG + (int)i);
                if (w >= 0) ui_focus(ui, w);
            }
        return true;
    }
    switch (sym) {
    case SDLK_F5: start_session(c->main); return true;
    case SDLK_ESCAPE: ui_open_menu(c->main); return true;
    default: return false;
    }
}

static bool key(Ui *ui, const SDL_KeyboardEvent *k) {
    Classroom *c = ui->cls;
    SDL_Keycode sym = k->keysym.sym;
    Uint16 mod = k->keysym.mod;
    if (mod & (KMOD_CTRL | KMOD_GUI | KMOD_ALT)) return false;
    if (c->ask) {
        if (sym == SDLK_ESCAPE) {
            classroom_activate(ui, CL_STAY * CL_ARG);
            return true;
        }
        /* Tab, arrows and Enter move and press the question's buttons. */
        return !(sym == SDLK_TAB || sym == SDLK_RETURN || sym == SDLK_KP_ENTER ||
                 sym == SDLK_LEFT || sym == SDLK_RIGHT || sym == SDLK_UP || sym == SDLK_DOWN);
    }
    if (c->phase == CP_SETUP) return setup_key(ui, k);
    /* A key held down moves one step, not many. */
    bool act = sym != SDLK_UP && sym != SDLK_DOWN && sym != SDLK_TAB && sym != SDLK_RETURN &&
               sym != SDLK_KP_ENTER && sym != SDLK_HOME && sym != SDLK_END;
    if (k->repeat && act) return true;
    int d = sym >= SDLK_0 && sym <= SDLK_9       ? (int)(sym - SDLK_0)
            : sym >= SDLK_KP_1 && sym <= SDLK_KP_9 ? (int)(sym - SDLK_KP_1) + 1
            : sym == SDLK_KP_0                   ? 0
                                                 : -1;
    if (d >= 0) {
        digit(ui, d, k->timestamp);
        return true;
    }
    switch (sym) {
    case SDLK_PAGEDOWN:
    case SDLK_RIGHT:
    case SDLK_SPACE: next(ui); return true;
    case SDLK_PAGEUP:
    case SDLK_LEFT: back(ui); return true;
    case SDLK_b:
    case SDLK_PERIOD:
    case SDLK_KP_PERIOD: classroom_activate(ui, CL_BLACK * CL_ARG); return true;
    case SDLK_F5: classroom_activate(ui, CL_ASK_RESTART * CL_ARG); return true;
    case SDLK_ESCAPE:
    case SDLK_AC_BACK:
        if (c->black) classroom_activate(ui, CL_BLACK * CL_ARG);
        else classroom_activate(ui, CL_ASK_LEAVE * CL_ARG);
        return true;
    case SDLK_p: classroom_activate(ui, CL_VIEW * CL_ARG); return true;
    case SDLK_t: classroom_activate(ui, CL_TIMER * CL_ARG); return true;
    case SDLK_PLUS:
    case SDLK_EQUALS:
    case SDLK_KP_PLUS:
    case SDLK_MINUS:
    case SDLK_KP_MINUS:
        if (counting(c) && c->main->play && !c->black) {
            int kk = count_target(ui);
            bool up = sym == SDLK_PLUS || sym == SDLK_EQUALS || sym == SDLK_KP_PLUS;
            classroom_activate(ui, (up ? CL_VOTE_UP : CL_VOTE_DOWN) * CL_ARG + kk);
            c->typed_k = -1;
        }
        return true;
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
        return c->black; /* Enter presses the focused control */
    default: return c->black && sym != SDLK_F11;
    }
}

static Uint32 window_of(const SDL_Event *ev) {
    switch (ev->type) {
    case SDL_WINDOWEVENT: return ev->window.windowID;
    case SDL_KEYDOWN:
    case SDL_KEYUP: return ev->key.windowID;
    case SDL_TEXTINPUT: return ev->text.windowID;
    case SDL_MOUSEMOTION: return ev->motion.windowID;
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP: return ev->button.windowID;
    case SDL_MOUSEWHEEL: return ev->wheel.windowID;
    default: return 0;
    }
}

bool classroom_event(Ui *ui, const SDL_Event *ev) {
    Classroom *c = ui->cls;
    if (!c) return false;
    if (tick_type && ev->type == tick_type) {
        if (c->running) changed(c);
        return true;
    }
    /* The audience window's own events go to its Ui. */
    if (c->second && ui == c->main) {
        Uint32 id = window_of(ev);
        if (id && c->second->win && id == SDL_GetWindowID(c->second->win)) {
            if (ev->type == SDL_WINDOWEVENT && ev->window.event == SDL_WINDOWEVENT_CLOSE) {
                free_second(c, true);
                c->show_presenter = true;
                show(c);
                return true;
            }
            c->second->sc = ui->sc;
            c->second->play = ui->play;
            ui_event(c->second, ev);
            return true;
        }
        if (ev->type == SDL_WINDOWEVENT && ev->window.event == SDL_WINDOWEVENT_CLOSE) {
            SDL_Event q;
            SDL_zero(q);
            q.type = SDL_QUIT;
            SDL_PushEvent(&q);
            return true;
        }
    }
    if (ev->type == SDL_DISPLAYEVENT && ev->display.event == SDL_DISPLAYEVENT_CONNECTED &&
        ui == c->main && c->phase != CP_SETUP) {
        open_second(ui); /* a projector plugged in during the session */
        return false;
    }
    if (ui == c->second && c->ask) {
        /* The question is on the leader's screen only: keys go there, and
           the projector takes no clicks until it is answered. */
        if (ev->type == SDL_KEYDOWN && c->main->win) {
            SDL_Event copy = *ev;
            copy.key.windowID = SDL_GetWindowID(c->main->win);
            ui_event(c->main, &copy);
            return true;
        }
        if (ev->type == SDL_MOUSEBUTTONDOWN || ev->type == SDL_MOUSEBUTTONUP) return true;
    }
    if (ui->screen != SCR_CLASSROOM) return false;
    /* F5 still held when the window went full screen comes back as a new
       press when the focus returns (X11 replays the keys that are down):
       one press of F5 is one, until it is let go. */
    if ((ev->type == SDL_KEYDOWN || ev->type == SDL_KEYUP) && ev->key.keysym.sym == SDLK_F5) {
        if (ev->type == SDL_KEYUP) {
            c->f5_down = false;
            return true;
        }
        if (c->f5_down) return true;
        c->f5_down = !ui->headless;
    }
    if (ev->type == SDL_TEXTINPUT) {
        if (c->editing && c->phase == CP_SETUP) {
            size_t n = strlen(c->label), add = strlen(ev->text.text);
            if (n + add < 60 && n + add < sizeof c->label) {
                memcpy(c->label + n, ev->text.text, add + 1);
                changed(c);
            }
        }
        return true;
    }
    if (ev->type == SDL_KEYDOWN) return key(ui, &ev->key);
    return false;
}

/* }====================================================== */

/* {====================================================== the first focus */

static int find_cmd(const Ui *ui, int cmd, int param) {
    for (size_t i = 0; i < ui->L.nwidgets; i++) {
        const Widget *w = &ui->L.widgets[i];
        if (w->action == ACT_CLASS && w->arg / CL_ARG == cmd &&
            (param < 0 || w->arg % CL_ARG == param))
            return (int)i;
    }
    return -1;
}

int classroom_first_focus(const Ui *ui) {
    const Classroom *c = ui->cls;
    if (!c) return -1;
    if (c->ask) return find_cmd(ui, CL_STAY, -1);
    if (c->phase == CP_SETUP) {
        if (c->pick >= 0 || c->path[0]) return find_cmd(ui, CL_START, -1);
        return find_cmd(ui, CL_PICK_CASE, -1);
    }
    if (c->black) return -1;
    const Play *p = c->main->play;
    switch (c->phase) {
    case CP_NOTICE: return find_cmd(ui, CL_MARK, -1);
    case CP_CONCERN: {
        int lv = p ? play_view(p)->concern : 0;
        int w = find_cmd(ui, CL_CONCERN, lv > 0 ? lv : -1);
        return w;
    }
    case CP_OPTIONS:
    case CP_REVEAL: {
        int k = p ? classroom_group_choice(c, p) : -1;
        int w = find_cmd(ui, CL_OPTION, k >= 0 ? k : -1);
        return w >= 0 ? w : find_cmd(ui, CL_OPTION, -1);
    }
    case CP_DEBRIEF:
        if (c->page == DB_REPLAY && classroom_is_audience(ui)) return find_cmd(ui, CL_REPLAY, -1);
        return -1;
    default: return -1;
    }
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
    sync_visit(c);
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
        if (!last_was_choice(p)) {
            fprintf(stderr, "%s\n", _("blikk: the script must end with a choice for this screen"));
            return 0;
        }
    } else if (want != CP_TITLE && step_index(steps, ns, want) < 0) {
        fprintf(stderr, _("blikk: this scene has no %s step; adjust --script\n"), name);
        return 0;
    }
    c->phase = want;
    c->page = names[i].page;
    ui_goto(ui, SCR_CLASSROOM);
    return 1;
}

/* }====================================================== */
