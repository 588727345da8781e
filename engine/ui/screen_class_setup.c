/*
** screen_class_setup.c — the leader's window before a session: the setup
** page (the case, the group's name, what each screen will show). Its
** header and footer, and the text helper, are the presenter view's too
** (leader_header, leader_footer, leader_text), so that the leader's window
** keeps one frame from setup to the end of the session.
*/
#include <stdio.h>
#include <string.h>

#include "../core/i18n.h"
#include "classroom_priv.h"

static SDL_Color none(void) { return (SDL_Color){0, 0, 0, 0}; }

/* {====================================================== the leader's header and footer */

/* The header: the wordmark, what this is, and buttons on the right. */
int leader_header(Ui *ui, Layout *L, const char *what, bool view_button, bool leave_button) {
    TextStyle mark = ui_text(ui, TS_H3, FS_BOLD, C_ACCENT);
    TextStyle btn = ui_text(ui, TS_SMALL, FS_BOLD, C_ACCENT);
    int h = btn.line_h + 2 * ui_px(ui, 7) + 2 * ui_px(ui, 10);
    int x, w;
    frame_column(ui, 4000, &x, &w);
    layout_rect(L, LAYER_FIXED, (SDL_Rect){0, 0, ui->out_w, h}, ui_color(ui, C_SURFACE), 0, none(), 0);
    layout_rect(L, LAYER_FIXED, (SDL_Rect){0, h - ui_px(ui, 1), ui->out_w, ui_px(ui, 1)},
                ui_color(ui, C_BORDER), 0, none(), 0);
    SDL_Rect bar = {x, 0, w, h};
    int dot = ui_px(ui, 12);
    layout_rect(L, LAYER_FIXED, (SDL_Rect){x, (h - dot) / 2, dot, dot}, ui_color(ui, C_ACCENT),
                dot / 2, none(), 0);
    int lx = x + dot + ui_px(ui, 8);
    lx += layout_line(L, ui->fonts, LAYER_FIXED, &mark, lx, (h - mark.line_h) / 2, x + w - lx,
                      "Blikk", bar);
    const char *labels[2];
    int cmds[2], n = 0;
    if (leave_button) {
        labels[n] = _("End session");
        cmds[n++] = CL_ASK_LEAVE;
    }
    if (view_button) {
        labels[n] = _("Audience view (P)");
        cmds[n++] = CL_VIEW;
    }
    int bh = btn.line_h + 2 * ui_px(ui, 7), gap = ui_px(ui, 8), bx = x + w;
    int pos[2], widths[2];
    for (int i = 0; i < n; i++) {
        widths[i] = font_measure(ui->fonts, btn.style, btn.px, labels[i], strlen(labels[i])) +
                    2 * ui_px(ui, 14);
        bx -= widths[i];
        pos[i] = bx;
        bx -= gap;
    }
    if (bx < lx + ui_px(ui, 20)) n = 0; /* too narrow: the keys still work */
    for (int i = n - 1; i >= 0; i--)
        frame_button(ui, L, LAYER_FIXED, pos[i], (h - bh) / 2, widths[i], BTN_QUIET, labels[i],
                     ACT_CLASS, cmds[i] * CL_ARG, true, NULL);
    int room = (n ? bx : x + w) - lx - ui_px(ui, 24);
    if (what && room > ui_px(ui, 80)) {
        TextStyle ts = ui_text(ui, TS_SMALL, FS_REGULAR, C_MUTED);
        layout_line(L, ui->fonts, LAYER_FIXED, &ts, lx + ui_px(ui, 16), (h - ts.line_h) / 2,
                    room - ui_px(ui, 16), what, bar);
    }
    L->view = (SDL_Rect){0, h, ui->out_w, ui->out_h - h};
    return h;
}

/* The height of a button `w` wide, its label wrapped as frame_button
   wraps it. */
static int button_h(Ui *ui, const char *label, int w) {
    TextStyle ts = ui_text(ui, TS_BODY, FS_BOLD, C_TEXT);
    int inner = w - 2 * ui_px(ui, 22);
    if (inner < 1) inner = 1;
    int th = layout_text(NULL, ui->fonts, LAYER_FIXED, &ts, 0, 0, inner, label,
                         (SDL_Rect){0, 0, ui->out_w, ui->out_h});
    return th + 2 * ui_px(ui, 10);
}

/* The footer: back on the left, next on the right, and between them
   what the room sees. */
int leader_footer(Ui *ui, Layout *L, const char *back, int back_cmd, const char *next, int next_cmd,
                  const char *middle) {
    int x, w;
    frame_column(ui, 4000, &x, &w);
    TextStyle bts = ui_text(ui, TS_BODY, FS_BOLD, C_TEXT);
    int bw = back ? font_measure(ui->fonts, bts.style, bts.px, back, strlen(back)) + 2 * ui_px(ui, 22) : 0;
    int nw = next ? font_measure(ui->fonts, bts.style, bts.px, next, strlen(next)) + 2 * ui_px(ui, 22) : 0;
    if (bw + nw + ui_px(ui, 8) > w) {
        int half = (w - ui_px(ui, 8)) / 2;
        if (back && next) bw = nw = half;
        else bw = nw = w;
    }
    int bh = frame_button_h(ui);
    if (back && button_h(ui, back, bw) > bh) bh = button_h(ui, back, bw);
    if (next && button_h(ui, next, nw) > bh) bh = button_h(ui, next, nw);
    int pad = ui_px(ui, 12), h = bh + 2 * pad, y = ui->out_h - h;
    layout_rect(L, LAYER_FIXED, (SDL_Rect){0, y, ui->out_w, h}, ui_color(ui, C_SURFACE), 0, none(), 0);
    layout_rect(L, LAYER_FIXED, (SDL_Rect){0, y, ui->out_w, ui_px(ui, 1)}, ui_color(ui, C_BORDER), 0,
                none(), 0);
    int left = x, right = x + w;
    if (back) {
        frame_button(ui, L, LAYER_FIXED, left, y + pad, bw, BTN_SECONDARY, back, ACT_CLASS,
                     back_cmd * CL_ARG, true, NULL);
        left += bw + ui_px(ui, 16);
    }
    if (next) right -= nw;
    if (middle && right - left > ui_px(ui, 140)) {
        TextStyle ts = ui_text(ui, TS_SMALL, FS_REGULAR, C_MUTED);
        ts.align = ALIGN_CENTER;
        layout_line(L, ui->fonts, LAYER_FIXED, &ts, left, y + (h - ts.line_h) / 2,
                    right - left - ui_px(ui, 16), middle, (SDL_Rect){x, y, w, h});
    }
    if (next)
        frame_button(ui, L, LAYER_FIXED, right, y + pad, nw, BTN_PRIMARY, next, ACT_CLASS,
                     next_cmd * CL_ARG, true, NULL);
    L->view.h = y - L->view.y;
    return h;
}

int leader_text(Ui *ui, Layout *L, int x, int y, int w, TypeSize size, FontStyle st, ColorRole c,
                const char *s) {
    TextStyle ts = ui_text(ui, size, st, c);
    return layout_text(L, ui->fonts, LAYER_SCROLL, &ts, x, y, w, s, (SDL_Rect){x, y, w, 1 << 20});
}

/* }====================================================== */

/* {====================================================== setup */

static int field(Ui *ui, Layout *L, int x, int y, int w, const char *value, bool editing) {
    TextStyle ts = ui_text(ui, TS_BODY, FS_REGULAR, C_TEXT);
    int pad = ui_px(ui, 12), h = ts.line_h + 2 * pad, radius = ui_px(ui, ui->theme.radius);
    SDL_Rect r = {x, y, w, h};
    layout_rect(L, LAYER_SCROLL, r, ui_color(ui, C_SURFACE), radius,
                ui_color(ui, editing ? C_ACCENT : C_CONTROL), ui_px(ui, editing ? 2 : 1));
    int tw = 0;
    if (*value) tw = layout_line(L, ui->fonts, LAYER_SCROLL, &ts, x + pad, y + pad, w - 3 * pad, value, r);
    if (editing) { /* the caret */
        int cx = x + pad + tw + ui_px(ui, 2);
        if (cx > x + w - pad) cx = x + w - pad;
        layout_rect(L, LAYER_SCROLL, (SDL_Rect){cx, y + pad, ui_px(ui, 2), ts.line_h},
                    ui_color(ui, C_TEXT), 0, none(), 0);
    }
    layout_widget(L, LAYER_SCROLL, r, radius, ACT_CLASS, CL_LABEL * CL_ARG, true, _("The group's name"));
    return h;
}

void screen_class_setup(Ui *ui, Layout *L) {
    Classroom *c = ui->cls;
    leader_header(ui, L, _("Classroom"), false, false);
    leader_footer(ui, L, _("Back to the menu"), CL_ASK_LEAVE, _("Start the presentation (F5)"),
                  CL_START, NULL);
    int x, w;
    frame_column(ui, 0, &x, &w);
    int y = ui_px(ui, 32);
    y += frame_heading(ui, L, x, y, w, TS_H1, _("Classroom"));
    TextStyle lead = ui_text(ui, TS_LEAD, FS_REGULAR, C_TEXT);
    y += layout_text(L, ui->fonts, LAYER_SCROLL, &lead, x, y, w,
                     _("Show a case on a projector. The group discusses each step; you count the "
                       "hands, enter the group's marks, concern and choice, and go on."),
                     (SDL_Rect){x, y, w, 1 << 20});
    y += ui_px(ui, 24);
    if (c->notice[0]) y += frame_notice(ui, L, x, y, w, C_NOTICE, c->notice) + ui_px(ui, 20);
    y += frame_heading(ui, L, x, y, w, TS_H2, _("The group's name"));
    y += leader_text(ui, L, x, y, w, TS_SMALL, FS_REGULAR, C_MUTED,
              _("Saved as the participant, so the group needs no personal names. Results stay "
                "on this machine unless you export them. Enter edits the name.")) + ui_px(ui, 8);
    y += field(ui, L, x, y, w, c->label, c->editing) + ui_px(ui, 28);
    y += frame_heading(ui, L, x, y, w, TS_H2, _("The case"));
    y += leader_text(ui, L, x, y, w, TS_SMALL, FS_REGULAR, C_MUTED,
              _("Choose with the arrow keys and Enter, or press the case's number.")) + ui_px(ui, 8);
    if (c->pick < 0 && c->path[0] && ui->sc) {
        /* A case named on the command line that is not in the menu. */
        y += frame_chip(ui, L, x, y, w, ui->sc->title, c->path, true, TONE_ACCENT, ACT_NONE, 0,
                        NULL) + ui_px(ui, 8);
    }
    int shown = 0;
    for (size_t i = 0; i < ui->cat.count; i++) {
        const CaseInfo *ci = &ui->cat.items[i];
        if (!ci->ok) continue;
        char label[600], note[300] = "";
        snprintf(label, sizeof label, "%d. %s", ++shown, ci->title);
        if (ci->minutes > 0) snprintf(note, sizeof note, _("About %d minutes"), ci->minutes);
        y += frame_chip(ui, L, x, y, w, label, note, c->pick == (int)i, TONE_ACCENT, ACT_CLASS,
                        CL_PICK_CASE * CL_ARG + (int)i, NULL) + ui_px(ui, 8);
    }
    y += ui_px(ui, 20);
    y += frame_heading(ui, L, x, y, w, TS_H2, _("Screens"));
    int nd = ui->headless ? 1 : SDL_GetNumVideoDisplays();
    y += leader_text(ui, L, x, y, w, TS_BODY, FS_REGULAR, C_TEXT,
              nd > 1 ? _("Two displays: the audience sees the case on the second display, you "
                         "see the presenter view here.")
                     : _("One display: the case fills the screen for the audience; P switches to "
                         "the presenter view and back.")) + ui_px(ui, 8);
    y += leader_text(ui, L, x, y, w, TS_SMALL, FS_REGULAR, C_MUTED,
              _("A presentation clicker works: PageDown goes on, PageUp goes back, B blanks the "
                "screen, Escape ends.")) + ui_px(ui, 8);
    L->content_h = y + ui_px(ui, 32);
    if (c->ask) classroom_dialog(ui, L);
}

/* }====================================================== */
