/*
** classroom_flow.c — how the room moves through a case: the steps of a
** scene in order, and what "next" and "back" mean at each. A presentation
** clicker has only those two keys, so each step decides what going on
** means there: scroll the projector's page, ask for the concern level
** first, show the votes, confirm the group's choice. Also the replay of
** the road not taken (play_fork) and the commands of classroom mode's
** widgets, which the keys reuse.
*/
#include "classroom_priv.h"

#include <stdio.h>

#include "../core/i18n.h"

/* {====================================================== the steps of a scene */

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

/* }====================================================== */

/* {====================================================== next and back */

int classroom_step_index(const ClassPhase *steps, int n, ClassPhase ph) {
    for (int i = 0; i < n; i++)
        if (steps[i] == ph) return i;
    return -1;
}

/* The scene just entered (or the ending). */
static void entered(Classroom *c) {
    const PlayView *v = play_view(c->main->play);
    c->phase = v->finished ? CP_ENDING : CP_STORY;
    c->page = 0;
    classroom_timer_reset(c);
    classroom_sync_visit(c);
}

/* After a step of the group's play: a failing scenario ends the session
   on the error screen; a refused step (the core said why) leaves it where
   it was. True when the step was taken. */
static bool step_went(Ui *ui, BlkStatus st) {
    st = classroom_saved(ui, st);
    if (st == BLK_ERR_RUNTIME || st == BLK_ERR_NOMEM) {
        classroom_close(ui);
        classroom_failed(ui);
        return false;
    }
    if (st != BLK_OK) {
        diag_print(&ui->dl, stderr);
        diag_clear(&ui->dl);
        return false;
    }
    return true;
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
        classroom_show(c);
        return;
    }
    if (k < 0) {
        snprintf(c->notice, sizeof c->notice, "%s",
                 _("Which option did the group choose? Move to it with the arrow keys "
                   "and press Enter."));
        classroom_changed(c);
        return;
    }
    if (classroom_commit_votes(ui) != BLK_OK) return;
    if (!step_went(ui, play_choose(ui->play, (size_t)k, &ui->dl))) {
        if (ui->cls) classroom_changed(c); /* still in the session */
        return;
    }
    c->notice[0] = '\0';
    c->phase = CP_FEEDBACK;
    classroom_show(c);
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
            classroom_show(c);
        } else {
            classroom_changed(c);
        }
        return;
    }
    if (!step_went(ui, play_continue(ui->play, &ui->dl))) return;
    entered(c);
    classroom_show(c);
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
    classroom_show(c);
}

/* Scrolls the audience page one screen when more of it is below (or
   above); true when it did. */
static bool scroll_audience(Classroom *c, int dir) {
    Ui *a = classroom_audience_ui(c);
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

void classroom_next(Ui *ui) {
    Classroom *c = ui->cls;
    if (c->phase == CP_SETUP) {
        classroom_start_session(ui);
        return;
    }
    if (c->black) {
        c->black = false;
        classroom_changed(c);
        return;
    }
    if (scroll_audience(c, 1)) return;
    Ui *m = c->main;
    classroom_sync_visit(c);
    ClassPhase steps[8];
    int n = classroom_steps(m->play, steps);
    int at = classroom_step_index(steps, n, c->phase);
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
            classroom_changed(c);
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
            if (classroom_commit_votes(m) != BLK_OK) return;
            c->phase = CP_REVEAL;
            c->notice[0] = '\0';
        } else if (c->choice >= 0) {
            confirm(m);
            return;
        } else {
            snprintf(c->notice, sizeof c->notice, "%s",
                     _("Count the hands first (move to an option, type the number), or choose "
                       "the group's option with Enter."));
            classroom_changed(c);
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
    classroom_show(c);
}

/* Whether the last thing the group did was a choice (so that the
   feedback on it can be shown again). */
bool classroom_last_was_choice(const Play *p) {
    size_t n;
    const PlayAction *a = play_actions(p, &n);
    return n && a[n - 1].kind == ACTION_CHOOSE;
}

void classroom_back(Ui *ui) {
    Classroom *c = ui->cls;
    if (c->black) {
        c->black = false;
        classroom_changed(c);
        return;
    }
    if (scroll_audience(c, -1)) return;
    Ui *m = c->main;
    ClassPhase steps[8];
    int n = classroom_steps(m->play, steps);
    int at = classroom_step_index(steps, n, c->phase);
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
        if (classroom_last_was_choice(m->play)) c->phase = CP_FEEDBACK;
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
    classroom_show(c);
}

/* Takes the group back to decision `i` of its path, in a fork: the
   group's own play waits until the replay is over. */
void classroom_replay(Ui *ui, int i) {
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
    classroom_sync_visit(c);
    c->phase = CP_OPTIONS;
    c->black = false;
    c->notice[0] = '\0';
    classroom_timer_reset(c);
    classroom_show(c);
}

/* }====================================================== */

/* {====================================================== actions */

static void ask(Classroom *c, ClassAsk a) {
    c->ask = a;
    c->black = false;
    c->main->focus = -2;
    if (c->second) c->second->focus = -2;
    classroom_changed(c);
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
    case CL_NEXT: classroom_next(m); break;
    case CL_BACK: classroom_back(m); break;
    case CL_START: classroom_start_session(m); break;
    case CL_PICK_CASE:
        if (k >= 0 && (size_t)k < m->cat.count && m->cat.items[k].ok) {
            c->pick = k;
            snprintf(c->path, sizeof c->path, "%s", m->cat.items[k].path);
            c->notice[0] = '\0';
            classroom_changed(c);
        }
        break;
    case CL_LABEL:
        c->editing = !c->editing;
        if (c->editing) SDL_StartTextInput();
        else SDL_StopTextInput();
        classroom_changed(c);
        break;
    case CL_OPTION:
        if (m->play && !play_view(m->play)->finished) {
            classroom_sync_visit(c);
            c->choice = c->choice == k ? -1 : k;
            c->notice[0] = '\0';
            classroom_changed(c);
        }
        break;
    case CL_VOTE_UP:
    case CL_VOTE_DOWN:
        if (m->play && !play_view(m->play)->finished) {
            classroom_sync_visit(c);
            classroom_set_votes(m, (size_t)k,
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
        classroom_changed(c);
        break;
    case CL_TIMER: classroom_timer_toggle(c); break;
    case CL_TIMER_RESET: classroom_timer_reset(c); break;
    case CL_REPLAY: classroom_replay(m, k); break;
    case CL_REPLAY_END: end_replay(c); break;
    case CL_PAGE:
        if (c->phase == CP_DEBRIEF && k >= 0 && k < DB_COUNT && page_shown(c, k)) {
            c->page = k;
            classroom_show(c);
        } else if (c->phase == CP_ENDING && k >= 0 && k < DB_COUNT && !c->original) {
            c->phase = CP_DEBRIEF;
            c->page = page_shown(c, k) ? k : 0;
            classroom_show(c);
        }
        break;
    case CL_MARK:
        if (m->play) {
            int obs = k / 3;
            Mark mk = (Mark)(k % 3);
            if (play_mark_of(m->play, obs) == mk) mk = MARK_NONE;
            if (classroom_saved(m, play_mark(m->play, obs, mk, &m->dl)) != BLK_OK)
                diag_clear(&m->dl);
            classroom_changed(c);
        }
        break;
    case CL_CONCERN:
        if (m->play) {
            if (classroom_saved(m, play_concern(m->play, k, &m->dl)) != BLK_OK) diag_clear(&m->dl);
            c->notice[0] = '\0';
            classroom_changed(c);
        }
        break;
    case CL_ASK_LEAVE:
        if (c->phase == CP_SETUP) ui_open_menu(m);
        else ask(c, ASK_LEAVE);
        break;
    case CL_ASK_RESTART: ask(c, ASK_RESTART); break;
    case CL_STAY:
        c->ask = ASK_NONE;
        classroom_show(c);
        break;
    case CL_LEAVE: ui_open_menu(m); break;
    case CL_RESTART:
        c->ask = ASK_NONE;
        classroom_start_session(m);
        break;
    case CL_OPEN:
    case CL_COUNT: break;
    }
}

/* }====================================================== */
