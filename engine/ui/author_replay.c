/*
** author_replay.c — loading the case file again and coming back to the
** same place. The actions taken so far (play_actions) are replayed on the
** new Scenario with the same seed, matched by id, so a scene added above
** or a choice moved still finds its way; the author's own edits (a
** variable set, a jump, a fixture) are replayed in their place among them.
** A file with errors shows them with file and line and keeps the old
** playthrough as a record, so the next good save comes back to the same
** place; so does a save that could take only part of it, once the file is
** put back.
*/
#include "author_priv.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "app.h"
#include "results_ui.h"

/* {====================================================== small helpers */

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

/* }====================================================== */

/* {====================================================== steps */

void author_step_free(Step *s) {
    free(s->scene);
    free(s->obs);
    free(s->choice_id);
    free(s->choice_text);
    free(s->name);
    if (s->v.type == VAL_STRING) free((char *)s->v.str);
    memset(s, 0, sizeof *s);
}

static void steps_free(Step *s, size_t n) {
    for (size_t i = 0; i < n; i++) author_step_free(&s[i]);
    free(s);
}

Value author_value_copy(const Value *v) {
    Value c = *v;
    if (v->type == VAL_STRING) c.str = author_sdup(v->str);
    return c;
}

static bool step_copy(Step *out, const Step *in) {
    *out = *in;
    out->scene = author_sdup(in->scene);
    out->obs = author_sdup(in->obs);
    out->choice_id = author_sdup(in->choice_id);
    out->choice_text = author_sdup(in->choice_text);
    out->name = author_sdup(in->name);
    out->v = author_value_copy(&in->v);
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
    s.scene = author_sdup(scene->id);
    if (a->kind == ACTION_MARK && a->observation >= 0 &&
        (size_t)a->observation < sc->nobservations)
        s.obs = author_sdup(sc->observations[a->observation].id);
    if ((a->kind == ACTION_CHOOSE || a->kind == ACTION_VOTE) && a->choice >= 0 &&
        (size_t)a->choice < scene->nchoices) {
        const Choice *c = &scene->choices[a->choice];
        s.choice_id = author_sdup(c->id);
        s.choice_text = author_sdup(c->text);
        s.choice_given = !made_up_id(scene, c, (size_t)a->choice);
    }
    return s;
}

/* The edits are those of one Play: drop them when another one is in hand
   (the trainee started again, or the case was left). */
void author_sync_edits(Ui *ui) {
    Author *a = ui->author;
    if (a->edits_play == ui->play && (!ui->play || a->edits_seed == play_seed(ui->play))) return;
    for (size_t i = 0; i < a->nedits; i++) author_step_free(&a->edits[i].step);
    a->nedits = 0;
    a->edits_play = ui->play;
    a->edits_seed = ui->play ? play_seed(ui->play) : 0;
}

void author_push_edit(Ui *ui, Step st) {
    Author *a = ui->author;
    author_sync_edits(ui);
    if (a->nedits == a->cap_edits) {
        size_t cap = a->cap_edits ? 2 * a->cap_edits : 16;
        AuthorEdit *e = realloc(a->edits, cap * sizeof *e);
        if (!e) {
            author_step_free(&st);
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
    author_sync_edits(ui);
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

void author_pending_clear(Author *a) {
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
    author_pending_clear(a);
    a->pending = record(ui, &a->npending);
    a->pending_seed = play_seed(ui->play);
    a->pending_target = author_sdup(where(ui->play));
    a->pending_finished = play_view(ui->play)->finished;
    a->pending_play = ui->play;
    play_actions(ui->play, &a->pending_at);
    a->pending_nedits = a->nedits;
}

/* Keeps the steps of a reload that could not take the case all the way
   back (they now belong to the Author), so that saving the file as it
   was brings all of it back. PLAY is the playthrough they stopped in,
   NULL when none could start. */
static void keep_unreplayed(Ui *ui, Step *steps, size_t nsteps, char *target, uint64_t seed,
                            Play *play) {
    Author *a = ui->author;
    a->pending = steps;
    a->npending = nsteps;
    a->pending_target = target;
    a->pending_seed = seed;
    a->pending_play = play;
    if (!play) return;
    play_actions(play, &a->pending_at);
    a->pending_nedits = a->nedits;
}

/* Takes one step on `p` (whose case may differ from the one it was
   recorded in). On a problem that is not the scenario's fault, says in
   `why` what no longer fits and returns BLK_ERR_USAGE. */
static BlkStatus take_step(Ui *ui, Play *p, const Step *s, char *why, size_t size) {
    const Scenario *sc = play_scenario(p);
    const PlayView *v = play_view(p);
    DiagList *dl = &ui->dl;
    int si = author_find_scene(sc, s->scene);
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
                 v->finished && v->ending ? v->ending->id : author_scene_id(sc, v->scene_index),
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
    author_stamp(a->loaded_at, sizeof a->loaded_at);
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
        target = author_sdup(where(ui->play));
    }
    author_pending_clear(a);
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
    ui_free_images(ui); /* the old file's pictures may have changed with it */
    casemap_free(&a->map);
    a->map_sc = NULL;
    diag_clear(&ui->dl);
    ui->dialog = false;
    ui->need_concern = false;
    author_sync_edits(ui);
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
        keep_unreplayed(ui, steps, nsteps, target, seed, NULL);
        author_runtime_error(ui);
        return true;
    }
    author_sync_edits(ui);
    bool complete = true;
    if (had_play && target && !scenario_find_node(nsc, target, &(NodeRef){0})) {
        author_set_notice(a, ui, true,
                          _("The scene '%s' is no longer in the file, so the case starts "
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
                    author_push_edit(ui, c);
                }
                continue;
            }
            complete = false;
            if (st != BLK_ERR_USAGE) {
                keep_unreplayed(ui, steps, nsteps, target, seed, ui->play);
                author_runtime_error(ui);
                return true;
            }
            const char *at = where(ui->play);
            author_set_notice(a, ui, true,
                              _("The playthrough could not be taken all the way back: %s. "
                                "It stopped at '%s'."), why, at ? at : "?");
            break;
        }
        const char *now = where(ui->play);
        if (complete && target && now && strcmp(now, target) != 0) {
            complete = false;
            author_set_notice(a, ui, true,
                              _("The choices now lead elsewhere: the case is at '%s', not "
                                "at '%s' as before."), now, target);
        }
    }
    if (!complete && nsteps) {
        keep_unreplayed(ui, steps, nsteps, target, seed, ui->play);
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
