/*
** screen_scene.c — a scene as play_view() gives it: title, image, the text
** with speech set apart, then the trainee's tasks in the order of the
** format: mark what you notice (Bekymring / Ressurs / unmarked), say how
** worried you are on the case's scale, and choose what to do (numbered) or
** go on ("Fortsett"). Until a level is given where the scene asks for one,
** the way on is shown as not yet open, and trying it says why.
*/
#include <stdio.h>
#include <string.h>

#include "../core/i18n.h"
#include "app.h"

static int observation(Ui *ui, Layout *L, int x, int y, int w, int obs) {
    const Observation *o = &ui->sc->observations[obs];
    Mark m = play_mark_of(ui->play, obs);
    int pad = ui_px(ui, 14), gap = ui_px(ui, 10);
    const char *risk = _("Concern"), *prot = _("Resource");
    int rw = frame_chip_width(ui, risk), pw = frame_chip_width(ui, prot);
    bool side = w - 2 * pad - rw - pw - gap >= ui_px(ui, 260);
    ColorRole fill = m == MARK_RISK ? C_RISK_SOFT : m == MARK_PROTECTIVE ? C_PROTECTIVE_SOFT : C_SURFACE;
    ColorRole edge = m == MARK_RISK ? C_RISK : m == MARK_PROTECTIVE ? C_PROTECTIVE : C_BORDER;
    SDL_Rect r = {x, y, w, 1 << 20};
    size_t bg = layout_rect(L, LAYER_SCROLL, r, ui_color(ui, fill), ui_px(ui, ui->theme.radius),
                            ui_color(ui, edge), ui_px(ui, m == MARK_NONE ? 1 : 2));
    TextStyle ts = ui_text(ui, TS_BODY, FS_REGULAR, C_TEXT);
    int tw = side ? w - 3 * pad - rw - pw - gap : w - 2 * pad;
    size_t first_text = L->nitems;
    int th = layout_text(L, ui->fonts, LAYER_SCROLL, &ts, x + pad, y + pad, tw, o->text, r);
    size_t last_text = L->nitems;
    int h;
    if (side) {
        int cx = x + w - pad - rw - gap - pw;
        int ch = frame_chip(ui, L, cx, y + pad, rw, risk, NULL, m == MARK_RISK, TONE_RISK,
                            ACT_MARK, obs * 3 + MARK_RISK, NULL);
        frame_chip(ui, L, cx + rw + gap, y + pad, pw, prot, NULL, m == MARK_PROTECTIVE,
                   TONE_PROTECTIVE, ACT_MARK, obs * 3 + MARK_PROTECTIVE, NULL);
        /* One line of text sits level with the chips' labels. */
        if (th < ch && !L->failed) {
            int dy = (ch - th) / 2;
            for (size_t i = first_text; i < last_text; i++) L->items[i].r.y += dy;
        }
        h = (th > ch ? th : ch) + 2 * pad;
    } else {
        int cy = y + pad + th + gap;
        int cw = (w - 2 * pad - gap) / 2;
        int ch = frame_chip(ui, L, x + pad, cy, cw, risk, NULL, m == MARK_RISK, TONE_RISK,
                            ACT_MARK, obs * 3 + MARK_RISK, NULL);
        frame_chip(ui, L, x + pad + cw + gap, cy, cw, prot, NULL, m == MARK_PROTECTIVE,
                   TONE_PROTECTIVE, ACT_MARK, obs * 3 + MARK_PROTECTIVE, NULL);
        h = th + gap + ch + 2 * pad;
    }
    if (!L->failed) {
        L->items[bg].r.h = L->items[bg].box.h = h;
        for (size_t i = first_text; i < last_text; i++) L->items[i].box.h = h;
    }
    return h;
}

/* The concern scale: a row of equal segments (number over label) when
   they are wide enough for the labels, else a list of chips. */
static int concern_scale(Ui *ui, Layout *L, int x, int y, int w, int given) {
    const Scenario *sc = ui->sc;
    int levels = scenario_concern_levels(sc), gap = ui_px(ui, 8);
    int sw = levels > 0 ? (w - (levels - 1) * gap) / levels : w;
    if (sw < ui_px(ui, 118)) {
        int y0 = y;
        for (int l = 1; l <= levels; l++) {
            char label[300];
            snprintf(label, sizeof label, "%d – %s", l, scenario_concern_label(sc, l));
            y += frame_chip(ui, L, x, y, w, label, NULL, given == l, TONE_ACCENT, ACT_CONCERN, l,
                            NULL) + gap;
        }
        return y - y0 - gap;
    }
    int pad = ui_px(ui, 10), radius = ui_px(ui, ui->theme.radius);
    int h = 0;
    for (int pass = 0; pass < 2; pass++) {
        for (int l = 1; l <= levels; l++) {
            bool sel = given == l;
            /* Spread the rounding over the row, so the last ends at the edge. */
            int sx = x + (l - 1) * (w + gap) / levels;
            int ex = x + l * (w + gap) / levels - gap;
            SDL_Rect r = {sx, y, ex - sx, h};
            TextStyle num = ui_text(ui, TS_H3, FS_BOLD, sel ? C_ON_ACCENT : C_TEXT);
            TextStyle lab = ui_text(ui, TS_SMALL, sel ? FS_BOLD : FS_REGULAR, sel ? C_ON_ACCENT : C_MUTED);
            num.align = lab.align = ALIGN_CENTER;
            Layout *lp = pass ? L : NULL;
            if (lp)
                layout_rect(lp, LAYER_SCROLL, r, ui_color(ui, sel ? C_ACCENT : C_SURFACE), radius,
                            ui_color(ui, sel ? C_ACCENT : C_CONTROL), ui_px(ui, sel ? 2 : 1));
            char n[16];
            snprintf(n, sizeof n, "%d", l);
            int th = layout_text(lp, ui->fonts, LAYER_SCROLL, &num, sx + pad, y + pad,
                                 r.w - 2 * pad, n, r);
            /* Bold for the measure, so the chosen label wraps as the others. */
            TextStyle m = lab;
            m.style = FS_BOLD;
            int lh = layout_text(NULL, ui->fonts, LAYER_SCROLL, &m, 0, 0, r.w - 2 * pad,
                                 scenario_concern_label(sc, l), r);
            layout_text(lp, ui->fonts, LAYER_SCROLL, &lab, sx + pad, y + pad + th, r.w - 2 * pad,
                        scenario_concern_label(sc, l), r);
            if (!pass && th + lh + 2 * pad > h) h = th + lh + 2 * pad;
            if (lp) layout_widget(lp, LAYER_SCROLL, r, radius, ACT_CONCERN, l, true,
                                  scenario_concern_label(sc, l));
        }
    }
    return h;
}

static int choice(Ui *ui, Layout *L, int x, int y, int w, size_t k, const char *text, bool open) {
    int pad = ui_px(ui, 14), badge = ui_px(ui, 32), radius = ui_px(ui, ui->theme.radius);
    SDL_Rect r = {x, y, w, 1 << 20};
    size_t bg = layout_rect(L, LAYER_SCROLL, r, ui_color(ui, C_SURFACE), radius,
                            ui_color(ui, open ? C_CONTROL : C_BORDER), ui_px(ui, 1));
    TextStyle ts = ui_text(ui, TS_BODY, FS_REGULAR, open ? C_TEXT : C_MUTED);
    int tx = x + pad + badge + ui_px(ui, 14);
    int th = layout_text(L, ui->fonts, LAYER_SCROLL, &ts, tx, y + pad, x + w - pad - tx, text, r);
    int h = (th > badge ? th : badge) + 2 * pad;
    int by = y + pad + (ts.line_h - badge) / 2;
    if (by < y + pad / 2) by = y + pad / 2;
    SDL_Rect b = {x + pad, by, badge, badge};
    layout_rect(L, LAYER_SCROLL, b, ui_color(ui, open ? C_ACCENT_SOFT : C_SURFACE), ui_px(ui, 4),
                ui_color(ui, open ? C_ACCENT : C_BORDER), ui_px(ui, 1));
    TextStyle num = ui_text(ui, TS_BODY, FS_BOLD, open ? C_ACCENT : C_MUTED);
    num.line_h = badge;
    num.align = ALIGN_CENTER;
    char n[24];
    snprintf(n, sizeof n, "%zu", k + 1);
    layout_line(L, ui->fonts, LAYER_SCROLL, &num, b.x, b.y, badge, n, b);
    r.h = h;
    if (!L->failed) {
        L->items[bg].r = L->items[bg].box = r;
        for (size_t i = bg + 1; i < L->nitems; i++)
            if (L->items[i].kind == DI_TEXT && L->items[i].box.h > h) L->items[i].box = r;
    }
    layout_widget(L, LAYER_SCROLL, r, radius, ACT_CHOOSE, (int)k, open, text);
    return h;
}

void screen_scene(Ui *ui, Layout *L) {
    frame_header(ui, L);
    if (!ui->play) return;
    const PlayView *v = play_view(ui->play);
    const Scene *s = v->scene;
    if (!s) return;
    int x, w;
    frame_column(ui, 0, &x, &w);
    SDL_Rect box = {x, 0, w, 1 << 20};
    int y = ui_px(ui, 32);
    if (s->title && *s->title) y += frame_heading(ui, L, x, y, w, TS_H1, s->title);
    ImageEntry *img = s->image ? ui_image(ui, s->image) : NULL;
    if (img && img->w > 0 && img->h > 0) {
        int iw = w, ih = (int)((long)w * img->h / img->w), maxh = ui->out_h * 2 / 5;
        if (ih > maxh) {
            ih = maxh;
            iw = (int)((long)ih * img->w / img->h);
        }
        layout_image(L, LAYER_SCROLL, (SDL_Rect){x + (w - iw) / 2, y, iw, ih}, img->tex,
                     (SDL_Rect){0, 0, 0, 0}, ui_color(ui, C_BORDER));
        y += ih + ui_px(ui, 20);
    }
    if (v->text) y += frame_textdoc(ui, L, x, y, w, v->text);
    bool blocked = s->concern && v->concern == 0;
    TextStyle help = ui_text(ui, TS_SMALL, FS_REGULAR, C_MUTED);
    if (s->nobserve) {
        y += ui_px(ui, 32);
        y += frame_heading(ui, L, x, y, w, TS_H2, _("What do you notice?"));
        y += layout_text(L, ui->fonts, LAYER_SCROLL, &help, x, y, w,
                         _("Mark what worries you as a concern and what helps as a resource. "
                           "Leave the rest unmarked. You can change your marks until you go on."),
                         box);
        y += ui_px(ui, 12);
        for (size_t i = 0; i < s->nobserve; i++)
            y += observation(ui, L, x, y, w, s->observe[i]) + ui_px(ui, 10);
    }
    if (s->concern) {
        y += ui_px(ui, 28);
        y += frame_heading(ui, L, x, y, w, TS_H2, _("How concerned are you?"));
        y += layout_text(L, ui->fonts, LAYER_SCROLL, &help, x, y, w,
                         _("Choose the level that fits what you know now."), box);
        y += ui_px(ui, 12);
        if (ui->need_concern && blocked) {
            y += frame_notice(ui, L, x, y, w, C_ERROR,
                              _("Choose how concerned you are before you go on."));
            y += ui_px(ui, 12);
        }
        y += concern_scale(ui, L, x, y, w, v->concern);
    }
    if (!s->has_next) {
        y += ui_px(ui, 32);
        y += frame_heading(ui, L, x, y, w, TS_H2, _("What do you do?"));
        char hint[200];
        if (blocked)
            snprintf(hint, sizeof hint, "%s", _("Choose a concern level above first; then you can choose."));
        else if (v->noffered > 1)
            snprintf(hint, sizeof hint, _("Choose one: click it, or press its number (1–%zu)."),
                     v->noffered < 9 ? v->noffered : (size_t)9);
        else
            snprintf(hint, sizeof hint, "%s", _("Click it, or press 1."));
        y += layout_text(L, ui->fonts, LAYER_SCROLL, &help, x, y, w, hint, box);
        y += ui_px(ui, 12);
        for (size_t k = 0; k < v->noffered; k++)
            y += choice(ui, L, x, y, w, k, s->choices[v->offered[k]].text, !blocked) + ui_px(ui, 10);
    }
    L->content_h = y + ui_px(ui, 32);
    if (s->has_next)
        frame_footer(ui, L, NULL, 0, _("Continue"), ACT_CONTINUE, !blocked,
                     blocked ? _("Choose a concern level first") : _("Enter continues"));
}
