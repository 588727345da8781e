/*
** screen_menu.c — the menu of cases: a heading, a line on how to use it,
** any notice (settings or font problems), and one card per case with its
** title, length, audience, language and summary. A case that does not load
** gets a card that says so; opening it shows its errors.
*/
#include <stdio.h>
#include <string.h>

#include "../core/i18n.h"
#include "app.h"
#include "results_ui.h"
#include "classroom.h"

/* The language of a case, named in the interface's language. */
static const char *language_name(const char *code) {
    if (!code || !*code || strcmp(code, "nb") == 0) return _("Norwegian Bokmål");
    if (strcmp(code, "nn") == 0) return _("Norwegian Nynorsk");
    if (strcmp(code, "en") == 0) return _("English");
    if (strcmp(code, "se") == 0) return _("Northern Sami");
    return code;
}

/* One card; with L == NULL only measures. `h` > 0 stretches it to h. */
static int card(Ui *ui, Layout *L, const CaseInfo *ci, int index, int x, int y, int w, int h) {
    int pad = ui_px(ui, 20);
    SDL_Rect r = {x, y, w, h};
    int radius = ui_px(ui, ui->theme.radius + 2);
    size_t bg = 0;
    if (L) bg = layout_rect(L, LAYER_SCROLL, r, ui_color(ui, C_SURFACE), radius,
                            ui_color(ui, C_BORDER), ui_px(ui, 1));
    SDL_Rect box = {x, y, w, 1 << 20};
    int tx = x + pad, tw = w - 2 * pad, ty = y + pad;
    TextStyle title = ui_text(ui, TS_H3, FS_BOLD, C_ACCENT);
    ty += layout_text(L, ui->fonts, LAYER_SCROLL, &title, tx, ty, tw, ci->title, box);
    char meta[600];
    size_t n = 0;
    meta[0] = '\0';
    if (!ci->ok) {
        TextStyle bad = ui_text(ui, TS_SMALL, FS_BOLD, C_ERROR);
        ty += ui_px(ui, 4);
        ty += layout_text(L, ui->fonts, LAYER_SCROLL, &bad, tx, ty, tw,
                          _("This case has errors. Open it to see what must be corrected."), box);
    } else {
        if (ci->minutes > 0)
            n += (size_t)snprintf(meta + n, sizeof meta - n, _("%d min"), ci->minutes);
        if (ci->audience[0] && n < sizeof meta)
            n += (size_t)snprintf(meta + n, sizeof meta - n, "%s%s", n ? " · " : "", ci->audience);
        if (n < sizeof meta)
            n += (size_t)snprintf(meta + n, sizeof meta - n, "%s%s", n ? " · " : "",
                                  language_name(ci->language));
    }
    if (ci->user && n < sizeof meta)
        snprintf(meta + n, sizeof meta - n, "%s%s", n ? " · " : "", _("from your own folder"));
    if (meta[0]) {
        TextStyle ms = ui_text(ui, TS_SMALL, FS_REGULAR, C_MUTED);
        ty += ui_px(ui, 2);
        ty += layout_text(L, ui->fonts, LAYER_SCROLL, &ms, tx, ty, tw, meta, box);
    }
    if (ci->summary[0]) {
        TextStyle body = ui_text(ui, TS_BODY, FS_REGULAR, C_TEXT);
        ty += ui_px(ui, 8);
        ty += layout_text(L, ui->fonts, LAYER_SCROLL, &body, tx, ty, tw, ci->summary, box);
    }
    int need = ty + pad - y;
    if (h < need) h = need;
    if (L) {
        r.h = h;
        if (!L->failed) L->items[bg].r = L->items[bg].box = r;
        for (size_t i = bg + 1; i < L->nitems; i++) L->items[i].box = r;
        layout_widget(L, LAYER_SCROLL, r, radius, ACT_OPEN_CASE, index, true, ci->title);
    }
    return h;
}

void screen_menu(Ui *ui, Layout *L) {
    frame_header(ui, L);
    int x, w;
    frame_column(ui, ui->theme.content, &x, &w);
    int gap = ui_px(ui, 20);
    int cols = w >= 2 * ui_px(ui, 440) + gap ? 2 : 1;
    if (cols == 1) { /* one column: keep the summaries to a readable measure */
        int cap = frame_measure(ui) + 2 * ui_px(ui, 20);
        if (w > cap) {
            x += (w - cap) / 2;
            w = cap;
        }
    }
    SDL_Rect box = {x, 0, w, 1 << 20};
    int y = ui_px(ui, 32);
    y += frame_heading(ui, L, x, y, w, TS_H1, _("Choose a case"));
    int text_w = frame_measure(ui);
    if (text_w > w) text_w = w;
    TextStyle lead = ui_text(ui, TS_LEAD, FS_REGULAR, C_TEXT);
    y += layout_text(L, ui->fonts, LAYER_SCROLL, &lead, x, y, text_w,
                     _("Practise noticing the signals, judging how worried you are and acting "
                       "in time."), box);
    TextStyle hint = ui_text(ui, TS_SMALL, FS_REGULAR, C_MUTED);
    y += ui_px(ui, 6);
    y += layout_text(L, ui->fonts, LAYER_SCROLL, &hint, x, y, text_w,
                     _("Open a case by clicking it, or with Tab and Enter; the keys 1–9 open "
                       "the first nine. Ctrl-plus and Ctrl-minus change the text size."), box);
    y += ui_px(ui, 24);
    if (ui->notice[0]) {
        y += frame_notice(ui, L, x, y, w, C_NOTICE, ui->notice);
        y += ui_px(ui, 24);
    }
    y += results_ui_menu(ui, L, x, y, w); /* continue where you left off; results */
    y += classroom_menu_entry(ui, L, x, y, w); /* classroom mode */
    if (ui->cat.count == 0) {
        char msg[9000];
        snprintf(msg, sizeof msg,
                 _("No cases were found. Put scenario files (.lua) in %s or in %s, then "
                   "start Blikk again."),
                 ui->cat.dirs[0], ui->cat.dirs[1][0] ? ui->cat.dirs[1] : "~/.local/share/blikk/scenarios");
        y += frame_notice(ui, L, x, y, w, C_NOTICE, msg);
    }
    int cw = (w - (cols - 1) * gap) / cols;
    for (size_t i = 0; i < ui->cat.count; i += (size_t)cols) {
        int row_h = 0;
        for (int c = 0; c < cols && i + (size_t)c < ui->cat.count; c++) {
            int h = card(ui, NULL, &ui->cat.items[i + (size_t)c], 0, 0, 0, cw, 0);
            if (h > row_h) row_h = h;
        }
        for (int c = 0; c < cols && i + (size_t)c < ui->cat.count; c++)
            card(ui, L, &ui->cat.items[i + (size_t)c], (int)i + c, x + c * (cw + gap), y, cw, row_h);
        y += row_h + gap;
    }
    L->content_h = y + ui_px(ui, 24);
}
