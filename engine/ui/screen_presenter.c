/*
** screen_presenter.c — what the course leader sees and the room does not:
** the presenter view (what the audience sees now, the group's answers
** with the expert's beside them, every option's points, feedback and
** where it leads, the facilitator notes and discussion questions, the
** discussion timer, the keys), the setup page before a session (the case,
** the group's name), and the question asked before leaving or starting
** again. Normal window sizes: this is a laptop screen, not a projector.
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "classroom.h"

static SDL_Color none(void) { return (SDL_Color){0, 0, 0, 0}; }

/* {====================================================== header and footer */

/* The header: the wordmark, what this is, and buttons on the right. */
static int header(Ui *ui, Layout *L, const char *what, bool view_button, bool leave_button) {
    TextStyle mark = ui_text(ui, TS_H3, FS_BOLD, C_ACCENT);
    TextStyle btn = ui_text(ui, TS_SMALL, FS_BOLD, C_ACCENT);
    int h = btn.line_h + 2 * ui_px(ui, 7) + 2 * ui_px(ui, 10);
    int x, w;
    frame_column(ui, 4000, &x, &w);
    layout_rect(L, LAYER_FIXED, (SDL_Rect){0, 0, ui->out_w, h}, ui_color(ui, C_SURFACE), 0, none(), 0);
    layout_rect(L, LAYER_FIXED, (SDL_Rect){0, h - ui_px(ui, 1), ui->out_w, ui_px(ui, 1)},
                ui_color(ui, C_BORDER), 0, none(), 0);
    SDL_Rect bar = {x, 0, w, h};
    int dot = ui_px(ui, 12);
    layout_rect(L, LAYER_FIXED, (SDL_Rect){x, (h - dot) / 2, dot, dot}, ui_color(ui, C_ACCENT),
                dot / 2, none(), 0);
    int lx = x + dot + ui_px(ui, 8);
    lx += layout_line(L, ui->fonts, LAYER_FIXED, &mark, lx, (h - mark.line_h) / 2, x + w - lx,
                      "Blikk", bar);
    const char *labels[2];
    int cmds[2], n = 0;
    if (leave_button) {
        labels[n] = _("End session");
        cmds[n++] = CL_ASK_LEAVE;
    }
    if (view_button) {
        labels[n] = _("Audience view (P)");
        cmds[n++] = CL_VIEW;
    }
    int bh = btn.line_h + 2 * ui_px(ui, 7), gap = ui_px(ui, 8), bx = x + w;
    int pos[2], widths[2];
    for (int i = 0; i < n; i++) {
        widths[i] = font_measure(ui->fonts, btn.style, btn.px, labels[i], strlen(labels[i])) +
                    2 * ui_px(ui, 14);
        bx -= widths[i];
        pos[i] = bx;
        bx -= gap;
    }
    if (bx < lx + ui_px(ui, 20)) n = 0; /* too narrow: the keys still work */
    for (int i = n - 1; i >= 0; i--)
        frame_button(ui, L, LAYER_FIXED, pos[i], (h - bh) / 2, widths[i], BTN_QUIET, labels[i],
                     ACT_CLASS, cmds[i] * CL_ARG, true, NULL);
    int room = (n ? bx : x + w) - lx - ui_px(ui, 24);
    if (what && room > ui_px(ui, 80)) {
        TextStyle ts = ui_text(ui, TS_SMALL, FS_REGULAR, C_MUTED);
        layout_line(L, ui->fonts, LAYER_FIXED, &ts, lx + ui_px(ui, 16), (h - ts.line_h) / 2,
                    room - ui_px(ui, 16), what, bar);
    }
    L->view = (SDL_Rect){0, h, ui->out_w, ui->out_h - h};
    return h;
}

/* The footer: back on the left, next on the right, and between them
   what the room sees. */
/* The height of a button `w` wide, its label wrapped as frame_button
   wraps it. */
static int button_h(Ui *ui, const char *label, int w) {
    TextStyle ts = ui_text(ui, TS_BODY, FS_BOLD, C_TEXT);
    int inner = w - 2 * ui_px(ui, 22);
    if (inner < 1) inner = 1;
    int th = layout_text(NULL, ui->fonts, LAYER_FIXED, &ts, 0, 0, inner, label,
                         (SDL_Rect){0, 0, ui->out_w, ui->out_h});
    return th + 2 * ui_px(ui, 10);
}

static int footer(Ui *ui, Layout *L, const char *back, int back_cmd, const char *next, int next_cmd,
                  const char *middle) {
    int x, w;
    frame_column(ui, 4000, &x, &w);
    TextStyle bts = ui_text(ui, TS_BODY, FS_BOLD, C_TEXT);
    int bw = back ? font_measure(ui->fonts, bts.style, bts.px, back, strlen(back)) + 2 * ui_px(ui, 22) : 0;
    int nw = next ? font_measure(ui->fonts, bts.style, bts.px, next, strlen(next)) + 2 * ui_px(ui, 22) : 0;
    if (bw + nw + ui_px(ui, 8) > w) {
        int half = (w - ui_px(ui, 8)) / 2;
        if (back && next) bw = nw = half;
        else bw = nw = w;
    }
    int bh = frame_button_h(ui);
    if (back && button_h(ui, back, bw) > bh) bh = button_h(ui, back, bw);
    if (next && button_h(ui, next, nw) > bh) bh = button_h(ui, next, nw);
    int pad = ui_px(ui, 12), h = bh + 2 * pad, y = ui->out_h - h;
    layout_rect(L, LAYER_FIXED, (SDL_Rect){0, y, ui->out_w, h}, ui_color(ui, C_SURFACE), 0, none(), 0);
    layout_rect(L, LAYER_FIXED, (SDL_Rect){0, y, ui->out_w, ui_px(ui, 1)}, ui_color(ui, C_BORDER), 0,
                none(), 0);
    int left = x, right = x + w;
    if (back) {
        frame_button(ui, L, LAYER_FIXED, left, y + pad, bw, BTN_SECONDARY, back, ACT_CLASS,
                     back_cmd * CL_ARG, true, NULL);
        left += bw + ui_px(ui, 16);
    }
    if (next) right -= nw;
    if (middle && right - left > ui_px(ui, 140)) {
        TextStyle ts = ui_text(ui, TS_SMALL, FS_REGULAR, C_MUTED);
        ts.align = ALIGN_CENTER;
        layout_line(L, ui->fonts, LAYER_FIXED, &ts, left, y + (h - ts.line_h) / 2,
                    right - left - ui_px(ui, 16), middle, (SDL_Rect){x, y, w, h});
    }
    if (next)
        frame_button(ui, L, LAYER_FIXED, right, y + pad, nw, BTN_PRIMARY, next, ACT_CLASS,
                     next_cmd * CL_ARG, true, NULL);
    L->view.h = y - L->view.y;
    return h;
}

/* }====================================================== */

/* {====================================================== parts */

static int text(Ui *ui, Layout *L, int x, int y, int w, TypeSize size, FontStyle st, ColorRole c,
                const char *s) {
    TextStyle ts = ui_text(ui, size, st, c);
    return layout_text(L, ui->fonts, LAYER_SCROLL, &ts, x, y, w, s, (SDL_Rect){x, y, w, 1 << 20});
}

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
    y += text(ui, L, x, y, w, TS_BODY, FS_BOLD, C_TEXT, o->text) + ui_px(ui, 6);
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
    y += text(ui, L, x, y, w, TS_SMALL, FS_REGULAR, C_MUTED, o->explain);
    return y - y0;
}

static int stepper_w(Ui *ui) {
    TextStyle ts = ui_text(ui, TS_BODY, FS_BOLD, C_TEXT);
    return 2 * frame_button_h(ui) + font_measure(ui->fonts, ts.style, ts.px, "0000", 4) +
           2 * ui_px(ui, 6);
}

/* A square button with one sign (− or +) centred in it. */
static void square_button(Ui *ui, Layout *L, int x, int y, int b, const char *sign, int arg) {
    SDL_Rect r = {x, y, b, b};
    int radius = ui_px(ui, ui->theme.radius);
    layout_rect(L, LAYER_SCROLL, r, ui_color(ui, C_SURFACE), radius, ui_color(ui, C_CONTROL),
                ui_px(ui, 1));
    TextStyle ts = ui_text(ui, TS_H3, FS_BOLD, C_ACCENT);
    ts.align = ALIGN_CENTER;
    ts.line_h = b;
    layout_line(L, ui->fonts, LAYER_SCROLL, &ts, x, y, b, sign, r);
    layout_widget(L, LAYER_SCROLL, r, radius, ACT_CLASS, arg, true, sign);
}

static void stepper(Ui *ui, Layout *L, int x, int y, size_t k, int count) {
    int b = frame_button_h(ui);
    TextStyle ts = ui_text(ui, TS_BODY, FS_BOLD, C_TEXT);
    int cw = font_measure(ui->fonts, ts.style, ts.px, "0000", 4);
    square_button(ui, L, x, y, b, "−", CL_VOTE_DOWN * CL_ARG + (int)k);
    char n[16];
    snprintf(n, sizeof n, "%d", count);
    ts.align = ALIGN_CENTER;
    ts.line_h = b;
    int cx = x + b + ui_px(ui, 6);
    layout_line(L, ui->fonts, LAYER_SCROLL, &ts, cx, y, cw, n, (SDL_Rect){cx, y, cw, b});
    square_button(ui, L, cx + cw + ui_px(ui, 6), y, b, "+", CL_VOTE_UP * CL_ARG + (int)k);
}

/* One option for the leader: a card that makes it the group's choice,
   the show of hands beside it, and under it the points, where it leads
   and the feedback. */
static int option(Ui *ui, Layout *L, int x, int y, int w, const Scene *s, size_t k, int ci,
                  int votes, bool chosen, double best, bool count) {
    const Choice *ch = &s->choices[ci];
    int pad = ui_px(ui, 12), radius = ui_px(ui, ui->theme.radius), gap = ui_px(ui, 10);
    int sw = count ? stepper_w(ui) : 0;
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
        stepper(ui, L, x + w - sw, y + h + ui_px(ui, 8), k, votes);
        return h + ui_px(ui, 8) + frame_button_h(ui);
    }
    if (count) stepper(ui, L, x + cw + gap, y + pad, k, votes);
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
            y += text(ui, L, x, y, w, TS_BODY, FS_BOLD, C_TEXT, e) + ui_px(ui, 20);
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
                y += text(ui, L, x, y, w, TS_BODY, FS_BOLD, C_TEXT, line) + ui_px(ui, 20);
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
    y += text(ui, L, x, y, w, TS_BODY, FS_REGULAR, C_TEXT, line) + ui_px(ui, 16);
    y += section(ui, L, x, y, w, _("Every option, with the hands and the feedback"));
    for (size_t k = 0; k < d->noffered; k++) {
        int votes = d->votes ? d->votes[k] : 0;
        y += option(ui, L, x, y, w, s, k, d->offered[k], votes, d->offered[k] == d->choice, d->best,
                    false) + ui_px(ui, 10);
        if (d->votes) {
            char h[64];
            snprintf(h, sizeof h, ngettext("%d hand", "%d hands", (unsigned long)votes), votes);
            y += text(ui, L, x, y - ui_px(ui, 6), w, TS_SMALL, FS_BOLD, C_MUTED, h) + ui_px(ui, 4);
        }
    }
    const PlayView *v = play_view(p);
    const char *next = v->finished ? (v->ending ? v->ending->title : "")
                                   : v->scene ? scene_name(v->scene) : "";
    snprintf(line, sizeof line, _("Next: %s"), next);
    y += ui_px(ui, 6);
    y += text(ui, L, x, y, w, TS_BODY, FS_BOLD, C_TEXT, line);
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
    return text(ui, L, x, y, w, TS_BODY, FS_REGULAR, C_TEXT, s) + ui_px(ui, 4);
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
        y += text(ui, L, x, y, w, TS_SMALL, FS_REGULAR, C_MUTED, d) + ui_px(ui, 16);
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
    y += text(ui, L, x, y, w, TS_BODY, FS_REGULAR, C_TEXT, sc->summary) + ui_px(ui, 16);
    y += frame_box(ui, L, x, y, w, _("Your role"), sc->role) + ui_px(ui, 20);
    if (sc->ncharacters) {
        y += section(ui, L, x, y, w, _("People in the case"));
        for (size_t i = 0; i < sc->ncharacters; i++) {
            const Character *ch = &sc->characters[i];
            y += text(ui, L, x, y, w, TS_BODY, FS_BOLD, C_TEXT, ch->name);
            if (ch->description && *ch->description)
                y += text(ui, L, x, y, w, TS_SMALL, FS_REGULAR, C_MUTED, ch->description);
            y += ui_px(ui, 8);
        }
    }
    char line[400];
    snprintf(line, sizeof line, _("First scene: %s"), scene_name(&sc->scenes[sc->start]));
    y += ui_px(ui, 8);
    y += text(ui, L, x, y, w, TS_BODY, FS_BOLD, C_TEXT, line);
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
            y += text(ui, L, x, y, w, TS_BODY, FS_REGULAR, C_TEXT, notes) + ui_px(ui, 20);
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
        y += text(ui, L, x, y, w, TS_SMALL, FS_REGULAR, C_TEXT, line) + ui_px(ui, 4);
    } else if (c->save_note[0]) {
        y += text(ui, L, x, y, w, TS_SMALL, FS_BOLD, C_NOTICE, c->save_note) + ui_px(ui, 4);
    }
    if (c->black)
        y += text(ui, L, x, y, w, TS_SMALL, FS_BOLD, C_NOTICE,
                  _("The projector is black. B or . shows the case again.")) + ui_px(ui, 4);
    if (c->second)
        y += text(ui, L, x, y, w, TS_SMALL, FS_REGULAR, C_TEXT,
                  _("The audience view is on the second display.")) + ui_px(ui, 4);
    else
        y += text(ui, L, x, y, w, TS_SMALL, FS_REGULAR, C_TEXT,
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
        y += text(ui, L, x, y, w, TS_SMALL, FS_REGULAR, C_MUTED, _(keys[i])) + ui_px(ui, 2);
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
    header(ui, L, what, !c->second, true);
    char middle[300];
    now_showing(c, middle, sizeof middle);
    footer(ui, L, _("Back"), CL_BACK, next_label(c, p), CL_NEXT, middle);
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

/* {====================================================== setup */

static int field(Ui *ui, Layout *L, int x, int y, int w, const char *value, bool editing) {
    TextStyle ts = ui_text(ui, TS_BODY, FS_REGULAR, C_TEXT);
    int pad = ui_px(ui, 12), h = ts.line_h + 2 * pad, radius = ui_px(ui, ui->theme.radius);
    SDL_Rect r = {x, y, w, h};
    layout_rect(L, LAYER_SCROLL, r, ui_color(ui, C_SURFACE), radius,
                ui_color(ui, editing ? C_ACCENT : C_CONTROL), ui_px(ui, editing ? 2 : 1));
    int tw = 0;
    if (*value) tw = layout_line(L, ui->fonts, LAYER_SCROLL, &ts, x + pad, y + pad, w - 3 * pad, value, r);
    if (editing) { /* the caret */
        int cx = x + pad + tw + ui_px(ui, 2);
        if (cx > x + w - pad) cx = x + w - pad;
        layout_rect(L, LAYER_SCROLL, (SDL_Rect){cx, y + pad, ui_px(ui, 2), ts.line_h},
                    ui_color(ui, C_TEXT), 0, none(), 0);
    }
    layout_widget(L, LAYER_SCROLL, r, radius, ACT_CLASS, CL_LABEL * CL_ARG, true, _("The group's name"));
    return h;
}

void screen_class_setup(Ui *ui, Layout *L) {
    Classroom *c = ui->cls;
    header(ui, L, _("Classroom"), false, false);
    footer(ui, L, _("Back to the menu"), CL_ASK_LEAVE, _("Start the presentation (F5)"), CL_START,
           NULL);
    int x, w;
    frame_column(ui, 0, &x, &w);
    int y = ui_px(ui, 32);
    y += frame_heading(ui, L, x, y, w, TS_H1, _("Classroom"));
    TextStyle lead = ui_text(ui, TS_LEAD, FS_REGULAR, C_TEXT);
    y += layout_text(L, ui->fonts, LAYER_SCROLL, &lead, x, y, w,
                     _("Show a case on a projector. The group discusses each step; you count the "
                       "hands, enter the group's marks, concern and choice, and go on."),
                     (SDL_Rect){x, y, w, 1 << 20});
    y += ui_px(ui, 24);
    if (c->notice[0]) y += frame_notice(ui, L, x, y, w, C_NOTICE, c->notice) + ui_px(ui, 20);
    y += frame_heading(ui, L, x, y, w, TS_H2, _("The group's name"));
    y += text(ui, L, x, y, w, TS_SMALL, FS_REGULAR, C_MUTED,
              _("Saved as the participant, so the group needs no personal names. Results stay "
                "on this machine unless you export them. Enter edits the name.")) + ui_px(ui, 8);
    y += field(ui, L, x, y, w, c->label, c->editing) + ui_px(ui, 28);
    y += frame_heading(ui, L, x, y, w, TS_H2, _("The case"));
    y += text(ui, L, x, y, w, TS_SMALL, FS_REGULAR, C_MUTED,
              _("Choose with the arrow keys and Enter, or press the case's number.")) + ui_px(ui, 8);
    if (c->pick < 0 && c->path[0] && ui->sc) {
        /* A case named on the command line that is not in the menu. */
        y += frame_chip(ui, L, x, y, w, ui->sc->title, c->path, true, TONE_ACCENT, ACT_NONE, 0,
                        NULL) + ui_px(ui, 8);
    }
    int shown = 0;
    for (size_t i = 0; i < ui->cat.count; i++) {
        const CaseInfo *ci = &ui->cat.items[i];
        if (!ci->ok) continue;
        char label[600], note[300] = "";
        snprintf(label, sizeof label, "%d. %s", ++shown, ci->title);
        if (ci->minutes > 0) snprintf(note, sizeof note, _("About %d minutes"), ci->minutes);
        y += frame_chip(ui, L, x, y, w, label, note, c->pick == (int)i, TONE_ACCENT, ACT_CLASS,
                        CL_PICK_CASE * CL_ARG + (int)i, NULL) + ui_px(ui, 8);
    }
    y += ui_px(ui, 20);
    y += frame_heading(ui, L, x, y, w, TS_H2, _("Screens"));
    int nd = ui->headless ? 1 : SDL_GetNumVideoDisplays();
    y += text(ui, L, x, y, w, TS_BODY, FS_REGULAR, C_TEXT,
              nd > 1 ? _("Two displays: the audience sees the case on the second display, you "
                         "see the presenter view here.")
                     : _("One display: the case fills the screen for the audience; P switches to "
                         "the presenter view and back.")) + ui_px(ui, 8);
    y += text(ui, L, x, y, w, TS_SMALL, FS_REGULAR, C_MUTED,
              _("A presentation clicker works: PageDown goes on, PageUp goes back, B blanks the "
                "screen, Escape ends.")) + ui_px(ui, 8);
    L->content_h = y + ui_px(ui, 32);
    if (c->ask) classroom_dialog(ui, L);
}

/* }====================================================== */

/* {====================================================== the question */

static int dialog_at(Ui *ui, Layout *L);

/* The question, in the view's scale, smaller when that does not fit. */
void classroom_dialog(Ui *ui, Layout *L) {
    float saved = ui->scale;
    for (int i = 0; i < 8 && dialog_at(ui, NULL) > ui->out_h - 2 * ui_px(ui, 20) && ui->scale > 0.5f;
         i++)
        ui->scale *= 0.85f;
    dialog_at(ui, L);
    ui->scale = saved;
}

/* Lays out the question (L == NULL: only measures); returns its height. */
static int dialog_at(Ui *ui, Layout *L) {
    Classroom *c = ui->cls;
    bool restart = c->ask == ASK_RESTART;
    const char *title = restart ? _("Start the case again?") : _("End the classroom session?");
    const char *msg = restart
        ? (c->saving ? _("The group starts again from the first scene. What it has done so far "
                         "stays saved as a playthrough of its own.")
                     : _("The group starts again from the first scene."))
        : (c->saving ? _("The group's path is saved; you find it with the earlier results.")
                     : _("This session is not saved."));
    const char *stay = _("Keep going"), *go = restart ? _("Start again") : _("End session");
    int go_cmd = restart ? CL_RESTART : CL_LEAVE;
    return frame_question(ui, L, 560, title, msg, (Answer){stay, ACT_CLASS, CL_STAY * CL_ARG},
                          (Answer){go, ACT_CLASS, go_cmd * CL_ARG}, false);
}

/* }====================================================== */
