/*
** screen_debrief.c — the debrief after an ending (and from the history):
** the outcome and the total first, then pictures — a bar per competency,
** the signal figures, the trainee's concern against the expert's scene by
** scene, the case map with the path taken — and the text on demand: every
** observation shown with the trainee's mark, the expert's and why, every
** decision with the best one available and the feedback, the learning
** points and references. Each part is a card whose header opens and
** closes it (Enter or a click). Every figure comes from score_compute()
** and the play's record; the window computes no score of its own.
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/casemap.h"
#include "../core/i18n.h"
#include "casemap_draw.h"
#include "results_ui.h"

static SDL_Color none(void) { return (SDL_Color){0, 0, 0, 0}; }

static SDL_Rect open_box(int x, int y, int w) { return (SDL_Rect){x, y, w, 1 << 20}; }

static void pct(char *buf, size_t size, double scaled) {
    if (isnan(scaled)) snprintf(buf, size, "–");
    else snprintf(buf, size, "%.0f %%", scaled * 100);
}

/* A bar of `frac` (0..1) filled in `c`; returns its height. */
static int bar(Ui *ui, Layout *L, int x, int y, int w, double frac, ColorRole c, int bh) {
    SDL_Rect track = {x, y, w, bh};
    layout_rect(L, LAYER_SCROLL, track, ui_color(ui, C_BORDER), bh / 2, none(), 0);
    if (!isnan(frac) && frac > 0) {
        int fw = (int)lround(w * (frac > 1 ? 1 : frac));
        if (fw < bh) fw = bh;
        layout_rect(L, LAYER_SCROLL, (SDL_Rect){x, y, fw, bh}, ui_color(ui, c), bh / 2, none(), 0);
    }
    if (ui->settings.high_contrast) /* the empty part needs an edge */
        layout_rect(L, LAYER_SCROLL, track, none(), bh / 2, ui_color(ui, C_TEXT), ui_px(ui, 1));
    return bh;
}

/* A label with a value at the right and a bar below; returns its height. */
static int figure(Ui *ui, Layout *L, int x, int y, int w, const char *label, const char *value,
                  double frac, ColorRole c) {
    SDL_Rect box = open_box(x, y, w);
    TextStyle ls = ui_text(ui, TS_BODY, FS_BOLD, C_TEXT);
    TextStyle vs = ui_text(ui, TS_BODY, FS_REGULAR, C_MUTED);
    vs.align = ALIGN_RIGHT;
    int vw = font_measure(ui->fonts, vs.style, vs.px, value, strlen(value));
    if (vw > w / 2) vw = w / 2;
    int y0 = y;
    layout_line(L, ui->fonts, LAYER_SCROLL, &vs, x + w - vw, y, vw, value, box);
    y += layout_text(L, ui->fonts, LAYER_SCROLL, &ls, x, y, w - vw - ui_px(ui, 12), label, box);
    y += ui_px(ui, 4);
    y += bar(ui, L, x, y, w, frac, c, ui_px(ui, 10));
    return y - y0;
}

/* {====================================================== section cards */

typedef struct {
    size_t bg;
    int x, y, w, pad;
} Card;

/* A card with a header that opens and closes it: the title, a line that
   sums the part up, and "Show"/"Hide" with a plus or minus. Returns the y
   where the content starts. */
static int card_begin(Ui *ui, Layout *L, int x, int y, int w, DebriefSection sec, const char *title,
                      const char *summary, bool open, Card *c) {
    int pad = ui_px(ui, 20), radius = ui_px(ui, ui->theme.radius + 2);
    *c = (Card){0, x, y, w, pad};
    c->bg = layout_rect(L, LAYER_SCROLL, (SDL_Rect){x, y, w, 0}, ui_color(ui, C_SURFACE), radius,
                        ui_color(ui, C_BORDER), ui_px(ui, 1));
    const char *toggle = open ? _("Hide") : _("Show");
    TextStyle ts = ui_text(ui, TS_SMALL, FS_BOLD, C_ACCENT);
    int icon = ui_px(ui, 18);
    int tw = font_measure(ui->fonts, ts.style, ts.px, toggle, strlen(toggle));
    int right = tw + ui_px(ui, 8) + icon;
    SDL_Rect box = open_box(x, y, w);
    TextStyle hs = ui_text(ui, TS_H3, FS_BOLD, C_TEXT);
    TextStyle ss = ui_text(ui, TS_SMALL, FS_REGULAR, C_MUTED);
    int textw = w - 2 * pad - right - ui_px(ui, 16);
    int hy = y + pad;
    int th = layout_text(L, ui->fonts, LAYER_SCROLL, &hs, x + pad, hy, textw, title, box);
    if (summary && *summary)
        th += layout_text(L, ui->fonts, LAYER_SCROLL, &ss, x + pad, hy + th, textw, summary, box);
    /* The toggle, level with the title. */
    int ty = hy + (hs.line_h - ts.line_h) / 2;
    int ix = x + w - pad - icon, iy = hy + (hs.line_h - icon) / 2;
    layout_line(L, ui->fonts, LAYER_SCROLL, &ts, ix - ui_px(ui, 8) - tw, ty, tw, toggle, box);
    int t = ui_px(ui, 2) > 1 ? ui_px(ui, 2) : 1, in = icon / 2;
    layout_rect(L, LAYER_SCROLL, (SDL_Rect){ix, iy, icon, icon}, none(), icon / 2,
                ui_color(ui, C_ACCENT), ui_px(ui, 1) > 0 ? ui_px(ui, 1) : 1);
    layout_rect(L, LAYER_SCROLL, (SDL_Rect){ix + (icon - in) / 2, iy + (icon - t) / 2, in, t},
                ui_color(ui, C_ACCENT), 0, none(), 0);
    if (!open)
        layout_rect(L, LAYER_SCROLL, (SDL_Rect){ix + (icon - t) / 2, iy + (icon - in) / 2, t, in},
                    ui_color(ui, C_ACCENT), 0, none(), 0);
    int hh = th + 2 * pad;
    layout_widget(L, LAYER_SCROLL, (SDL_Rect){x, y, w, hh}, radius, ACT_SECTION, (int)sec, true, title);
    int cy = y + hh;
    if (open) {
        layout_rect(L, LAYER_SCROLL, (SDL_Rect){x + pad, cy, w - 2 * pad, ui_px(ui, 1)},
                    ui_color(ui, C_BORDER), 0, none(), 0);
        cy += ui_px(ui, 18);
    }
    return cy;
}

/* Closes a card at `y` (the end of its content); returns its height. */
static int card_end(Layout *L, const Card *c, int y, bool open) {
    int h = y - c->y + (open ? c->pad : 0);
    if (!L->failed) {
        L->items[c->bg].r.h = L->items[c->bg].box.h = h;
        for (size_t i = c->bg + 1; i < L->nitems; i++)
            if (L->items[i].kind == DI_TEXT && L->items[i].box.h > (1 << 19))
                L->items[i].box = (SDL_Rect){c->x, c->y, c->w, h};
    }
    return h;
}

/* }====================================================== */

/* {====================================================== the parts */

/* The headline: the ending and its outcome, the total and its parts. */
static int hero(Ui *ui, Layout *L, int x, int y, int w, const Score *s) {
    const PlayView *v = play_view(ui->play);
    int pad = ui_px(ui, 24), radius = ui_px(ui, ui->theme.radius + 2);
    size_t bg = layout_rect(L, LAYER_SCROLL, (SDL_Rect){x, y, w, 0}, ui_color(ui, C_SURFACE), radius,
                            ui_color(ui, C_BORDER), ui_px(ui, 1));
    int ix = x + pad, iw = w - 2 * pad, iy = y + pad;
    SDL_Rect box = open_box(x, y, w);
    if (v->ending) {
        ColorRole fg, bgc;
        const char *label = results_ui_outcome(outcome_name(v->ending->outcome), &fg, &bgc);
        TextStyle os = ui_text(ui, TS_SMALL, FS_BOLD, C_MUTED);
        iy += layout_text(L, ui->fonts, LAYER_SCROLL, &os, ix, iy, iw, _("The ending you reached"), box);
        iy += ui_px(ui, 4);
        TextStyle es = ui_text(ui, TS_H2, FS_BOLD, C_TEXT);
        iy += layout_text(L, ui->fonts, LAYER_SCROLL, &es, ix, iy, iw, v->ending->title, box);
        iy += ui_px(ui, 6);
        iy += frame_badge(ui, L, ix, iy, iw, label, fg, bgc);
        iy += ui_px(ui, 22);
    }
    /* The total, large, beside (or above) its three parts. */
    bool side = iw >= ui_px(ui, 560);
    int lw = side ? ui_px(ui, 190) : iw;
    char tot[32];
    pct(tot, sizeof tot, s->total_scaled);
    TextStyle big = ui_text(ui, TS_H1, FS_BOLD, C_ACCENT);
    big.px = big.px * 3 / 2;
    big.line_h = big.line_h * 3 / 2;
    TextStyle ls = ui_text(ui, TS_SMALL, FS_BOLD, C_MUTED);
    int ty = iy;
    ty += layout_text(L, ui->fonts, LAYER_SCROLL, &ls, ix, ty, lw, _("Total"), box);
    ty += layout_text(L, ui->fonts, LAYER_SCROLL, &big, ix, ty, lw, tot, box);
    ty += ui_px(ui, 4);
    ty += bar(ui, L, ix, ty, side ? lw - ui_px(ui, 24) : iw, s->total_scaled, C_ACCENT, ui_px(ui, 12));
    ty += ui_px(ui, 6);
    TextStyle ms = ui_text(ui, TS_SMALL, FS_REGULAR, C_MUTED);
    ty += layout_text(L, ui->fonts, LAYER_SCROLL, &ms, ix, ty, side ? lw - ui_px(ui, 24) : iw,
                      _("The average of the three parts."), box);
    int fx = side ? ix + lw + ui_px(ui, 16) : ix, fw = side ? iw - lw - ui_px(ui, 16) : iw;
    int fy = side ? iy : ty + ui_px(ui, 20);
    char a[32];
    pct(a, sizeof a, s->signals_scaled);
    fy += figure(ui, L, fx, fy, fw, _("Noticing signals"), a, s->signals_scaled, C_ACCENT);
    fy += ui_px(ui, 16);
    pct(a, sizeof a, s->actions_scaled);
    fy += figure(ui, L, fx, fy, fw, _("Choosing what to do"), a, s->actions_scaled, C_ACCENT);
    fy += ui_px(ui, 16);
    pct(a, sizeof a, s->concern_scaled);
    fy += figure(ui, L, fx, fy, fw, _("Judging concern"), a, s->concern_scaled, C_ACCENT);
    int bottom = (side ? (fy > ty ? fy : ty) : fy) + pad;
    if (!L->failed) {
        L->items[bg].r.h = L->items[bg].box.h = bottom - y;
        for (size_t i = bg + 1; i < L->nitems; i++)
            if (L->items[i].kind == DI_TEXT && L->items[i].box.h > (1 << 19))
                L->items[i].box = (SDL_Rect){x, y, w, bottom - y};
    }
    return bottom - y;
}

static int competencies(Ui *ui, Layout *L, int x, int y, int w, const Score *s) {
    const Scenario *sc = ui->sc;
    int y0 = y;
    for (size_t i = 0; i < sc->ncompetencies; i++) {
        const CompetencyScore *c = &s->competencies[i];
        char a[32], b[32], v[120];
        results_ui_decimal(a, sizeof a, c->points);
        results_ui_decimal(b, sizeof b, c->possible);
        snprintf(v, sizeof v, _("%s of %s points"), a, b);
        double frac = c->possible > 0 ? fmax(0, c->points) / c->possible : NAN;
        if (i) y += ui_px(ui, 16);
        y += figure(ui, L, x, y, w, sc->competencies[i].name, v, frac, C_ACCENT);
    }
    return y - y0;
}

/* Four tiles: signs of concern seen and missed, false alarms, resources
   seen. A colour strip on top, the number large, the label under it. */
static int signals(Ui *ui, Layout *L, int x, int y, int w, const Score *s) {
    char v[4][64];
    snprintf(v[0], sizeof v[0], _("%d of %d"), s->hits, s->hits + s->misses);
    snprintf(v[1], sizeof v[1], "%d", s->misses);
    snprintf(v[2], sizeof v[2], "%d", s->false_alarms);
    snprintf(v[3], sizeof v[3], _("%d of %d"), s->protective_hits,
             s->protective_hits + s->protective_misses);
    const char *labels[4] = {_("signs of concern you noticed"), _("signs of concern you missed"),
                             _("false alarms: marked, but not a signal"),
                             _("resources you noticed")};
    ColorRole tone[4] = {C_ACCENT, s->misses ? C_RISK : C_BORDER,
                         s->false_alarms ? C_NOTICE : C_BORDER, C_PROTECTIVE};
    int gap = ui_px(ui, 12);
    int cols = w >= 4 * ui_px(ui, 150) + 3 * gap ? 4 : w >= 2 * ui_px(ui, 150) + gap ? 2 : 1;
    int tw = (w - (cols - 1) * gap) / cols, pad = ui_px(ui, 14);
    TextStyle num = ui_text(ui, TS_H2, FS_BOLD, C_TEXT);
    TextStyle lab = ui_text(ui, TS_SMALL, FS_REGULAR, C_MUTED);
    int row_h = 0;
    for (int i = 0; i < 4; i++) {
        int h = ui_px(ui, 4) + pad + num.line_h +
                layout_text(NULL, ui->fonts, LAYER_SCROLL, &lab, 0, 0, tw - 2 * pad, labels[i],
                            open_box(0, 0, tw)) + pad;
        if (h > row_h) row_h = h;
    }
    int y0 = y;
    for (int i = 0; i < 4; i++) {
        int cx = x + (i % cols) * (tw + gap), cy = y + (i / cols) * (row_h + gap);
        SDL_Rect t = {cx, cy, tw, row_h};
        layout_rect(L, LAYER_SCROLL, t, ui_color(ui, C_BACKGROUND), ui_px(ui, 4), none(), 0);
        layout_rect(L, LAYER_SCROLL, (SDL_Rect){cx, cy, tw, ui_px(ui, 4)}, ui_color(ui, tone[i]), 0,
                    none(), 0);
        int ty = cy + ui_px(ui, 4) + pad;
        layout_line(L, ui->fonts, LAYER_SCROLL, &num, cx + pad, ty, tw - 2 * pad, v[i], t);
        layout_text(L, ui->fonts, LAYER_SCROLL, &lab, cx + pad, ty + num.line_h, tw - 2 * pad,
                    labels[i], t);
    }
    int rows = (4 + cols - 1) / cols;
    return rows * row_h + (rows - 1) * gap + (y - y0);
}

static const char *scene_name(const Scenario *sc, int scene) {
    const Scene *s = &sc->scenes[scene];
    return s->title && *s->title ? s->title : s->id;
}

/* The trainee's level (a filled dot) and the expert's (a ring) on the
   case's scale, one row per answer along the path, with how far apart
   they were in words at the end of the row. */
static int concern_chart(Ui *ui, Layout *L, int x, int y, int w, const Score *s) {
    const Scenario *sc = ui->sc;
    int levels = scenario_concern_levels(sc);
    if (levels < 1) levels = 1;
    SDL_Rect box = open_box(x, y, w);
    TextStyle small = ui_text(ui, TS_SMALL, FS_REGULAR, C_MUTED);
    TextStyle sb = ui_text(ui, TS_SMALL, FS_BOLD, C_TEXT);
    int y0 = y;
    int lw = w * 36 / 100;
    if (lw > ui_px(ui, 260)) lw = ui_px(ui, 260);
    /* The column for how far apart: as wide as its longest words. */
    TextStyle dst = ui_text(ui, TS_SMALL, FS_BOLD, C_TEXT);
    int dw = 0;
    for (int k = 0; k < 3; k++) {
        char t[64];
        if (k == 0) snprintf(t, sizeof t, "%s", _("the same"));
        else snprintf(t, sizeof t, k == 1 ? _("%d higher") : _("%d lower"), levels - 1);
        int tw = font_measure(ui->fonts, dst.style, dst.px, t, strlen(t)) + ui_px(ui, 14);
        if (tw > dw) dw = tw;
    }
    bool narrow = w - lw - dw < ui_px(ui, 200);
    if (narrow) lw = 0;
    int tx = x + lw + (lw ? ui_px(ui, 12) : 0), tw = x + w - dw - ui_px(ui, 8) - tx;
    int col = tw / levels;
    /* The scale on top: numbers, with the labels under them if they fit. */
    bool labels = true;
    for (int l = 1; l <= levels; l++) {
        const char *t = scenario_concern_label(sc, l);
        TextStyle m = small;
        if (layout_text(NULL, ui->fonts, LAYER_SCROLL, &m, 0, 0, col - ui_px(ui, 6), t, box) >
            2 * small.line_h)
            labels = false;
    }
    int head = 0;
    for (int pass = 0; pass < 2; pass++) {
        int hh = 0;
        for (int l = 1; l <= levels; l++) {
            int cx = tx + (l - 1) * col;
            char n[16];
            snprintf(n, sizeof n, "%d", l);
            TextStyle ns = sb;
            ns.align = ALIGN_CENTER;
            Layout *lp = pass ? L : NULL;
            int h = layout_text(lp, ui->fonts, LAYER_SCROLL, &ns, cx, y, col, n, box);
            if (labels) {
                TextStyle m = small;
                m.align = ALIGN_CENTER;
                h += layout_text(lp, ui->fonts, LAYER_SCROLL, &m, cx + ui_px(ui, 3), y + h,
                                 col - ui_px(ui, 6), scenario_concern_label(sc, l), box);
            }
            if (h > hh) hh = h;
        }
        head = hh;
    }
    y += head + ui_px(ui, 8);
    int dot = ui_px(ui, 18), ring = ui_px(ui, 26);
    int rowpad = ui_px(ui, 8);
    for (size_t i = 0; i < s->nanswers; i++) {
        const ConcernAnswer *a = &s->answers[i];
        const char *name = scene_name(sc, a->scene);
        char label[300];
        snprintf(label, sizeof label, "%zu. %s", i + 1, name);
        int th = 0;
        if (narrow) {
            th = layout_text(L, ui->fonts, LAYER_SCROLL, &sb, x, y, w, label, box) + ui_px(ui, 4);
        }
        int ry = y + th;
        int lh = lw ? layout_text(NULL, ui->fonts, LAYER_SCROLL, &sb, 0, 0, lw, label, box) : 0;
        int rh = ring + 2 * rowpad;
        if (lh + 2 * rowpad > rh) rh = lh + 2 * rowpad;
        /* The row's band and the scale's columns. */
        if (i % 2 == 0)
            layout_rect(L, LAYER_SCROLL, (SDL_Rect){x, ry, w, rh}, ui_color(ui, C_BACKGROUND), ui_px(ui, 4),
                        none(), 0);
        int my = ry + rh / 2;
        layout_rect(L, LAYER_SCROLL, (SDL_Rect){tx + col / 2, my - ui_px(ui, 1), col * (levels - 1),
                                                ui_px(ui, 2) > 1 ? ui_px(ui, 2) : 1},
                    ui_color(ui, C_BORDER), 0, none(), 0);
        for (int l = 1; l <= levels; l++) {
            int cx = tx + (l - 1) * col + col / 2, tick = ui_px(ui, 8);
            layout_rect(L, LAYER_SCROLL, (SDL_Rect){cx - ui_px(ui, 1), my - tick / 2, ui_px(ui, 2) > 1 ? ui_px(ui, 2) : 1, tick},
                        ui_color(ui, C_BORDER), 0, none(), 0);
        }
        if (lw) layout_text(L, ui->fonts, LAYER_SCROLL, &sb, x + ui_px(ui, 8), ry + (rh - lh) / 2,
                            lw - ui_px(ui, 8), label, box);
        int gx = tx + (a->given - 1) * col + col / 2, ex = tx + (a->expert - 1) * col + col / 2;
        if (a->given >= 1 && a->expert >= 1 && a->given != a->expert) {
            int lo = gx < ex ? gx : ex, hi = gx < ex ? ex : gx, t = ui_px(ui, 6);
            layout_rect(L, LAYER_SCROLL, (SDL_Rect){lo, my - t / 2, hi - lo, t},
                        ui_color(ui, C_NOTICE), t / 2, none(), 0);
        }
        if (a->expert >= 1)
            layout_rect(L, LAYER_SCROLL, (SDL_Rect){ex - ring / 2, my - ring / 2, ring, ring},
                        ui_color(ui, C_SURFACE), ring / 2, ui_color(ui, C_TEXT), ui_px(ui, 2));
        if (a->given >= 1)
            layout_rect(L, LAYER_SCROLL, (SDL_Rect){gx - dot / 2, my - dot / 2, dot, dot},
                        ui_color(ui, C_ACCENT), dot / 2, none(), 0);
        char diff[64];
        int d = a->given - a->expert;
        if (d == 0) snprintf(diff, sizeof diff, "%s", _("the same"));
        else if (d > 0) snprintf(diff, sizeof diff, _("%d higher"), d);
        else snprintf(diff, sizeof diff, _("%d lower"), -d);
        TextStyle ds = ui_text(ui, TS_SMALL, FS_BOLD, d ? C_NOTICE : C_PROTECTIVE);
        ds.align = ALIGN_RIGHT;
        layout_line(L, ui->fonts, LAYER_SCROLL, &ds, x + w - dw, my - ds.line_h / 2, dw - ui_px(ui, 6),
                    diff, (SDL_Rect){x, ry, w, rh});
        y = ry + rh + ui_px(ui, 4);
    }
    /* The key. */
    y += ui_px(ui, 8);
    int kx = x;
    TextStyle ks = ui_text(ui, TS_SMALL, FS_REGULAR, C_TEXT);
    const char *you = _("your level"), *exp = _("the expert's level");
    int k1 = font_measure(ui->fonts, ks.style, ks.px, you, strlen(you));
    int k2 = font_measure(ui->fonts, ks.style, ks.px, exp, strlen(exp));
    int sym = ui_px(ui, 16), kgap = ui_px(ui, 8);
    int ky = y + (ks.line_h - sym) / 2;
    layout_rect(L, LAYER_SCROLL, (SDL_Rect){kx, ky, sym, sym}, ui_color(ui, C_ACCENT), sym / 2, none(), 0);
    kx += sym + kgap;
    layout_line(L, ui->fonts, LAYER_SCROLL, &ks, kx, y, x + w - kx, you, box);
    kx += k1 + ui_px(ui, 24);
    if (kx + sym + kgap + k2 > x + w) {
        kx = x;
        y += ks.line_h + ui_px(ui, 6);
        ky = y + (ks.line_h - sym) / 2;
    }
    layout_rect(L, LAYER_SCROLL, (SDL_Rect){kx, ky, sym, sym}, ui_color(ui, C_SURFACE), sym / 2,
                ui_color(ui, C_TEXT), ui_px(ui, 2));
    kx += sym + kgap;
    layout_line(L, ui->fonts, LAYER_SCROLL, &ks, kx, y, x + w - kx, exp, box);
    y += ks.line_h;
    if (!labels) {
        /* The scale's words, when they did not fit over the columns. */
        char key[1200];
        size_t n = 0;
        key[0] = '\0';
        for (int l = 1; l <= levels && n < sizeof key; l++)
            n += (size_t)snprintf(key + n, sizeof key - n, "%s%d = %s", l > 1 ? " · " : "", l,
                                  scenario_concern_label(sc, l));
        y += ui_px(ui, 8);
        y += layout_text(L, ui->fonts, LAYER_SCROLL, &small, x, y, w, key, box);
    }
    return y - y0;
}

/* A swatch and a word for the map's key; moves *kx, wraps onto *ky. */
static void key_item(Ui *ui, Layout *L, int x, int w, int *kx, int *ky, ColorRole fill,
                     ColorRole edge, int bw, bool dashed, const char *text) {
    TextStyle ks = ui_text(ui, TS_SMALL, FS_REGULAR, C_TEXT);
    int sw = ui_px(ui, 26), sh = ui_px(ui, 14), gap = ui_px(ui, 8);
    int tw = font_measure(ui->fonts, ks.style, ks.px, text, strlen(text));
    if (*kx > x && *kx + sw + gap + tw > x + w) {
        *kx = x;
        *ky += ks.line_h + ui_px(ui, 6);
    }
    int sy = *ky + (ks.line_h - sh) / 2;
    if (dashed) {
        int t = ui_px(ui, 2) > 1 ? ui_px(ui, 2) : 1, d = 3 * t + 2;
        for (int p = 0; p < sw; p += d + 2 * t + 2)
            layout_rect(L, LAYER_SCROLL, (SDL_Rect){*kx + p, *ky + ks.line_h / 2 - t / 2,
                                                    p + d > sw ? sw - p : d, t},
                        ui_color(ui, edge), 0, none(), 0);
    } else {
        layout_rect(L, LAYER_SCROLL, (SDL_Rect){*kx, sy, sw, sh}, ui_color(ui, fill), ui_px(ui, 3),
                    ui_color(ui, edge), bw);
    }
    *kx += sw + gap;
    if (tw > x + w - *kx) tw = x + w - *kx;
    layout_line(L, ui->fonts, LAYER_SCROLL, &ks, *kx, *ky, tw, text, open_box(x, *ky, w));
    *kx += tw + ui_px(ui, 22);
}

static int map(Ui *ui, Layout *L, int x, int y, int w) {
    ResultsUi *r = ui->res;
    const Scenario *sc = ui->sc;
    CaseMap m;
    if (casemap_build(sc, &m) != BLK_OK) return 0;
    int y0 = y;
    size_t npath;
    const NodeRef *path = play_path(ui->play, &npath);
    if (r && r->nlit < m.nnodes) {
        unsigned char *n = realloc(r->lit, m.nnodes);
        if (n) {
            r->lit = n;
            r->nlit = m.nnodes;
        }
    }
    unsigned char *lit = r && r->nlit >= m.nnodes ? r->lit : NULL;
    if (lit) memset(lit, 0, r->nlit);
    y += casemap_draw(ui, L, LAYER_SCROLL, (SDL_Rect){x, y, w, 0}, sc, &m, path, npath, ACT_NONE, lit);
    y += ui_px(ui, 18);
    bool loops = false;
    for (size_t i = 0; i < m.nedges; i++) loops |= m.edges[i].back;
    int kx = x, ky = y;
    key_item(ui, L, x, w, &kx, &ky, C_ACCENT_SOFT, C_ACCENT, ui_px(ui, 2), false, _("your path"));
    key_item(ui, L, x, w, &kx, &ky, C_SURFACE, C_BORDER, ui_px(ui, 1), false, _("not visited"));
    key_item(ui, L, x, w, &kx, &ky, C_PROTECTIVE_SOFT, C_PROTECTIVE, ui_px(ui, 1), false,
             _("good ending"));
    key_item(ui, L, x, w, &kx, &ky, C_NOTICE_SOFT, C_NOTICE, ui_px(ui, 1), false, _("mixed ending"));
    key_item(ui, L, x, w, &kx, &ky, C_RISK_SOFT, C_RISK, ui_px(ui, 1), false, _("poor ending"));
    if (loops) key_item(ui, L, x, w, &kx, &ky, C_SURFACE, C_CONTROL, 0, true, _("back to an earlier scene"));
    TextStyle ks = ui_text(ui, TS_SMALL, FS_REGULAR, C_TEXT);
    y = ky + ks.line_h;
    casemap_free(&m);
    return y - y0;
}

static const char *mark_word(Mark m) {
    return m == MARK_RISK ? _("Concern") : m == MARK_PROTECTIVE ? _("Resource") : _("Not marked");
}

static const char *kind_word(ObsKind k) {
    return k == OBS_RISK ? _("Concern") : k == OBS_PROTECTIVE ? _("Resource") : _("Not a signal");
}

/* Whether a mark was right, in words and a tone. */
static const char *verdict(ObsKind k, Mark m, ColorRole *fg, ColorRole *bg) {
    bool right = (k == OBS_RISK && m == MARK_RISK) || (k == OBS_PROTECTIVE && m == MARK_PROTECTIVE) ||
                 (k == OBS_NEUTRAL && m == MARK_NONE);
    if (right) {
        *fg = C_PROTECTIVE, *bg = C_PROTECTIVE_SOFT;
        return k == OBS_NEUTRAL ? _("Right to leave it") : _("Noticed");
    }
    if (k == OBS_NEUTRAL) {
        *fg = C_NOTICE, *bg = C_NOTICE_SOFT;
        return _("False alarm");
    }
    *fg = C_RISK, *bg = C_RISK_SOFT;
    return m == MARK_NONE ? _("Missed") : _("Marked the wrong way");
}

/* The observations shown, in the order they were met along the path. */
static size_t shown_order(const Play *p, int *out) {
    const Scenario *sc = play_scenario(p);
    size_t n = 0, npath;
    const NodeRef *path = play_path(p, &npath);
    unsigned char *seen = calloc(sc->nobservations + 1, 1);
    if (!seen) return 0;
    for (size_t i = 0; i < npath; i++) {
        if (path[i].is_ending) continue;
        const Scene *s = &sc->scenes[path[i].index];
        for (size_t k = 0; k < s->nobserve; k++) {
            int o = s->observe[k];
            if (o >= 0 && !seen[o] && play_shown(p, o)) {
                seen[o] = 1;
                out[n++] = o;
            }
        }
    }
    for (size_t o = 0; o < sc->nobservations; o++)
        if (!seen[o] && play_shown(p, (int)o)) out[n++] = (int)o;
    free(seen);
    return n;
}

/* A pill with a word, `w` wide at most; returns its height. */
static int pill(Ui *ui, Layout *L, int x, int y, int w, const char *text, ColorRole fg, ColorRole bg) {
    return frame_badge(ui, L, x, y, w, text, fg, bg);
}

static int observations(Ui *ui, Layout *L, int x, int y, int w, const int *order, size_t n) {
    const Scenario *sc = ui->sc;
    SDL_Rect box = open_box(x, y, w);
    TextStyle body = ui_text(ui, TS_BODY, FS_REGULAR, C_TEXT);
    TextStyle ex = ui_text(ui, TS_SMALL, FS_REGULAR, C_MUTED);
    TextStyle head = ui_text(ui, TS_SMALL, FS_BOLD, C_MUTED);
    int gap = ui_px(ui, 16);
    int cw = ui_px(ui, 170);
    bool table = w - 2 * cw - 2 * gap >= ui_px(ui, 260);
    int tw = table ? w - 2 * cw - 2 * gap : w;
    int c1 = x + tw + gap, c2 = c1 + cw + gap;
    int y0 = y;
    if (table) {
        layout_line(L, ui->fonts, LAYER_SCROLL, &head, x, y, tw, _("What was there to notice"), box);
        layout_line(L, ui->fonts, LAYER_SCROLL, &head, c1, y, cw, _("Your mark"), box);
        layout_line(L, ui->fonts, LAYER_SCROLL, &head, c2, y, cw, _("The expert's"), box);
        y += head.line_h + ui_px(ui, 8);
    }
    for (size_t i = 0; i < n; i++) {
        const Observation *o = &sc->observations[order[i]];
        Mark m = play_mark_of(ui->play, order[i]);
        ColorRole fg, bg;
        const char *v = verdict(o->kind, m, &fg, &bg);
        layout_rect(L, LAYER_SCROLL, (SDL_Rect){x, y, w, ui_px(ui, 1)}, ui_color(ui, C_BORDER), 0,
                    none(), 0);
        y += ui_px(ui, 12);
        int ty = y;
        ty += layout_text(L, ui->fonts, LAYER_SCROLL, &body, x, ty, tw, o->text, box);
        if (o->explain && *o->explain) {
            ty += ui_px(ui, 4);
            ty += layout_text(L, ui->fonts, LAYER_SCROLL, &ex, x, ty, tw, o->explain, box);
        }
        if (table) {
            TextStyle ms = ui_text(ui, TS_SMALL, FS_BOLD, C_TEXT);
            int my = y;
            my += layout_text(L, ui->fonts, LAYER_SCROLL, &ms, c1, my, cw, mark_word(m), box);
            my += ui_px(ui, 4);
            my += pill(ui, L, c1, my, cw, v, fg, bg);
            int ky = y + layout_text(L, ui->fonts, LAYER_SCROLL, &ms, c2, y, cw, kind_word(o->kind), box);
            if (my > ty) ty = my;
            if (ky > ty) ty = ky;
        } else {
            char line[300];
            snprintf(line, sizeof line, _("You: %s · Expert: %s"), mark_word(m), kind_word(o->kind));
            TextStyle ms = ui_text(ui, TS_SMALL, FS_BOLD, C_TEXT);
            ty += ui_px(ui, 6);
            ty += layout_text(L, ui->fonts, LAYER_SCROLL, &ms, x, ty, w, line, box);
            ty += ui_px(ui, 4);
            ty += pill(ui, L, x, ty, w, v, fg, bg);
        }
        y = ty + ui_px(ui, 12);
    }
    return y - y0;
}

/* A tinted box with a label over a text, in a tone; returns its height. */
static int tone_box(Ui *ui, Layout *L, int x, int y, int w, const char *label, const char *text,
                    ColorRole tone, ColorRole soft) {
    int pad = ui_px(ui, 14), stripe = ui_px(ui, 4);
    SDL_Rect box = open_box(x, y, w);
    size_t bg = layout_rect(L, LAYER_SCROLL, box, ui_color(ui, soft), ui_px(ui, 4), none(), 0);
    size_t st = layout_rect(L, LAYER_SCROLL, (SDL_Rect){x, y, stripe, 0}, ui_color(ui, tone), 0, none(), 0);
    TextStyle ls = ui_text(ui, TS_SMALL, FS_BOLD, tone);
    TextStyle ts = ui_text(ui, TS_BODY, FS_REGULAR, C_TEXT);
    int tx = x + stripe + pad, tw = w - stripe - 2 * pad;
    int th = layout_text(L, ui->fonts, LAYER_SCROLL, &ls, tx, y + pad, tw, label, box);
    th += layout_text(L, ui->fonts, LAYER_SCROLL, &ts, tx, y + pad + th, tw, text, box);
    int h = th + 2 * pad;
    if (!L->failed) {
        L->items[bg].r.h = L->items[bg].box.h = h;
        L->items[st].r.h = L->items[st].box.h = h;
        for (size_t i = st + 1; i < L->nitems; i++) L->items[i].box.h = h;
    }
    return h;
}

static int decisions(Ui *ui, Layout *L, int x, int y, int w, const Decision *ds, size_t n) {
    const Scenario *sc = ui->sc;
    SDL_Rect box = open_box(x, y, w);
    TextStyle st = ui_text(ui, TS_SMALL, FS_BOLD, C_MUTED);
    TextStyle body = ui_text(ui, TS_BODY, FS_REGULAR, C_TEXT);
    int y0 = y;
    for (size_t i = 0; i < n; i++) {
        const Decision *d = &ds[i];
        const Scene *s = &sc->scenes[d->scene];
        const Choice *c = &s->choices[d->choice];
        if (i) {
            layout_rect(L, LAYER_SCROLL, (SDL_Rect){x, y, w, ui_px(ui, 1)}, ui_color(ui, C_BORDER), 0,
                        none(), 0);
            y += ui_px(ui, 18);
        }
        char head[300];
        snprintf(head, sizeof head, "%zu. %s", i + 1, scene_name(sc, d->scene));
        y += layout_text(L, ui->fonts, LAYER_SCROLL, &st, x, y, w, head, box) + ui_px(ui, 6);
        y += tone_box(ui, L, x, y, w, _("You chose"), c->text, C_ACCENT, C_ACCENT_SOFT);
        y += ui_px(ui, 10);
        const char *label;
        ColorRole fg, bg;
        if (d->points >= d->best) {
            label = _("The best choice here");
            fg = C_PROTECTIVE, bg = C_PROTECTIVE_SOFT;
        } else if (d->points < 0) {
            label = _("A weak choice");
            fg = C_RISK, bg = C_RISK_SOFT;
        } else {
            label = _("A possible choice, but not the best");
            fg = C_NOTICE, bg = C_NOTICE_SOFT;
        }
        char a[32], b[32], pts[120];
        results_ui_decimal(a, sizeof a, d->points);
        results_ui_decimal(b, sizeof b, d->best);
        snprintf(pts, sizeof pts, _("%s of %s points"), a, b);
        int bh = pill(ui, L, x, y, w, label, fg, bg);
        TextStyle ps = ui_text(ui, TS_SMALL, FS_BOLD, C_TEXT);
        int lw = font_measure(ui->fonts, FS_BOLD, ui_text(ui, TS_SMALL, FS_BOLD, C_TEXT).px, label,
                              strlen(label)) + 2 * ui_px(ui, 10);
        int px = x + lw + ui_px(ui, 12);
        int pw = font_measure(ui->fonts, ps.style, ps.px, pts, strlen(pts));
        if (px + pw <= x + w) {
            layout_line(L, ui->fonts, LAYER_SCROLL, &ps, px, y + (bh - ps.line_h) / 2, pw, pts, box);
            y += bh;
        } else {
            y += bh + ui_px(ui, 4);
            y += layout_text(L, ui->fonts, LAYER_SCROLL, &ps, x, y, w, pts, box);
        }
        y += ui_px(ui, 10);
        if (c->feedback && *c->feedback) {
            y += layout_text(L, ui->fonts, LAYER_SCROLL, &body, x, y, w, c->feedback, box);
            y += ui_px(ui, 10);
        }
        if (d->points < d->best) {
            /* The best choice that was offered, and why. */
            const Choice *best = NULL;
            for (size_t k = 0; k < d->noffered && !best; k++) {
                const Choice *o = &s->choices[d->offered[k]];
                if (o->points >= d->best) best = o;
            }
            if (best) {
                y += tone_box(ui, L, x, y, w, _("The best choice that was open to you"), best->text,
                              C_PROTECTIVE, C_PROTECTIVE_SOFT);
                y += ui_px(ui, 10);
                if (best->feedback && *best->feedback) {
                    TextStyle fs = ui_text(ui, TS_BODY, FS_REGULAR, C_MUTED);
                    y += layout_text(L, ui->fonts, LAYER_SCROLL, &fs, x, y, w, best->feedback, box);
                    y += ui_px(ui, 10);
                }
            }
        }
        y += ui_px(ui, 4);
    }
    return y - y0;
}

static int bullets(Ui *ui, Layout *L, int x, int y, int w, const StrList *items) {
    int y0 = y;
    for (size_t i = 0; i < items->count; i++) {
        if (i) y += ui_px(ui, 8);
        y += frame_bullet(ui, L, x, y, w, items->items[i]);
    }
    return y - y0;
}

/* }====================================================== */

static void defaults(Ui *ui) {
    ResultsUi *r = ui->res;
    if (!r || r->sections_set) return;
    bool test = ui->mode == FEEDBACK_END; /* "test me": the feedback is here */
    for (int i = 0; i < SEC_COUNT; i++) r->section[i] = true;
    r->section[SEC_OBSERVATIONS] = false;
    r->section[SEC_DECISIONS] = test;
    r->section[SEC_REFERENCES] = false;
    r->sections_set = true;
}

void screen_debrief(Ui *ui, Layout *L) {
    frame_header(ui, L);
    if (!ui->play || !ui->sc) return;
    ResultsUi *r = ui->res;
    defaults(ui);
    static const bool fallback[SEC_COUNT] = {true, true, true, true, false, true, true, false};
    const bool *open = r ? r->section : fallback;
    const Scenario *sc = ui->sc;
    int x, w;
    frame_column(ui, 880, &x, &w);
    SDL_Rect box = open_box(x, 0, w);
    int y = ui_px(ui, 32), gap = ui_px(ui, 20);
    TextStyle over = ui_text(ui, TS_SMALL, FS_BOLD, C_MUTED);
    y += layout_text(L, ui->fonts, LAYER_SCROLL, &over, x, y, w, _("Debrief"), box);
    y += ui_px(ui, 4);
    y += frame_heading(ui, L, x, y, w, TS_H1, sc->title);
    Score s;
    if (score_compute(ui->play, &s) != BLK_OK) {
        L->content_h = y;
        return;
    }
    y += ui_px(ui, 8);
    y += hero(ui, L, x, y, w, &s) + gap;
    Card c;
    char sum[400], a[32];
    int cy;
    if (sc->ncompetencies) {
        snprintf(sum, sizeof sum, "%s", _("Points for each competency, of what the best choices would give"));
        cy = card_begin(ui, L, x, y, w, SEC_COMPETENCIES, _("Competencies"), sum, open[SEC_COMPETENCIES], &c);
        if (open[SEC_COMPETENCIES]) cy += competencies(ui, L, c.x + c.pad, cy, w - 2 * c.pad, &s);
        y += card_end(L, &c, cy, open[SEC_COMPETENCIES]) + gap;
    }
    snprintf(sum, sizeof sum, _("You noticed %d of %d signs of concern and %d of %d resources"),
             s.hits, s.hits + s.misses, s.protective_hits, s.protective_hits + s.protective_misses);
    cy = card_begin(ui, L, x, y, w, SEC_SIGNALS, _("Signals"), sum, open[SEC_SIGNALS], &c);
    if (open[SEC_SIGNALS]) cy += signals(ui, L, c.x + c.pad, cy, w - 2 * c.pad, &s);
    y += card_end(L, &c, cy, open[SEC_SIGNALS]) + gap;
    if (s.nanswers) {
        results_ui_decimal(a, sizeof a, s.concern_mae);
        snprintf(sum, sizeof sum,
                 ngettext("%zu answer; on average %s levels from the expert's",
                          "%zu answers; on average %s levels from the expert's", s.nanswers),
                 s.nanswers, a);
        cy = card_begin(ui, L, x, y, w, SEC_CONCERN, _("Your concern and the expert's"), sum,
                        open[SEC_CONCERN], &c);
        if (open[SEC_CONCERN]) cy += concern_chart(ui, L, c.x + c.pad, cy, w - 2 * c.pad, &s);
        y += card_end(L, &c, cy, open[SEC_CONCERN]) + gap;
    }
    size_t npath;
    play_path(ui->play, &npath);
    snprintf(sum, sizeof sum, _("The way you took through the case: %zu steps"), npath);
    cy = card_begin(ui, L, x, y, w, SEC_MAP, _("Map of the case"), sum, open[SEC_MAP], &c);
    if (open[SEC_MAP]) cy += map(ui, L, c.x + c.pad, cy, w - 2 * c.pad);
    else if (r && r->lit) memset(r->lit, 0, r->nlit);
    y += card_end(L, &c, cy, open[SEC_MAP]) + gap;
    int *order = calloc(sc->nobservations + 1, sizeof *order);
    size_t nshown = order ? shown_order(ui->play, order) : 0;
    if (nshown) {
        int right = 0;
        for (size_t i = 0; i < nshown; i++) {
            ColorRole fg, bg;
            const Observation *o = &sc->observations[order[i]];
            verdict(o->kind, play_mark_of(ui->play, order[i]), &fg, &bg);
            right += fg == C_PROTECTIVE;
        }
        snprintf(sum, sizeof sum, _("%zu shown; you marked %d of them as the expert did"), nshown, right);
        cy = card_begin(ui, L, x, y, w, SEC_OBSERVATIONS, _("What you noticed"), sum,
                        open[SEC_OBSERVATIONS], &c);
        if (open[SEC_OBSERVATIONS]) cy += observations(ui, L, c.x + c.pad, cy, w - 2 * c.pad, order, nshown);
        y += card_end(L, &c, cy, open[SEC_OBSERVATIONS]) + gap;
    }
    free(order);
    size_t nd;
    const Decision *ds = play_decisions(ui->play, &nd);
    if (nd) {
        int best = 0;
        for (size_t i = 0; i < nd; i++) best += ds[i].points >= ds[i].best;
        results_ui_decimal(a, sizeof a, s.points);
        char b[32];
        results_ui_decimal(b, sizeof b, s.possible);
        snprintf(sum, sizeof sum,
                 ngettext("The best available choice in %d of %zu decision; %s of %s points",
                          "The best available choice in %d of %zu decisions; %s of %s points", nd),
                 best, nd, a, b);
        cy = card_begin(ui, L, x, y, w, SEC_DECISIONS, _("Your choices"), sum, open[SEC_DECISIONS], &c);
        if (open[SEC_DECISIONS]) cy += decisions(ui, L, c.x + c.pad, cy, w - 2 * c.pad, ds, nd);
        y += card_end(L, &c, cy, open[SEC_DECISIONS]) + gap;
    }
    if (sc->debrief.count) {
        snprintf(sum, sizeof sum,
                 ngettext("%zu point from the case's author", "%zu points from the case's author",
                          sc->debrief.count),
                 sc->debrief.count);
        cy = card_begin(ui, L, x, y, w, SEC_LEARNING, _("Key learning points"), sum, open[SEC_LEARNING], &c);
        if (open[SEC_LEARNING]) cy += bullets(ui, L, c.x + c.pad, cy, w - 2 * c.pad, &sc->debrief);
        y += card_end(L, &c, cy, open[SEC_LEARNING]) + gap;
    }
    if (sc->references.count) {
        snprintf(sum, sizeof sum,
                 ngettext("%zu source to read more", "%zu sources to read more", sc->references.count),
                 sc->references.count);
        cy = card_begin(ui, L, x, y, w, SEC_REFERENCES, _("References"), sum, open[SEC_REFERENCES], &c);
        if (open[SEC_REFERENCES]) cy += bullets(ui, L, c.x + c.pad, cy, w - 2 * c.pad, &sc->references);
        y += card_end(L, &c, cy, open[SEC_REFERENCES]) + gap;
    }
    score_free(&s);
    L->content_h = y + ui_px(ui, 12);
    if (r && r->from_history)
        frame_footer(ui, L, NULL, 0, _("Back to your results"), ACT_HISTORY, true,
                     _("Enter opens or closes a part"));
    else
        frame_footer(ui, L, _("Play again"), ACT_REPLAY, _("Back to the menu"), ACT_TO_MENU, true,
                     _("Enter opens or closes a part"));
}
