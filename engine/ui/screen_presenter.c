/*
** screen_presenter.c — what the course leader sees and the room does not:
** the presenter view (what the audience sees now, the group's answers
** with the expert's beside them, every option's points, feedback and
** where it leads, the facilitator notes and discussion questions, the
** discussion timer, the keys). Normal window sizes: this is a laptop
** screen, not a projector. Its header and footer are the setup page's
** too (screen_class_setup.c).
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "classroom_priv.h"

static SDL_Color none(void) { return (SDL_Color){0, 0, 0, 0}; }

/* {====================================================== parts */

static int section(Ui *ui, Layout *L, int x, int y, int w, const char *title) {
    TextStyle ts = ui_text(ui, TS_SMALL, FS_BOLD, C_ACCENT);
    int h = layout_text(L, ui->fonts, LAYER_SCROLL, &ts, x, y, w, title, (SDL_Rect){x, y, w, 1 << 20});
    layout_rect(L, LAYER_SCROLL, (SDL_Rect){x, y + h + ui_px(ui, 2), w, ui_px(ui, 1)},
                ui_color(ui, C_BORDER), 0, none(), 0);
    return h + ui_px(ui, 10);
}

static const char *kind_label(ObsKind k) {
    return k == OBS_RISK ? _("Expert: sign of concern")
           : k == OBS_PROTECTIVE ? _("Expert: resource") : _("Expert: neither");
}

static int badge_w(Ui *ui, const char *s) {
    TextStyle ts = ui_text(ui, TS_SMALL, FS_BOLD, C_TEXT);
    return font_measure(ui->fonts, ts.style, ts.px, s, strlen(s)) + 2 * ui_px(ui, 10);
}

/* Several small pills in a row that wraps; returns the height. */
static int pills(Ui *ui, Layout *L, int x, int y, int w, const char *const *t, const ColorRole *fg,
                 const ColorRole *bg, int n) {
    int cx = x, cy = y, row = 0, gap = ui_px(ui, 8);
    for (int i = 0; i < n; i++) {
        int bw = badge_w(ui, t[i]);
        if (cx > x && cx + bw > x + w) {
            cx = x;
            cy += row + gap / 2;
            row = 0;
        }
        int h = frame_badge(ui, L, cx, cy, x + w - cx, t[i], fg[i], bg[i]);
        if (h > row) row = h;
        cx += bw + gap;
    }
    return cy + row - y;
}

/* An observation: its text, the group's mark (chips), and the expert's
   kind with the explanation. */
static int observation(Ui *ui, Layout *L, int x, int y, int w, int obs, const Play *p) {
    const Observation *o = &ui->sc->observations[obs];
    Mark m = play_mark_of(p, obs);
    int y0 = y, gap = ui_px(ui, 8);
    y += leader_text(ui, L, x, y, w, TS_BODY, FS_BOLD, C_TEXT, o->text) + ui_px(ui, 6);
    const char *risk = _("Concern"), *prot = _("Resource");
    int rw = frame_chip_width(ui, risk), pw = frame_chip_width(ui, prot);
    if (rw + pw + gap > w) rw = pw = (w - gap) / 2;
    int ch = frame_chip(ui, L, x, y, rw, risk, NULL, m == MARK_RISK, TONE_RISK, ACT_CLASS,
                        CL_MARK * CL_ARG + obs * 3 + MARK_RISK, NULL);
    frame_chip(ui, L, x + rw + gap, y, pw, prot, NULL, m == MARK_PROTECTIVE, TONE_PROTECTIVE,
               ACT_CLASS, CL_MARK * CL_ARG + obs * 3 + MARK_PROTECTIVE, NULL);
    y += ch + ui_px(ui, 6);
    bool right = o->kind == OBS_RISK ? m == MARK_RISK
                 : o->kind == OBS_PROTECTIVE ? m == MARK_PROTECTIVE : m == MARK_NONE;
    const char *t[2] = {kind_label(o->kind), right ? _("The group agrees") : _("Not as the expert")};
    ColorRole fg[2] = {o->kind == OBS_RISK ? C_RISK : o->kind == OBS_PROTECTIVE ? C_PROTECTIVE : C_MUTED,
                       right ? C_PROTECTIVE : C_NOTICE};
    ColorRole bg[2] = {o->kind == OBS_RISK ? C_RISK_SOFT
                       : o->kind == OBS_PROTECTIVE ? C_PROTECTIVE_SOFT : C_SURFACE,
                       right ? C_PROTECTIVE_SOFT : C_NOTICE_SOFT};
    y += pills(ui, L, x, y, w, t, fg, bg, 2) + ui_px(ui, 4);
    y += leader_text(ui, L, x, y, w, TS_SMALL, FS_REGULAR, C_MUTED, o->explain);
    return y - y0;
}

/* The stepper beside an option in the leader's sizes: buttons as tall as
   the others, room for four digits. */
static ClassStepper hands_stepper(const Ui *ui) {
    return (ClassStepper){frame_button_h(ui), TS_BODY, "0000", 6};
}

/* One option for the leader: a card that makes it the group's choice,
   the show of hands beside it, and under it the points, where it leads
   and the feedback. */
static int option(Ui *ui, Layout *L, int x, int y, int w, const Scene *s, size_t k, int ci,
                  int votes, bool chosen, double best, bool count) {
    const Choice *ch = &s->choices[ci];
    int pad = ui_px(ui, 12), radius = ui_px(ui, ui->theme.radius), gap = ui_px(ui, 10);
    ClassStepper hands = hands_stepper(ui);
    int sw = count ? classroom_stepper_width(ui, &hands) : 0;
    bool under = count && w - sw - gap < w * 3 / 5; /* narrow: the hands under the card */
    int cw = count && !under ? w - sw - gap : w;
    SDL_Rect r = {x, y, cw, 1 << 20};
    size_t bg = layout_rect(L, LAYER_SCROLL, r, ui_color(ui, chosen ? C_ACCENT_SOFT : C_SURFACE), radius,
                            ui_color(ui, chosen ? C_ACCENT : C_CONTROL), ui_px(ui, chosen ? 2 : 1));
    int tx = x + pad, tw = cw - 2 * pad, ty = y + pad;
    char head[1200];
    snprintf(head, sizeof head, "%zu. %s", k + 1, ch->text);
    TextStyle ts = ui_text(ui, TS_BODY, chosen ? FS_BOLD : FS_REGULAR, C_TEXT);
    ty += layout_text(L, ui->fonts, LAYER_SCROLL, &ts, tx, ty, tw, head, r);
    ty += ui_px(ui, 6);
    char pts[64], a[32];
    classroom_decimal(a, sizeof a, ch->points);
    snprintf(pts, sizeof pts, _("%s points"), a);
    const char *t[3];
    ColorRole fg[3], bgc[3];
    int n = 0;
    t[n] = pts;
    fg[n] = ch->points >= best ? C_PROTECTIVE : ch->points < 0 ? C_RISK : C_NOTICE;
    bgc[n++] = ch->points >= best ? C_PROTECTIVE_SOFT : ch->points < 0 ? C_RISK_SOFT : C_NOTICE_SOFT;
    if (ch->points >= best) {
        t[n] = _("Best option");
        fg[n] = C_PROTECTIVE;
        bgc[n++] = C_PROTECTIVE_SOFT;
    }
    if (chosen) {
        t[n] = _("The group's choice");
        fg[n] = C_ACCENT;
        bgc[n++] = C_SURFACE;
    }
    ty += pills(ui, L, tx, ty, tw, t, fg, bgc, n) + ui_px(ui, 6);
    bool several;
    const char *to = classroom_target_title(ui->sc, &ch->next, &several);
    char lead[600];
    if (several) snprintf(lead, sizeof lead, "%s", _("Leads on: depends on the story so far"));
    else snprintf(lead, sizeof lead, _("Leads to: %s"), to);
    TextStyle ms = ui_text(ui, TS_SMALL, FS_BOLD, C_MUTED);
    ty += layout_text(L, ui->fonts, LAYER_SCROLL, &ms, tx, ty, tw, lead, r);
    if (ch->feedback && *ch->feedback) {
        TextStyle fs = ui_text(ui, TS_SMALL, FS_REGULAR, C_TEXT);
        ty += layout_text(L, ui->fonts, LAYER_SCROLL, &fs, tx, ty, tw, ch->feedback, r);
    }
    int h = ty + pad - y;
    r.h = h;
    if (!L->failed) {
        L->items[bg].r = L->items[bg].box = r;
        for (size_t i = bg + 1; i < L->nitems; i++)
            if (L->items[i].kind == DI_TEXT && L->items[i].box.h > h) L->items[i].box = r;
    }
    layout_widget(L, LAYER_SCROLL, r, radius, ACT_CLASS, CL_OPTION * CL_ARG + (int)k, true, ch->text);
    if (under) {
        classroom_stepper(ui, L, x + w - sw, y + h + ui_px(ui, 8), &hands, k, votes);
        return h + ui_px(ui, 8) + frame_button_h(ui);
    }
    if (count) classroom_stepper(ui, L, x + cw + gap, y + pad, &hands, k, votes);
    return h;
}

/* }====================================================== */

/* {====================================================== the columns */

static const char *scene_name(const Scene *s) { return s->title && *s->title ? s->title : s->id; }

/* What the room sees now, for the line above the page. */
static void now_showing(const Classroom *c, char *buf, size_t size) {
    if (c->black) {
        snprintf(buf, size, "%s", _("The audience sees a black screen (B shows the case again)"));
        return;
    }
    const char *step = classroom_phase_name(c->phase);
    snprintf(buf, size, _("The audience sees: %s"), step);
}

static int scene_main(Ui *ui, Layout *L, int x, int y, int w, const Classroom *c, const Play *p) {
    const PlayView *v = play_view(p);
    const Scene *s = v->scene;
    int y0 = y;
    y += frame_heading(ui, L, x, y, w, TS_H1, scene_name(s));
    /* The steps of the scene, the one on screen marked. */
    ClassPhase steps[8];
    int ns = classroom_steps(p, steps);
    const char *t[8];
    ColorRole fg[8], bg[8];
    for (int i = 0; i < ns; i++) {
        t[i] = classroom_phase_name(steps[i]);
        bool on = steps[i] == c->phase;
        fg[i] = on ? C_ON_ACCENT : C_MUTED;
        bg[i] = on ? C_ACCENT : C_SURFACE;
    }
    y += pills(ui, L, x, y, w, t, fg, bg, ns) + ui_px(ui, 20);
    /* The part the room is at comes first, so the leader's keys and the
       expert's view of it are in sight; the rest follows in order. */
    enum { PART_OBS, PART_CONCERN, PART_OPTIONS, NPARTS };
    int order[NPARTS] = {PART_OBS, PART_CONCERN, PART_OPTIONS};
    int first = c->phase == CP_CONCERN ? PART_CONCERN
                : c->phase == CP_OPTIONS || c->phase == CP_REVEAL ? PART_OPTIONS : PART_OBS;
    for (int i = first; i > 0; i--) order[i] = order[i - 1];
    order[0] = first;
    for (int part = 0; part < NPARTS; part++) {
        switch (order[part]) {
        case PART_OBS:
            if (!s->nobserve) break;
            y += section(ui, L, x, y, w, _("Observations: the group's marks and the expert's"));
            for (size_t i = 0; i < s->nobserve; i++)
                y += observation(ui, L, x, y, w, s->observe[i], p) + ui_px(ui, 16);
            y += ui_px(ui, 8);
            break;
        case PART_CONCERN: {
            if (!s->concern) break;
            y += section(ui, L, x, y, w, _("Concern: the group's level"));
            int levels = scenario_concern_levels(ui->sc);
            const char *labels[16];
            char buf[16][200];
            int args[16];
            int n = levels < 16 ? levels : 16;
            for (int l = 1; l <= n; l++) {
                snprintf(buf[l - 1], sizeof buf[0], "%d %s", l, scenario_concern_label(ui->sc, l));
                labels[l - 1] = buf[l - 1];
                args[l - 1] = CL_CONCERN * CL_ARG + l;
            }
            y += frame_chips(ui, L, x, y, w, labels, (size_t)n,
                             v->concern ? CL_CONCERN * CL_ARG + v->concern : -1, ACT_CLASS, args);
            y += ui_px(ui, 8);
            char e[300];
            snprintf(e, sizeof e, _("The expert's level: %d – %s"), s->concern,
                     scenario_concern_label(ui->sc, s->concern));
            y += leader_text(ui, L, x, y, w, TS_BODY, FS_BOLD, C_TEXT, e) + ui_px(ui, 20);
            break;
        }
        case PART_OPTIONS:
            if (!s->has_next) {
                char head[200];
                int total = classroom_total_votes(c, p);
                snprintf(head, sizeof head, ngettext("Options: the show of hands (%d hand)",
                                                     "Options: the show of hands (%d hands)",
                                                     (unsigned long)total), total);
                y += section(ui, L, x, y, w, head);
                double best = -1e300;
                for (size_t k = 0; k < v->noffered; k++)
                    if (s->choices[v->offered[k]].points > best) best = s->choices[v->offered[k]].points;
                int chosen = classroom_group_choice(c, p);
                for (size_t k = 0; k < v->noffered; k++)
                    y += option(ui, L, x, y, w, s, k, v->offered[k], classroom_votes(c, p, k),
                                (int)k == chosen, best, true) + ui_px(ui, 10);
                y += ui_px(ui, 10);
            } else {
                bool several;
                const char *to = classroom_target_title(ui->sc, &s->next, &several);
                char line[400];
                if (several) snprintf(line, sizeof line, "%s", _("Next: depends on the story so far"));
                else snprintf(line, sizeof line, _("Next: %s"), to);
                y += leader_text(ui, L, x, y, w, TS_BODY, FS_BOLD, C_TEXT, line) + ui_px(ui, 20);
            }
            break;
        }
    }
    return y - y0;
}

static int feedback_main(Ui *ui, Layout *L, int x, int y, int w, const Play *p) {
    size_t n;
    const Decision *ds = play_decisions(p, &n);
    int y0 = y;
    if (!n) return 0;
    const Decision *d = &ds[n - 1];
    const Scene *s = &ui->sc->scenes[d->scene];
    y += frame_heading(ui, L, x, y, w, TS_H1, scene_name(s));
    char line[300], a[32], b[32];
    classroom_decimal(a, sizeof a, d->points);
    classroom_decimal(b, sizeof b, d->best);
    snprintf(line, sizeof line, _("The group's choice earned %s points; the best option gave %s."), a, b);
    y += leader_text(ui, L, x, y, w, TS_BODY, FS_REGULAR, C_TEXT, line) + ui_px(ui, 16);
    y += section(ui, L, x, y, w, _("Every option, with the hands and the feedback"));
    for (size_t k = 0; k < d->noffered; k++) {
        int votes = d->votes ? d->votes[k] : 0;
        y += option(ui, L, x, y, w, s, k, d->offered[k], votes, d->offered[k] == d->choice, d->best,
                    false) + ui_px(ui, 10);
        if (d->votes) {
            char h[64];
            snprintf(h, sizeof h, ngettext("%d hand", "%d hands", (unsigned long)votes), votes);
            y += leader_text(ui, L, x, y - ui_px(ui, 6), w, TS_SMALL, FS_BOLD, C_MUTED, h) +
                 ui_px(ui, 4);
        }
    }
    const PlayView *v = play_view(p);
    const char *next = v->finished ? (v->ending ? v->ending->title : "")
                                   : v->scene ? scene_name(v->scene) : "";
    snprintf(line, sizeof line, _("Next: %s"), next);
    y += ui_px(ui, 6);
    y += leader_text(ui, L, x, y, w, TS_BODY, FS_BOLD, C_TEXT, line);
    return y - y0;
}

static int replay_list(Ui *ui, Layout *L, int x, int y, int w, const Classroom *c) {
    const Play *g = classroom_group_play(c);
    size_t nd;
    const Decision *ds = play_decisions(g, &nd);
    int y0 = y;
    if (!nd) return 0;
    y += section(ui, L, x, y, w, _("Take another road from a decision"));
    for (size_t i = 0; i < nd; i++) {
        const Scene *s = &ui->sc->scenes[ds[i].scene];
        char label[400];
        snprintf(label, sizeof label, "%zu. %s", i + 1, scene_name(s));
        SDL_Rect r;
        frame_button(ui, L, LAYER_SCROLL, x, y, w, BTN_SECONDARY, label, ACT_CLASS,
                     CL_REPLAY * CL_ARG + (int)i, true, &r);
        y += r.h + ui_px(ui, 8);
    }
    return y - y0;
}

static const char *page_title(int p) {
    switch ((DebriefPage)p) {
    case DB_PATH: return _("The group's path");
    case DB_VOTES: return _("The votes");
    case DB_CONCERN: return _("Concern");
    case DB_MISSED: return _("Not marked");
    case DB_POINTS: return _("Learning points");
    case DB_REPLAY: return _("Another road");
    case DB_COUNT: break;
    }
    return "";
}

static int figure_line(Ui *ui, Layout *L, int x, int y, int w, const char *label, double v) {
    char s[300];
    if (isnan(v)) snprintf(s, sizeof s, "%s: –", label);
    else snprintf(s, sizeof s, "%s: %.0f %%", label, v * 100);
    return leader_text(ui, L, x, y, w, TS_BODY, FS_REGULAR, C_TEXT, s) + ui_px(ui, 4);
}

static int end_main(Ui *ui, Layout *L, int x, int y, int w, const Classroom *c, const Play *p) {
    const PlayView *v = play_view(p);
    int y0 = y;
    if (c->phase == CP_ENDING && v->ending) {
        y += frame_heading(ui, L, x, y, w, TS_H1, v->ending->title);
        if (v->text) y += frame_textdoc(ui, L, x, y, w, v->text) + ui_px(ui, 16);
    } else {
        y += frame_heading(ui, L, x, y, w, TS_H1, _("The group's debrief"));
    }
    const Play *g = classroom_group_play(c);
    if (c->original) {
        y += frame_notice(ui, L, x, y, w, C_ACCENT,
                          _("This is a replay. The group's own path is kept; the debrief shows it."));
        y += ui_px(ui, 12);
        SDL_Rect r;
        frame_button(ui, L, LAYER_SCROLL, x, y, 0, BTN_PRIMARY, _("Back to the group's debrief"),
                     ACT_CLASS, CL_REPLAY_END * CL_ARG, true, &r);
        y += r.h + ui_px(ui, 20);
    }
    Score s;
    if (score_compute(g, &s) == BLK_OK) {
        y += section(ui, L, x, y, w, _("The group's figures (not shown to the room)"));
        y += figure_line(ui, L, x, y, w, _("Noticing signals"), s.signals_scaled);
        y += figure_line(ui, L, x, y, w, _("Choosing what to do"), s.actions_scaled);
        y += figure_line(ui, L, x, y, w, _("Judging concern"), s.concern_scaled);
        y += figure_line(ui, L, x, y, w, _("Total"), s.total_scaled);
        char d[400];
        snprintf(d, sizeof d,
                 _("The group found %d of %d signs of concern and %d of %d resources; %d marks were "
                   "false alarms."),
                 s.hits, s.hits + s.misses, s.protective_hits,
                 s.protective_hits + s.protective_misses, s.false_alarms);
        y += leader_text(ui, L, x, y, w, TS_SMALL, FS_REGULAR, C_MUTED, d) + ui_px(ui, 16);
        score_free(&s);
    }
    if (!c->original) {
        y += section(ui, L, x, y, w, _("Debrief pages for the room"));
        for (int pg = 0; pg < DB_COUNT; pg++) {
            SDL_Rect r;
            bool on = c->phase == CP_DEBRIEF && c->page == pg;
            frame_button(ui, L, LAYER_SCROLL, x, y, w, on ? BTN_PRIMARY : BTN_SECONDARY,
                         page_title(pg), ACT_CLASS, CL_PAGE * CL_ARG + pg, true, &r);
            y += r.h + ui_px(ui, 6);
        }
        y += ui_px(ui, 14);
    }
    y += replay_list(ui, L, x, y, w, c);
    return y - y0;
}

static int title_main(Ui *ui, Layout *L, int x, int y, int w) {
    const Scenario *sc = ui->sc;
    int y0 = y;
    y += frame_heading(ui, L, x, y, w, TS_H1, sc->title);
    y += leader_text(ui, L, x, y, w, TS_BODY, FS_REGULAR, C_TEXT, sc->summary) + ui_px(ui, 16);
    y += frame_box(ui, L, x, y, w, _("Your role"), sc->role) + ui_px(ui, 20);
    if (sc->ncharacters) {
        y += section(ui, L, x, y, w, _("People in the case"));
        for (size_t i = 0; i < sc->ncharacters; i++) {
            const Character *ch = &sc->characters[i];
            y += leader_text(ui, L, x, y, w, TS_BODY, FS_BOLD, C_TEXT, ch->name);
            if (ch->description && *ch->description)
                y += leader_text(ui, L, x, y, w, TS_SMALL, FS_REGULAR, C_MUTED, ch->description);
            y += ui_px(ui, 8);
        }
    }
    char line[400];
    snprintf(line, sizeof line, _("First scene: %s"), scene_name(&sc->scenes[sc->start]));
    y += ui_px(ui, 8);
    y += leader_text(ui, L, x, y, w, TS_BODY, FS_BOLD, C_TEXT, line);
    return y - y0;
}

/* The side, top: the timer. */
static int side_top(Ui *ui, Layout *L, int x, int y, int w, const Classroom *c) {
    int y0 = y;
    /* The timer. */
    int pad = ui_px(ui, 16);
    SDL_Rect card = {x, y, w, 1 << 20};
    size_t bg = layout_rect(L, LAYER_SCROLL, card, ui_color(ui, C_SURFACE), ui_px(ui, 8),
                            ui_color(ui, C_BORDER), ui_px(ui, 1));
    int ty = y + pad;
    TextStyle ls = ui_text(ui, TS_SMALL, FS_BOLD, C_MUTED);
    ty += layout_text(L, ui->fonts, LAYER_SCROLL, &ls, x + pad, ty, w - 2 * pad,
                      _("Discussion time"), card);
    int sec = classroom_timer_seconds(c);
    char clock[32];
    snprintf(clock, sizeof clock, "%02d:%02d", sec / 60 % 100, sec % 60);
    TextStyle big = ui_text(ui, TS_H1, FS_BOLD, c->running ? C_ACCENT : C_TEXT);
    big.px = big.px * 3 / 2;
    big.line_h = big.line_h * 3 / 2;
    SDL_Rect r1, r2;
    const char *go = c->running ? _("Pause (T)") : _("Start (T)");
    TextStyle bts = ui_text(ui, TS_BODY, FS_BOLD, C_TEXT);
    int w1 = font_measure(ui->fonts, bts.style, bts.px, go, strlen(go)) + 2 * ui_px(ui, 22);
    const char *rs = _("Reset");
    int w2 = font_measure(ui->fonts, bts.style, bts.px, rs, strlen(rs)) + 2 * ui_px(ui, 22);
    int cw = font_measure(ui->fonts, big.style, big.px, "00:00", 5) + ui_px(ui, 24);
    int gap = ui_px(ui, 8), bh = frame_button_h(ui);
    if (cw + w1 + w2 + 2 * gap <= w - 2 * pad) { /* one row: the clock, then the buttons */
        layout_line(L, ui->fonts, LAYER_SCROLL, &big, x + pad, ty, cw, clock, card);
        int by = ty + (big.line_h - bh) / 2;
        frame_button(ui, L, LAYER_SCROLL, x + w - pad - w2 - gap - w1, by, w1, BTN_SECONDARY, go,
                     ACT_CLASS, CL_TIMER * CL_ARG, true, &r1);
        frame_button(ui, L, LAYER_SCROLL, x + w - pad - w2, by, w2, BTN_SECONDARY, rs, ACT_CLASS,
                     CL_TIMER_RESET * CL_ARG, true, &r2);
        ty += big.line_h;
    } else {
        ty += layout_text(L, ui->fonts, LAYER_SCROLL, &big, x + pad, ty, w - 2 * pad, clock, card);
        ty += ui_px(ui, 6);
        if (w1 + w2 + gap <= w - 2 * pad) {
            frame_button(ui, L, LAYER_SCROLL, x + pad, ty, w1, BTN_SECONDARY, go, ACT_CLASS,
                         CL_TIMER * CL_ARG, true, &r1);
            frame_button(ui, L, LAYER_SCROLL, x + pad + w1 + gap, ty, w2, BTN_SECONDARY, rs,
                         ACT_CLASS, CL_TIMER_RESET * CL_ARG, true, &r2);
            ty += r1.h > r2.h ? r1.h : r2.h;
        } else {
            frame_button(ui, L, LAYER_SCROLL, x + pad, ty, w - 2 * pad, BTN_SECONDARY, go, ACT_CLASS,
                         CL_TIMER * CL_ARG, true, &r1);
            ty += r1.h + gap;
            frame_button(ui, L, LAYER_SCROLL, x + pad, ty, w - 2 * pad, BTN_SECONDARY, rs, ACT_CLASS,
                         CL_TIMER_RESET * CL_ARG, true, &r2);
            ty += r2.h;
        }
    }
    int h = ty + pad - y;
    if (!L->failed) {
        L->items[bg].r.h = L->items[bg].box.h = h;
        for (size_t i = bg + 1; i < L->nitems; i++)
            if (L->items[i].kind == DI_TEXT && L->items[i].box.h > h) L->items[i].box.h = h;
    }
    y += h + ui_px(ui, 24);
    return y - y0;
}

/* The facilitator's notes for this scene and its questions (or, at the
   ending, the case's learning points). */
static int side_notes(Ui *ui, Layout *L, int x, int y, int w, const Classroom *c, const Play *p) {
    const PlayView *v = play_view(p);
    int y0 = y;
    const Scene *s = v->scene;
    if (!v->finished && s && s->facilitator && *s->facilitator &&
        c->phase != CP_TITLE && c->phase != CP_FEEDBACK) {
        char notes[4000], qs[4000];
        classroom_split_notes(s->facilitator, notes, sizeof notes, qs, sizeof qs);
        if (notes[0]) {
            y += section(ui, L, x, y, w, _("Facilitator notes"));
            y += leader_text(ui, L, x, y, w, TS_BODY, FS_REGULAR, C_TEXT, notes) + ui_px(ui, 20);
        }
        if (qs[0]) {
            y += section(ui, L, x, y, w, _("Questions for the group"));
            char *save = NULL;
            for (char *q = strtok_r(qs, "\n", &save); q; q = strtok_r(NULL, "\n", &save))
                y += frame_bullet(ui, L, x, y, w, q) + ui_px(ui, 8);
            y += ui_px(ui, 12);
        }
    } else if (v->finished && c->phase == CP_ENDING && !c->original) {
        const Scenario *sc = ui->sc;
        if (sc->debrief.count) {
            y += section(ui, L, x, y, w, _("Key learning points"));
            for (size_t i = 0; i < sc->debrief.count; i++)
                y += frame_bullet(ui, L, x, y, w, sc->debrief.items[i]) + ui_px(ui, 8);
            y += ui_px(ui, 12);
        }
    }
    return y - y0;
}

/* The side, bottom: the state of things and the keys. */
static int side_bottom(Ui *ui, Layout *L, int x, int y, int w, const Classroom *c) {
    int y0 = y;
    y += section(ui, L, x, y, w, _("Session"));
    char line[600];
    if (c->saving) {
        snprintf(line, sizeof line, _("Saved as «%s»."), c->label);
        y += leader_text(ui, L, x, y, w, TS_SMALL, FS_REGULAR, C_TEXT, line) + ui_px(ui, 4);
    } else if (c->save_note[0]) {
        y += leader_text(ui, L, x, y, w, TS_SMALL, FS_BOLD, C_NOTICE, c->save_note) + ui_px(ui, 4);
    }
    if (c->black)
        y += leader_text(ui, L, x, y, w, TS_SMALL, FS_BOLD, C_NOTICE,
                  _("The projector is black. B or . shows the case again.")) + ui_px(ui, 4);
    if (c->second)
        y += leader_text(ui, L, x, y, w, TS_SMALL, FS_REGULAR, C_TEXT,
                  _("The audience view is on the second display.")) + ui_px(ui, 4);
    else
        y += leader_text(ui, L, x, y, w, TS_SMALL, FS_REGULAR, C_TEXT,
                  _("One display: P switches between this view and the audience view.")) +
             ui_px(ui, 4);
    y += ui_px(ui, 16);
    y += section(ui, L, x, y, w, _("Keys"));
    static const char *const keys[] = {
        N_("PageDown, Right or Space: next"),
        N_("PageUp or Left: back"),
        N_("Up and Down: move between options"),
        N_("Digits, + and −: the hands for an option"),
        N_("Enter: the group's choice"),
        N_("B or .: black screen"),
        N_("P: presenter or audience view"),
        N_("T: start or pause the timer"),
        N_("F5: start again · Escape: end"),
    };
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        y += leader_text(ui, L, x, y, w, TS_SMALL, FS_REGULAR, C_MUTED, _(keys[i])) + ui_px(ui, 2);
    return y - y0;
}

/* }====================================================== */

static const char *next_label(const Classroom *c, const Play *p) {
    const PlayView *v = play_view(p);
    switch (c->phase) {
    case CP_TITLE: return _("Next: the first scene");
    case CP_STORY:
    case CP_NOTICE:
    case CP_CONCERN: {
        ClassPhase steps[8];
        int n = classroom_steps(p, steps);
        for (int i = 0; i + 1 < n; i++)
            if (steps[i] == c->phase && steps[i + 1] != CP_REVEAL) {
                switch (steps[i + 1]) {
                case CP_NOTICE: return _("Next: observations");
                case CP_CONCERN: return _("Next: concern");
                case CP_OPTIONS: return _("Next: options");
                default: break;
                }
            }
        return _("Next: the next scene");
    }
    case CP_OPTIONS: return _("Next: show the votes");
    case CP_REVEAL: return _("Confirm the group's choice");
    case CP_FEEDBACK: return v->finished ? _("Next: the ending") : _("Next: the next scene");
    case CP_ENDING: return c->original ? _("Back to the debrief") : _("Next: the debrief");
    case CP_DEBRIEF: return c->page < DB_REPLAY ? _("Next page") : NULL;
    default: return NULL;
    }
}

void screen_presenter(Ui *ui, Layout *L) {
    Classroom *c = ui->cls;
    if (!c || !ui->play || !ui->sc) return;
    const Play *p = ui->play;
    const PlayView *v = play_view(p);
    char what[300];
    snprintf(what, sizeof what, "%s · %s", _("Classroom: presenter view"), ui->sc->title);
    leader_header(ui, L, what, !c->second, true);
    char middle[300];
    now_showing(c, middle, sizeof middle);
    leader_footer(ui, L, _("Back"), CL_BACK, next_label(c, p), CL_NEXT, middle);
    int ax, aw;
    frame_column(ui, 4000, &ax, &aw);
    int gap = ui_px(ui, 40);
    bool two = aw >= ui_px(ui, 980);
    int mw = two ? (aw - gap) * 3 / 5 : aw, sw = two ? aw - gap - mw : aw;
    int mx = ax, sx = two ? ax + mw + gap : ax;
    int y = ui_px(ui, 24);
    if (c->notice[0]) {
        y += frame_notice(ui, L, mx, y, mw, C_NOTICE, c->notice) + ui_px(ui, 16);
    }
    int ys = two ? ui_px(ui, 24) : 0;
    int sh = 0;
    if (!two) { /* one column: the timer, the page, the notes, the rest */
        sh = side_top(ui, L, sx, y, sw, c);
        y += sh;
    }
    int mh = 0;
    switch (c->phase) {
    case CP_TITLE: mh = title_main(ui, L, mx, y, mw); break;
    case CP_STORY:
    case CP_NOTICE:
    case CP_CONCERN:
    case CP_OPTIONS:
    case CP_REVEAL:
        if (v->scene) mh = scene_main(ui, L, mx, y, mw, c, p);
        break;
    case CP_FEEDBACK: mh = feedback_main(ui, L, mx, y, mw, p); break;
    case CP_ENDING:
    case CP_DEBRIEF: mh = end_main(ui, L, mx, y, mw, c, p); break;
    case CP_SETUP:
    case CP_COUNT: break;
    }
    int end = y + mh;
    if (two) {
        sh = side_top(ui, L, sx, ys, sw, c);
        sh += side_notes(ui, L, sx, ys + sh, sw, c, p);
        sh += side_bottom(ui, L, sx, ys + sh, sw, c);
        if (ys + sh > end) end = ys + sh;
    } else {
        end += ui_px(ui, 24);
        end += side_notes(ui, L, sx, end, sw, c, p);
        end += side_bottom(ui, L, sx, end, sw, c);
    }
    L->content_h = end + ui_px(ui, 32);
    if (c->ask) classroom_dialog(ui, L);
}
