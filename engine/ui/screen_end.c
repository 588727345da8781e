/*
** screen_end.c — what follows a choice and a case: the feedback on the
** choice just made and the ending reached. The result that follows is the
** debrief (screen_debrief.c). How good a choice was is read from the
** core's Decision (its points against the best offered); the window
** computes no score of its own.
*/
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "../core/i18n.h"
#include "app.h"

/* How a decision compares with the best choice offered at the time. */
static void judge(const Decision *d, const char **label, ColorRole *fg, ColorRole *bg) {
    if (d->points >= d->best) {
        *label = _("A good choice");
        *fg = C_PROTECTIVE, *bg = C_PROTECTIVE_SOFT;
    } else if (d->points < 0) {
        *label = _("A weak choice");
        *fg = C_RISK, *bg = C_RISK_SOFT;
    } else {
        *label = _("A possible choice, but not the best");
        *fg = C_NOTICE, *bg = C_NOTICE_SOFT;
    }
}

/* One decision: the scene, what was chosen, how it compares, and why. */
static int decision(Ui *ui, Layout *L, int x, int y, int w, const Decision *d, bool scene_title) {
    const Scenario *sc = ui->sc;
    const Scene *s = &sc->scenes[d->scene];
    const Choice *c = &s->choices[d->choice];
    SDL_Rect box = {x, y, w, 1 << 20};
    int y0 = y;
    if (scene_title) {
        TextStyle st = ui_text(ui, TS_SMALL, FS_BOLD, C_MUTED);
        y += layout_text(L, ui->fonts, LAYER_SCROLL, &st, x, y, w,
                         s->title && *s->title ? s->title : s->id, box);
        y += ui_px(ui, 4);
    }
    const char *label;
    ColorRole fg, bg;
    judge(d, &label, &fg, &bg);
    y += frame_box(ui, L, x, y, w, _("You chose"), c->text);
    y += ui_px(ui, 12);
    y += frame_badge(ui, L, x, y, w, label, fg, bg);
    y += ui_px(ui, 10);
    if (c->feedback && *c->feedback) {
        TextStyle body = ui_text(ui, TS_BODY, FS_REGULAR, C_TEXT);
        y += layout_text(L, ui->fonts, LAYER_SCROLL, &body, x, y, w, c->feedback, box);
    }
    return y - y0;
}

void screen_feedback(Ui *ui, Layout *L) {
    frame_header(ui, L);
    if (!ui->play) return;
    size_t n;
    const Decision *ds = play_decisions(ui->play, &n);
    int x, w;
    frame_column(ui, 0, &x, &w);
    int y = ui_px(ui, 32);
    y += frame_heading(ui, L, x, y, w, TS_H1, _("Feedback"));
    if (n) y += decision(ui, L, x, y, w, &ds[n - 1], false);
    L->content_h = y + ui_px(ui, 32);
    frame_footer(ui, L, NULL, 0, _("Continue"), ACT_FEEDBACK_DONE, true, _("Enter continues"));
}

void screen_ending(Ui *ui, Layout *L) {
    frame_header(ui, L);
    if (!ui->play) return;
    const PlayView *v = play_view(ui->play);
    if (!v->ending) return;
    int x, w;
    frame_column(ui, 0, &x, &w);
    SDL_Rect box = {x, 0, w, 1 << 20};
    int y = ui_px(ui, 32);
    TextStyle over = ui_text(ui, TS_SMALL, FS_BOLD, C_MUTED);
    y += layout_text(L, ui->fonts, LAYER_SCROLL, &over, x, y, w, _("How it went"), box);
    y += ui_px(ui, 4);
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
    L->content_h = y + ui_px(ui, 32);
    frame_footer(ui, L, NULL, 0, _("See your result"), ACT_SHOW_RESULT, true, _("Enter continues"));
}
