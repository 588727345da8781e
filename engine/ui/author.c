/*
** author.c — author mode: `blikk --author FILE` plays the case while its
** author edits it. Saving the file loads it again and takes the
** playthrough back to where it was: the actions taken so far (play_actions)
** are replayed on the new Scenario with the same seed, matched by id, so a
** scene added above or a choice moved still finds its way; the author's own
** edits (a variable set, a jump, a fixture) are replayed in their place
** among them. A file with errors shows them with file and line and keeps
** the old case in memory, so the next good save comes back to the same
** place. Also here: setting variables and jumping for the overlay, state
** fixtures (JSON beside the case file) and the case map's cache.
**
** The watcher is a thread started after SDL_Init that blocks in poll() on
** an inotify descriptor for the file's folder and pushes an SDL event when
** the file has been written or replaced; the window's SDL_WaitEvent wakes
** on it. Nothing polls: an idle window stays at zero CPU. The thread only
** reads the inotify descriptor; loading the file happens on the main
** thread, in the event loop.
*/
#include "author.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <time.h>
#include <unistd.h>

#include "../core/i18n.h"
#include "app.h"
#include "results_ui.h"

/* {====================================================== small helpers */

const char *author_tr(const char *key, const char *english) {
    const char *t = gettext(key);
    return t == key ? english : t;
}

static char *sdup(const char *s) { return s ? strdup(s) : NULL; }

static void stamp(char *buf, size_t size) {
    time_t t = time(NULL);
    struct tm tm;
    localtime_r(&t, &tm);
    strftime(buf, size, "%H:%M:%S", &tm);
}

static void set_notice(Author *a, const Ui *ui, bool warn, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

static void set_notice(Author *a, const Ui *ui, bool warn, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(a->notice, sizeof a->notice, fmt, ap);
    va_end(ap);
    a->notice_warn = warn;
    a->notice_play = ui->play;
    a->notice_actions = 0;
    if (ui->play) play_actions(ui->play, &a->notice_actions);
}

static const char *scene_id(const Scenario *sc, int i) {
    return i >= 0 && (size_t)i < sc->nscenes ? sc->scenes[i].id : "?";
}

static int find_scene(const Scenario *sc, const char *id) {
    NodeRef r;
    if (!id || !scenario_find_node(sc, id, &r) || r.is_ending) return -1;
    return r.index;
}

/* Where the playthrough is: its scene's id, or its ending's. */
static const char *where(const Play *p) {
    const PlayView *v = play_view(p);
    if (v->finished && v->ending) return v->ending->id;
    return v->scene ? v->scene->id : NULL;
}

/* Whether the case in hand is the author's file (opened from the menu it
   may be named another way). */
static bool same_case(const Ui *ui) {
    const Author *a = ui->author;
    if (!ui->sc || !ui->info.path) return false;
    if (strcmp(ui->info.path, a->path) == 0) return true;
    char x[PATH_MAX], y[PATH_MAX];
    return realpath(ui->info.path, x) && realpath(a->path, y) && strcmp(x, y) == 0;
}

/* The images of the old file may have changed with it. */
static void drop_images(Ui *ui) {
    for (size_t i = 0; i < ui->nimages; i++) {
        if (ui->images[i].tex) SDL_DestroyTexture(ui->images[i].tex);
        free(ui->images[i].path);
    }
    free(ui->images);
    ui->images = NULL;
    ui->nimages = 0;
}

/* A callback of the scenario failed: its file and line, as app.c says it. */
static void runtime_error(Ui *ui) {
    ui_show_error(ui, _("The case stopped because of an error in the scenario"), &ui->dl,
                  _("A function in the scenario file failed. Show this to the "
                    "person who wrote the case:"));
    diag_clear(&ui->dl);
}

/* Shows the scene in play without moving the focus (it may be in the
   overlay): a jump or an edit happened there. */
static void show_scene(Ui *ui, bool top) {
    const PlayView *v = play_view(ui->play);
    ScreenId s = v->finished ? SCR_ENDING : SCR_SCENE;
    if (ui->screen != s || top) ui->scroll = 0;
    ui->screen = s;
    ui->need_concern = false;
    ui->relayout = true;
}

/* }====================================================== */

/* {====================================================== steps */

static void step_free(Step *s) {
    free(s->scene);
    free(s->obs);
    free(s->choice_id);
    free(s->choice_text);
    free(s->name);
    if (s->v.type == VAL_STRING) free((char *)s->v.str);
    memset(s, 0, sizeof *s);
}

static void steps_free(Step *s, size_t n) {
    for (size_t i = 0; i < n; i++) step_free(&s[i]);
    free(s);
}

static Value value_copy(const Value *v) {
    Value c = *v;
    if (v->type == VAL_STRING) c.str = sdup(v->str);
    return c;
}

static bool step_copy(Step *out, const Step *in) {
    *out = *in;
    out->scene = sdup(in->scene);
    out->obs = sdup(in->obs);
    out->choice_id = sdup(in->choice_id);
    out->choice_text = sdup(in->choice_text);
    out->name = sdup(in->name);
    out->v = value_copy(&in->v);
    return true;
}

/* Whether a choice's id was made up by the loader ("scene.N"). */
static bool made_up_id(const Scene *s, const Choice *c, size_t k) {
    char buf[300];
    snprintf(buf, sizeof buf, "%s.%zu", s->id, k + 1);
    return strcmp(c->id, buf) == 0;
}

static Step step_of_action(const Scenario *sc, const PlayAction *a) {
    Step s = {.kind = STEP_ACTION, .a = *a};
    const Scene *scene = &sc->scenes[a->scene];
    s.scene = sdup(scene->id);
    if (a->kind == ACTION_MARK && a->observation >= 0 &&
        (size_t)a->observation < sc->nobservations)
        s.obs = sdup(sc->observations[a->observation].id);
    if ((a->kind == ACTION_CHOOSE || a->kind == ACTION_VOTE) && a->choice >= 0 &&
        (size_t)a->choice < scene->nchoices) {
        const Choice *c = &scene->choices[a->choice];
        s.choice_id = sdup(c->id);
        s.choice_text = sdup(c->text);
        s.choice_given = !made_up_id(scene, c, (size_t)a->choice);
    }
    return s;
}

/* The edits are those of one Play: drop them when another one is in hand
   (the trainee started again, or the case was left). */
static void sync_edits(Ui *ui) {
    Author *a = ui->author;
    if (a->edits_play == ui->play && (!ui->play || a->edits_seed == play_seed(ui->play))) return;
    for (size_t i = 0; i < a->nedits; i++) step_free(&a->edits[i].step);
    a->nedits = 0;
    a->edits_play = ui->play;
    a->edits_seed = ui->play ? play_seed(ui->play) : 0;
}

static void push_edit(Ui *ui, Step st) {
    Author *a = ui->author;
    sync_edits(ui);
    if (a->nedits == a->cap_edits) {
        size_t cap = a->cap_edits ? 2 * a->cap_edits : 16;
        AuthorEdit *e = realloc(a->edits, cap * sizeof *e);
        if (!e) {
            step_free(&st);
            return;
        }
        a->edits = e;
        a->cap_edits = cap;
    }
    size_t n = 0;
    if (ui->play) play_actions(ui->play, &n);
    a->edits[a->nedits++] = (AuthorEdit){n, st};
}

/* The playthrough in hand as steps: its actions, with the author's edits
   among them where they were made. */
static Step *record(Ui *ui, size_t *nout) {
    Author *a = ui->author;
    sync_edits(ui);
    size_t n;
    const PlayAction *acts = play_actions(ui->play, &n);
    Step *out = calloc(n + a->nedits + 1, sizeof *out);
    size_t k = 0, e = 0;
    if (!out) {
        *nout = 0;
        return NULL;
    }
    for (size_t i = 0; i <= n; i++) {
        while (e < a->nedits && a->edits[e].at <= i) step_copy(&out[k++], &a->edits[e++].step);
        if (i < n) out[k++] = step_of_action(ui->sc, &acts[i]);
    }
    *nout = k;
    return out;
}

static void pending_clear(Author *a) {
    steps_free(a->pending, a->npending);
    a->pending = NULL;
    a->npending = 0;
    a->pending_play = NULL;
    free(a->pending_target);
    a->pending_target = NULL;
}

/* Whether the kept record still describes the Play in hand: nothing was
   done since the reload that could not take all of it. */
static bool pending_valid(const Ui *ui) {
    const Author *a = ui->author;
    if (!a->pending && !a->pending_target) return false;
    if (!ui->play) return true;
    size_t n;
    play_actions(ui->play, &n);
    return ui->play == a->pending_play && play_seed(ui->play) == a->pending_seed &&
           n == a->pending_at && a->nedits == a->pending_nedits;
}

/* Keeps the playthrough in hand as the record to come back to. */
static void keep_pending(Ui *ui) {
    Author *a = ui->author;
    if (pending_valid(ui) || !ui->play || !same_case(ui)) return;
    pending_clear(a);
    a->pending = record(ui, &a->npending);
    a->pending_seed = play_seed(ui->play);
    a->pending_target = sdup(where(ui->play));
    a->pending_finished = play_view(ui->play)->finished;
    a->pending_play = ui->play;
    play_actions(ui->play, &a->pending_at);
    a->pending_nedits = a->nedits;
}

/* Takes one step on `p` (whose case may differ from the one it was
   recorded in). On a problem that is not the scenario's fault, says in
   `why` what no longer fits and returns BLK_ERR_USAGE. */
static BlkStatus take_step(Ui *ui, Play *p, const Step *s, char *why, size_t size) {
    const Scenario *sc = play_scenario(p);
    const PlayView *v = play_view(p);
    DiagList *dl = &ui->dl;
    int si = find_scene(sc, s->scene);
    if (s->kind == STEP_GOTO) {
        if (si < 0) {
            snprintf(why, size, _("the scene '%s' you jumped to is no longer in the file"), s->scene);
            return BLK_ERR_USAGE;
        }
        return play_goto(p, si, dl);
    }
    if (s->kind == STEP_SET) return play_set_var(p, s->name, &s->v, dl);
    if (si < 0) {
        snprintf(why, size, _("the scene '%s' is no longer in the file"), s->scene);
        return BLK_ERR_USAGE;
    }
    if (v->finished || v->scene_index != si) {
        snprintf(why, size, _("the choices now lead elsewhere: the case is at '%s', not at '%s'"),
                 v->finished && v->ending ? v->ending->id : scene_id(sc, v->scene_index),
                 s->scene);
        return BLK_ERR_USAGE;
    }
    const Scene *scene = &sc->scenes[si];
    PlayAction a = s->a;
    a.scene = si;
    if (a.kind == ACTION_MARK) {
        a.observation = scenario_find_observation(sc, s->obs ? s->obs : "");
        if (a.observation < 0) {
            snprintf(why, size, _("the observation '%s' is no longer in the file"),
                     s->obs ? s->obs : "?");
            return BLK_ERR_USAGE;
        }
    } else if (a.kind == ACTION_CHOOSE || a.kind == ACTION_VOTE) {
        /* By the id the author gave it; else by its text; else by its
           place, which is what a made-up id means. */
        int found = -1;
        for (size_t k = 0; k < scene->nchoices && found < 0; k++)
            if (s->choice_given && s->choice_id && strcmp(scene->choices[k].id, s->choice_id) == 0)
                found = (int)k;
        for (size_t k = 0; k < scene->nchoices && found < 0; k++)
            if (s->choice_text && strcmp(scene->choices[k].text, s->choice_text) == 0)
                found = (int)k;
        for (size_t k = 0; k < scene->nchoices && found < 0; k++)
            if (!s->choice_given && s->choice_id && strcmp(scene->choices[k].id, s->choice_id) == 0)
                found = (int)k;
        if (found < 0) {
            snprintf(why, size, _("the choice '%s' is no longer in the scene '%s'"),
                     s->choice_text ? s->choice_text : "?", s->scene);
            return BLK_ERR_USAGE;
        }
        a.choice = found;
    }
    BlkStatus st = play_apply(p, &a, dl);
    if (st == BLK_ERR_USAGE) {
        snprintf(why, size, "%s", dl->count ? dl->items[dl->count - 1].message : "?");
        diag_clear(dl);
    }
    return st;
}

/* }====================================================== */

/* {====================================================== the watcher */

/* Reads what inotify has; true when it names the case file written or
   moved into place (editors save either way). */
static bool drain(Author *a) {
    union {
        struct inotify_event ev;
        char buf[8192];
    } u;
    bool hit = false;
    for (;;) {
        ssize_t n = read(a->ifd, u.buf, sizeof u.buf);
        if (n <= 0) break;
        for (char *p = u.buf; p < u.buf + n;) {
            const struct inotify_event *e = (const struct inotify_event *)(void *)p;
            if (e->len && (e->mask & (IN_CLOSE_WRITE | IN_MOVED_TO)) &&
                strcmp(e->name, a->base) == 0)
                hit = true;
            p += sizeof *e + e->len;
        }
    }
    return hit;
}

static int watch_main(void *data) {
    Author *a = data;
    struct pollfd pf[2] = {{a->ifd, POLLIN, 0}, {a->stop[0], POLLIN, 0}};
    for (;;) {
        int r = poll(pf, 2, -1);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0 || pf[1].revents) break;
        if (!drain(a)) continue;
        /* One save can be several events (a write, then a rename): wait
           until the folder has been quiet for a moment, then reload once. */
        for (;;) {
            r = poll(pf, 2, 150);
            if (r < 0 && errno == EINTR) continue;
            if (r <= 0) break;
            if (pf[1].revents) return 0;
            drain(a);
        }
        SDL_Event ev;
        SDL_zero(ev);
        ev.type = a->event;
        SDL_PushEvent(&ev);
    }
    return 0;
}

static void watch_start(Author *a) {
    a->event = SDL_RegisterEvents(1);
    if (a->event == (Uint32)-1) {
        a->event = 0;
        return;
    }
    a->ifd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (a->ifd < 0 || pipe(a->stop) != 0) {
        fprintf(stderr, "blikk: %s: %s\n", a->dir, strerror(errno));
        return;
    }
    if (inotify_add_watch(a->ifd, a->dir, IN_CLOSE_WRITE | IN_MOVED_TO) < 0) {
        fprintf(stderr, "blikk: %s: %s\n", a->dir, strerror(errno));
        return;
    }
    a->thread = SDL_CreateThread(watch_main, "blikk-watch", a);
    a->watching = a->thread != NULL;
}

static void watch_stop(Author *a) {
    if (a->thread) {
        ssize_t w = write(a->stop[1], "x", 1);
        (void)w;
        SDL_WaitThread(a->thread, NULL);
        a->thread = NULL;
    }
    if (a->ifd >= 0) close(a->ifd);
    for (int i = 0; i < 2; i++)
        if (a->stop[i] >= 0) close(a->stop[i]);
    a->ifd = a->stop[0] = a->stop[1] = -1;
    a->watching = false;
}

/* }====================================================== */

/* {====================================================== life cycle */

void author_open(Ui *ui, const char *path, bool watch) {
    Author *a = calloc(1, sizeof *a);
    if (!a) {
        ui_open_case(ui, path);
        return;
    }
    ui->author = a;
    a->ifd = a->stop[0] = a->stop[1] = -1;
    snprintf(a->path, sizeof a->path, "%s", path);
    const char *slash = strrchr(path, '/');
    if (slash) {
        snprintf(a->dir, sizeof a->dir, "%.*s", (int)(slash - path), path);
        if (!a->dir[0]) snprintf(a->dir, sizeof a->dir, "/");
    } else {
        snprintf(a->dir, sizeof a->dir, ".");
    }
    snprintf(a->base, sizeof a->base, "%s", slash ? slash + 1 : path);
    snprintf(a->name, sizeof a->name, "%s", a->base);
    size_t n = strlen(a->name);
    if (n > 4 && strcmp(a->name + n - 4, ".lua") == 0) a->name[n - 4] = '\0';
    a->tab = AT_SCENE;
    /* An author's test runs are not a trainee's results: every save would
       leave another half playthrough in the history. */
    results_ui_read_only(ui);
    if (watch) watch_start(a);
    if (ui->win) SDL_SetWindowTitle(ui->win, _("Blikk – author mode"));
    stamp(a->loaded_at, sizeof a->loaded_at);
    ui_open_case(ui, path);
    if (ui->screen == SCR_ERROR) {
        a->broken = true;
        snprintf(ui->error_title, sizeof ui->error_title, "%s", _("The case file has errors"));
        free(ui->error_text);
        ui->error_text = strdup(_("Correct them and save the file: Blikk loads it again by "
                                  "itself. The window stays open."));
        return;
    }
    if (ui->sc) ui_start_case(ui);
    author_fixture_scan(ui);
}

void author_free(Ui *ui) {
    Author *a = ui->author;
    if (!a) return;
    watch_stop(a);
    for (size_t i = 0; i < a->nedits; i++) step_free(&a->edits[i].step);
    free(a->edits);
    pending_clear(a);
    for (size_t i = 0; i < a->nfixtures; i++) {
        free(a->fixtures[i].path);
        free(a->fixtures[i].scene);
    }
    free(a->fixtures);
    casemap_free(&a->map);
    layout_free(&a->scratch);
    free(a);
    ui->author = NULL;
}

const CaseMap *author_map(Ui *ui) {
    Author *a = ui->author;
    if (!ui->sc) return NULL;
    /* Keyed by the counts too, so that a map of another case can never be
       read with this one's indices. */
    if (a->map_sc != ui->sc || a->map.nnodes != ui->sc->nscenes + ui->sc->nendings) {
        casemap_free(&a->map);
        a->map_sc = NULL;
        if (casemap_build(ui->sc, &a->map) != BLK_OK) return NULL;
        a->map_sc = ui->sc;
    }
    return &a->map;
}

/* }====================================================== */

/* {====================================================== reload */

/* The screen to show after a reload: the one the author was on, if the
   playthrough still has it. */
static ScreenId screen_after(const Ui *ui, ScreenId was, bool complete) {
    const PlayView *v = play_view(ui->play);
    switch (was) {
    case SCR_SETTINGS: return SCR_SETTINGS;
    case SCR_FEEDBACK:
        if (complete && v->last_choice && v->last_choice->feedback && *v->last_choice->feedback)
            return SCR_FEEDBACK;
        break;
    case SCR_RESULT:
        if (v->finished) return SCR_RESULT;
        break;
    default: break;
    }
    return v->finished ? SCR_ENDING : SCR_SCENE;
}

bool author_reload(Ui *ui) {
    Author *a = ui->author;
    if (!a) return false;
    /* Another case opened from the menu: leave it alone. */
    if (ui->sc && !same_case(ui)) return true;
    Scenario *nsc = NULL;
    DiagList dl = {0};
    if (scenario_load(a->path, NULL, &nsc, &dl) != BLK_OK) {
        keep_pending(ui);
        ui->dialog = false;
        ui_show_error(ui, _("The case file has errors"), &dl,
                      _("Correct them and save the file: Blikk loads it again by itself and "
                        "takes you back to where you were. The window stays open."));
        diag_free(&dl);
        a->editing = false;
        a->broken = true;
        return false;
    }
    diag_free(&dl);
    a->broken = false;
    a->reloads++;
    stamp(a->loaded_at, sizeof a->loaded_at);
    a->notice[0] = '\0';
    a->editing = false;

    /* What to come back to. */
    Step *steps = NULL;
    size_t nsteps = 0;
    uint64_t seed = ui->seed;
    char *target = NULL;
    bool had_play = ui->play != NULL;
    if (pending_valid(ui)) {
        steps = a->pending;
        nsteps = a->npending;
        seed = a->pending_seed;
        target = a->pending_target;
        a->pending = NULL;
        a->npending = 0;
        a->pending_target = NULL;
        had_play = true;
    } else if (ui->play) {
        steps = record(ui, &nsteps);
        seed = play_seed(ui->play);
        target = sdup(where(ui->play));
    }
    pending_clear(a);
    ScreenId was = ui->screen;
    bool intro = ui->sc && !ui->play && was == SCR_INTRO;

    /* The new case in, the old one out. */
    results_ui_detach(ui);
    play_free(ui->play);
    ui->play = NULL;
    scenario_free(ui->sc);
    ui->sc = nsc;
    free(ui->info.path);
    ui->info.path = strdup(a->path);
    drop_images(ui);
    casemap_free(&a->map);
    a->map_sc = NULL;
    diag_clear(&ui->dl);
    ui->dialog = false;
    ui->need_concern = false;
    sync_edits(ui);
    author_fixture_scan(ui);
    if (intro) {
        steps_free(steps, nsteps);
        free(target);
        ui->relayout = true;
        return true;
    }
    ui->seed = seed;
    if (play_new(nsc, seed, &ui->play, &ui->dl) != BLK_OK) {
        /* Kept: the next save may mend the start scene. */
        a->pending = steps;
        a->npending = nsteps;
        a->pending_target = target;
        a->pending_seed = seed;
        a->pending_play = NULL;
        runtime_error(ui);
        return true;
    }
    sync_edits(ui);
    bool complete = true;
    if (had_play && target && !scenario_find_node(nsc, target, &(NodeRef){0})) {
        set_notice(a, ui, true, _("The scene '%s' is no longer in the file, so the case starts "
                                  "again from the beginning."), target);
        complete = false;
    } else {
        for (size_t i = 0; i < nsteps; i++) {
            char why[600] = "";
            BlkStatus st = take_step(ui, ui->play, &steps[i], why, sizeof why);
            if (st == BLK_OK) {
                if (steps[i].kind != STEP_ACTION) {
                    Step c;
                    step_copy(&c, &steps[i]);
                    push_edit(ui, c);
                }
                continue;
            }
            complete = false;
            if (st != BLK_ERR_USAGE) {
                a->pending = steps;
                a->npending = nsteps;
                a->pending_target = target;
                a->pending_seed = seed;
                a->pending_play = ui->play;
                play_actions(ui->play, &a->pending_at);
                a->pending_nedits = a->nedits;
                runtime_error(ui);
                return true;
            }
            const char *at = where(ui->play);
            set_notice(a, ui, true, _("The playthrough could not be taken all the way back: %s. "
                                      "It stopped at '%s'."), why, at ? at : "?");
            break;
        }
        const char *now = where(ui->play);
        if (complete && target && now && strcmp(now, target) != 0) {
            complete = false;
            set_notice(a, ui, true, _("The choices now lead elsewhere: the case is at '%s', not "
                                      "at '%s' as before."), now, target);
        }
    }
    if (!complete && nsteps) {
        /* Kept, so that saving the file as it was brings all of it back. */
        a->pending = steps;
        a->npending = nsteps;
        a->pending_target = target;
        a->pending_seed = seed;
        a->pending_play = ui->play;
        play_actions(ui->play, &a->pending_at);
        a->pending_nedits = a->nedits;
        if (a->notice[0]) {
            a->notice_play = ui->play;
            a->notice_actions = a->pending_at;
        }
    } else {
        steps_free(steps, nsteps);
        free(target);
    }
    ScreenId s = screen_after(ui, was, complete);
    if (s == was && complete) {
        ui->relayout = true; /* the same page, scrolled where it was */
    } else if (s == SCR_SETTINGS) {
        ui->back = screen_after(ui, ui->back, complete);
    } else {
        ui_goto(ui, s);
    }
    return true;
}

/* }====================================================== */

/* {====================================================== edits */

static bool parse_bool(const char *s, bool *out) {
    static const char *const yes[] = {"true", "sann", "ja", "yes", "1"};
    static const char *const no[] = {"false", "usann", "nei", "no", "0"};
    for (size_t i = 0; i < 5; i++) {
        if (SDL_strcasecmp(s, yes[i]) == 0) return *out = true, true;
        if (SDL_strcasecmp(s, no[i]) == 0) return *out = false, true;
    }
    return false;
}

static bool parse_number(const char *s, double *out) {
    char buf[128];
    size_t n = 0;
    for (; *s && n + 1 < sizeof buf; s++) {
        if (*s == ' ') continue;
        buf[n++] = *s == ',' ? '.' : *s; /* a decimal comma, as Norwegians write */
    }
    buf[n] = '\0';
    if (!n) return false;
    char *end;
    errno = 0;
    double d = strtod(buf, &end);
    if (*end || errno || !isfinite(d)) return false;
    *out = d;
    return true;
}

/* Trims spaces at both ends into buf. */
static void trim(const char *in, char *buf, size_t size) {
    while (*in == ' ' || *in == '\t') in++;
    snprintf(buf, size, "%s", in);
    size_t n = strlen(buf);
    while (n && (buf[n - 1] == ' ' || buf[n - 1] == '\t' || buf[n - 1] == '\n')) buf[--n] = '\0';
}

bool author_set_var(Ui *ui, const char *name, const char *typed) {
    Author *a = ui->author;
    a->edit_error[0] = '\0';
    if (!ui->play) return false;
    Value cur, v = {VAL_NIL, 0, false, NULL};
    char t[256];
    trim(typed, t, sizeof t);
    bool known = play_state_get(ui->play, name, &cur);
    ValueType want = known ? cur.type : VAL_NIL;
    if (want == VAL_NUMBER || want == VAL_NIL) {
        if (parse_number(t, &v.num)) v.type = VAL_NUMBER;
    }
    if ((want == VAL_BOOL || want == VAL_NIL) && v.type == VAL_NIL && parse_bool(t, &v.b))
        v.type = VAL_BOOL;
    if (want == VAL_STRING || (want == VAL_NIL && v.type == VAL_NIL)) {
        v.type = VAL_STRING;
        v.str = want == VAL_STRING ? typed : t;
    }
    if (v.type == VAL_NIL) {
        if (want == VAL_NUMBER)
            snprintf(a->edit_error, sizeof a->edit_error,
                     _("'%s' is a number: type a number, for example 2 or 1,5."), name);
        else
            snprintf(a->edit_error, sizeof a->edit_error,
                     _("'%s' is true or false: type true or false."), name);
        return false;
    }
    if (play_set_var(ui->play, name, &v, &ui->dl) != BLK_OK) {
        snprintf(a->edit_error, sizeof a->edit_error, "%s",
                 ui->dl.count ? ui->dl.items[0].message : "?");
        diag_clear(&ui->dl);
        return false;
    }
    Step st = {.kind = STEP_SET, .name = strdup(name), .v = value_copy(&v)};
    push_edit(ui, st);
    const PlayView *pv = play_view(ui->play);
    if (!pv->finished && pv->scene) {
        int si = pv->scene_index;
        /* In again, so that the text, `on_enter` and `when` see it. */
        if (play_goto(ui->play, si, &ui->dl) != BLK_OK) {
            runtime_error(ui);
            return true;
        }
        push_edit(ui, (Step){.kind = STEP_GOTO, .scene = strdup(scene_id(ui->sc, si))});
        if (ui->screen != SCR_SCENE) show_scene(ui, false);
    }
    ui->relayout = true;
    return true;
}

bool author_jump(Ui *ui, int scene) {
    if (!ui->play || !ui->sc || scene < 0 || (size_t)scene >= ui->sc->nscenes) return false;
    if (play_goto(ui->play, scene, &ui->dl) != BLK_OK) {
        runtime_error(ui);
        return false;
    }
    push_edit(ui, (Step){.kind = STEP_GOTO, .scene = strdup(ui->sc->scenes[scene].id)});
    show_scene(ui, true);
    return true;
}

/* }====================================================== */

/* {====================================================== fixtures */

static int cmp_fixture(const void *x, const void *y) {
    return ((const Fixture *)x)->number - ((const Fixture *)y)->number;
}

/* "NAME.fixture-N.json" -> N, or 0. */
static int fixture_number(const Author *a, const char *file) {
    size_t nl = strlen(a->name);
    if (strncmp(file, a->name, nl) != 0 || strncmp(file + nl, ".fixture-", 9) != 0) return 0;
    const char *p = file + nl + 9;
    char *end;
    long n = strtol(p, &end, 10);
    if (end == p || strcmp(end, ".json") != 0 || n <= 0 || n > 99999) return 0;
    return (int)n;
}

void author_fixture_scan(Ui *ui) {
    Author *a = ui->author;
    for (size_t i = 0; i < a->nfixtures; i++) {
        free(a->fixtures[i].path);
        free(a->fixtures[i].scene);
    }
    free(a->fixtures);
    a->fixtures = NULL;
    a->nfixtures = 0;
    DIR *d = opendir(a->dir);
    if (!d) return;
    size_t cap = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        int num = fixture_number(a, de->d_name);
        if (!num) continue;
        if (a->nfixtures == cap) {
            cap = cap ? 2 * cap : 8;
            Fixture *f = realloc(a->fixtures, cap * sizeof *f);
            if (!f) break;
            a->fixtures = f;
        }
        Fixture *f = &a->fixtures[a->nfixtures];
        memset(f, 0, sizeof *f);
        size_t len = strlen(a->dir) + strlen(de->d_name) + 2;
        f->path = malloc(len);
        if (!f->path) break;
        snprintf(f->path, len, "%s/%s", a->dir, de->d_name);
        f->number = num;
        json_t *o = json_load_file(f->path, 0, NULL);
        const char *scene = o ? json_string_value(json_object_get(o, "scene")) : NULL;
        const char *saved = o ? json_string_value(json_object_get(o, "saved")) : NULL;
        f->scene = sdup(scene ? scene : "?");
        /* "2026-11-25T14:32:05" is shown as "25.11. 14:32". */
        if (saved && strlen(saved) >= 16)
            snprintf(f->saved, sizeof f->saved, "%.2s.%.2s. %.5s", saved + 8, saved + 5,
                     saved + 11);
        json_decref(o);
        a->nfixtures++;
    }
    closedir(d);
    if (a->nfixtures) qsort(a->fixtures, a->nfixtures, sizeof *a->fixtures, cmp_fixture);
}

bool author_fixture_save(Ui *ui, char *out, size_t size) {
    Author *a = ui->author;
    if (out && size) out[0] = '\0';
    if (!ui->play || !ui->sc) return false;
    const PlayView *v = play_view(ui->play);
    if (v->finished || !v->scene) {
        set_notice(a, ui, true, "%s",
                   _("At an ending there is no scene to save: jump to a scene first."));
        return false;
    }
    char path[PATH_MAX + 300];
    int num = 1;
    for (size_t i = 0; i < a->nfixtures; i++)
        if (a->fixtures[i].number >= num) num = a->fixtures[i].number + 1;
    for (;; num++) {
        snprintf(path, sizeof path, "%s/%s.fixture-%d.json", a->dir, a->name, num);
        if (access(path, F_OK) != 0 || num > 99999) break;
    }
    json_t *o = json_object(), *st = json_object();
    char when[32];
    time_t t = time(NULL);
    struct tm tm;
    localtime_r(&t, &tm);
    strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%S", &tm);
    json_object_set_new(o, "blikk_fixture", json_integer(1));
    json_object_set_new(o, "case", json_string(ui->sc->id));
    json_object_set_new(o, "file", json_string(a->base));
    json_object_set_new(o, "scene", json_string(v->scene->id));
    json_object_set_new(o, "seed", json_integer((json_int_t)play_seed(ui->play)));
    json_object_set_new(o, "saved", json_string(when));
    size_t n;
    StateVar *vars = play_state_list(ui->play, &n);
    for (size_t i = 0; vars && i < n; i++) {
        const Value *val = &vars[i].value;
        json_t *j = NULL;
        if (val->type == VAL_NUMBER)
            j = val->num == floor(val->num) && fabs(val->num) < 9e15 ? json_integer((json_int_t)val->num)
                                                                      : json_real(val->num);
        else if (val->type == VAL_BOOL) j = json_boolean(val->b);
        else if (val->type == VAL_STRING) j = json_string(val->str);
        if (j) json_object_set_new(st, vars[i].name, j);
    }
    state_list_free(vars, n);
    json_object_set_new(o, "state", st);
    /* Beside it first, then renamed: a crash leaves no half file. */
    char tmp[PATH_MAX + 320];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    bool ok = json_dump_file(o, tmp, JSON_INDENT(2)) == 0 && rename(tmp, path) == 0;
    json_decref(o);
    if (!ok) {
        set_notice(a, ui, true, _("The fixture could not be saved as %s: %s"), path,
                   strerror(errno));
        unlink(tmp);
        return false;
    }
    if (out) snprintf(out, size, "%s", path);
    author_fixture_scan(ui);
    const char *slash = strrchr(path, '/');
    set_notice(a, ui, false, _("Saved the scene '%s' and its state as %s."), v->scene->id,
               slash ? slash + 1 : path);
    return true;
}

bool author_fixture_load(Ui *ui, const char *path) {
    Author *a = ui->author;
    const char *file = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
    if (!ui->sc) return false;
    json_error_t err;
    json_t *o = json_load_file(path, 0, &err);
    if (!o) {
        set_notice(a, ui, true, _("The fixture %s could not be read: line %d: %s"), file,
                   err.line, err.text);
        return false;
    }
    const char *scene = json_string_value(json_object_get(o, "scene"));
    json_t *state = json_object_get(o, "state");
    int si = find_scene(ui->sc, scene);
    if (!scene || !json_is_object(state)) {
        set_notice(a, ui, true, _("The fixture %s has no \"scene\" or no \"state\"."), file);
        json_decref(o);
        return false;
    }
    if (si < 0) {
        set_notice(a, ui, true, _("The fixture %s is for the scene '%s', which is no longer in "
                                  "the file."), file, scene);
        json_decref(o);
        return false;
    }
    json_t *js = json_object_get(o, "seed");
    uint64_t seed = json_is_integer(js) ? (uint64_t)json_integer_value(js) : ui->seed;
    Play *p = NULL;
    if (play_new(ui->sc, seed, &p, &ui->dl) != BLK_OK) {
        json_decref(o);
        runtime_error(ui);
        return false;
    }
    results_ui_detach(ui);
    play_free(ui->play);
    ui->play = p;
    ui->seed = seed;
    pending_clear(a);
    sync_edits(ui);
    char skipped[400] = "";
    const char *key;
    json_t *val;
    json_object_foreach(state, key, val) {
        Value v = {VAL_NIL, 0, false, NULL};
        if (json_is_number(val)) v = (Value){VAL_NUMBER, json_number_value(val), false, NULL};
        else if (json_is_boolean(val)) v = (Value){VAL_BOOL, 0, json_is_true(val), NULL};
        else if (json_is_string(val)) v = (Value){VAL_STRING, 0, false, json_string_value(val)};
        if (v.type == VAL_NIL || play_set_var(p, key, &v, &ui->dl) != BLK_OK) {
            diag_clear(&ui->dl);
            size_t n = strlen(skipped);
            snprintf(skipped + n, sizeof skipped - n, "%s%s", n ? ", " : "", key);
            continue;
        }
        push_edit(ui, (Step){.kind = STEP_SET, .name = strdup(key), .v = value_copy(&v)});
    }
    json_decref(o);
    if (play_goto(p, si, &ui->dl) != BLK_OK) {
        runtime_error(ui);
        return false;
    }
    push_edit(ui, (Step){.kind = STEP_GOTO, .scene = strdup(ui->sc->scenes[si].id)});
    show_scene(ui, true);
    if (skipped[0])
        set_notice(a, ui, true, _("Loaded %s at the scene '%s'. These values were left out "
                                  "(not a number, true/false or text): %s"),
                   file, ui->sc->scenes[si].id, skipped);
    else
        set_notice(a, ui, false, _("Loaded %s: the scene '%s' with its state."), file,
                   ui->sc->scenes[si].id);
    return true;
}

/* }====================================================== */

/* {====================================================== events */

void author_focus_later(Ui *ui, int action, int arg) {
    /* build() keeps the focus by the focused widget's action and arg: give
       the focused widget the ones wanted. */
    if (ui->L.nwidgets == 0) return;
    if (ui->focus < 0 || (size_t)ui->focus >= ui->L.nwidgets) ui->focus = 0;
    ui->L.widgets[ui->focus].action = action;
    ui->L.widgets[ui->focus].arg = arg;
    ui->relayout = true;
}

static void edit_start(Ui *ui, int index) {
    Author *a = ui->author;
    if (!ui->play) return;
    size_t n;
    StateVar *vars = play_state_list(ui->play, &n);
    if (vars && index >= 0 && (size_t)index < n) {
        snprintf(a->edit_name, sizeof a->edit_name, "%s", vars[index].name);
        if (vars[index].value.type == VAL_STRING)
            snprintf(a->edit_buf, sizeof a->edit_buf, "%s", vars[index].value.str);
        else
            value_format(&vars[index].value, a->edit_buf, sizeof a->edit_buf);
        a->editing = true;
        a->edit_index = index;
        a->edit_fresh = true;
        a->edit_error[0] = '\0';
        if (ui->win) SDL_StartTextInput();
    }
    state_list_free(vars, n);
    if (a->editing) author_focus_later(ui, ACT_AUTHOR, AUTHOR_ARG(AC_EDIT_SET, 1));
    ui->relayout = true;
}

static void edit_end(Ui *ui) {
    Author *a = ui->author;
    if (!a->editing) return;
    a->editing = false;
    a->edit_error[0] = '\0';
    if (ui->win) SDL_StopTextInput();
    if (a->open) author_focus_later(ui, ACT_AUTHOR, AUTHOR_ARG(AC_VAR, a->edit_index));
    ui->relayout = true;
}

static void edit_commit(Ui *ui) {
    Author *a = ui->author;
    if (author_set_var(ui, a->edit_name, a->edit_buf)) edit_end(ui);
    else ui->relayout = true;
}

static void toggle(Ui *ui) {
    Author *a = ui->author;
    bool in_play = ui->play && (ui->screen == SCR_SCENE || ui->screen == SCR_FEEDBACK ||
                                ui->screen == SCR_ENDING || ui->screen == SCR_RESULT);
    if (!a->open && !in_play) {
        set_notice(a, ui, false, "%s", _("The author panel opens while a case is being played."));
        ui->relayout = true;
        return;
    }
    if (a->editing) edit_end(ui);
    a->open = !a->open;
    if (a->open) {
        /* Into the panel; back to where it was on the page when it closes. */
        const Widget *w = ui->focus >= 0 && (size_t)ui->focus < ui->L.nwidgets
                              ? &ui->L.widgets[ui->focus] : NULL;
        a->page_focus[0] = w && w->action != ACT_AUTHOR ? w->action : ACT_NONE;
        a->page_focus[1] = w ? w->arg : 0;
        author_fixture_scan(ui);
        author_focus_later(ui, ACT_AUTHOR, AUTHOR_ARG(AC_TAB, a->tab));
    } else if (a->page_focus[0] != ACT_NONE) {
        author_focus_later(ui, a->page_focus[0], a->page_focus[1]);
    } else {
        ui->focus = -1;
    }
    ui->relayout = true;
}

void author_activate(Ui *ui, int arg) {
    Author *a = ui->author;
    if (!a) return;
    int idx = AUTHOR_INDEX(arg);
    switch (AUTHOR_CMD(arg)) {
    case AC_TOGGLE: toggle(ui); break;
    case AC_TAB:
        if (idx < AT_COUNT) a->tab = (AuthorTab)idx;
        if (a->editing) edit_end(ui);
        ui->relayout = true;
        break;
    case AC_VAR: edit_start(ui, idx); break;
    case AC_EDIT_SET:
        if (idx == 0) edit_commit(ui); /* 1 is the field itself */
        break;
    case AC_EDIT_CANCEL: edit_end(ui); break;
    case AC_JUMP: author_jump(ui, idx); break;
    case AC_FIXTURE_SAVE: author_fixture_save(ui, NULL, 0); ui->relayout = true; break;
    case AC_FIXTURE_LOAD:
        if ((size_t)idx < a->nfixtures) author_fixture_load(ui, a->fixtures[idx].path);
        break;
    case AC_DISMISS:
        a->notice[0] = '\0';
        ui->relayout = true;
        break;
    }
}

/* Deletes the last UTF-8 character. */
static void backspace(char *s) {
    size_t n = strlen(s);
    while (n > 0 && ((unsigned char)s[n - 1] & 0xC0) == 0x80) n--;
    if (n > 0) n--;
    s[n] = '\0';
}

bool author_event(Ui *ui, const SDL_Event *ev) {
    Author *a = ui->author;
    if (!a) return false;
    if (a->event && ev->type == a->event) {
        SDL_FlushEvent(a->event); /* one reload for saves close together */
        author_reload(ui);
        return true;
    }
    switch (ev->type) {
    case SDL_MOUSEMOTION:
        a->mouse_x = (int)lroundf((float)ev->motion.x * ui->dpi);
        a->mouse_y = (int)lroundf((float)ev->motion.y * ui->dpi);
        return false;
    case SDL_MOUSEBUTTONDOWN: {
        /* A click outside the field ends the typing (and does its own). */
        SDL_Point pt = {(int)lroundf((float)ev->button.x * ui->dpi),
                        (int)lroundf((float)ev->button.y * ui->dpi)};
        if (a->editing && !SDL_PointInRect(&pt, &a->field)) edit_end(ui);
        return false;
    }
    case SDL_MOUSEWHEEL: {
        SDL_Point pt = {a->mouse_x, a->mouse_y};
        if (!a->open || !(a->panel_modal || SDL_PointInRect(&pt, &a->panel))) return false;
        int dy = ev->wheel.y;
        if (ev->wheel.direction == SDL_MOUSEWHEEL_FLIPPED) dy = -dy;
        author_panel_scroll(ui, -dy);
        return true;
    }
    case SDL_TEXTINPUT:
        if (!a->editing) return false;
        if (a->edit_fresh) a->edit_buf[0] = '\0';
        a->edit_fresh = false;
        if (strlen(a->edit_buf) + strlen(ev->text.text) < sizeof a->edit_buf)
            strcat(a->edit_buf, ev->text.text);
        a->edit_error[0] = '\0';
        ui->relayout = true;
        return true;
    case SDL_KEYDOWN: {
        SDL_Keycode k = ev->key.keysym.sym;
        if (k == SDLK_F2) {
            toggle(ui);
            return true;
        }
        if (a->editing) {
            Uint16 mod = ev->key.keysym.mod;
            if (k == SDLK_RETURN || k == SDLK_KP_ENTER) edit_commit(ui);
            else if (k == SDLK_ESCAPE) edit_end(ui);
            else if (k == SDLK_BACKSPACE) {
                if (a->edit_fresh) a->edit_buf[0] = '\0';
                else backspace(a->edit_buf);
                a->edit_fresh = false;
                ui->relayout = true;
            } else if ((mod & KMOD_CTRL) && k == SDLK_u) {
                a->edit_buf[0] = '\0';
                ui->relayout = true;
            } else if (k == SDLK_TAB) {
                edit_end(ui);
                return false; /* and on to the next control */
            } else if (k == SDLK_F11 || (mod & KMOD_CTRL)) {
                return false;
            }
            return true; /* letters and digits come as text */
        }
        if (a->open) return author_panel_key(ui, &ev->key);
        return false;
    }
    default: return false;
    }
}

bool author_shot_screen(Ui *ui, const char *name) {
    Author *a = ui->author;
    static const char *const tabs[] = {"author", "author-state", "author-scenes", "author-map",
                                       "author-edit"};
    int t = -1;
    for (int i = 0; i < 5; i++)
        if (strcmp(name, tabs[i]) == 0) t = i;
    if (t < 0) {
        fprintf(stderr, _("blikk: --screen takes author, author-state, author-scenes, author-map "
                          "or author-edit in author mode, not '%s'\n"), name);
        return false;
    }
    if (!a) {
        fprintf(stderr, "%s\n", _("blikk: --screen author... goes with --author FILE"));
        return false;
    }
    if (!ui->play) {
        fprintf(stderr, _("blikk: the case is not in a state that has the %s screen; adjust "
                          "--script\n"), name);
        return false;
    }
    ui->relayout = true;
    ui_render(ui); /* the page under it, so that the focus can move into the panel */
    a->tab = t == 4 ? AT_STATE : (AuthorTab)t;
    if (!a->open) toggle(ui);
    if (t == 4) edit_start(ui, 0);
    ui->relayout = true;
    return true;
}

/* }====================================================== */
