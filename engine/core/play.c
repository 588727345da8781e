/*
** play.c — the playthrough state machine of section 5.
**
** A Play walks one Scenario: it enters scenes (on_enter, text, the `when`
** of each choice), takes the trainee's marks and concern level, and on a
** choice applies set, add and effect before following `next`. It keeps the
** record that scoring needs: observations shown and their last marks, the
** last concern level per scene, the path, and every decision with the
** choices offered at the time. It touches Lua only through script.h.
*/
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "scenario_priv.h"
#include "script.h"
#include "state_edit.h"

struct Play {
    const Scenario *sc;
    uint64_t seed;
    int state;          /* the Lua state table */
    bool broken;        /* a callback failed: no further actions */
    PlayView view;
    TextDoc text;
    int *offered;       /* choices offered in the current scene */
    Mark *marks;        /* per observation */
    bool *shown;        /* per observation */
    int *concern;       /* per scene: the last level given, 0 = none */
    bool *concern_left; /* per scene: committed by leaving it */
    int *answer_order;  /* scenes with a committed level, first first */
    size_t nanswers;
    NodeRef *path;
    size_t npath, cap_path;
    Decision *decisions;
    size_t ndecisions, cap_decisions;
    PlayObserver observer;
    void *observer_ud;
    Rng rng;            /* this playthrough's math.random */
    int *votes;         /* per offered choice in this visit; NULL = none */
    PlayAction *log;    /* every action, for forking */
    size_t nlog, cap_log;
};

/* {====================================================== helpers */

static bool push_path(Play *p, NodeRef r) {
    if (p->npath == p->cap_path) {
        size_t cap = p->cap_path ? p->cap_path * 2 : 16;
        NodeRef *n = realloc(p->path, cap * sizeof *n);
        if (!n) return false;
        p->path = n;
        p->cap_path = cap;
    }
    p->path[p->npath++] = r;
    return true;
}

/* Reports a failed callback at the scenario line it failed on (or the line
   of the item when the failure has no line of its own, as a wrong return
   type), saying what the engine was doing. */
static BlkStatus runtime_error(Play *p, DiagList *dl, int item_line,
                               const SandboxError *e, const char *ctx) {
    diag_add(dl, DIAG_ERROR, p->sc->path, e->line > 0 ? e->line : item_line,
             "%s: %s", ctx, e->msg);
    p->broken = true;
    return BLK_ERR_RUNTIME;
}

static BlkStatus usage(DiagList *dl, const char *msg) {
    diag_add(dl, DIAG_ERROR, NULL, 0, "%s", msg);
    return BLK_ERR_USAGE;
}

static bool lookup_var(void *ud, const char *name, size_t len, Value *out) {
    Play *p = ud;
    return script_state_get(p->sc, p->state, name, len, out);
}

/* Renders a scene's or ending's text, static or from its function. */
static BlkStatus render(Play *p, const char *text, int fn, int line,
                        const char *kind, const char *id, DiagList *dl) {
    text_free(&p->text);
    char *owned = NULL;
    if (fn != BLK_NOFN) {
        SandboxError e;
        if (!script_call_string(p->sc, fn, p->state, &owned, &e)) {
            char ctx[300];
            snprintf(ctx, sizeof ctx, _("in 'text' of %s '%s'"), kind, id);
            return runtime_error(p, dl, line, &e, ctx);
        }
        text = owned;
    }
    char err[300];
    BlkStatus st = text_render(text, p->sc, lookup_var, p, &p->text, err, sizeof err);
    free(owned);
    if (st != BLK_OK) {
        diag_add(dl, DIAG_ERROR, p->sc->path, line, _("in the text of %s '%s': %s"),
                 kind, id, err);
        p->broken = true;
        return BLK_ERR_RUNTIME;
    }
    p->view.text = &p->text;
    return BLK_OK;
}

/* }====================================================== */

/* {====================================================== moving */

static BlkStatus enter_ending(Play *p, int ei, DiagList *dl) {
    const Ending *e = &p->sc->endings[ei];
    if (!push_path(p, (NodeRef){true, ei})) return BLK_ERR_NOMEM;
    p->view.finished = true;
    p->view.scene = NULL;
    p->view.scene_index = -1;
    p->view.ending = e;
    p->view.ending_index = ei;
    p->view.noffered = 0;
    p->view.concern = 0;
    return render(p, e->text, e->text_fn, e->line, _("ending"), e->id, dl);
}

static BlkStatus enter_scene(Play *p, int si, DiagList *dl) {
    const Scene *s = &p->sc->scenes[si];
    SandboxError e;
    if (!push_path(p, (NodeRef){false, si})) return BLK_ERR_NOMEM;
    p->view.scene = s;
    p->view.scene_index = si;
    p->view.concern = p->concern[si];
    free(p->votes); /* votes belong to one visit's decision */
    p->votes = NULL;
    p->view.votes = NULL;
    char ctx[300];
    if (s->on_enter != BLK_NOFN &&
        !script_call_void(p->sc, s->on_enter, p->state, &e)) {
        snprintf(ctx, sizeof ctx, _("in 'on_enter' of scene '%s'"), s->id);
        return runtime_error(p, dl, s->line, &e, ctx);
    }
    BlkStatus st = render(p, s->text, s->text_fn, s->line, _("scene"), s->id, dl);
    if (st != BLK_OK) return st;
    for (size_t i = 0; i < s->nobserve; i++) p->shown[s->observe[i]] = true;

    p->view.noffered = 0;
    for (size_t i = 0; i < s->nchoices; i++) {
        bool on = true;
        if (s->choices[i].when != BLK_NOFN &&
            !script_call_bool(p->sc, s->choices[i].when, p->state, &on, &e)) {
            snprintf(ctx, sizeof ctx, _("in 'when' of choice %zu of scene '%s'"),
                     i + 1, s->id);
            return runtime_error(p, dl, s->line, &e, ctx);
        }
        if (on) p->offered[p->view.noffered++] = (int)i;
    }
    if (s->nchoices > 0 && p->view.noffered == 0) {
        diag_add(dl, DIAG_ERROR, p->sc->path, s->line,
                 _("no choice is offered in scene '%s': every 'when' returned "
                   "false; make sure at least one choice is always open"), s->id);
        p->broken = true;
        return BLK_ERR_RUNTIME;
    }
    return BLK_OK;
}

/* Follows a jump from the current scene; `ctx` names it for messages. */
static BlkStatus follow(Play *p, const Jump *j, const char *ctx, DiagList *dl) {
    const Scene *s = p->view.scene;
    NodeRef target = j->target;
    if (j->fn != BLK_NOFN) {
        SandboxError e;
        char *id = NULL;
        if (!script_call_string(p->sc, j->fn, p->state, &id, &e))
            return runtime_error(p, dl, s->line, &e, ctx);
        bool listed = false;
        for (size_t i = 0; i < j->ntargets && !listed; i++)
            listed = strcmp(j->target_ids[i], id) == 0;
        if (!listed) {
            diag_add(dl, DIAG_ERROR, p->sc->path, s->line,
                     _("%s: returned '%s', which is not in its 'targets'; add "
                       "it there"), ctx, id);
            free(id);
            p->broken = true;
            return BLK_ERR_RUNTIME;
        }
        scenario_find_node(p->sc, id, &target);
        free(id);
    }
    return target.is_ending ? enter_ending(p, target.index, dl)
                            : enter_scene(p, target.index, dl);
}

/* Marks and concern are committed when the scene is left (section 5). */
static BlkStatus leave(Play *p, DiagList *dl) {
    const Scene *s = p->view.scene;
    int si = p->view.scene_index;
    if (s->concern > 0) {
        if (p->concern[si] == 0)
            return usage(dl, _("this scene asks for a concern level before you "
                               "go on (concern N)"));
        if (!p->concern_left[si]) {
            p->concern_left[si] = true;
            p->answer_order[p->nanswers++] = si;
        }
    }
    return BLK_OK;
}

/* Logs the action and tells the observer; `st` is the action's own
   status. */
static BlkStatus notify(Play *p, BlkStatus st, PlayAction a, DiagList *dl) {
    if (st != BLK_OK) return st;
    if (p->nlog == p->cap_log) {
        size_t cap = p->cap_log ? p->cap_log * 2 : 32;
        PlayAction *l = realloc(p->log, cap * sizeof *l);
        if (!l) return BLK_ERR_NOMEM;
        p->log = l;
        p->cap_log = cap;
    }
    p->log[p->nlog++] = a;
    if (!p->observer) return st;
    return p->observer(p->observer_ud, p, &a, dl);
}

static BlkStatus check_active(Play *p, DiagList *dl) {
    if (p->broken)
        return usage(dl, _("the playthrough stopped after an error in the "
                           "scenario"));
    if (p->view.finished)
        return usage(dl, _("the case has ended; no more actions"));
    return BLK_OK;
}

/* }====================================================== */

/* {====================================================== public API */

BlkStatus play_new(const Scenario *sc, uint64_t seed, Play **out,
                   DiagList *dl) {
    *out = NULL;
    Play *p = calloc(1, sizeof *p);
    if (!p) return BLK_ERR_NOMEM;
    p->sc = sc;
    p->seed = seed;
    p->state = BLK_NOFN;
    size_t maxchoices = 1;
    for (size_t i = 0; i < sc->nscenes; i++)
        if (sc->scenes[i].nchoices > maxchoices) maxchoices = sc->scenes[i].nchoices;
    p->offered = malloc(maxchoices * sizeof *p->offered);
    p->marks = calloc(sc->nobservations + 1, sizeof *p->marks);
    p->shown = calloc(sc->nobservations + 1, sizeof *p->shown);
    p->concern = calloc(sc->nscenes + 1, sizeof *p->concern);
    p->concern_left = calloc(sc->nscenes + 1, sizeof *p->concern_left);
    p->answer_order = calloc(sc->nscenes + 1, sizeof *p->answer_order);
    p->view.offered = p->offered;
    p->view.ending_index = -1;
    SandboxError e = {0};
    if (!p->offered || !p->marks || !p->shown || !p->concern ||
        !p->concern_left || !p->answer_order) {
        play_free(p);
        return BLK_ERR_NOMEM;
    }
    rng_seed(&p->rng, seed);
    script_use_rng(sc, &p->rng);
    if (!script_state_new(sc, &p->state, &e)) {
        diag_add(dl, DIAG_ERROR, sc->path, e.line, "%s", e.msg);
        play_free(p);
        return BLK_ERR_RUNTIME;
    }
    BlkStatus st = enter_scene(p, sc->start, dl);
    if (st != BLK_OK) {
        play_free(p);
        return st;
    }
    *out = p;
    return BLK_OK;
}

void play_free(Play *p) {
    if (!p) return;
    /* math.random must not keep drawing from freed memory */
    script_use_rng(p->sc, NULL);
    if (p->state != BLK_NOFN) script_state_free(p->sc, p->state);
    text_free(&p->text);
    for (size_t i = 0; i < p->ndecisions; i++) {
        free(p->decisions[i].offered);
        free(p->decisions[i].votes);
    }
    free(p->votes);
    free(p->log);
    free(p->decisions);
    free(p->path);
    free(p->offered);
    free(p->marks);
    free(p->shown);
    free(p->concern);
    free(p->concern_left);
    free(p->answer_order);
    free(p);
}

const PlayView *play_view(const Play *p) { return &p->view; }
const Scenario *play_scenario(const Play *p) { return p->sc; }
uint64_t play_seed(const Play *p) { return p->seed; }

BlkStatus play_mark(Play *p, int obs, Mark mark, DiagList *dl) {
    BlkStatus st = check_active(p, dl);
    if (st != BLK_OK) return st;
    const Scene *s = p->view.scene;
    for (size_t i = 0; i < s->nobserve; i++) {
        if (s->observe[i] == obs) {
            p->marks[obs] = mark;
            return notify(p, BLK_OK, (PlayAction){.kind = ACTION_MARK,
                .scene = p->view.scene_index, .observation = obs, .mark = mark}, dl);
        }
    }
    const Observation *o = &p->sc->observations[obs];
    char msg[400];
    if (o->scene >= 0)
        snprintf(msg, sizeof msg, _("observation '%s' is not shown in this scene; it "
                                    "belongs to scene '%s'"), o->id,
                 p->sc->scenes[o->scene].id);
    else
        snprintf(msg, sizeof msg, _("observation '%s' is not shown in any scene"), o->id);
    return usage(dl, msg);
}

BlkStatus play_concern(Play *p, int level, DiagList *dl) {
    BlkStatus st = check_active(p, dl);
    if (st != BLK_OK) return st;
    if (p->view.scene->concern == 0)
        return usage(dl, _("this scene does not ask for a concern level"));
    int levels = scenario_concern_levels(p->sc);
    if (level < 1 || level > levels) {
        char msg[200];
        snprintf(msg, sizeof msg, _("the concern level must be from 1 to %d"), levels);
        return usage(dl, msg);
    }
    p->concern[p->view.scene_index] = level;
    p->view.concern = level;
    return notify(p, BLK_OK, (PlayAction){.kind = ACTION_CONCERN,
        .scene = p->view.scene_index, .level = level}, dl);
}

BlkStatus play_vote(Play *p, size_t k, int count, DiagList *dl) {
    BlkStatus st = check_active(p, dl);
    if (st != BLK_OK) return st;
    if (p->view.scene->has_next)
        return usage(dl, _("this scene has no choices to vote on"));
    if (k >= p->view.noffered) {
        char msg[200];
        snprintf(msg, sizeof msg, _("there is no choice %zu here; the choices "
                                    "offered are numbered 1 to %zu"), k + 1, p->view.noffered);
        return usage(dl, msg);
    }
    if (count < 0 || count > 100000)
        return usage(dl, _("a vote count is a whole number from 0 up"));
    if (!p->votes) {
        p->votes = calloc(p->view.noffered, sizeof *p->votes);
        if (!p->votes) return BLK_ERR_NOMEM;
        p->view.votes = p->votes;
    }
    p->votes[k] = count;
    return notify(p, BLK_OK, (PlayAction){.kind = ACTION_VOTE,
        .scene = p->view.scene_index, .choice = p->offered[k], .level = count}, dl);
}

BlkStatus play_choose(Play *p, size_t k, DiagList *dl) {
    script_use_rng(p->sc, &p->rng); /* set, effect, next and the new scene */
    BlkStatus st = check_active(p, dl);
    if (st != BLK_OK) return st;
    const Scene *s = p->view.scene;
    if (s->has_next)
        return usage(dl, _("this scene has no choices; use continue"));
    if (k >= p->view.noffered) {
        char msg[200];
        snprintf(msg, sizeof msg, _("there is no choice %zu here; the choices "
                                    "offered are numbered 1 to %zu"),
                 k + 1, p->view.noffered);
        return usage(dl, msg);
    }
    if ((st = leave(p, dl)) != BLK_OK) return st;
    if (p->ndecisions == p->cap_decisions) {
        size_t cap = p->cap_decisions ? p->cap_decisions * 2 : 16;
        Decision *d = realloc(p->decisions, cap * sizeof *d);
        if (!d) return BLK_ERR_NOMEM;
        p->decisions = d;
        p->cap_decisions = cap;
    }
    Decision d = {.scene = p->view.scene_index, .choice = p->offered[k],
                  .noffered = p->view.noffered};
    d.offered = malloc(d.noffered * sizeof *d.offered);
    if (!d.offered) return BLK_ERR_NOMEM;
    d.votes = p->votes; /* the decision takes them over */
    p->votes = NULL;
    p->view.votes = NULL;
    memcpy(d.offered, p->offered, d.noffered * sizeof *d.offered);
    d.points = s->choices[d.choice].points;
    d.best = s->choices[d.offered[0]].points;
    for (size_t i = 1; i < d.noffered; i++)
        if (s->choices[d.offered[i]].points > d.best)
            d.best = s->choices[d.offered[i]].points;
    p->decisions[p->ndecisions++] = d;

    const Choice *c = &s->choices[d.choice];
    p->view.last_choice = c;
    SandboxError e;
    char ctx[300];
    size_t n = (size_t)d.choice + 1;
    snprintf(ctx, sizeof ctx, _("in 'set'/'add' of choice %zu of scene '%s'"), n, s->id);
    if (!script_apply(p->sc, p->state, c, &e))
        return runtime_error(p, dl, s->line, &e, ctx);
    snprintf(ctx, sizeof ctx, _("in 'effect' of choice %zu of scene '%s'"), n, s->id);
    if (c->effect != BLK_NOFN && !script_call_void(p->sc, c->effect, p->state, &e))
        return runtime_error(p, dl, s->line, &e, ctx);
    snprintf(ctx, sizeof ctx, _("in 'next' of choice %zu of scene '%s'"), n, s->id);
    PlayAction a = {.kind = ACTION_CHOOSE, .scene = d.scene, .choice = d.choice};
    return notify(p, follow(p, &c->next, ctx, dl), a, dl);
}

BlkStatus play_continue(Play *p, DiagList *dl) {
    script_use_rng(p->sc, &p->rng);
    BlkStatus st = check_active(p, dl);
    if (st != BLK_OK) return st;
    const Scene *s = p->view.scene;
    if (!s->has_next)
        return usage(dl, _("this scene asks for a choice; continue works only "
                           "in a scene without choices"));
    if ((st = leave(p, dl)) != BLK_OK) return st;
    p->view.last_choice = NULL;
    char ctx[300];
    snprintf(ctx, sizeof ctx, _("in 'next' of scene '%s'"), s->id);
    PlayAction a = {.kind = ACTION_CONTINUE, .scene = p->view.scene_index};
    return notify(p, follow(p, &s->next, ctx, dl), a, dl);
}

void play_observe(Play *p, PlayObserver fn, void *ud) {
    p->observer = fn;
    p->observer_ud = ud;
}

void *play_observer_data(const Play *p) { return p->observer_ud; }

BlkStatus play_apply(Play *p, const PlayAction *a, DiagList *dl) {
    BlkStatus st = check_active(p, dl);
    if (st != BLK_OK) return st;
    if (a->scene != p->view.scene_index)
        return usage(dl, _("the recorded action belongs to another scene; "
                           "the case has changed since it was played"));
    switch (a->kind) {
    case ACTION_MARK: return play_mark(p, a->observation, a->mark, dl);
    case ACTION_CONCERN: return play_concern(p, a->level, dl);
    case ACTION_CONTINUE: return play_continue(p, dl);
    case ACTION_CHOOSE:
    case ACTION_VOTE:
        for (size_t i = 0; i < p->view.noffered; i++)
            if (p->offered[i] == a->choice)
                return a->kind == ACTION_VOTE ? play_vote(p, i, a->level, dl)
                                              : play_choose(p, i, dl);
        return usage(dl, _("the recorded choice is not offered now; the case "
                           "has changed since it was played"));
    }
    return BLK_ERR_USAGE;
}

StateVar *play_state_list(const Play *p, size_t *n) {
    return state_edit_list(p->sc, p->state, n);
}

BlkStatus play_set_var(Play *p, const char *name, const Value *v, DiagList *dl) {
    if (v->type == VAL_NIL || !name || !*name)
        return usage(dl, _("a state variable needs a name and a number, true/false or text"));
    if (!state_edit_set(p->sc, p->state, name, v)) return BLK_ERR_NOMEM;
    return BLK_OK;
}

BlkStatus play_goto(Play *p, int scene, DiagList *dl) {
    if (scene < 0 || (size_t)scene >= p->sc->nscenes)
        return usage(dl, _("there is no such scene"));
    script_use_rng(p->sc, &p->rng);
    p->broken = false;          /* an author may jump away from an error */
    p->view.finished = false;
    p->view.ending = NULL;
    p->view.ending_index = -1;
    p->view.last_choice = NULL;
    return enter_scene(p, scene, dl);
}

const PlayAction *play_actions(const Play *p, size_t *n) {
    *n = p->nlog;
    return p->log;
}

BlkStatus play_fork(const Play *p, size_t nactions, Play **out, DiagList *dl) {
    *out = NULL;
    if (nactions > p->nlog) nactions = p->nlog;
    Play *q = NULL;
    BlkStatus st = play_new(p->sc, p->seed, &q, dl);
    for (size_t i = 0; st == BLK_OK && i < nactions; i++) st = play_apply(q, &p->log[i], dl);
    if (st != BLK_OK) {
        play_free(q);
        return st;
    }
    *out = q;
    return BLK_OK;
}

Mark play_mark_of(const Play *p, int obs) { return p->marks[obs]; }
bool play_shown(const Play *p, int obs) { return p->shown[obs]; }

int play_concern_at(const Play *p, int scene, bool *left) {
    if (left) *left = p->concern_left[scene];
    return p->concern[scene];
}

const int *play_answer_order(const Play *p, size_t *n) {
    *n = p->nanswers;
    return p->answer_order;
}

const NodeRef *play_path(const Play *p, size_t *n) {
    *n = p->npath;
    return p->path;
}

const Decision *play_decisions(const Play *p, size_t *n) {
    *n = p->ndecisions;
    return p->decisions;
}

bool play_state_get(const Play *p, const char *var, Value *out) {
    return script_state_get(p->sc, p->state, var, strlen(var), out);
}

/* }====================================================== */
