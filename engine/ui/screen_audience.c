/*
** screen_audience.c — the audience view of classroom mode, for the
** projector: one step of the case at a time in large type (body text at
** least 1/25 of the window's height), dark text on a light page, no
** scores, no expert marks and no facilitator notes while the case is
** played. Steps: the title page, the situation, what the group notices,
** its concern level, the options with the show of hands, the vote spread,
** the consequence, the ending, then the group's debrief in pages (the
** path on the case map, the votes, concern against the expert's, what the
** group missed, learning points, and a list of decisions to replay).
**
** The view sets its own scale for the time it builds the page, so every
** frame_* part comes out in projector sizes; the sizes are still the
** theme's, multiplied.
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/casemap.h"
#include "../core/i18n.h"
#include "casemap_draw.h"
#include "classroom.h"

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

static int help(Ui *ui, Layout *L, int x, int y, int w, const char *text) {
    TextStyle ts = ui_text(ui, TS_SMALL, FS_REGULAR, C_MUTED);
    return layout_text(L, ui->fonts, LAYER_SCROLL, &ts, x, y, w, text, (SDL_Rect){x, y, w, 1 << 20});
}

/* A number in a small square, as the self-study scene numbers choices. */
static void number(Ui *ui, Layout *L, int x, int y, int size, int n, bool strong) {
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
    number(ui, L, x + pad, by > y + pad / 2 ? by : y + pad / 2, badge, idx + 1, false);
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

/* The stepper beside an option: − count +. Returns its width. */
/* The side of the stepper's buttons: a line of body text, a little more. */
static int step_button(const Ui *ui) {
    return ui_text(ui, TS_BODY, FS_BOLD, C_TEXT).line_h + ui_px(ui, 4);
}

static int stepper_width(Ui *ui) {
    TextStyle ts = ui_text(ui, TS_H3, FS_BOLD, C_TEXT);
    int b = step_button(ui);
    return 2 * b + font_measure(ui->fonts, ts.style, ts.px, "000", 3) + 2 * ui_px(ui, 8);
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
    int b = step_button(ui);
    TextStyle ts = ui_text(ui, TS_H3, FS_BOLD, C_TEXT);
    int cw = font_measure(ui->fonts, ts.style, ts.px, "000", 3);
    square_button(ui, L, x, y, b, "−", CL_VOTE_DOWN * CL_ARG + (int)k);
    char n[16];
    snprintf(n, sizeof n, "%d", count);
    ts.align = ALIGN_CENTER;
    ts.line_h = b;
    int cx = x + b + ui_px(ui, 8);
    layout_line(L, ui->fonts, LAYER_SCROLL, &ts, cx, y, cw, n, (SDL_Rect){cx, y, cw, b});
    square_button(ui, L, cx + cw + ui_px(ui, 8), y, b, "+", CL_VOTE_UP * CL_ARG + (int)k);
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
    number(ui, L, x + pad, y + pad + (ts.line_h - badge) / 2 > y + pad / 2
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
    y += help(ui, L, x, y, w,
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
    y += help(ui, L, x, y, w, hint);
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
        y += help(ui, L, x, y, w, line);
        y += ui_px(ui, 12);
    }
    int sw = stepper_width(ui), gap = ui_px(ui, 14);
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
            stepper(ui, L, x + ow + gap, y + (h - step_button(ui)) / 2, k, n);
            y += h;
        } else { /* a narrow window: under it */
            y += option(ui, L, x, y, w, k, text, (int)k == chosen && c->choice >= 0, (int)k == was,
                        n, most, total, false);
            y += ui_px(ui, 8);
            stepper(ui, L, x + w - sw, y, k, n);
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

/* {====================================================== the case map */

static ColorRole outcome_color(Outcome o) {
    return o == OUTCOME_GOOD ? C_PROTECTIVE : o == OUTCOME_POOR ? C_RISK : C_NOTICE;
}

/* The case map with the group's path (casemap_draw.c, shared with the
   self-study debrief and author mode), smaller when a large case would not
   fit r.h (the numbered list beside it names the scenes in large type);
   returns its height. */
int classroom_map(Ui *ui, Layout *L, SDL_Rect r, const Play *p) {
    const Scenario *sc = play_scenario(p);
    CaseMap m;
    if (casemap_build(sc, &m) != BLK_OK) return 0;
    size_t np;
    const NodeRef *path = play_path(p, &np);
    float saved = ui->scale;
    int gaps = m.layers > 1 ? m.layers - 1 : 0;
    for (int i = 0; i < 8 && r.h > 0; i++) {
        /* Given a height, the map closes its gaps between layers first
           (to 14 units from 30); then it takes a smaller scale. */
        int h = casemap_draw_height(ui, sc, &m, r.w) - gaps * (ui_px(ui, 30) - ui_px(ui, 14));
        if (h <= r.h || ui->scale <= saved * 0.4f) break;
        float f = (float)r.h / (float)h * 0.97f;
        ui->scale *= f < 0.5f ? 0.5f : f;
        if (ui->scale < saved * 0.4f) ui->scale = saved * 0.4f;
    }
    int h = casemap_draw(ui, L, LAYER_SCROLL, r, sc, &m, path, np, ACT_NONE, NULL);
    ui->scale = saved;
    casemap_free(&m);
    return h;
}

/* }====================================================== */

/* {====================================================== the debrief */

static const char *scene_name(const Scene *s) { return s->title && *s->title ? s->title : s->id; }

static int path_page(Ui *ui, Layout *L, int x, int y, int w, const Play *g) {
    const Scenario *sc = play_scenario(g);
    const PlayView *v = play_view(g);
    int y0 = y;
    int ax, aw;
    frame_column(ui, 4000, &ax, &aw);
    /* A wide window: the map on the left, the path as a list on the right. */
    bool side = ui->out_w * 10 >= ui->out_h * 14;
    y += frame_heading(ui, L, side ? ax : x, y, side ? aw : w, TS_H1, _("The group's path"));
    size_t np;
    const NodeRef *path = play_path(g, &np);
    TextStyle body = ui_text(ui, TS_BODY, FS_REGULAR, C_TEXT);
    int gap = ui_px(ui, 32);
    int mw = side ? (aw - gap) * 11 / 20 : w;
    int lx = side ? ax + mw + gap : x, lw = side ? aw - mw - gap : w;
    int mx = side ? ax : x;
    int room = L->view.h - y - ui_px(ui, 24); /* the map in one screen, if it can be */
    int mh = classroom_map(ui, L, (SDL_Rect){mx, y, mw, room > ui->out_h / 4 ? room : ui->out_h / 4}, g);
    int ly = side ? y : y + mh + ui_px(ui, 24);
    /* The path as a numbered list: scenes in the order met (first time). */
    int n = 0;
    for (size_t i = 0; i < np; i++) {
        bool again = false;
        for (size_t j = 0; j < i; j++)
            again |= path[j].is_ending == path[i].is_ending && path[j].index == path[i].index;
        if (again) continue;
        const char *t = path[i].is_ending
                            ? (sc->endings[path[i].index].title ? sc->endings[path[i].index].title
                                                                : sc->endings[path[i].index].id)
                            : scene_name(&sc->scenes[path[i].index]);
        int badge = ui_px(ui, 30);
        char s[16];
        snprintf(s, sizeof s, "%d", ++n);
        SDL_Rect b = {lx, ly + (body.line_h - badge) / 2 > ly ? ly + (body.line_h - badge) / 2 : ly,
                      badge, badge};
        ColorRole fill = path[i].is_ending ? outcome_color(sc->endings[path[i].index].outcome)
                                           : C_ACCENT;
        layout_rect(L, LAYER_SCROLL, b, ui_color(ui, fill), path[i].is_ending ? ui_px(ui, 3) : badge / 2,
                    none(), 0);
        TextStyle ns = ui_text(ui, TS_SMALL, FS_BOLD,
                               path[i].is_ending && sc->endings[path[i].index].outcome == OUTCOME_GOOD
                                   ? C_ON_PROTECTIVE
                                   : path[i].is_ending ? C_ON_RISK : C_ON_ACCENT);
        ns.align = ALIGN_CENTER;
        ns.line_h = badge;
        layout_line(L, ui->fonts, LAYER_SCROLL, &ns, b.x, b.y, badge, s, b);
        int tx = lx + badge + ui_px(ui, 12);
        ly += layout_text(L, ui->fonts, LAYER_SCROLL, &body, tx, ly, lx + lw - tx, t,
                          (SDL_Rect){tx, ly, lx + lw - tx, 1 << 20}) + ui_px(ui, 8);
    }
    if (v->ending) {
        ly += ui_px(ui, 8);
        const char *label = v->ending->outcome == OUTCOME_GOOD ? _("Good outcome")
                            : v->ending->outcome == OUTCOME_POOR ? _("Poor outcome")
                                                                 : _("Mixed outcome");
        ColorRole fg = outcome_color(v->ending->outcome);
        ColorRole bg = v->ending->outcome == OUTCOME_GOOD ? C_PROTECTIVE_SOFT
                       : v->ending->outcome == OUTCOME_POOR ? C_RISK_SOFT : C_NOTICE_SOFT;
        ly += frame_badge(ui, L, lx, ly, lw, label, fg, bg);
    }
    int end = side ? (y + mh > ly ? y + mh : ly) : ly;
    return end - y0;
}

static int votes_page(Ui *ui, Layout *L, int x, int y, int w, const Play *g) {
    const Scenario *sc = play_scenario(g);
    int y0 = y;
    y += frame_heading(ui, L, x, y, w, TS_H1, _("The votes at each decision"));
    size_t nd;
    const Decision *ds = play_decisions(g, &nd);
    TextStyle body = ui_text(ui, TS_BODY, FS_REGULAR, C_TEXT);
    TextStyle cs = ui_text(ui, TS_BODY, FS_BOLD, C_TEXT);
    for (size_t i = 0; i < nd; i++) {
        const Decision *d = &ds[i];
        const Scene *s = &sc->scenes[d->scene];
        char head[400];
        snprintf(head, sizeof head, "%zu. %s", i + 1, scene_name(s));
        y += ui_px(ui, 12);
        y += frame_heading(ui, L, x, y, w, TS_H2, head);
        int most = 0, total = 0;
        for (size_t k = 0; k < d->noffered; k++) {
            int n = d->votes ? d->votes[k] : 0;
            total += n;
            if (n > most) most = n;
        }
        if (!d->votes) {
            y += help(ui, L, x, y, w, _("No hands were counted here.")) + ui_px(ui, 6);
        }
        for (size_t k = 0; k < d->noffered; k++) {
            const Choice *ch = &s->choices[d->offered[k]];
            bool chosen = d->offered[k] == d->choice;
            bool best = ch->points >= d->best;
            int n = d->votes ? d->votes[k] : 0;
            TextStyle ts = body;
            ts.style = chosen ? FS_BOLD : FS_REGULAR;
            char lab[40];
            snprintf(lab, sizeof lab, "%zu", k + 1);
            int nwid = ui_px(ui, 34);
            layout_line(L, ui->fonts, LAYER_SCROLL, &cs, x, y, nwid, lab, (SDL_Rect){x, y, nwid, cs.line_h});
            int tx = x + nwid;
            y += layout_text(L, ui->fonts, LAYER_SCROLL, &ts, tx, y, w - nwid, ch->text,
                             (SDL_Rect){tx, y, w - nwid, 1 << 20});
            if (chosen || best) {
                int bx = tx;
                y += ui_px(ui, 4);
                int ph = 0;
                if (chosen) {
                    ph = frame_badge(ui, L, bx, y, w - nwid, _("The group's choice"), C_ACCENT,
                                     C_ACCENT_SOFT);
                    TextStyle ss = ui_text(ui, TS_SMALL, FS_BOLD, C_TEXT);
                    bx += font_measure(ui->fonts, ss.style, ss.px, _("The group's choice"),
                                       strlen(_("The group's choice"))) + ui_px(ui, 30);
                }
                if (best) {
                    TextStyle ss = ui_text(ui, TS_SMALL, FS_BOLD, C_TEXT);
                    int need = font_measure(ui->fonts, ss.style, ss.px, _("Best option"),
                                            strlen(_("Best option"))) + ui_px(ui, 20);
                    if (bx > tx && bx + need > x + w) {
                        y += ph + ui_px(ui, 6);
                        bx = tx;
                    }
                    ph = frame_badge(ui, L, bx, y, x + w - bx, _("Best option"), C_PROTECTIVE,
                                     C_PROTECTIVE_SOFT);
                }
                y += ph;
            }
            if (d->votes) {
                char cnt[64];
                snprintf(cnt, sizeof cnt, ngettext("%d hand", "%d hands", (unsigned long)n), n);
                int nw = font_measure(ui->fonts, cs.style, cs.px, "9999 hender", 11);
                int bh = ui_px(ui, 16), bw = w - nwid - nw - ui_px(ui, 14);
                y += ui_px(ui, 6);
                int by = y + (cs.line_h - bh) / 2;
                SDL_Rect track = {tx, by, bw, bh};
                layout_rect(L, LAYER_SCROLL, track, ui_color(ui, C_BORDER), bh / 2, none(), 0);
                if (n > 0 && most > 0) {
                    int fw = (int)lround((double)bw * n / most);
                    if (fw < bh) fw = bh;
                    layout_rect(L, LAYER_SCROLL, (SDL_Rect){tx, by, fw, bh},
                                ui_color(ui, chosen ? C_ACCENT : C_CONTROL), bh / 2, none(), 0);
                }
                if (ui->settings.high_contrast)
                    layout_rect(L, LAYER_SCROLL, track, none(), bh / 2, ui_color(ui, C_TEXT), ui_px(ui, 1));
                layout_line(L, ui->fonts, LAYER_SCROLL, &cs, tx + bw + ui_px(ui, 14), y, nw, cnt,
                            (SDL_Rect){x, y, w, cs.line_h});
                y += cs.line_h;
            }
            y += ui_px(ui, 14);
        }
        (void)total;
    }
    return y - y0;
}

static int concern_page(Ui *ui, Layout *L, int x, int y, int w, const Play *g, const Score *s) {
    const Scenario *sc = play_scenario(g);
    int y0 = y;
    y += frame_heading(ui, L, x, y, w, TS_H1, _("The group's concern and the expert's"));
    int levels = scenario_concern_levels(sc);
    TextStyle small = ui_text(ui, TS_SMALL, FS_REGULAR, C_TEXT);
    TextStyle sb = ui_text(ui, TS_SMALL, FS_BOLD, C_TEXT);
    /* The legend: a filled dot for the group, a ring for the expert. */
    int dot = ui_px(ui, 22), gap = ui_px(ui, 10), lx = x;
    layout_rect(L, LAYER_SCROLL, (SDL_Rect){lx, y + (small.line_h - dot) / 2, dot, dot},
                ui_color(ui, C_ACCENT), dot / 2, none(), 0);
    lx += dot + gap;
    const char *gl = _("The group"), *el = _("The expert");
    lx += layout_line(L, ui->fonts, LAYER_SCROLL, &small, lx, y, w / 2, gl, (SDL_Rect){x, y, w, small.line_h});
    lx += ui_px(ui, 28);
    if (lx + dot + gap < x + w) {
        layout_rect(L, LAYER_SCROLL, (SDL_Rect){lx, y + (small.line_h - dot) / 2, dot, dot}, none(),
                    dot / 2, ui_color(ui, C_PROTECTIVE), ui_px(ui, 4));
        lx += dot + gap;
        layout_line(L, ui->fonts, LAYER_SCROLL, &small, lx, y, x + w - lx, el,
                    (SDL_Rect){x, y, w, small.line_h});
    }
    y += small.line_h + ui_px(ui, 16);
    for (size_t i = 0; i < s->nanswers; i++) {
        const ConcernAnswer *a = &s->answers[i];
        y += layout_text(L, ui->fonts, LAYER_SCROLL, &sb, x, y, w, scene_name(&sc->scenes[a->scene]),
                         (SDL_Rect){x, y, w, 1 << 20});
        y += ui_px(ui, 6);
        /* One cell per level, numbered; the dots in their cells. */
        int cell = levels > 0 ? w / levels : w, ch = dot + ui_px(ui, 14);
        for (int l = 1; l <= levels; l++) {
            int cx = x + (l - 1) * cell;
            SDL_Rect r = {cx + 1, y, cell - 2, ch};
            layout_rect(L, LAYER_SCROLL, r, ui_color(ui, C_SURFACE), ui_px(ui, 4), ui_color(ui, C_BORDER),
                        ui_px(ui, 1));
            int mid = cx + cell / 2;
            if (a->given == l && a->expert == l) {
                layout_rect(L, LAYER_SCROLL, (SDL_Rect){mid - dot / 2, y + (ch - dot) / 2, dot, dot},
                            ui_color(ui, C_ACCENT), dot / 2, none(), 0);
                layout_rect(L, LAYER_SCROLL,
                            (SDL_Rect){mid - dot / 2 - ui_px(ui, 5), y + (ch - dot) / 2 - ui_px(ui, 5),
                                       dot + ui_px(ui, 10), dot + ui_px(ui, 10)},
                            none(), dot, ui_color(ui, C_PROTECTIVE), ui_px(ui, 4));
            } else if (a->given == l) {
                layout_rect(L, LAYER_SCROLL, (SDL_Rect){mid - dot / 2, y + (ch - dot) / 2, dot, dot},
                            ui_color(ui, C_ACCENT), dot / 2, none(), 0);
            } else if (a->expert == l) {
                layout_rect(L, LAYER_SCROLL, (SDL_Rect){mid - dot / 2, y + (ch - dot) / 2, dot, dot},
                            none(), dot / 2, ui_color(ui, C_PROTECTIVE), ui_px(ui, 4));
            }
        }
        y += ch + ui_px(ui, 4);
        for (int l = 1; l <= levels; l++) {
            int cx = x + (l - 1) * cell;
            TextStyle ns = small;
            ns.align = ALIGN_CENTER;
            ns.color = ui_color(ui, C_MUTED);
            char n[16];
            snprintf(n, sizeof n, "%d", l);
            layout_line(L, ui->fonts, LAYER_SCROLL, &ns, cx, y, cell, n, (SDL_Rect){cx, y, cell, ns.line_h});
        }
        y += small.line_h + ui_px(ui, 18);
    }
    if (s->nanswers) {
        char a[32], line[300];
        classroom_decimal(a, sizeof a, s->concern_mae);
        snprintf(line, sizeof line,
                 _("On average the group was %s levels from the expert."), a);
        TextStyle body = ui_text(ui, TS_BODY, FS_REGULAR, C_TEXT);
        y += layout_text(L, ui->fonts, LAYER_SCROLL, &body, x, y, w, line, (SDL_Rect){x, y, w, 1 << 20});
    }
    return y - y0;
}

static int missed_page(Ui *ui, Layout *L, int x, int y, int w, const Play *g, const Score *s) {
    const Scenario *sc = play_scenario(g);
    int y0 = y;
    y += frame_heading(ui, L, x, y, w, TS_H1, _("What the group did not mark"));
    char line[400];
    snprintf(line, sizeof line,
             _("The group found %d of %d signs of concern and %d of %d resources; %d marks were "
               "false alarms."),
             s->hits, s->hits + s->misses, s->protective_hits,
             s->protective_hits + s->protective_misses, s->false_alarms);
    TextStyle body = ui_text(ui, TS_BODY, FS_REGULAR, C_TEXT);
    y += layout_text(L, ui->fonts, LAYER_SCROLL, &body, x, y, w, line, (SDL_Rect){x, y, w, 1 << 20});
    y += ui_px(ui, 20);
    int n = 0;
    for (size_t i = 0; i < sc->nobservations; i++) {
        const Observation *o = &sc->observations[i];
        if (!play_shown(g, (int)i) || o->kind == OBS_NEUTRAL) continue;
        Mark m = play_mark_of(g, (int)i);
        bool missed = o->kind == OBS_RISK ? m != MARK_RISK : m != MARK_PROTECTIVE;
        if (!missed) continue;
        n++;
        bool risk = o->kind == OBS_RISK;
        int pad = ui_px(ui, 14), bar = ui_px(ui, 6);
        SDL_Rect box = {x, y, w, 1 << 20};
        size_t bg = layout_rect(L, LAYER_SCROLL, box, ui_color(ui, C_SURFACE), ui_px(ui, 4),
                                ui_color(ui, C_BORDER), ui_px(ui, 1));
        size_t st = layout_rect(L, LAYER_SCROLL, (SDL_Rect){x, y, bar, 0},
                                ui_color(ui, risk ? C_RISK : C_PROTECTIVE), 0, none(), 0);
        int tx = x + bar + pad, tw = w - bar - 2 * pad, ty = y + pad;
        ty += frame_badge(ui, L, tx, ty, tw, risk ? _("Sign of concern") : _("Resource"),
                          risk ? C_RISK : C_PROTECTIVE, risk ? C_RISK_SOFT : C_PROTECTIVE_SOFT);
        ty += ui_px(ui, 6);
        TextStyle tb = ui_text(ui, TS_BODY, FS_BOLD, C_TEXT);
        ty += layout_text(L, ui->fonts, LAYER_SCROLL, &tb, tx, ty, tw, o->text, box);
        TextStyle ex = ui_text(ui, TS_SMALL, FS_REGULAR, C_TEXT);
        ty += layout_text(L, ui->fonts, LAYER_SCROLL, &ex, tx, ty, tw, o->explain, box);
        int h = ty + pad - y;
        if (!L->failed) {
            L->items[bg].r.h = L->items[bg].box.h = h;
            L->items[st].r.h = L->items[st].box.h = h;
            for (size_t k = st + 1; k < L->nitems; k++)
                if (L->items[k].box.h > h) L->items[k].box.h = h;
        }
        y += h + ui_px(ui, 12);
    }
    if (!n)
        y += layout_text(L, ui->fonts, LAYER_SCROLL, &body, x, y, w,
                         _("The group marked every sign of concern and every resource."),
                         (SDL_Rect){x, y, w, 1 << 20});
    return y - y0;
}

static int points_page(Ui *ui, Layout *L, int x, int y, int w, const Scenario *sc) {
    int y0 = y;
    y += frame_heading(ui, L, x, y, w, TS_H1, _("Key learning points"));
    for (size_t i = 0; i < sc->debrief.count; i++)
        y += frame_bullet(ui, L, x, y, w, sc->debrief.items[i]) + ui_px(ui, 10);
    if (sc->references.count) {
        y += ui_px(ui, 20);
        y += frame_heading(ui, L, x, y, w, TS_H2, _("Sources"));
        TextStyle small = ui_text(ui, TS_SMALL, FS_REGULAR, C_TEXT);
        for (size_t i = 0; i < sc->references.count; i++)
            y += layout_text(L, ui->fonts, LAYER_SCROLL, &small, x, y, w, sc->references.items[i],
                             (SDL_Rect){x, y, w, 1 << 20}) + ui_px(ui, 8);
    }
    return y - y0;
}

static int replay_page(Ui *ui, Layout *L, int x, int y, int w, const Play *g) {
    const Scenario *sc = play_scenario(g);
    int y0 = y;
    y += frame_heading(ui, L, x, y, w, TS_H1, _("What if we had chosen differently?"));
    y += help(ui, L, x, y, w,
              _("Go back to a decision and take another road: press its number, or move to it "
                "and press Enter. The group's own path is kept."));
    y += ui_px(ui, 16);
    size_t nd;
    const Decision *ds = play_decisions(g, &nd);
    for (size_t i = 0; i < nd; i++) {
        const Scene *s = &sc->scenes[ds[i].scene];
        const Choice *ch = &s->choices[ds[i].choice];
        int pad = ui_px(ui, 14), badge = ui_px(ui, 36), radius = ui_px(ui, ui->theme.radius);
        SDL_Rect r = {x, y, w, 1 << 20};
        size_t bg = layout_rect(L, LAYER_SCROLL, r, ui_color(ui, C_SURFACE), radius,
                                ui_color(ui, C_CONTROL), ui_px(ui, 1));
        int tx = x + pad + badge + ui_px(ui, 14), tw = x + w - pad - tx;
        TextStyle tb = ui_text(ui, TS_BODY, FS_BOLD, C_TEXT);
        TextStyle ts = ui_text(ui, TS_SMALL, FS_REGULAR, C_TEXT);
        int ty = y + pad;
        ty += layout_text(L, ui->fonts, LAYER_SCROLL, &tb, tx, ty, tw, scene_name(s), r);
        char line[1200];
        snprintf(line, sizeof line, _("The group chose: %s"), ch->text);
        ty += layout_text(L, ui->fonts, LAYER_SCROLL, &ts, tx, ty, tw, line, r);
        int h = ty + pad - y;
        if (h < badge + 2 * pad) h = badge + 2 * pad;
        number(ui, L, x + pad, y + pad, badge, (int)i + 1, false);
        r.h = h;
        if (!L->failed) {
            L->items[bg].r = L->items[bg].box = r;
            for (size_t k = bg + 1; k < L->nitems; k++)
                if (L->items[k].kind == DI_TEXT) L->items[k].box = r;
        }
        layout_widget(L, LAYER_SCROLL, r, radius, ACT_CLASS, CL_REPLAY * CL_ARG + (int)i, true,
                      scene_name(s));
        y += h + ui_px(ui, 12);
    }
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
    case CP_DEBRIEF: {
        Score s;
        bool have = score_compute(g, &s) == BLK_OK;
        switch ((DebriefPage)c->page) {
        case DB_PATH: y += path_page(ui, L, x, y, w, g); break;
        case DB_VOTES: y += votes_page(ui, L, x, y, w, g); break;
        case DB_CONCERN: if (have) y += concern_page(ui, L, x, y, w, g, &s); break;
        case DB_MISSED: if (have) y += missed_page(ui, L, x, y, w, g, &s); break;
        case DB_POINTS: y += points_page(ui, L, x, y, w, play_scenario(g)); break;
        case DB_REPLAY: y += replay_page(ui, L, x, y, w, g); break;
        case DB_COUNT: break;
        }
        if (have) score_free(&s);
        break;
    }
    case CP_SETUP:
    case CP_COUNT: break;
    }
    L->content_h = y + ui_px(ui, 32);
    /* A question for the leader: on the projector only when it is the
       one screen there is. */
    if (c->ask && !c->second) classroom_dialog(ui, L);
    ui->scale = saved;
}
