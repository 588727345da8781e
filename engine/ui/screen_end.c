/*
** screen_end.c — what follows a choice and a case: the feedback on the
** choice just made, the ending reached, and a first summary of the result
** (signals, actions, concern and total from score_compute(), every choice
** with its feedback, and the case's key learning points). How good a
** choice was is read from the core's Decision (its points against the best
** offered); the window computes no score of its own.
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

/* A number for display: the interface's decimal sign, no trailing ",0". */
static void decimal(char *buf, size_t size, double v) {
    if (fabs(v - round(v)) < 0.05) snprintf(buf, size, "%.0f", v);
    else snprintf(buf, size, "%.1f", v);
    /* Norwegian writes a decimal comma; the C locale stays for numbers. */
    if (strcmp(i18n_language(), "en") != 0)
        for (char *p = buf; *p; p++)
            if (*p == '.') *p = ',';
}

/* One figure: a label, a bar, the per cent, and what it is made of. */
static int figure(Ui *ui, Layout *L, int x, int y, int w, const char *label, double scaled,
                  const char *detail) {
    SDL_Rect box = {x, y, w, 1 << 20};
    TextStyle ls = ui_text(ui, TS_BODY, FS_BOLD, C_TEXT);
    TextStyle ps = ui_text(ui, TS_BODY, FS_BOLD, C_TEXT);
    ps.align = ALIGN_RIGHT;
    char pct[32];
    if (isnan(scaled)) snprintf(pct, sizeof pct, "–");
    else snprintf(pct, sizeof pct, "%.0f %%", scaled * 100);
    int pw = font_measure(ui->fonts, ps.style, ps.px, "100 %", 5);
    int y0 = y;
    layout_line(L, ui->fonts, LAYER_SCROLL, &ps, x + w - pw, y, pw, pct, box);
    y += layout_text(L, ui->fonts, LAYER_SCROLL, &ls, x, y, w - pw - ui_px(ui, 12), label, box);
    int bh = ui_px(ui, 10);
    y += ui_px(ui, 4);
    SDL_Rect track = {x, y, w, bh};
    layout_rect(L, LAYER_SCROLL, track, ui_color(ui, C_BORDER), bh / 2, (SDL_Color){0, 0, 0, 0}, 0);
    if (!isnan(scaled) && scaled > 0) {
        int fw = (int)lround(w * (scaled > 1 ? 1 : scaled));
        if (fw < bh) fw = bh;
        layout_rect(L, LAYER_SCROLL, (SDL_Rect){x, y, fw, bh}, ui_color(ui, C_ACCENT), bh / 2,
                    (SDL_Color){0, 0, 0, 0}, 0);
    }
    if (ui->settings.high_contrast) /* the empty part of the bar needs an edge */
        layout_rect(L, LAYER_SCROLL, track, (SDL_Color){0, 0, 0, 0}, bh / 2, ui_color(ui, C_TEXT),
                    ui_px(ui, 1));
    y += bh + ui_px(ui, 6);
    TextStyle ds = ui_text(ui, TS_SMALL, FS_REGULAR, C_MUTED);
    y += layout_text(L, ui->fonts, LAYER_SCROLL, &ds, x, y, w, detail, box);
    return y - y0;
}

void screen_result(Ui *ui, Layout *L) {
    frame_header(ui, L);
    if (!ui->play) return;
    const Scenario *sc = ui->sc;
    int x, w;
    frame_column(ui, 0, &x, &w);
    SDL_Rect box = {x, 0, w, 1 << 20};
    int y = ui_px(ui, 32);
    y += frame_heading(ui, L, x, y, w, TS_H1, _("Your result"));
    TextStyle muted = ui_text(ui, TS_BODY, FS_REGULAR, C_MUTED);
    y += layout_text(L, ui->fonts, LAYER_SCROLL, &muted, x, y, w, sc->title, box);
    y += ui_px(ui, 24);
    Score s;
    if (score_compute(ui->play, &s) == BLK_OK) {
        char d[400], a[32], b[32];
        int gap = ui_px(ui, 20);
        snprintf(d, sizeof d,
                 _("You found %d of %d signs of concern and %d of %d resources; "
                   "%d marks were false alarms."),
                 s.hits, s.hits + s.misses, s.protective_hits,
                 s.protective_hits + s.protective_misses, s.false_alarms);
        y += figure(ui, L, x, y, w, _("Noticing signals"), s.signals_scaled, d) + gap;
        decimal(a, sizeof a, s.points);
        decimal(b, sizeof b, s.possible);
        snprintf(d, sizeof d, _("Your choices earned %s of %s possible points."), a, b);
        y += figure(ui, L, x, y, w, _("Choosing what to do"), s.actions_scaled, d) + gap;
        if (s.nanswers) {
            decimal(a, sizeof a, s.concern_mae);
            snprintf(d, sizeof d,
                     _("You judged your concern %zu times; on average %s levels from the expert's."),
                     s.nanswers, a);
        } else {
            snprintf(d, sizeof d, "%s", _("This case did not ask how concerned you were."));
        }
        y += figure(ui, L, x, y, w, _("Judging concern"), s.concern_scaled, d) + gap;
        y += figure(ui, L, x, y, w, _("Total"), s.total_scaled,
                    _("The average of the figures above.")) + gap;
        score_free(&s);
    }
    size_t n;
    const Decision *ds = play_decisions(ui->play, &n);
    if (n) {
        y += ui_px(ui, 12);
        y += frame_heading(ui, L, x, y, w, TS_H2, _("Your choices"));
        for (size_t i = 0; i < n; i++) {
            y += decision(ui, L, x, y, w, &ds[i], true);
            y += ui_px(ui, 24);
        }
    }
    if (sc->debrief.count) {
        y += ui_px(ui, 8);
        y += frame_heading(ui, L, x, y, w, TS_H2, _("Key learning points"));
        for (size_t i = 0; i < sc->debrief.count; i++)
            y += frame_bullet(ui, L, x, y, w, sc->debrief.items[i]) + ui_px(ui, 8);
    }
    L->content_h = y + ui_px(ui, 32);
    frame_footer(ui, L, _("Play again"), ACT_REPLAY, _("Back to the menu"), ACT_TO_MENU, true, NULL);
}
