/*
** screen_author_map.c — the overlay's Map tab: the case map drawn by
** casemap_draw.c with the path so far and where the case is now, a key to
** its colours, and a scrollbar when it is taller than the room. A click on
** a scene jumps there; endings cannot be jumped to, so they are no widgets.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "app.h"
#include "author_priv.h"
#include "casemap_draw.h"

static SDL_Color none(void) { return (SDL_Color){0, 0, 0, 0}; }

/* {====================================================== the map */

/* Keeps only what lies in `view` of the items and widgets from i0 and w0
   on: lines and boxes are cut at its edge, text and widgets that are not
   wholly inside go. The map scrolls in this window. */
static void clip_to(Layout *L, size_t i0, size_t w0, SDL_Rect view) {
    size_t k = i0;
    for (size_t i = i0; i < L->nitems; i++) {
        DrawItem d = L->items[i];
        SDL_Rect x;
        if (d.kind == DI_TEXT) {
            if (!SDL_IntersectRect(&d.r, &view, &x) || !SDL_RectEquals(&x, &d.r)) continue;
        } else {
            if (!SDL_IntersectRect(&d.r, &view, &x)) continue;
            if (!SDL_RectEquals(&x, &d.r)) {
                if (SDL_RectEquals(&d.box, &d.r)) d.box = x;
                d.r = x;
            }
        }
        L->items[k++] = d;
    }
    L->nitems = k;
    k = w0;
    for (size_t i = w0; i < L->nwidgets; i++) {
        SDL_Rect x;
        const Widget *w = &L->widgets[i];
        if (!SDL_IntersectRect(&w->r, &view, &x) || !SDL_RectEquals(&x, &w->r)) continue;
        L->widgets[k++] = *w;
    }
    L->nwidgets = k;
}

void author_map_body(Ui *ui, Layout *L, Layer ly, SDL_Rect R) {
    Author *a = ui->author;
    const CaseMap *m = author_map(ui);
    const Scenario *sc = ui->sc;
    TextStyle muted = ui_text(ui, TS_SMALL, FS_REGULAR, C_MUTED);
    if (!m || m->nnodes == 0) {
        layout_text(L, ui->fonts, ly, &muted, R.x, R.y, R.w, _("The map could not be made."), R);
        return;
    }
    /* The key, at the bottom. */
    const struct {
        const char *t;
        ColorRole fg, bg;
    } keys[] = {
        {P_("you are here"), C_ON_ACCENT, C_ACCENT},
        {P_("visited"), C_ACCENT, C_ACCENT_SOFT},
        {P_("good ending"), C_PROTECTIVE, C_PROTECTIVE_SOFT},
        {P_("mixed ending"), C_NOTICE, C_NOTICE_SOFT},
        {P_("poor ending"), C_RISK, C_RISK_SOFT},
        {P_("dashed: a loop back"), C_MUTED, C_SURFACE},
    };
    size_t nkeys = sizeof keys / sizeof keys[0];
    int ph = 0, gap = ui_px(ui, 8), x = R.x, rows = 1;
    for (size_t i = 0; i < nkeys; i++) {
        int pw = author_pill(ui, NULL, ly, 0, 0, R.w, keys[i].t, keys[i].fg, keys[i].bg, &ph);
        if (x > R.x && x + pw > R.x + R.w) {
            x = R.x;
            rows++;
        }
        x += pw + gap;
    }
    int kh = rows * ph + (rows - 1) * gap;
    x = R.x;
    int y = R.y + R.h - kh;
    for (size_t i = 0; i < nkeys; i++) {
        int pw = author_pill(ui, NULL, ly, 0, 0, R.w, keys[i].t, keys[i].fg, keys[i].bg, &ph);
        if (x > R.x && x + pw > R.x + R.w) {
            x = R.x;
            y += ph + gap;
        }
        author_pill(ui, L, ly, x, y, R.w, keys[i].t, keys[i].fg, keys[i].bg, &ph);
        x += pw + gap;
    }
    R.h -= kh + ui_px(ui, 12);
    if (R.h < ui_px(ui, 40)) return;
    /* The map (casemap_draw.c) with the path so far; where it is taller
       than the room, it scrolls. Scenes take a click; endings cannot be
       jumped to. */
    size_t npath;
    const NodeRef *path = play_path(ui->play, &npath);
    size_t i0 = L->nitems, w0 = L->nwidgets;
    /* A narrow case is not spread over a wide window, and a short one sits
       in the middle of the room. */
    int most_w = (m->widest > 0 ? m->widest : 1) * ui_px(ui, 280);
    if (R.w > most_w) {
        R.x += (R.w - most_w) / 2;
        R.w = most_w;
    }
    R.w -= ui_px(ui, 14); /* room for the scrollbar, if it comes to that */
    int scroll = a->first[AT_MAP];
    int full = casemap_draw(ui, L, ly, (SDL_Rect){R.x, R.y - scroll, R.w, R.h}, sc, m, path, npath,
                            ACT_AUTHOR, NULL);
    int most = full > R.h ? full - R.h : 0;
    if (scroll > most || scroll < 0) {
        scroll = scroll < 0 ? 0 : most;
        L->nitems = i0;
        L->nwidgets = w0;
        casemap_draw(ui, L, ly, (SDL_Rect){R.x, R.y - scroll, R.w, R.h}, sc, m, path, npath,
                     ACT_AUTHOR, NULL);
    }
    a->first[AT_MAP] = scroll;
    a->rows[AT_MAP] = full;
    a->shown[AT_MAP] = R.h;
    if (full < R.h) { /* a short map sits in the middle of the room */
        int dy = (R.h - full) / 2;
        for (size_t i = i0; i < L->nitems; i++) {
            L->items[i].r.y += dy;
            L->items[i].box.y += dy;
        }
        for (size_t i = w0; i < L->nwidgets; i++) L->widgets[i].r.y += dy;
    }
    /* Where the case is now: the box filled with the accent. */
    const PlayView *v = play_view(ui->play);
    int here = v->finished && v->ending ? casemap_node(sc, (NodeRef){true, v->ending_index})
                                        : v->scene_index;
    size_t k = w0;
    for (size_t i = w0; i < L->nwidgets; i++) {
        Widget w = L->widgets[i];
        int node = w.arg;
        if (node == here) {
            for (size_t j = i0; j < L->nitems; j++) {
                DrawItem *d = &L->items[j];
                if (d->kind == DI_RECT && SDL_RectEquals(&d->r, &w.r)) {
                    d->color = d->border = ui_color(ui, C_ACCENT);
                } else if (d->kind == DI_TEXT && SDL_RectEquals(&d->box, &w.r)) {
                    d->color = ui_color(ui, C_ON_ACCENT);
                    d->style = FS_BOLD;
                }
            }
        }
        if (node < 0 || (size_t)node >= sc->nscenes || node > 0xFFFF) continue;
        w.arg = AUTHOR_ARG(AC_JUMP, node);
        L->widgets[k++] = w;
    }
    L->nwidgets = k;
    if (full > R.h) {
        clip_to(L, i0, w0, R);
        int sb = ui_px(ui, 6);
        SDL_Rect track = {R.x + R.w + ui_px(ui, 14) - sb, R.y, sb, R.h};
        int thumb = track.h * R.h / full;
        if (thumb < ui_px(ui, 24)) thumb = ui_px(ui, 24);
        int ty = track.y + (track.h - thumb) * scroll / (most > 0 ? most : 1);
        layout_rect(L, ly, track, ui_color(ui, C_BORDER), sb / 2, none(), 0);
        layout_rect(L, ly, (SDL_Rect){track.x, ty, sb, thumb}, ui_color(ui, C_CONTROL), sb / 2,
                    none(), 0);
    }
}

/* }====================================================== */
