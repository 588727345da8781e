/*
** screen_intro.c — the case's first page: title, length and audience, the
** trainee's role, the learning objectives, the people in the case, and the
** choice of feedback mode for this playthrough (after each choice, or only
** at the end: "test me"). Start is in the footer, always in view.
*/
#include <stdio.h>
#include <string.h>

#include "../core/i18n.h"
#include "app.h"

void screen_intro(Ui *ui, Layout *L) {
    const Scenario *sc = ui->sc;
    frame_header(ui, L);
    if (!sc) return;
    int x, w;
    frame_column(ui, 0, &x, &w);
    SDL_Rect box = {x, 0, w, 1 << 20};
    int y = ui_px(ui, 32);
    y += frame_heading(ui, L, x, y, w, TS_H1, sc->title);
    char meta[600];
    size_t n = 0;
    meta[0] = '\0';
    if (sc->minutes > 0) n += (size_t)snprintf(meta, sizeof meta, _("About %d minutes"), sc->minutes);
    for (size_t i = 0; i < sc->audience.count && n < sizeof meta; i++)
        n += (size_t)snprintf(meta + n, sizeof meta - n, "%s%s", i == 0 ? (n ? " · " : "") : ", ",
                              sc->audience.items[i]);
    if (meta[0]) {
        TextStyle ms = ui_text(ui, TS_SMALL, FS_REGULAR, C_MUTED);
        y += layout_text(L, ui->fonts, LAYER_SCROLL, &ms, x, y, w, meta, box);
        y += ui_px(ui, 12);
    }
    TextStyle lead = ui_text(ui, TS_LEAD, FS_REGULAR, C_TEXT);
    y += layout_text(L, ui->fonts, LAYER_SCROLL, &lead, x, y, w, sc->summary, box);
    y += ui_px(ui, 20);
    y += frame_box(ui, L, x, y, w, _("Your role"), sc->role);
    y += ui_px(ui, 28);
    if (sc->objectives.count) {
        y += frame_heading(ui, L, x, y, w, TS_H2, _("Learning objectives"));
        for (size_t i = 0; i < sc->objectives.count; i++)
            y += frame_bullet(ui, L, x, y, w, sc->objectives.items[i]) + ui_px(ui, 6);
        y += ui_px(ui, 22);
    }
    if (sc->ncharacters) {
        y += frame_heading(ui, L, x, y, w, TS_H2, _("People in the case"));
        TextStyle name = ui_text(ui, TS_BODY, FS_BOLD, C_TEXT);
        TextStyle desc = ui_text(ui, TS_BODY, FS_REGULAR, C_MUTED);
        for (size_t i = 0; i < sc->ncharacters; i++) {
            const Character *c = &sc->characters[i];
            y += layout_text(L, ui->fonts, LAYER_SCROLL, &name, x, y, w, c->name, box);
            if (c->description && *c->description)
                y += layout_text(L, ui->fonts, LAYER_SCROLL, &desc, x, y, w, c->description, box);
            y += ui_px(ui, 10);
        }
        y += ui_px(ui, 18);
    }
    y += frame_heading(ui, L, x, y, w, TS_H2, _("Feedback"));
    y += frame_chip(ui, L, x, y, w, _("After each choice"),
                    _("You see why a choice is good or weak right after you make it."),
                    ui->mode == FEEDBACK_EACH, TONE_ACCENT, ACT_CASE_MODE, 0, NULL);
    y += ui_px(ui, 10);
    y += frame_chip(ui, L, x, y, w, _("Only at the end (test me)"),
                    _("You play the whole case first and see all the feedback with the result."),
                    ui->mode == FEEDBACK_END, TONE_ACCENT, ACT_CASE_MODE, 1, NULL);
    L->content_h = y + ui_px(ui, 32);
    frame_footer(ui, L, _("Back"), ACT_BACK, _("Start the case"), ACT_START, true,
                 _("Enter starts · Escape goes back"));
}
