/*
** screen_audience.c — the audience view of classroom mode, for the
** projector: one step of the case at a time in large type (body text at
** least 1/25 of the window's height), dark text on a light page, no
** scores, no expert marks and no facilitator notes while the case is
** played. Steps: the title page, the situation, what the group notices,
** its concern level, the options with the show of hands, the vote spread,
** the consequence, the ending, then the group's debrief in pages
** (screen_audience_debrief.c).
**
** The view sets its own scale for the time it builds the page, so every
** frame_* part comes out in projector sizes; the sizes are still the
** theme's, multiplied.
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "classroom_priv.h"

static SDL_Color none(void) { return (SDL_Color){0, 0, 0, 0}; }

/* Theme units to pixels so that body text is at least 1/25 of the
   window's height at 100 % text size. */
static float audience_scale(const Ui *ui) {
    float body = ceilf((float)ui->out_h / 25.0f);
    float s = body / (float)ui->theme.size[TS_BODY];
    s *= (float)ui->settings.text_size / 100.0f;
    /* A tall narrow window: keep some thirty characters to a line. */
    float wmax = (float)ui->out_w / (30.0f * 0.55f * (float)ui->theme.size[TS_BODY]);
    if (s > wmax && ui->settings.text_size <= 100) s = fmaxf(wmax, s * 0.8f);
    return s;
}

/* {====================================================== parts */

static int overline(Ui *ui, Layout *L, int x, int y, int w, const char *text) {
    TextStyle ts = ui_text(ui, TS_SMALL, FS_BOLD, C_ACCENT);
    return layout_text(L, ui->fonts, LAYER_SCROLL, &ts, x, y, w, text, (SDL_Rect){x, y, w, 1 << 20}) +
           ui_px(ui, 4);
}

int audience_help(Ui *ui, Layout *L, int x, int y, int w, const char *text) {
    TextStyle ts = ui_text(ui, TS_SMALL, FS_REGULAR, C_MUTED);
    return layout_text(L, ui->fonts, LAYER_SCROLL, &ts, x, y, w, text, (SDL_Rect){x, y, w, 1 << 20});
}

/* A number in a small square, as the self-study scene numbers choices. */
void audience_number(Ui *ui, Layout *L, int x, int y, int size, int n, bool strong) {
    SDL_Rect b = {x, y, size, size};
    layout_rect(L, LAYER_SCROLL, b, ui_color(ui, strong ? C_ACCENT : C_ACCENT_SOFT), ui_px(ui, 4),
                ui_color(ui, C_ACCENT), ui_px(ui, 1));
    TextStyle num = ui_text(ui, TS_BODY, FS_BOLD, strong ? C_ON_ACCENT : C_ACCENT);
    num.line_h = size;
    num.align = ALIGN_CENTER;
    char s[16];
    snprintf(s, sizeof s, "%d", n);
    layout_line(L, ui->fonts, LAYER_SCROLL, &num, b.x, b.y, size, s, b);
}

/* The fixed bars: the case above, the steps and the keys below. */
static int top_bar(Ui *ui, Layout *L, const char *right) {
    TextStyle ts = ui_text(ui, TS_SMALL, FS_BOLD, C_MUTED);
    int pad = ui_px(ui, 6), h = ts.line_h + 2 * pad;
    int x, w;
    frame_column(ui, 4000, &x, &w);
    layout_rect(L, LAYER_FIXED, (SDL_Rect){0, 0, ui->out_w, h}, ui_color(ui, C_SURFACE), 0, none(), 0);
    layout_rect(L, LAYER_FIXED, (SDL_Rect){0, h - ui_px(ui, 1), ui->out_w, ui_px(ui, 1)},
                ui_color(ui, C_BORDER), 0, none(), 0);
    SDL_Rect bar = {x, 0, w, h};
    int rw = 0;
    if (right && *right) {
        TextStyle rs = ts;
        rs.color = ui_color(ui, C_ACCENT);
        rw = font_measure(ui->fonts, rs.style, rs.px, right, strlen(right));
        if (rw > w / 2) rw = w / 2;
        rs.align = ALIGN_RIGHT;
        layout_line(L, ui->fonts, LAYER_FIXED, &rs, x + w - rw, pad, rw, right, bar);
        rw += ui_px(ui, 16);
    }
    if (ui->sc && w - rw > ui_px(ui, 40))
        layout_line(L, ui->fonts, LAYER_FIXED, &ts, x, pad, w - rw, ui->sc->title, bar);
    return h;
}

/* Dots for the steps of the scene (or the debrief's pages), the current
   one filled and longer, and the keys that go on. */
static int bottom_bar(Ui *ui, Layout *L, int n, int at, const char *hint) {
    TextStyle ts = ui_text(ui, TS_SMALL, FS_REGULAR, C_MUTED);
    int pad = ui_px(ui, 6), h = ts.line_h + 2 * pad, y = ui->out_h - h;
    int x, w;
    frame_column(ui, 4000, &x, &w);
    layout_rect(L, LAYER_FIXED, (SDL_Rect){0, y, ui->out_w, h}, ui_color(ui, C_SURFACE), 0, none(), 0);
    layout_rect(L, LAYER_FIXED, (SDL_Rect){0, y, ui->out_w, ui_px(ui, 1)}, ui_color(ui, C_BORDER), 0,
                none(), 0);
    int dot = ui_px(ui, 10), gap = ui_px(ui, 8), dx = x;
    for (int i = 0; i < n; i++) {
        int dw = i == at ? 3 * dot : dot;
        layout_rect(L, LAYER_FIXED, (SDL_Rect){dx, y + (h - dot) / 2, dw, dot},
                    ui_color(ui, i == at ? C_ACCENT : i < at ? C_CONTROL : C_BORDER), dot / 2,
                    none(), 0);
        dx += dw + gap;
    }
    int room = x + w - dx - ui_px(ui, 16);
    if (hint && room > ui_px(ui, 60)) {
        ts.align = ALIGN_RIGHT;
        layout_line(L, ui->fonts, LAYER_FIXED, &ts, x + w - room, y + pad, room, hint,
                    (SDL_Rect){x, y, w, h});
    }
    return h;
}

/* The options' chips for one observation: concern and resource. */
static int observation(Ui *ui, Layout *L, int x, int y, int w, int idx, int obs, const Play *p) {
    const Observation *o = &ui->sc->observations[obs];
    Mark m = play_mark_of(p, obs);
    int pad = ui_px(ui, 12), gap = ui_px(ui, 10), badge = ui_px(ui, 34);
    const char *risk = _("Concern"), *prot = _("Resource");
    int rw = frame_chip_width(ui, risk), pw = frame_chip_width(ui, prot);
    bool side = w - 2 * pad - badge - gap - rw - pw - 2 * gap >= ui_px(ui, 220);
    ColorRole fill = m == MARK_RISK ? C_RISK_SOFT : m == MARK_PROTECTIVE ? C_PROTECTIVE_SOFT : C_SURFACE;
    ColorRole edge = m == MARK_RISK ? C_RISK : m == MARK_PROTECTIVE ? C_PROTECTIVE : C_BORDER;
    SDL_Rect r = {x, y, w, 1 << 20};
    size_t bg = layout_rect(L, LAYER_SCROLL, r, ui_color(ui, fill), ui_px(ui, ui->theme.radius),
                            ui_color(ui, edge), ui_px(ui, m == MARK_NONE ? 1 : 2));
    TextStyle ts = ui_text(ui, TS_BODY, FS_REGULAR, C_TEXT);
    int tx = x + pad + badge + gap;
    int tw = side ? w - (tx - x) - pad - rw - pw - 2 * gap : w - (tx - x) - pad;
    size_t first = L->nitems;
    int th = layout_text(L, ui->fonts, LAYER_SCROLL, &ts, tx, y + pad, tw, o->text, r);
    size_t last = L->nitems;
    int h, dy = 0;
    if (side) {
        int cx = x + w - pad - rw - gap - pw;
        int ch = frame_chip(ui, L, cx, y + pad, rw, risk, NULL, m == MARK_RISK, TONE_RISK, ACT_CLASS,
                            CL_MARK * CL_ARG + obs * 3 + MARK_RISK, NULL);
        frame_chip(ui, L, cx + rw + gap, y + pad, pw, prot, NULL, m == MARK_PROTECTIVE,
                   TONE_PROTECTIVE, ACT_CLASS, CL_MARK * CL_ARG + obs * 3 + MARK_PROTECTIVE, NULL);
        if (th < ch) dy = (ch - th) / 2;
        if (dy && !L->failed)
            for (size_t i = first; i < last; i++) L->items[i].r.y += dy;
        h = (th > ch ? th : ch) + 2 * pad;
    } else {
        int cy = y + pad + th + gap, cw = (w - (tx - x) - pad - gap) / 2;
        int ch = frame_chip(ui, L, tx, cy, cw, risk, NULL, m == MARK_RISK, TONE_RISK, ACT_CLASS,
                            CL_MARK * CL_ARG + obs * 3 + MARK_RISK, NULL);
        frame_chip(ui, L, tx + cw + gap, cy, cw, prot, NULL, m == MARK_PROTECTIVE, TONE_PROTECTIVE,
                   ACT_CLASS, CL_MARK * CL_ARG + obs * 3 + MARK_PROTECTIVE, NULL);
        h = th + gap + ch + 2 * pad;
    }
    int by = y + pad + dy + (ts.line_h - badge) / 2;
    audience_number(ui, L, x + pad, by > y + pad / 2 ? by : y + pad / 2, badge, idx + 1, false);
    if (!L->failed) {
        L->items[bg].r.h = L->items[bg].box.h = h;
        for (size_t i = first; i < last; i++) L->items[i].box.h = h;
    }
    return h;
}

/* The scale as a row of segments, or a list of chips when narrow. */
static int concern_scale(Ui *ui, Layout *L, int x, int y, int w, int given) {
    const Scenario *sc = ui->sc;
    int levels = scenario_concern_levels(sc), gap = ui_px(ui, 8);
    int sw = levels > 0 ? (w - (levels - 1) * gap) / levels : w;
    TextStyle probe = ui_text(ui, TS_SMALL, FS_BOLD, C_TEXT);
    int longest = 0;
    for (int l = 1; l <= levels; l++) {
        const char *lab = scenario_concern_label(sc, l);
        /* the longest word must fit on a line of its segment */
        const char *p = lab;
        while (*p) {
            const char *e = strchr(p, ' ');
            size_t len = e ? (size_t)(e - p) : strlen(p);
            int ww = font_measure(ui->fonts, probe.style, probe.px, p, len);
            if (ww > longest) longest = ww;
            p += len;
            while (*p == ' ') p++;
        }
    }
    int pad = ui_px(ui, 10);
    if (sw - 2 * pad < longest) {
        int y0 = y;
        for (int l = 1; l <= levels; l++) {
            char label[300];
            snprintf(label, sizeof label, "%d – %s", l, scenario_concern_label(sc, l));
            y += frame_chip(ui, L, x, y, w, label, NULL, given == l, TONE_ACCENT, ACT_CLASS,
                            CL_CONCERN * CL_ARG + l, NULL) + gap;
        }
        return y - y0 - gap;
    }
    int radius = ui_px(ui, ui->theme.radius), h = 0;
    for (int pass = 0; pass < 2; pass++) {
        for (int l = 1; l <= levels; l++) {
            bool sel = given == l;
            int sx = x + (l - 1) * (w + gap) / levels;
            int ex = x + l * (w + gap) / levels - gap;
            SDL_Rect r = {sx, y, ex - sx, h};
            TextStyle num = ui_text(ui, TS_H2, FS_BOLD, sel ? C_ON_ACCENT : C_TEXT);
            TextStyle lab = ui_text(ui, TS_SMALL, FS_BOLD, sel ? C_ON_ACCENT : C_TEXT);
            num.align = lab.align = ALIGN_CENTER;
            Layout *lp = pass ? L : NULL;
            if (lp)
                layout_rect(lp, LAYER_SCROLL, r, ui_color(ui, sel ? C_ACCENT : C_SURFACE), radius,
                            ui_color(ui, sel ? C_ACCENT : C_CONTROL), ui_px(ui, sel ? 3 : 1));
            char n[16];
            snprintf(n, sizeof n, "%d", l);
            int th = layout_text(lp, ui->fonts, LAYER_SCROLL, &num, sx + pad, y + pad, r.w - 2 * pad,
                                 n, r);
            int lh = layout_text(lp, ui->fonts, LAYER_SCROLL, &lab, sx + pad, y + pad + th,
                                 r.w - 2 * pad, scenario_concern_label(sc, l), r);
            if (!pass && th + lh + 2 * pad > h) h = th + lh + 2 * pad;
            if (lp)
                layout_widget(lp, LAYER_SCROLL, r, radius, ACT_CLASS, CL_CONCERN * CL_ARG + l, true,
                              scenario_concern_label(sc, l));
        }
    }
    return h;
}

/* A small pill that says what an option is to the group. */
static int pill(Ui *ui, Layout *L, int x, int y, int w, const char *text, ColorRole fg, ColorRole bg) {
    return frame_badge(ui, L, x, y, w, text, fg, bg);
}

/* The side of the stepper's buttons: a line of body text, a little more. */
static int step_button(const Ui *ui) {
    return ui_text(ui, TS_BODY, FS_BOLD, C_TEXT).line_h + ui_px(ui, 4);
}

/* The stepper beside an option in projector sizes: the count as large as
   a heading, room for three digits. */
static ClassStepper hands_stepper(const Ui *ui) {
    return (ClassStepper){step_button(ui), TS_H3, "000", 8};
}

/* One option: its number and text in a card (the widget that makes it
   the group's choice); with `bar` the spread of hands under the text. */
static int option(Ui *ui, Layout *L, int x, int y, int w, size_t k, const char *text, bool chosen,
                  bool was, int votes, int most, int total, bool bar) {
    int pad = ui_px(ui, bar ? 10 : 14), badge = ui_px(ui, 36), radius = ui_px(ui, ui->theme.radius);
    SDL_Rect r = {x, y, w, 1 << 20};
    size_t bg = layout_rect(L, LAYER_SCROLL, r, ui_color(ui, chosen ? C_ACCENT_SOFT : C_SURFACE),
                            radius, ui_color(ui, chosen ? C_ACCENT : C_CONTROL),
                            ui_px(ui, chosen ? 3 : 1));
    TextStyle ts = ui_text(ui, TS_BODY, chosen ? FS_BOLD : FS_REGULAR, C_TEXT);
    int tx = x + pad + badge + ui_px(ui, 14), tw = x + w - pad - tx;
    int ty = y + pad;
    ty += layout_text(L, ui->fonts, LAYER_SCROLL, &ts, tx, ty, tw, text, r);
    /* On the spread the line above names the group's choice; a pill here
       would push the last option out of sight. */
    bool pill_chosen = chosen && !bar;
    if (pill_chosen || was) {
        ty += ui_px(ui, 8);
        int bx = tx;
        if (pill_chosen) {
            int ph = pill(ui, L, bx, ty, tw, _("The group's choice"), C_ACCENT, C_SURFACE);
            bx += font_measure(ui->fonts, FS_BOLD, ui_text(ui, TS_SMALL, FS_BOLD, C_TEXT).px,
                               _("The group's choice"), strlen(_("The group's choice"))) +
                  ui_px(ui, 20) + ui_px(ui, 10);
            if (!was) ty += ph;
        }
        if (was) {
            const char *t = _("Chosen the first time");
            TextStyle ss = ui_text(ui, TS_SMALL, FS_BOLD, C_TEXT);
            int need = font_measure(ui->fonts, ss.style, ss.px, t, strlen(t)) + ui_px(ui, 20);
            if (bx > tx && bx + need > tx + tw) {
                ty += ss.line_h + ui_px(ui, 6) + ui_px(ui, 8);
                bx = tx;
            }
            ty += pill(ui, L, bx, ty, tx + tw - bx, t, C_MUTED, C_SURFACE);
        }
    }
    if (bar) {
        TextStyle cs = ui_text(ui, TS_BODY, FS_BOLD, C_TEXT);
        char n[64];
        if (total > 0)
            snprintf(n, sizeof n, ngettext("%d hand · %d %%", "%d hands · %d %%", (unsigned long)votes),
                     votes, (int)lround(100.0 * votes / total));
        else
            snprintf(n, sizeof n, "%s", _("no hands"));
        int nw = font_measure(ui->fonts, cs.style, cs.px, "9999 hender · 100 %", 19);
        if (nw > tw / 2) nw = tw / 2;
        ty += ui_px(ui, 6);
        int bh = ui_px(ui, 18), bw = tw - nw - ui_px(ui, 14);
        int by = ty + (cs.line_h - bh) / 2;
        SDL_Rect track = {tx, by, bw, bh};
        layout_rect(L, LAYER_SCROLL, track, ui_color(ui, C_BORDER), bh / 2, none(), 0);
        if (votes > 0 && most > 0) {
            int fw = (int)lround((double)bw * votes / most);
            if (fw < bh) fw = bh;
            layout_rect(L, LAYER_SCROLL, (SDL_Rect){tx, by, fw, bh},
                        ui_color(ui, chosen ? C_ACCENT : C_CONTROL), bh / 2, none(), 0);
        }
        if (ui->settings.high_contrast)
            layout_rect(L, LAYER_SCROLL, track, none(), bh / 2, ui_color(ui, C_TEXT), ui_px(ui, 1));
        layout_line(L, ui->fonts, LAYER_SCROLL, &cs, tx + bw + ui_px(ui, 14), ty, nw, n, r);
        ty += cs.line_h;
    }
    int h = ty - y + pad;
    if (h < badge + 2 * pad) h = badge + 2 * pad;
    audience_number(ui, L, x + pad, y + pad + (ts.line_h - badge) / 2 > y + pad / 2
                               ? y + pad + (ts.line_h - badge) / 2 : y + pad / 2,
           badge, (int)k + 1, chosen);
    r.h = h;
    if (!L->failed) {
        L->items[bg].r = L->items[bg].box = r;
        for (size_t i = bg + 1; i < L->nitems; i++)
            if (L->items[i].kind == DI_TEXT && L->items[i].box.h > h) L->items[i].box = r;
    }
    layout_widget(L, LAYER_SCROLL, r, radius, ACT_CLASS, CL_OPTION * CL_ARG + (int)k, true, text);
    return h;
}

/* }====================================================== */

/* {====================================================== the steps */

static int title_page(Ui *ui, Layout *L, int x, int y, int w) {
    const Scenario *sc = ui->sc;
    int y0 = y;
    y += overline(ui, L, x, y, w, _("Classroom"));
    y += frame_heading(ui, L, x, y, w, TS_H1, sc->title);
    TextStyle lead = ui_text(ui, TS_BODY, FS_REGULAR, C_TEXT);
    y += layout_text(L, ui->fonts, LAYER_SCROLL, &lead, x, y, w, sc->summary,
                     (SDL_Rect){x, y, w, 1 << 20});
    y += ui_px(ui, 20);
    y += frame_box(ui, L, x, y, w, _("Your role"), sc->role);
    if (sc->objectives.count) {
        y += ui_px(ui, 24);
        y += frame_heading(ui, L, x, y, w, TS_H2, _("Learning objectives"));
        for (size_t i = 0; i < sc->objectives.count; i++)
            y += frame_bullet(ui, L, x, y, w, sc->objectives.items[i]) + ui_px(ui, 6);
    }
    return y - y0;
}

static int story(Ui *ui, Layout *L, int x, int y, int w, const PlayView *v) {
    const Scene *s = v->scene;
    int y0 = y;
    if (s->title && *s->title) y += frame_heading(ui, L, x, y, w, TS_H1, s->title);
    ImageEntry *img = s->image ? ui_image(ui, s->image) : NULL;
    bool wide = img && img->w > 0 && img->h > 0 && ui->out_w * 10 >= ui->out_h * 14;
    if (wide) {
        /* Side by side: the text on the left, the picture on the right. */
        int ax, aw;
        frame_column(ui, 4000, &ax, &aw);
        int gap = ui_px(ui, 28);
        int iw = aw * 2 / 5, tw = aw - iw - gap;
        int ih = (int)((long)iw * img->h / img->w);
        int maxh = ui->out_h / 2;
        if (ih > maxh) {
            ih = maxh;
            iw = (int)((long)ih * img->w / img->h);
        }
        layout_image(L, LAYER_SCROLL, (SDL_Rect){ax + aw - iw, y, iw, ih}, img->tex,
                     (SDL_Rect){0, 0, 0, 0}, ui_color(ui, C_BORDER));
        int th = v->text ? frame_textdoc(ui, L, ax, y, tw, v->text) : 0;
        return y + (th > ih ? th : ih) - y0;
    }
    if (img && img->w > 0 && img->h > 0) {
        int iw = w, ih = (int)((long)w * img->h / img->w), maxh = ui->out_h / 3;
        if (ih > maxh) {
            ih = maxh;
            iw = (int)((long)ih * img->w / img->h);
        }
        layout_image(L, LAYER_SCROLL, (SDL_Rect){x + (w - iw) / 2, y, iw, ih}, img->tex,
                     (SDL_Rect){0, 0, 0, 0}, ui_color(ui, C_BORDER));
        y += ih + ui_px(ui, 20);
    }
    if (v->text) y += frame_textdoc(ui, L, x, y, w, v->text);
    return y - y0;
}

static int notice_step(Ui *ui, Layout *L, int x, int y, int w, const PlayView *v, const Play *p) {
    int y0 = y;
    y += frame_heading(ui, L, x, y, w, TS_H1, _("What do we notice?"));
    y += audience_help(ui, L, x, y, w,
              _("Mark what worries you as a concern and what helps as a resource; leave the "
                "rest. The number key of a line changes its mark."));
    y += ui_px(ui, 16);
    for (size_t i = 0; i < v->scene->nobserve; i++)
        y += observation(ui, L, x, y, w, (int)i, v->scene->observe[i], p) + ui_px(ui, 10);
    return y - y0;
}

static int concern_step(Ui *ui, Layout *L, int x, int y, int w, const PlayView *v) {
    int y0 = y;
    y += frame_heading(ui, L, x, y, w, TS_H1, _("How concerned are we?"));
    char hint[200];
    snprintf(hint, sizeof hint, _("The group's level: press 1 to %d, or choose it."),
             scenario_concern_levels(ui->sc));
    y += audience_help(ui, L, x, y, w, hint);
    y += ui_px(ui, 16);
    y += concern_scale(ui, L, x, y, w, v->concern);
    return y - y0;
}

/* The group's choice the first time, during a replay of that decision. */
static int first_choice(const Classroom *c, const PlayView *v) {
    if (c->replay_from < 0 || !c->original) return -1;
    size_t nd, np;
    const Decision *d = play_decisions(c->original, &nd);
    play_decisions(c->main->play, &np);
    if ((size_t)c->replay_from >= nd || np != (size_t)c->replay_from) return -1;
    const Decision *o = &d[c->replay_from];
    if (o->scene != v->scene_index) return -1;
    for (size_t k = 0; k < v->noffered; k++)
        if (v->offered[k] == o->choice) return (int)k;
    return -1;
}

static int options_step(Ui *ui, Layout *L, int x, int y, int w, const PlayView *v, const Play *p,
                        bool reveal) {
    Classroom *c = ui->cls;
    int y0 = y;
    y += frame_heading(ui, L, x, y, w, TS_H1, reveal ? _("How the group voted") : _("What do we do?"));
    int total = classroom_total_votes(c, p), most = 0;
    for (size_t k = 0; k < v->noffered; k++)
        if (classroom_votes(c, p, k) > most) most = classroom_votes(c, p, k);
    char line[300];
    int chosen = classroom_group_choice(c, p), was = first_choice(c, v);
    if (reveal) {
        int n = snprintf(line, sizeof line,
                         ngettext("%d hand in all.", "%d hands in all.", (unsigned long)total), total);
        if (n > 0 && (size_t)n < sizeof line) {
            if (chosen >= 0)
                snprintf(line + n, sizeof line - (size_t)n, _(" The group's choice: option %d."),
                         chosen + 1);
            else
                snprintf(line + n, sizeof line - (size_t)n, "%s",
                         _(" No option has the most hands: choose the group's with Enter."));
        }
    } else {
        line[0] = '\0'; /* how to count is in the bar below: the options need the room */
    }
    if (line[0]) {
        y += audience_help(ui, L, x, y, w, line);
        y += ui_px(ui, 12);
    }
    ClassStepper hands = hands_stepper(ui);
    int sw = classroom_stepper_width(ui, &hands), gap = ui_px(ui, 14);
    for (size_t k = 0; k < v->noffered; k++) {
        const char *text = v->scene->choices[v->offered[k]].text;
        int n = classroom_votes(c, p, k);
        if (reveal) {
            y += option(ui, L, x, y, w, k, text, (int)k == chosen, (int)k == was, n, most, total,
                        true);
        } else if (w - sw - gap >= w * 3 / 5) { /* the hands beside the option */
            int ow = w - sw - gap;
            int h = option(ui, L, x, y, ow, k, text, (int)k == chosen && c->choice >= 0,
                           (int)k == was, n, most, total, false);
            classroom_stepper(ui, L, x + ow + gap, y + (h - step_button(ui)) / 2, &hands, k, n);
            y += h;
        } else { /* a narrow window: under it */
            y += option(ui, L, x, y, w, k, text, (int)k == chosen && c->choice >= 0, (int)k == was,
                        n, most, total, false);
            y += ui_px(ui, 8);
            classroom_stepper(ui, L, x + w - sw, y, &hands, k, n);
            y += step_button(ui);
        }
        y += ui_px(ui, 10);
    }
    return y - y0;
}

static int feedback_step(Ui *ui, Layout *L, int x, int y, int w, const Play *p) {
    size_t n;
    const Decision *ds = play_decisions(p, &n);
    int y0 = y;
    if (!n) return 0;
    const Decision *d = &ds[n - 1];
    const Scene *s = &ui->sc->scenes[d->scene];
    const Choice *ch = &s->choices[d->choice];
    if (s->title && *s->title) y += overline(ui, L, x, y, w, s->title);
    y += frame_heading(ui, L, x, y, w, TS_H1, _("What the group chose"));
    y += frame_box(ui, L, x, y, w, _("The group's choice"), ch->text);
    y += ui_px(ui, 24);
    if (ch->feedback && *ch->feedback) {
        TextStyle body = ui_text(ui, TS_BODY, FS_REGULAR, C_TEXT);
        y += layout_text(L, ui->fonts, LAYER_SCROLL, &body, x, y, w, ch->feedback,
                         (SDL_Rect){x, y, w, 1 << 20});
    }
    return y - y0;
}

static int ending_step(Ui *ui, Layout *L, int x, int y, int w, const PlayView *v) {
    int y0 = y;
    y += overline(ui, L, x, y, w, _("How it went"));
    y += frame_heading(ui, L, x, y, w, TS_H1, v->ending->title);
    const char *label = _("Mixed outcome");
    ColorRole fg = C_NOTICE, bg = C_NOTICE_SOFT;
    if (v->ending->outcome == OUTCOME_GOOD) {
        label = _("Good outcome");
        fg = C_PROTECTIVE, bg = C_PROTECTIVE_SOFT;
    } else if (v->ending->outcome == OUTCOME_POOR) {
        label = _("Poor outcome");
        fg = C_RISK, bg = C_RISK_SOFT;
    }
    y += frame_badge(ui, L, x, y, w, label, fg, bg) + ui_px(ui, 20);
    if (v->text) y += frame_textdoc(ui, L, x, y, w, v->text);
    return y - y0;
}

/* }====================================================== */

void screen_audience(Ui *ui, Layout *L) {
    Classroom *c = ui->cls;
    if (!c || !ui->play || !ui->sc) return;
    float saved = ui->scale;
    ui->scale = audience_scale(ui);
    if (c->black) {
        /* Black, whatever the palette: the room looks at the speaker. */
        layout_rect(L, LAYER_FIXED, (SDL_Rect){0, 0, ui->out_w, ui->out_h}, (SDL_Color){0, 0, 0, 255},
                    0, none(), 0);
        L->view = (SDL_Rect){0, 0, ui->out_w, 0};
        L->content_h = 0;
        if (c->ask && !c->second) classroom_dialog(ui, L);
        ui->scale = saved;
        return;
    }
    const Play *p = ui->play;
    const PlayView *v = play_view(p);
    const Play *g = classroom_group_play(c);
    ClassPhase steps[8];
    int ns = classroom_steps(p, steps), at = 0;
    for (int i = 0; i < ns; i++)
        if (steps[i] == c->phase) at = i;
    /* Above the page: the case, and the scene the question is about. */
    const char *right = NULL;
    if (c->phase == CP_DEBRIEF) right = classroom_phase_name(CP_DEBRIEF);
    else if (c->phase >= CP_NOTICE && c->phase <= CP_REVEAL && v->scene)
        right = v->scene->title && *v->scene->title ? v->scene->title : v->scene->id;
    int top = top_bar(ui, L, right);
    const char *hint = c->phase == CP_OPTIONS
        ? _("Digits, + and −: the hands · Enter: the group's choice · PageDown: the votes")
        : _("PageDown: next · PageUp: back · B: black screen");
    int dots = ns, dot_at = at;
    if (c->phase == CP_DEBRIEF) {
        dots = DB_COUNT;
        dot_at = c->page;
    } else if (c->phase == CP_TITLE || c->phase == CP_FEEDBACK || c->phase == CP_ENDING) {
        dots = 0;
    }
    int bottom = bottom_bar(ui, L, dots, dot_at, hint);
    L->view = (SDL_Rect){0, top, ui->out_w, ui->out_h - top - bottom};
    /* Running text keeps to a readable measure; the lists the room looks
       at together (marks, options, votes) use the width of the screen, so
       that all of them fit on it. */
    int x, w;
    bool list = c->phase == CP_NOTICE || c->phase == CP_CONCERN || c->phase == CP_OPTIONS ||
                c->phase == CP_REVEAL || (c->phase == CP_DEBRIEF && c->page == DB_VOTES);
    frame_column(ui, list ? 4000 : 0, &x, &w);
    int y = ui_px(ui, 24);
    if (c->original && c->phase != CP_DEBRIEF) {
        y += frame_notice(ui, L, x, y, w, C_ACCENT,
                          _("Another road: what if the group had chosen differently? The group's "
                            "own path is kept for the debrief."));
        y += ui_px(ui, 20);
    }
    if (c->notice[0]) {
        y += frame_notice(ui, L, x, y, w, C_NOTICE, c->notice);
        y += ui_px(ui, 20);
    }
    switch (c->phase) {
    case CP_TITLE: y += title_page(ui, L, x, y, w); break;
    case CP_STORY: if (v->scene) y += story(ui, L, x, y, w, v); break;
    case CP_NOTICE: if (v->scene) y += notice_step(ui, L, x, y, w, v, p); break;
    case CP_CONCERN: if (v->scene) y += concern_step(ui, L, x, y, w, v); break;
    case CP_OPTIONS:
    case CP_REVEAL:
        if (v->scene) y += options_step(ui, L, x, y, w, v, p, c->phase == CP_REVEAL);
        break;
    case CP_FEEDBACK: y += feedback_step(ui, L, x, y, w, p); break;
    case CP_ENDING: if (v->ending) y += ending_step(ui, L, x, y, w, v); break;
    case CP_DEBRIEF: y += audience_debrief(ui, L, x, y, w, g, (DebriefPage)c->page); break;
    case CP_SETUP:
    case CP_COUNT: break;
    }
    L->content_h = y + ui_px(ui, 32);
    /* A question for the leader: on the projector only when it is the
       one screen there is. */
    if (c->ask && !c->second) classroom_dialog(ui, L);
    ui->scale = saved;
}
