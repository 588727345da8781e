/*
** screen_history.c — the trainee's earlier playthroughs, grouped by case
** (the case played most recently first): a small chart of the totals over
** time, and one row per playthrough with its date, outcome and total, the
** way to its debrief (or to continue it, if unfinished) and to delete it.
** The footer exports everything to the documents folder (results_ui_history.c).
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "results_ui.h"

static SDL_Color none(void) { return (SDL_Color){0, 0, 0, 0}; }

static SDL_Rect open_box(int x, int y, int w) { return (SDL_Rect){x, y, w, 1 << 20}; }

/* Columns of the totals of a case's finished playthroughs, oldest left. */
static int chart(Ui *ui, Layout *L, int x, int y, int w, const PlaythroughInfo *const *ps, size_t n) {
    if (!n) return 0;
    int y0 = y;
    TextStyle cap = ui_text(ui, TS_SMALL, FS_BOLD, C_MUTED);
    y += layout_text(L, ui->fonts, LAYER_SCROLL, &cap, x, y, w, _("Total over time, oldest first"),
                     open_box(x, y, w)) + ui_px(ui, 8);
    int gap = ui_px(ui, 8), ch = ui_px(ui, 64);
    int cw = ui_px(ui, 40);
    if ((int)n * (cw + gap) > w) cw = w / (int)n - gap;
    if (cw < 4) cw = 4;
    TextStyle vs = ui_text(ui, TS_SMALL, FS_REGULAR, C_MUTED);
    vs.align = ALIGN_CENTER;
    /* Rectangles first, then the numbers under them. */
    for (size_t i = 0; i < n; i++) {
        int cx = x + (int)i * (cw + gap);
        layout_rect(L, LAYER_SCROLL, (SDL_Rect){cx, y, cw, ch}, ui_color(ui, C_BACKGROUND), ui_px(ui, 3),
                    none(), 0);
        double t = ps[i]->total;
        if (!isnan(t) && t > 0) {
            int fh = (int)lround(ch * (t > 1 ? 1 : t));
            if (fh < ui_px(ui, 3)) fh = ui_px(ui, 3);
            ColorRole fg, bg;
            results_ui_outcome(ps[i]->outcome, &fg, &bg);
            layout_rect(L, LAYER_SCROLL, (SDL_Rect){cx, y + ch - fh, cw, fh}, ui_color(ui, fg),
                        ui_px(ui, 3), none(), 0);
        }
    }
    layout_rect(L, LAYER_SCROLL, (SDL_Rect){x, y + ch, (int)n * (cw + gap) - gap, ui_px(ui, 1)},
                ui_color(ui, C_CONTROL), 0, none(), 0);
    y += ch + ui_px(ui, 4);
    for (size_t i = 0; i < n; i++) {
        char v[16];
        if (isnan(ps[i]->total)) snprintf(v, sizeof v, "–");
        else snprintf(v, sizeof v, "%.0f", ps[i]->total * 100);
        int cx = x + (int)i * (cw + gap);
        if (font_measure(ui->fonts, vs.style, vs.px, v, strlen(v)) <= cw)
            layout_line(L, ui->fonts, LAYER_SCROLL, &vs, cx, y, cw, v, (SDL_Rect){cx, y, cw, vs.line_h});
    }
    y += vs.line_h;
    return y - y0;
}

/* One playthrough: when, outcome and total, and its buttons. */
static int row(Ui *ui, Layout *L, int x, int y, int w, const PlaythroughInfo *p) {
    SDL_Rect box = open_box(x, y, w);
    bool done = p->finished[0] != 0;
    /* A class's unfinished session is continued in classroom mode, not here. */
    bool can_go = done || p->mode != MODE_CLASSROOM;
    const char *go = done ? _("Debrief") : _("Continue"), *del = _("Delete");
    TextStyle bts = ui_text(ui, TS_BODY, FS_BOLD, C_TEXT);
    TextStyle qts = ui_text(ui, TS_SMALL, FS_BOLD, C_TEXT);
    int gw = font_measure(ui->fonts, bts.style, bts.px, go, strlen(go)) + 2 * ui_px(ui, 22);
    int dw = font_measure(ui->fonts, qts.style, qts.px, del, strlen(del)) + 2 * ui_px(ui, 14);
    int gap = ui_px(ui, 10), bh = frame_button_h(ui), qh = qts.line_h + 2 * ui_px(ui, 7);
    if (!can_go) gw = 0;
    int buttons = gw + (gw ? gap : 0) + dw;
    bool side = w - buttons - ui_px(ui, 20) >= ui_px(ui, 260);
    int tw = side ? w - buttons - ui_px(ui, 20) : w;
    char when[120];
    results_ui_when(done ? p->finished : p->started, when, sizeof when);
    TextStyle ws = ui_text(ui, TS_BODY, FS_BOLD, C_TEXT);
    int th = 0;
    /* The total at the right of the date. */
    char tot[32] = "";
    if (done) {
        if (isnan(p->total)) snprintf(tot, sizeof tot, "–");
        else snprintf(tot, sizeof tot, "%.0f %%", p->total * 100);
    }
    TextStyle ts = ui_text(ui, TS_BODY, FS_BOLD, C_ACCENT);
    ts.align = ALIGN_RIGHT;
    int totw = tot[0] ? font_measure(ui->fonts, ts.style, ts.px, tot, strlen(tot)) : 0;
    if (tot[0]) layout_line(L, ui->fonts, LAYER_SCROLL, &ts, x + tw - totw, y, totw, tot, box);
    th += layout_text(L, ui->fonts, LAYER_SCROLL, &ws, x, y, tw - totw - (totw ? ui_px(ui, 12) : 0),
                      when, box);
    th += ui_px(ui, 6);
    ColorRole fg = C_MUTED, bg = C_BACKGROUND;
    const char *label = done ? results_ui_outcome(p->outcome, &fg, &bg) : _("Not finished");
    int ph = frame_badge(ui, L, x, y + th, tw, label, fg, bg);
    char meta[400];
    size_t n = 0;
    meta[0] = '\0';
    if (p->mode == MODE_TEST) n += (size_t)snprintf(meta, sizeof meta, "%s", _("test me"));
    if (p->mode == MODE_CLASSROOM) n += (size_t)snprintf(meta, sizeof meta, "%s", _("classroom"));
    if (p->participant[0] && n < sizeof meta)
        n += (size_t)snprintf(meta + n, sizeof meta - n, "%s%s", n ? " · " : "", p->participant);
    if (!done && n < sizeof meta) {
        if (n) n += (size_t)snprintf(meta + n, sizeof meta - n, " · ");
        if (n < sizeof meta)
            snprintf(meta + n, sizeof meta - n,
                     ngettext("%d step saved", "%d steps saved", (unsigned long)p->nactions),
                     p->nactions);
    }
    if (meta[0]) {
        TextStyle ms = ui_text(ui, TS_SMALL, FS_REGULAR, C_MUTED);
        int lw = font_measure(ui->fonts, FS_BOLD, ui_text(ui, TS_SMALL, FS_BOLD, C_TEXT).px, label,
                              strlen(label)) + 2 * ui_px(ui, 10);
        int mx = x + lw + ui_px(ui, 12);
        int mw = font_measure(ui->fonts, ms.style, ms.px, meta, strlen(meta));
        if (mx + mw <= x + tw) {
            layout_line(L, ui->fonts, LAYER_SCROLL, &ms, mx, y + th + (ph - ms.line_h) / 2, mw, meta, box);
            th += ph;
        } else {
            th += ph + ui_px(ui, 4);
            th += layout_text(L, ui->fonts, LAYER_SCROLL, &ms, x, y + th, tw, meta, box);
        }
    } else {
        th += ph;
    }
    int by = side ? y + (th > bh ? (th - bh) / 2 : 0) : y + th + ui_px(ui, 10);
    int bx = side ? x + w - buttons : x;
    frame_button(ui, L, LAYER_SCROLL, bx, by + (bh - qh) / 2, dw, BTN_QUIET, del, ACT_DELETE, (int)p->id,
                 true, NULL);
    if (can_go)
        frame_button(ui, L, LAYER_SCROLL, bx + dw + gap, by, gw, BTN_SECONDARY, go,
                     done ? ACT_OPEN_DEBRIEF : ACT_RESUME, (int)p->id, true, NULL);
    return side ? (th > bh ? th : bh) : th + ui_px(ui, 10) + bh;
}

/* A case's card: its title, how many, the chart, and the rows. */
static int group(Ui *ui, Layout *L, int x, int y, int w, const ResultsUi *r, size_t first) {
    const char *sid = r->all[first].scenario_id;
    size_t count = 0, finished = 0;
    for (size_t i = first; i < r->nall; i++)
        if (strcmp(r->all[i].scenario_id, sid) == 0) {
            count++;
            finished += r->all[i].finished[0] != 0;
        }
    int pad = ui_px(ui, 20), radius = ui_px(ui, ui->theme.radius + 2);
    size_t bg = layout_rect(L, LAYER_SCROLL, (SDL_Rect){x, y, w, 0}, ui_color(ui, C_SURFACE), radius,
                            ui_color(ui, C_BORDER), ui_px(ui, 1));
    int ix = x + pad, iw = w - 2 * pad, iy = y + pad;
    SDL_Rect box = open_box(x, y, w);
    TextStyle title = ui_text(ui, TS_H3, FS_BOLD, C_TEXT);
    iy += layout_text(L, ui->fonts, LAYER_SCROLL, &title, ix, iy, iw, r->all[first].scenario_title, box);
    char meta[200];
    if (count == 1) snprintf(meta, sizeof meta, "%s", finished ? _("Played once") : _("Started once"));
    else snprintf(meta, sizeof meta, _("%zu playthroughs, %zu finished"), count, finished);
    TextStyle ms = ui_text(ui, TS_SMALL, FS_REGULAR, C_MUTED);
    iy += layout_text(L, ui->fonts, LAYER_SCROLL, &ms, ix, iy, iw, meta, box);
    iy += ui_px(ui, 14);
    /* The chart: the last twelve finished ones, oldest first. */
    const PlaythroughInfo *ps[12];
    size_t np = 0;
    for (size_t i = first; i < r->nall && np < 12; i++)
        if (strcmp(r->all[i].scenario_id, sid) == 0 && r->all[i].finished[0]) ps[np++] = &r->all[i];
    for (size_t i = 0; i < np / 2; i++) {
        const PlaythroughInfo *t = ps[i];
        ps[i] = ps[np - 1 - i];
        ps[np - 1 - i] = t;
    }
    if (np) iy += chart(ui, L, ix, iy, iw, ps, np) + ui_px(ui, 16);
    for (size_t i = first; i < r->nall; i++) {
        if (strcmp(r->all[i].scenario_id, sid) != 0) continue;
        layout_rect(L, LAYER_SCROLL, (SDL_Rect){ix, iy, iw, ui_px(ui, 1)}, ui_color(ui, C_BORDER), 0,
                    none(), 0);
        iy += ui_px(ui, 14);
        iy += row(ui, L, ix, iy, iw, &r->all[i]) + ui_px(ui, 14);
    }
    int h = iy - ui_px(ui, 14) + pad - y;
    if (!L->failed) {
        L->items[bg].r.h = L->items[bg].box.h = h;
        for (size_t i = bg + 1; i < L->nitems; i++)
            if (L->items[i].kind == DI_TEXT && L->items[i].box.h > (1 << 19))
                L->items[i].box = (SDL_Rect){x, y, w, h};
    }
    return h;
}

void screen_history(Ui *ui, Layout *L) {
    frame_header(ui, L);
    ResultsUi *r = ui->res;
    results_ui_refresh(ui);
    int x, w;
    frame_column(ui, 880, &x, &w);
    SDL_Rect box = open_box(x, 0, w);
    int y = ui_px(ui, 32), gap = ui_px(ui, 20);
    y += frame_heading(ui, L, x, y, w, TS_H1, _("Your results"));
    int text_w = frame_measure(ui) < w ? frame_measure(ui) : w;
    TextStyle lead = ui_text(ui, TS_BODY, FS_REGULAR, C_TEXT);
    y += layout_text(L, ui->fonts, LAYER_SCROLL, &lead, x, y, text_w,
                     _("Every case you play is saved here as you play it, on this machine only. "
                       "Nothing leaves it unless you export it."), box);
    y += ui_px(ui, 8);
    char who[400];
    if (ui->settings.participant[0])
        snprintf(who, sizeof who, _("New playthroughs are saved with the name “%s”."),
                 ui->settings.participant);
    else
        snprintf(who, sizeof who, "%s", _("New playthroughs are saved without a name."));
    TextStyle ms = ui_text(ui, TS_SMALL, FS_REGULAR, C_MUTED);
    y += layout_text(L, ui->fonts, LAYER_SCROLL, &ms, x, y, text_w, who, box);
    y += ui_px(ui, 8);
    SDL_Rect b;
    frame_button(ui, L, LAYER_SCROLL, x, y, 0, BTN_QUIET,
                 ui->settings.participant[0] ? _("Change the name") : _("Add a name"), ACT_SETTINGS, 0,
                 true, &b);
    y += b.h + ui_px(ui, 24);
    if (r && r->note[0]) {
        y += frame_notice(ui, L, x, y, w, r->note_error ? C_ERROR : C_ACCENT, r->note) + gap;
    }
    if (!r || !r->db) {
        char msg[2000];
        snprintf(msg, sizeof msg, _("Your results cannot be read now. (%s)"),
                 r && r->problem[0] ? r->problem : "");
        y += frame_notice(ui, L, x, y, w, C_NOTICE, msg) + gap;
    } else if (!r->nall) {
        y += frame_notice(ui, L, x, y, w, C_NOTICE,
                          _("No results yet. When you play a case, it is saved here.")) + gap;
    } else {
        /* One card per case, in the order of their newest playthrough. */
        for (size_t i = 0; i < r->nall; i++) {
            bool seen = false;
            for (size_t k = 0; k < i && !seen; k++)
                seen = strcmp(r->all[k].scenario_id, r->all[i].scenario_id) == 0;
            if (seen) continue;
            y += group(ui, L, x, y, w, r, i) + gap;
        }
    }
    L->content_h = y + ui_px(ui, 12);
    frame_footer(ui, L, _("Back"), ACT_TO_MENU, _("Export the results"), ACT_EXPORT,
                 r && r->db && r->nall > 0, NULL);
}
