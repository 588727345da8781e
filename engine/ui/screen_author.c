/*
** screen_author.c — what author mode draws: a bar under the header that
** says so (file, last load, what a reload could not keep), and the author
** overlay (F2) with four tabs — the scene's insides (id, observations with
** their kind, choices with points, target and whether `when` offers them),
** the state (variables to edit, state fixtures to save and load), every
** scene to jump to, and the case map, where a click on a scene jumps there.
** This file places the overlay, draws its frame and tabs and takes its
** keys; the rows of the list tabs are screen_author_rows.c's, the map
** screen_author_map.c's.
**
** Where the window is wide enough, the overlay is a panel on the left and
** the page moves right beside it, still in play: the author can mark and
** choose and watch the variables change. In a narrow window, and for the
** map, it is a modal layer over the page. Its tabs scroll by whole rows, so
** nothing in it is ever cut.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "app.h"
#include "author_priv.h"

static SDL_Color none(void) { return (SDL_Color){0, 0, 0, 0}; }

/* {====================================================== the panel */

static const char *tab_label(AuthorTab t) {
    switch (t) {
    case AT_SCENE: return P_("Scene");
    case AT_STATE: return P_("State");
    case AT_SCENES: return P_("Scenes");
    case AT_MAP: return P_("Map");
    case AT_COUNT: break;
    }
    return "";
}

static void panel(Ui *ui, Layout *L, Layer ly, SDL_Rect p) {
    Author *a = ui->author;
    a->panel = p;
    int pad = ui_px(ui, 16);
    bool card = a->tab == AT_MAP;
    layout_rect(L, ly, p, ui_color(ui, C_SURFACE), card ? ui_px(ui, 10) : 0, ui_color(ui, C_BORDER),
                ui_px(ui, 1));
    int x = p.x + pad, w = p.w - 2 * pad, y = p.y + pad;
    /* Title and the way out. */
    TextStyle h3 = ui_text(ui, TS_H3, FS_BOLD, C_TEXT);
    TextStyle small = ui_text(ui, TS_SMALL, FS_BOLD, C_ACCENT);
    const char *close = P_("Close (F2)");
    int cw = font_measure(ui->fonts, small.style, small.px, close, strlen(close)) + 2 * ui_px(ui, 14);
    int bh = small.line_h + 2 * ui_px(ui, 7);
    int th = h3.line_h > bh ? h3.line_h : bh;
    layout_line(L, ui->fonts, ly, &h3, x, y + (th - h3.line_h) / 2, w - cw - ui_px(ui, 8),
                P_("Author panel"), p);
    frame_button(ui, L, ly, x + w - cw, y + (th - bh) / 2, cw, BTN_QUIET, close, ACT_AUTHOR,
                 AUTHOR_ARG(AC_TOGGLE, 1), true, NULL);
    y += th + ui_px(ui, 10);
    /* Tabs: the chosen one bold, in the accent, underlined. */
    TextStyle tt = ui_text(ui, TS_SMALL, FS_BOLD, C_TEXT);
    int tab_h = tt.line_h + 2 * ui_px(ui, 8);
    int tabs_w = card ? (w < ui_px(ui, 520) ? w : ui_px(ui, 520)) : w;
    for (int i = 0; i < AT_COUNT; i++) {
        int tx = x + i * tabs_w / AT_COUNT, tw = x + (i + 1) * tabs_w / AT_COUNT - tx - ui_px(ui, 2);
        bool sel = (int)a->tab == i;
        SDL_Rect r = {tx, y, tw, tab_h};
        TextStyle ts = ui_text(ui, TS_SMALL, sel ? FS_BOLD : FS_REGULAR, sel ? C_ACCENT : C_MUTED);
        ts.align = ALIGN_CENTER;
        layout_line(L, ui->fonts, ly, &ts, tx + ui_px(ui, 4), y + ui_px(ui, 8), tw - ui_px(ui, 8),
                    tab_label((AuthorTab)i), r);
        if (sel)
            layout_rect(L, ly, (SDL_Rect){tx, y + tab_h - ui_px(ui, 3), tw, ui_px(ui, 3)},
                        ui_color(ui, C_ACCENT), 0, none(), 0);
        layout_widget(L, ly, r, ui_px(ui, 4), ACT_AUTHOR, AUTHOR_ARG(AC_TAB, i), true,
                      tab_label((AuthorTab)i));
    }
    y += tab_h;
    layout_rect(L, ly, (SDL_Rect){p.x, y, p.w, ui_px(ui, 1)}, ui_color(ui, C_BORDER), 0, none(), 0);
    y += ui_px(ui, 12);
    /* The hint at the bottom. */
    TextStyle hs = ui_text(ui, TS_SMALL, FS_REGULAR, C_MUTED);
    const char *hint = card ? _("Click a scene, or move with the arrows and press Enter, to go "
                                "there with the state as it is. Alt+1–4 switch tabs.")
                            : _("Alt+1–4 switch tabs · F6 moves between the panel and the "
                                "page · Escape closes");
    int hint_h = layout_text(NULL, ui->fonts, ly, &hs, 0, 0, w, hint, p);
    /* Where room is short the rows come first; the keys still work. */
    if (hint_h > 2 * hs.line_h || p.y + p.h - pad - y - hint_h < 12 * hs.line_h) hint_h = 0;
    int bottom = p.y + p.h - pad - (hint_h ? hint_h + ui_px(ui, 8) : 0);
    if (hint_h)
        layout_text(L, ui->fonts, ly, &hs, x, bottom + ui_px(ui, 8), w, hint, p);
    if (card) {
        author_map_body(ui, L, ly, (SDL_Rect){x, y, w, bottom - y});
        a->body_h = bottom - y;
        return;
    }
    /* The rows that fit, from the first; a scrollbar when there are more. */
    int sb = ui_px(ui, 6);
    int bw = w - sb - ui_px(ui, 6);
    a->body_w = bw;
    a->body_h = bottom - y;
    Rows rs;
    author_rows_of(ui, a->tab, &rs);
    int first = a->first[a->tab];
    if (first >= (int)rs.n) first = (int)rs.n - 1;
    if (first < 0) first = 0;
    int yy = y, shown = 0;
    for (size_t i = (size_t)first; i < rs.n; i++) {
        size_t ni = L->nitems, nw = L->nwidgets;
        int h = author_row(ui, L, ly, &rs, &rs.rows[i], x, yy, bw);
        if (yy + h > bottom) { /* whole rows only: the rest is a scroll away */
            L->nitems = ni;
            L->nwidgets = nw;
            break;
        }
        yy += h + author_row_gap(ui);
        shown++;
    }
    a->first[a->tab] = first;
    a->rows[a->tab] = (int)rs.n;
    a->shown[a->tab] = shown;
    if (shown < (int)rs.n && rs.n) {
        SDL_Rect track = {x + w - sb, y, sb, bottom - y};
        int thumb = track.h * shown / (int)rs.n;
        if (thumb < ui_px(ui, 24)) thumb = ui_px(ui, 24);
        int range = (int)rs.n - shown;
        int ty = track.y + (track.h - thumb) * first / (range > 0 ? range : 1);
        if (ty + thumb > track.y + track.h) ty = track.y + track.h - thumb;
        layout_rect(L, ly, track, ui_color(ui, C_BORDER), sb / 2, none(), 0);
        layout_rect(L, ly, (SDL_Rect){track.x, ty, sb, thumb}, ui_color(ui, C_CONTROL), sb / 2,
                    none(), 0);
    }
    author_rows_free(&rs);
}

/* The bar under the header; returns its height. */
static int bar(Ui *ui, Layout *L, int y) {
    Author *a = ui->author;
    int margin = ui_px(ui, 20);
    if (margin < ui->out_w / 25) margin = ui->out_w / 25;
    TextStyle small = ui_text(ui, TS_SMALL, FS_REGULAR, C_MUTED);
    TextStyle mark = ui_text(ui, TS_SMALL, FS_BOLD, C_ACCENT);
    int bh = small.line_h + 2 * ui_px(ui, 7);
    int h = bh + 2 * ui_px(ui, 5);
    SDL_Rect r = {0, y, ui->out_w, h};
    layout_rect(L, LAYER_FIXED, r, ui_color(ui, C_ACCENT_SOFT), 0, none(), 0);
    layout_rect(L, LAYER_FIXED, (SDL_Rect){0, y + h - ui_px(ui, 1), ui->out_w, ui_px(ui, 1)},
                ui_color(ui, C_BORDER), 0, none(), 0);
    int x = margin, right = ui->out_w - margin;
    if (author_in_play(ui)) {
        const char *label = a->open ? P_("Close the author panel (F2)") : P_("Author panel (F2)");
        int bw = font_measure(ui->fonts, FS_BOLD, mark.px, label, strlen(label)) + 2 * ui_px(ui, 14);
        if (bw < right - x - ui_px(ui, 120)) {
            right -= bw;
            frame_button(ui, L, LAYER_FIXED, right, y + (h - bh) / 2, bw, BTN_QUIET, label,
                         ACT_AUTHOR, AUTHOR_ARG(AC_TOGGLE, 0), true, NULL);
            right -= ui_px(ui, 16);
        }
    }
    int ty = y + (h - small.line_h) / 2;
    x += layout_line(L, ui->fonts, LAYER_FIXED, &mark, x, ty, right - x, P_("Author mode"), r);
    char st[PATH_MAX + 200];
    if (a->broken)
        snprintf(st, sizeof st, _(" · %s has errors · save it again when they are corrected"),
                 a->base);
    else if (ui->headless) /* screenshots come out the same each time */
        snprintf(st, sizeof st, _(" · %s · saving the file loads it again"), a->base);
    else
        snprintf(st, sizeof st, _(" · %s · loaded %s · saving the file loads it again"), a->base,
                 a->loaded_at);
    if (right - x > ui_px(ui, 40)) layout_line(L, ui->fonts, LAYER_FIXED, &small, x, ty, right - x, st, r);
    if (!a->notice[0]) return h;
    /* What a reload could not keep, or what a fixture did. */
    ColorRole tone = a->notice_warn ? C_NOTICE : C_ACCENT;
    TextStyle ts = ui_text(ui, TS_SMALL, FS_REGULAR, C_TEXT);
    const char *ok = P_("OK");
    int ow = font_measure(ui->fonts, FS_BOLD, mark.px, ok, strlen(ok)) + 2 * ui_px(ui, 14);
    int pad = ui_px(ui, 8), stripe = ui_px(ui, 4);
    int tx = margin + stripe + ui_px(ui, 10), tw = ui->out_w - margin - ow - ui_px(ui, 12) - tx;
    if (tw < ui_px(ui, 80)) tw = ui_px(ui, 80);
    int th = layout_text(NULL, ui->fonts, LAYER_FIXED, &ts, 0, 0, tw, a->notice, r);
    if (th > 4 * ts.line_h) th = 4 * ts.line_h;
    int nh = (th > bh ? th : bh) + 2 * pad;
    SDL_Rect n = {0, y + h, ui->out_w, nh};
    layout_rect(L, LAYER_FIXED, n, ui_color(ui, a->notice_warn ? C_NOTICE_SOFT : C_SURFACE), 0,
                none(), 0);
    layout_rect(L, LAYER_FIXED, (SDL_Rect){margin, n.y + pad, stripe, nh - 2 * pad},
                ui_color(ui, tone), 0, none(), 0);
    layout_rect(L, LAYER_FIXED, (SDL_Rect){0, n.y + nh - ui_px(ui, 1), ui->out_w, ui_px(ui, 1)},
                ui_color(ui, C_BORDER), 0, none(), 0);
    /* At most four lines; the whole of it is in the terminal too. */
    char cut[sizeof a->notice];
    snprintf(cut, sizeof cut, "%s", a->notice);
    while (layout_text(NULL, ui->fonts, LAYER_FIXED, &ts, 0, 0, tw, cut, r) > 4 * ts.line_h) {
        size_t len = strlen(cut);
        if (len < 8) break;
        len -= 6;
        while (len && ((unsigned char)cut[len] & 0xC0) == 0x80) len--;
        snprintf(cut + len, sizeof cut - len, "\xE2\x80\xA6");
    }
    layout_text(L, ui->fonts, LAYER_FIXED, &ts, tx, n.y + pad + ((th > bh ? th : bh) - th) / 2, tw,
                cut, n);
    frame_button(ui, L, LAYER_FIXED, ui->out_w - margin - ow, n.y + (nh - bh) / 2, ow, BTN_QUIET, ok,
                 ACT_AUTHOR, AUTHOR_ARG(AC_DISMISS, 0), true, NULL);
    return h + nh;
}

/* Moves the page (and the footer's buttons) right by dx, beside the panel. */
static void shift_page(Ui *ui, Layout *L, int dx, int footer_top) {
    for (size_t i = 0; i < L->nitems; i++) {
        DrawItem *d = &L->items[i];
        bool page = d->layer == LAYER_SCROLL;
        bool foot = d->layer == LAYER_FIXED && d->r.y >= footer_top && d->r.w < ui->out_w;
        if (!page && !foot) continue;
        d->r.x += dx;
        if (d->box.w < ui->out_w) d->box.x += dx;
    }
    for (size_t i = 0; i < L->nwidgets; i++) {
        Widget *w = &L->widgets[i];
        if (w->layer == LAYER_SCROLL || (w->layer == LAYER_FIXED && w->r.y >= footer_top))
            w->r.x += dx;
    }
}

void author_build(Ui *ui, Layout *L) {
    Author *a = ui->author;
    if (!a) return;
    /* A notice about a reload goes once the author acts again. */
    if (a->notice[0]) {
        size_t n = 0;
        if (ui->play) play_actions(ui->play, &n);
        if (ui->play != a->notice_play || n != a->notice_actions) a->notice[0] = '\0';
    }
    int footer_top = L->view.y + L->view.h;
    int h = bar(ui, L, L->view.y);
    L->view.y += h;
    L->view.h -= h;
    bool in_play = author_in_play(ui);
    a->panel = (SDL_Rect){0, 0, 0, 0};
    a->field = (SDL_Rect){0, 0, 0, 0};
    if (!a->open || !in_play) {
        if (a->editing) { /* the field went with the panel */
            a->editing = false;
            if (ui->win) SDL_StopTextInput();
        }
        return;
    }
    /* Side by side when the page fits beside the panel, else on top. */
    int gap = ui_px(ui, 24);
    int pw = ui_px(ui, 420);
    int left = ui->out_w, right = 0;
    for (size_t i = 0; i < L->nitems; i++) {
        const DrawItem *d = &L->items[i];
        if (d->layer != LAYER_SCROLL) continue;
        if (d->r.x < left) left = d->r.x;
        if (d->r.x + d->r.w > right) right = d->r.x + d->r.w;
    }
    if (right <= left) left = right = ui->out_w / 2;
    int page_w = right - left;
    bool side = a->tab != AT_MAP && !ui->dialog && pw + 2 * gap + page_w <= ui->out_w &&
                L->view.h >= ui_px(ui, 300);
    a->panel_modal = !side;
    if (side) {
        int room = ui->out_w - pw;
        int dx = pw + (room - page_w) / 2 - left;
        if (pw + gap > left + dx) dx = pw + gap - left;
        shift_page(ui, L, dx, footer_top);
        L->view.x = pw;
        L->view.w = ui->out_w - pw;
        panel(ui, L, LAYER_FIXED, (SDL_Rect){0, L->view.y, pw, L->view.h});
        return;
    }
    if (ui->dialog) return; /* the dialog is the modal layer now */
    if (a->tab == AT_MAP) {
        int m = ui_px(ui, 24);
        if (m > ui->out_w / 30) m = ui->out_w / 30;
        panel(ui, L, LAYER_MODAL, (SDL_Rect){m, m, ui->out_w - 2 * m, ui->out_h - 2 * m});
    } else {
        int w = ui_px(ui, 520);
        if (w > ui->out_w) w = ui->out_w;
        panel(ui, L, LAYER_MODAL, (SDL_Rect){0, 0, w, ui->out_h});
    }
    L->modal = true;
}

/* }====================================================== */

/* {====================================================== keys */

void author_panel_scroll(Ui *ui, int delta) {
    Author *a = ui->author;
    if (!ui->play) return;
    int *first = &a->first[a->tab];
    if (a->tab == AT_MAP) { /* pixels: map_body keeps it in range */
        long px = (long)*first + (long)delta * ui_px(ui, 60);
        *first = px < 0 ? 0 : px > (1 << 24) ? 1 << 24 : (int)px;
        ui->relayout = true;
        return;
    }
    Rows rs;
    author_rows_of(ui, a->tab, &rs);
    int last = author_rows_last_first(ui, &rs);
    *first += delta;
    if (*first > last) *first = last;
    if (*first < 0) *first = 0;
    author_rows_free(&rs);
    ui->relayout = true;
}

/* Scrolls the tab so that row `i` is in view. */
static void reveal(Ui *ui, const Rows *rs, int i) {
    Author *a = ui->author;
    int *first = &a->first[a->tab];
    if (i < *first) {
        *first = i;
    } else if (i >= *first + a->shown[a->tab]) {
        int room = a->body_h + author_row_gap(ui) - author_row_height(ui, rs, (size_t)i, a->body_w);
        int f = i;
        while (f > 0) {
            int h = author_row_height(ui, rs, (size_t)f - 1, a->body_w);
            if (h > room) break;
            room -= h;
            f--;
        }
        *first = f;
    }
}

static bool focus_in_panel(const Ui *ui) {
    if (ui->focus < 0 || (size_t)ui->focus >= ui->L.nwidgets) return false;
    const Widget *w = &ui->L.widgets[ui->focus];
    if (w->action != ACT_AUTHOR) return false;
    AuthorCmd c = AUTHOR_CMD(w->arg);
    return !(c == AC_DISMISS || (c == AC_TOGGLE && AUTHOR_INDEX(w->arg) == 0));
}

/* Up and Down in a tab: from row to row that takes the focus, scrolling
   over rows that do not; from the tabs into the rows and back. */
static void updown(Ui *ui, int dir) {
    Author *a = ui->author;
    Rows rs;
    author_rows_of(ui, a->tab, &rs);
    const Widget *w = &ui->L.widgets[ui->focus];
    int cur = -1;
    for (size_t i = 0; i < rs.n && cur < 0; i++)
        if (author_row_arg(&rs.rows[i]) == w->arg) cur = (int)i;
    int first = a->first[a->tab], shown = a->shown[a->tab];
    int from = cur >= 0 ? cur + dir : dir > 0 ? first : -1;
    int pick = -1;
    for (int i = from; i >= 0 && i < (int)rs.n && pick < 0; i += dir)
        if (author_row_arg(&rs.rows[i]) >= 0) pick = i;
    if (cur < 0 && dir < 0) {
        author_rows_free(&rs);
        return; /* on the tabs already */
    }
    if (pick >= 0 && (cur >= 0 || pick < first + shown)) {
        reveal(ui, &rs, pick);
        author_focus_later(ui, ACT_AUTHOR, author_row_arg(&rs.rows[pick]));
    } else if (dir < 0 && first == 0) {
        author_focus_later(ui, ACT_AUTHOR, AUTHOR_ARG(AC_TAB, a->tab)); /* up into the tabs */
    } else {
        author_rows_free(&rs);
        author_panel_scroll(ui, dir);
        return;
    }
    author_rows_free(&rs);
}

bool author_panel_key(Ui *ui, const SDL_KeyboardEvent *k) {
    Author *a = ui->author;
    if (ui->dialog || !ui->play) return false;
    SDL_Keycode sym = k->keysym.sym;
    Uint16 mod = k->keysym.mod;
    if (sym == SDLK_ESCAPE) {
        author_activate(ui, AUTHOR_ARG(AC_TOGGLE, 1));
        return true;
    }
    if ((mod & KMOD_ALT) && sym >= SDLK_1 && sym < SDLK_1 + AT_COUNT) {
        a->tab = (AuthorTab)(sym - SDLK_1);
        author_focus_later(ui, ACT_AUTHOR, AUTHOR_ARG(AC_TAB, a->tab));
        return true;
    }
    bool in = focus_in_panel(ui);
    if (sym == SDLK_F6) {
        if (in) {
            ui->focus = -1;
            ui->redraw = true;
        } else {
            author_focus_later(ui, ACT_AUTHOR, AUTHOR_ARG(AC_TAB, a->tab));
        }
        return true;
    }
    if (a->tab == AT_MAP) {
        int page = a->shown[AT_MAP] * 9 / 10 / (ui_px(ui, 60) > 0 ? ui_px(ui, 60) : 1);
        if (page < 1) page = 1;
        int d = sym == SDLK_PAGEDOWN ? page : sym == SDLK_PAGEUP ? -page : 0;
        if (d) author_panel_scroll(ui, d);
        return d != 0; /* the arrows move between the boxes as anywhere */
    }
    SDL_Point pt = {a->mouse_x, a->mouse_y};
    bool here = in || a->panel_modal || SDL_PointInRect(&pt, &a->panel);
    switch (sym) {
    case SDLK_UP:
    case SDLK_DOWN:
        if (!in) return false;
        updown(ui, sym == SDLK_DOWN ? 1 : -1);
        return true;
    case SDLK_PAGEUP:
    case SDLK_PAGEDOWN:
        if (!here) return false;
        author_panel_scroll(ui, (sym == SDLK_PAGEDOWN ? 1 : -1) *
                                    (a->shown[a->tab] > 1 ? a->shown[a->tab] - 1 : 1));
        return true;
    case SDLK_HOME:
    case SDLK_END:
        if (!here) return false;
        author_panel_scroll(ui, sym == SDLK_END ? 1 << 20 : -(1 << 20));
        return true;
    default: return false;
    }
}

/* }====================================================== */
