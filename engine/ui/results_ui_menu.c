/*
** results_ui_menu.c — what results add to the menu. A store that cannot
** be used, or a damaged file put aside, is said first, so that nobody
** finds out later that nothing was kept. Unfinished playthroughs are
** offered to continue where they left off, since a case broken off should
** not be lost: resuming replays the saved actions on the case as it is now
** and records on under the same id. Last, the way to the history.
*/
#include "results_ui_priv.h"

#include <stdio.h>
#include <string.h>

#include "../core/i18n.h"

static SDL_Color none(void) { return (SDL_Color){0, 0, 0, 0}; }

/* {====================================================== resume */

void results_ui_resume(Ui *ui, int64_t id) {
    ResultsUi *r = ui->res;
    const PlaythroughInfo *found = results_ui_find(ui, id);
    if (!r || !r->db || !found || found->mode == MODE_CLASSROOM) return;
    PlaythroughInfo info = *found;
    char path[sizeof info.scenario_path];
    snprintf(path, sizeof path, "%s", results_ui_case_path(ui, &info));
    r->menu_note[0] = '\0';
    ui_open_case(ui, path);
    if (!ui->sc) return; /* the error screen says why */
    Play *p = NULL;
    DiagList dl = {0};
    if (results_resume(r->db, ui->sc, id, &p, &dl) != BLK_OK) {
        char msg[1200];
        results_ui_diag_text(&dl, msg, sizeof msg);
        diag_free(&dl);
        ui_open_menu(ui);
        snprintf(r->menu_note, sizeof r->menu_note,
                 _("“%s” could not be resumed: the case has changed since it was played (%s). "
                   "You can discard it and start again."),
                 info.scenario_title, msg);
        return;
    }
    diag_free(&dl);
    ui->play = p;
    ui->mode = info.mode == MODE_TEST ? FEEDBACK_END : FEEDBACK_EACH;
    results_ui_reset_debrief(r);
    r->id = id;
    r->attached = true;
    r->unsaved = false;
    r->stale = true;
    ui_goto(ui, play_view(p)->finished ? SCR_ENDING : SCR_SCENE);
}

/* }====================================================== */

/* {====================================================== menu */

/* One unfinished playthrough in the menu: case, when, and the buttons. */
static int open_row(Ui *ui, Layout *L, int x, int y, int w, const PlaythroughInfo *p) {
    SDL_Rect box = {x, y, w, 1 << 20};
    const char *go = _("Continue"), *drop = _("Discard");
    TextStyle bts = ui_text(ui, TS_BODY, FS_BOLD, C_TEXT);
    TextStyle qts = ui_text(ui, TS_SMALL, FS_BOLD, C_TEXT);
    int gw = font_measure(ui->fonts, bts.style, bts.px, go, strlen(go)) + 2 * ui_px(ui, 22);
    int dw = font_measure(ui->fonts, qts.style, qts.px, drop, strlen(drop)) + 2 * ui_px(ui, 14);
    int gap = ui_px(ui, 10), bh = frame_button_h(ui);
    int buttons = gw + gap + dw;
    bool side = w - buttons - ui_px(ui, 20) >= ui_px(ui, 240);
    int tw = side ? w - buttons - ui_px(ui, 20) : w;
    TextStyle title = ui_text(ui, TS_BODY, FS_BOLD, C_TEXT);
    TextStyle meta = ui_text(ui, TS_SMALL, FS_REGULAR, C_MUTED);
    int th = layout_text(L, ui->fonts, LAYER_SCROLL, &title, x, y, tw, p->scenario_title, box);
    char when[120], line[400];
    results_ui_when(p->started, when, sizeof when);
    snprintf(line, sizeof line,
             ngettext("Started %s · %d step saved", "Started %s · %d steps saved",
                      (unsigned long)p->nactions),
             when, p->nactions);
    if (p->mode == MODE_TEST && strlen(line) + 40 < sizeof line)
        snprintf(line + strlen(line), sizeof line - strlen(line), " · %s", _("test me"));
    th += layout_text(L, ui->fonts, LAYER_SCROLL, &meta, x, y + th, tw, line, box);
    int by = side ? y + (th > bh ? (th - bh) / 2 : 0) : y + th + ui_px(ui, 10);
    int bx = x + w - buttons;
    if (!side) bx = x;
    int qh = qts.line_h + 2 * ui_px(ui, 7);
    frame_button(ui, L, LAYER_SCROLL, bx, by + (bh - qh) / 2, dw, BTN_QUIET, drop, ACT_DISCARD,
                 (int)p->id, true, NULL);
    frame_button(ui, L, LAYER_SCROLL, bx + dw + gap, by, gw, BTN_PRIMARY, go, ACT_RESUME, (int)p->id,
                 true, NULL);
    int h = side ? (th > bh ? th : bh) : th + ui_px(ui, 10) + bh;
    return h;
}

int results_ui_menu(Ui *ui, Layout *L, int x, int y, int w) {
    ResultsUi *r = ui->res;
    if (!r) return 0;
    results_ui_refresh(ui);
    int y0 = y, gap = ui_px(ui, 20);
    char msg[2400];
    if (r->problem[0]) {
        snprintf(msg, sizeof msg,
                 _("Your results cannot be saved now, so what you play is not kept. You can "
                   "play as usual. (%s)"), r->problem);
        y += frame_notice(ui, L, x, y, w, C_NOTICE, msg) + gap;
    }
    if (r->warning[0]) {
        snprintf(msg, sizeof msg, _("Your results file was damaged. %s"), r->warning);
        y += frame_notice(ui, L, x, y, w, C_NOTICE, msg) + gap;
    }
    if (r->menu_note[0]) y += frame_notice(ui, L, x, y, w, C_ERROR, r->menu_note) + gap;
    if (r->nopen) {
        int pad = ui_px(ui, 20);
        SDL_Rect card = {x, y, w, 0};
        size_t bg = layout_rect(L, LAYER_SCROLL, card, ui_color(ui, C_SURFACE),
                                ui_px(ui, ui->theme.radius + 2), ui_color(ui, C_ACCENT), ui_px(ui, 1));
        size_t stripe = layout_rect(L, LAYER_SCROLL, (SDL_Rect){x, y, ui_px(ui, 4), 0},
                                    ui_color(ui, C_ACCENT), 0, none(), 0);
        int ix = x + pad + ui_px(ui, 4), iw = w - 2 * pad - ui_px(ui, 4), iy = y + pad;
        TextStyle over = ui_text(ui, TS_H3, FS_BOLD, C_ACCENT);
        iy += layout_text(L, ui->fonts, LAYER_SCROLL, &over, ix, iy, iw, _("Continue where you left off"),
                          (SDL_Rect){x, y, w, 1 << 20});
        iy += ui_px(ui, 10);
        size_t shown = r->nopen < 3 ? r->nopen : 3;
        for (size_t i = 0; i < shown; i++) {
            if (i) {
                layout_rect(L, LAYER_SCROLL, (SDL_Rect){ix, iy, iw, ui_px(ui, 1)},
                            ui_color(ui, C_BORDER), 0, none(), 0);
                iy += ui_px(ui, 12);
            }
            iy += open_row(ui, L, ix, iy, iw, &r->open[i]) + ui_px(ui, 12);
        }
        if (r->nopen > shown) {
            char more[200];
            snprintf(more, sizeof more,
                     ngettext("%zu more unfinished playthrough is in your results.",
                              "%zu more unfinished playthroughs are in your results.",
                              r->nopen - shown),
                     r->nopen - shown);
            TextStyle ms = ui_text(ui, TS_SMALL, FS_REGULAR, C_MUTED);
            iy += layout_text(L, ui->fonts, LAYER_SCROLL, &ms, ix, iy, iw, more,
                              (SDL_Rect){x, y, w, 1 << 20}) + ui_px(ui, 12);
        }
        int h = iy - ui_px(ui, 12) + pad - y;
        if (!L->failed) {
            L->items[bg].r.h = L->items[bg].box.h = h;
            L->items[stripe].r.h = L->items[stripe].box.h = h;
            for (size_t i = stripe + 1; i < L->nitems; i++)
                if (L->items[i].kind == DI_TEXT && L->items[i].box.h > h) L->items[i].box.h = h;
        }
        y += h + gap;
    }
    if (r->db) {
        const char *label = _("Your results");
        SDL_Rect b;
        frame_button(ui, L, LAYER_SCROLL, x, y, 0, BTN_SECONDARY, label, ACT_HISTORY, 0, true, &b);
        size_t done = 0;
        for (size_t i = 0; i < r->nall; i++) done += r->all[i].finished[0] != 0;
        char line[300];
        if (!done)
            snprintf(line, sizeof line, "%s", _("No finished cases yet; what you play is saved here."));
        else
            snprintf(line, sizeof line,
                     ngettext("%zu finished case is saved on this machine.",
                              "%zu finished cases are saved on this machine.", done),
                     done);
        TextStyle ms = ui_text(ui, TS_SMALL, FS_REGULAR, C_MUTED);
        int tx = b.x + b.w + ui_px(ui, 16), tw = x + w - tx;
        int lh = layout_text(NULL, ui->fonts, LAYER_SCROLL, &ms, 0, 0, tw, line, b);
        if (tw >= ui_px(ui, 160) && lh <= b.h) {
            layout_text(L, ui->fonts, LAYER_SCROLL, &ms, tx, b.y + (b.h - lh) / 2, tw, line,
                        (SDL_Rect){tx, b.y, tw, b.h});
            y += b.h;
        } else {
            y += b.h + ui_px(ui, 6);
            y += layout_text(L, ui->fonts, LAYER_SCROLL, &ms, x, y, w, line,
                             (SDL_Rect){x, y, w, 1 << 20});
        }
        y += ui_px(ui, 28);
    }
    return y - y0;
}

/* }====================================================== */
