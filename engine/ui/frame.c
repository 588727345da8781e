/*
** frame.c — the parts every screen is built from: the header and footer
** bars, the content column, buttons, chips (radio-style toggles), notices,
** headings and scene text with speech. They take every colour, size and
** space from the theme, so the screens look like one program.
*/
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "app.h"
#include "results_ui.h"

static SDL_Color none(void) { return (SDL_Color){0, 0, 0, 0}; }

static SDL_Rect whole(const Ui *ui) { return (SDL_Rect){0, 0, ui->out_w, ui->out_h}; }

int frame_measure(Ui *ui) {
    /* The average width of a character in running Norwegian text. */
    static const char sample[] = "Hanna kommer til første konsultasjon sammen med samboeren sin.";
    TextStyle ts = ui_text(ui, TS_BODY, FS_REGULAR, C_TEXT);
    int w = font_measure(ui->fonts, ts.style, ts.px, sample, sizeof sample - 1);
    int chars = 0;
    for (const char *p = sample; *p; p++) chars += ((unsigned char)*p & 0xC0) != 0x80;
    return w * ui->theme.measure / chars;
}

void frame_column(Ui *ui, int max_units, int *x, int *w) {
    int margin = ui_px(ui, 20);
    if (margin < ui->out_w / 25) margin = ui->out_w / 25;
    int avail = ui->out_w - 2 * margin;
    int want = max_units > 0 ? ui_px(ui, max_units) : frame_measure(ui);
    *w = want < avail ? want : avail;
    *x = (ui->out_w - *w) / 2;
}

int frame_button_h(const Ui *ui) {
    TextStyle ts = ui_text(ui, TS_BODY, FS_BOLD, C_TEXT);
    return ts.line_h + 2 * ui_px(ui, 10);
}

int frame_button(Ui *ui, Layout *L, Layer layer, int x, int y, int w, ButtonKind kind,
                 const char *label, int action, int arg, bool enabled, SDL_Rect *out) {
    bool small = kind == BTN_QUIET;
    ColorRole fg = kind == BTN_PRIMARY && enabled ? C_ON_ACCENT : enabled ? C_ACCENT : C_MUTED;
    TextStyle ts = ui_text(ui, small ? TS_SMALL : TS_BODY, FS_BOLD, fg);
    ts.align = ALIGN_CENTER;
    int px = ui_px(ui, small ? 14 : 22), py = ui_px(ui, small ? 7 : 10);
    int tw = font_measure(ui->fonts, ts.style, ts.px, label, strlen(label));
    if (w <= 0) w = tw + 2 * px;
    int inner = w - 2 * px;
    if (inner < 1) inner = 1;
    int th = layout_text(NULL, ui->fonts, layer, &ts, 0, 0, inner, label, whole(ui));
    int h = th + 2 * py;
    SDL_Rect r = {x, y, w, h};
    int radius = ui_px(ui, ui->theme.radius);
    if (kind == BTN_PRIMARY && enabled)
        layout_rect(L, layer, r, ui_color(ui, C_ACCENT), radius, none(), 0);
    else
        layout_rect(L, layer, r, ui_color(ui, C_SURFACE), radius,
                    ui_color(ui, enabled ? C_CONTROL : C_BORDER), ui_px(ui, 1));
    layout_text(L, ui->fonts, layer, &ts, x + px, y + py, inner, label, r);
    if (out) *out = r;
    return layout_widget(L, layer, r, radius, action, arg, enabled, label);
}

int frame_header(Ui *ui, Layout *L) {
    TextStyle mark = ui_text(ui, TS_H3, FS_BOLD, C_ACCENT);
    TextStyle btn = ui_text(ui, TS_SMALL, FS_BOLD, C_ACCENT);
    int h = btn.line_h + 2 * ui_px(ui, 7) + 2 * ui_px(ui, 10);
    int margin = ui_px(ui, 20);
    if (margin < ui->out_w / 25) margin = ui->out_w / 25;
    layout_rect(L, LAYER_FIXED, (SDL_Rect){0, 0, ui->out_w, h}, ui_color(ui, C_SURFACE), 0,
                none(), 0);
    layout_rect(L, LAYER_FIXED, (SDL_Rect){0, h - ui_px(ui, 1), ui->out_w, ui_px(ui, 1)},
                ui_color(ui, C_BORDER), 0, none(), 0);
    SDL_Rect bar = {margin, 0, ui->out_w - 2 * margin, h};
    /* The wordmark: a small accent dot and the name. */
    int dot = ui_px(ui, 12);
    layout_rect(L, LAYER_FIXED, (SDL_Rect){bar.x, (h - dot) / 2, dot, dot},
                ui_color(ui, C_ACCENT), dot / 2, none(), 0);
    int x = bar.x + dot + ui_px(ui, 8);
    x += layout_line(L, ui->fonts, LAYER_FIXED, &mark, x, (h - mark.line_h) / 2,
                     bar.x + bar.w - x, "Blikk", bar);
    /* Buttons from the right: settings, and leaving a case. */
    int right = bar.x + bar.w;
    const char *labels[2];
    int actions[2], n = 0;
    if (ui->screen != SCR_SETTINGS) {
        labels[n] = _("Settings");
        actions[n++] = ACT_SETTINGS;
    }
    if (ui->screen == SCR_SCENE || ui->screen == SCR_FEEDBACK || ui->screen == SCR_ENDING) {
        labels[n] = _("Leave case");
        actions[n++] = ACT_ASK_LEAVE;
    }
    int bh = btn.line_h + 2 * ui_px(ui, 7);
    int widths[2], total = 0, gap = ui_px(ui, 8);
    for (int i = 0; i < n; i++) {
        widths[i] = font_measure(ui->fonts, btn.style, btn.px, labels[i], strlen(labels[i])) +
                    2 * ui_px(ui, 14);
        total += widths[i] + gap;
    }
    /* The leave button is the last in the tab order of the header, so it
       is laid out last; it stands left of settings. */
    int bx = right;
    int pos[2];
    for (int i = 0; i < n; i++) {
        bx -= widths[i];
        pos[i] = bx;
        bx -= gap;
    }
    if (bx - x < 0) n = 0; /* no room at all: the keys still work */
    for (int i = n - 1; i >= 0; i--)
        frame_button(ui, L, LAYER_FIXED, pos[i], (h - bh) / 2, widths[i], BTN_QUIET, labels[i],
                     actions[i], 0, true, NULL);
    /* The case's title between, if there is room for it. */
    const char *title = ui->sc && ui->screen != SCR_MENU && ui->screen != SCR_ERROR
                            ? ui->sc->title : NULL;
    /* "Not saved" while a case is played without saving. */
    int room = results_ui_header(ui, L, x, n ? bx : right, h) - x - ui_px(ui, 24);
    if (title && room > ui_px(ui, 80)) {
        TextStyle ts = ui_text(ui, TS_SMALL, FS_REGULAR, C_MUTED);
        int sep = ui_px(ui, 16);
        layout_line(L, ui->fonts, LAYER_FIXED, &ts, x + sep, (h - ts.line_h) / 2, room - sep,
                    title, bar);
    }
    (void)total;
    L->view = (SDL_Rect){0, h, ui->out_w, ui->out_h - h};
    return h;
}

int frame_footer(Ui *ui, Layout *L, const char *secondary, int sec_action,
                 const char *primary, int pri_action, bool pri_enabled, const char *hint) {
    if (!secondary && !primary) return 0;
    int bh = frame_button_h(ui), pad = ui_px(ui, 12);
    int h = bh + 2 * pad;
    int y = ui->out_h - h;
    layout_rect(L, LAYER_FIXED, (SDL_Rect){0, y, ui->out_w, h}, ui_color(ui, C_SURFACE), 0,
                none(), 0);
    layout_rect(L, LAYER_FIXED, (SDL_Rect){0, y, ui->out_w, ui_px(ui, 1)},
                ui_color(ui, C_BORDER), 0, none(), 0);
    int cx, cw;
    frame_column(ui, 0, &cx, &cw);
    SDL_Rect bar = {cx, y, cw, h};
    int left = cx, right = cx + cw;
    TextStyle bts = ui_text(ui, TS_BODY, FS_BOLD, C_TEXT);
    int pw = primary ? font_measure(ui->fonts, bts.style, bts.px, primary, strlen(primary)) +
                           2 * ui_px(ui, 22) : 0;
    int sw = secondary ? font_measure(ui->fonts, bts.style, bts.px, secondary,
                                      strlen(secondary)) + 2 * ui_px(ui, 22) : 0;
    if (pw + sw + ui_px(ui, 8) > cw) { /* too narrow for both side by side */
        int half = (cw - ui_px(ui, 8)) / 2;
        if (primary && secondary) pw = sw = half;
        else pw = sw = cw;
    }
    if (secondary) {
        frame_button(ui, L, LAYER_FIXED, left, y + pad, sw, BTN_SECONDARY, secondary,
                     sec_action, 0, true, NULL);
        left += sw + ui_px(ui, 16);
    }
    if (primary) right -= pw;
    if (hint && right - left > ui_px(ui, 120)) {
        TextStyle ts = ui_text(ui, TS_SMALL, FS_REGULAR, C_MUTED);
        ts.align = primary ? ALIGN_RIGHT : ALIGN_LEFT;
        layout_line(L, ui->fonts, LAYER_FIXED, &ts, left, y + (h - ts.line_h) / 2,
                    right - left - ui_px(ui, 16), hint, bar);
    }
    if (primary)
        frame_button(ui, L, LAYER_FIXED, right, y + pad, pw, BTN_PRIMARY, primary, pri_action, 0,
                     pri_enabled, NULL);
    L->view.h = y - L->view.y;
    return h;
}

int frame_heading(Ui *ui, Layout *L, int x, int y, int w, TypeSize size, const char *text) {
    TextStyle ts = ui_text(ui, size, FS_BOLD, C_TEXT);
    int h = layout_text(L, ui->fonts, LAYER_SCROLL, &ts, x, y, w, text,
                        (SDL_Rect){x, y, w, 1 << 20});
    int after = size == TS_H1 ? ui_px(ui, 16) : size == TS_H2 ? ui_px(ui, 12) : ui_px(ui, 8);
    return h + after;
}

int frame_notice(Ui *ui, Layout *L, int x, int y, int w, ColorRole tone, const char *text) {
    ColorRole soft = tone == C_ERROR ? C_ERROR_SOFT : tone == C_ACCENT ? C_ACCENT_SOFT
                                                                       : C_NOTICE_SOFT;
    int pad = ui_px(ui, 14), bar = ui_px(ui, 4);
    TextStyle ts = ui_text(ui, TS_BODY, FS_REGULAR, C_TEXT);
    SDL_Rect box = {x, y, w, 0};
    size_t bg = layout_rect(L, LAYER_SCROLL, box, ui_color(ui, soft), ui_px(ui, 4),
                            ui_color(ui, tone), ui_px(ui, 1));
    size_t stripe = layout_rect(L, LAYER_SCROLL, (SDL_Rect){x, y, bar, 0}, ui_color(ui, tone),
                                0, none(), 0);
    box.h = 1 << 20;
    int th = layout_text(L, ui->fonts, LAYER_SCROLL, &ts, x + bar + pad, y + pad,
                         w - bar - 2 * pad, text, box);
    int h = th + 2 * pad;
    if (!L->failed) {
        L->items[bg].r.h = L->items[bg].box.h = h;
        L->items[stripe].r.h = L->items[stripe].box.h = h;
    }
    return h;
}

/* A tinted box with a small label over a text; returns its height. */
int frame_box(Ui *ui, Layout *L, int x, int y, int w, const char *label, const char *text) {
    int pad = ui_px(ui, 16), bar = ui_px(ui, 4);
    SDL_Rect box = {x, y, w, 1 << 20};
    size_t bg = layout_rect(L, LAYER_SCROLL, box, ui_color(ui, C_ACCENT_SOFT), ui_px(ui, 4),
                            none(), 0);
    size_t st = layout_rect(L, LAYER_SCROLL, (SDL_Rect){x, y, bar, 0}, ui_color(ui, C_ACCENT), 0,
                            none(), 0);
    TextStyle ls = ui_text(ui, TS_SMALL, FS_BOLD, C_ACCENT);
    TextStyle ts = ui_text(ui, TS_BODY, FS_REGULAR, C_TEXT);
    int th = layout_text(L, ui->fonts, LAYER_SCROLL, &ls, x + bar + pad, y + pad, w - bar - 2 * pad,
                         label, box);
    th += layout_text(L, ui->fonts, LAYER_SCROLL, &ts, x + bar + pad, y + pad + th,
                      w - bar - 2 * pad, text, box);
    int h = th + 2 * pad;
    if (!L->failed) {
        L->items[bg].r.h = L->items[bg].box.h = h;
        L->items[st].r.h = L->items[st].box.h = h;
        for (size_t i = st + 1; i < L->nitems; i++) L->items[i].box.h = h;
    }
    return h;
}

/* A list item with a bullet and a hanging indent; returns its height. */
int frame_bullet(Ui *ui, Layout *L, int x, int y, int w, const char *text) {
    TextStyle body = ui_text(ui, TS_BODY, FS_REGULAR, C_TEXT);
    int ind = ui_px(ui, 22), dot = ui_px(ui, 6);
    layout_rect(L, LAYER_SCROLL, (SDL_Rect){x + ui_px(ui, 4), y + (body.line_h - dot) / 2, dot, dot},
                ui_color(ui, C_ACCENT), dot / 2, none(), 0);
    return layout_text(L, ui->fonts, LAYER_SCROLL, &body, x + ind, y, w - ind, text,
                       (SDL_Rect){x, y, w, 1 << 20});
}

/* A small pill with a label, e.g. the outcome; returns its height. */
int frame_badge(Ui *ui, Layout *L, int x, int y, int w, const char *text, ColorRole fg,
                ColorRole bg) {
    TextStyle ts = ui_text(ui, TS_SMALL, FS_BOLD, fg);
    int px = ui_px(ui, 10), py = ui_px(ui, 3);
    int tw = font_measure(ui->fonts, ts.style, ts.px, text, strlen(text));
    if (tw > w - 2 * px) tw = w - 2 * px;
    SDL_Rect r = {x, y, tw + 2 * px, ts.line_h + 2 * py};
    layout_rect(L, LAYER_SCROLL, r, ui_color(ui, bg), r.h / 2, ui_color(ui, fg), ui_px(ui, 1));
    layout_line(L, ui->fonts, LAYER_SCROLL, &ts, x + px, y + py, tw, text, r);
    return r.h;
}

/* {====================================================== chips */

int frame_chip_width(Ui *ui, const char *label) {
    TextStyle ts = ui_text(ui, TS_BODY, FS_BOLD, C_TEXT);
    return font_measure(ui->fonts, FS_BOLD, ts.px, label, strlen(label)) + 2 * ui_px(ui, 14) +
           ui_px(ui, 18) + ui_px(ui, 10);
}

int frame_chip(Ui *ui, Layout *L, int x, int y, int w, const char *label, const char *note,
               bool selected, Tone tone, int action, int arg, SDL_Rect *out) {
    ColorRole fill = C_SURFACE, border = C_CONTROL, fg = C_TEXT, mark = C_CONTROL;
    if (selected) {
        switch (tone) {
        case TONE_ACCENT: fill = C_ACCENT_SOFT, border = C_ACCENT, fg = C_TEXT, mark = C_ACCENT; break;
        case TONE_RISK: fill = C_RISK, border = C_RISK, fg = C_ON_RISK, mark = C_ON_RISK; break;
        case TONE_PROTECTIVE:
            fill = C_PROTECTIVE, border = C_PROTECTIVE, fg = C_ON_PROTECTIVE, mark = C_ON_PROTECTIVE;
            break;
        }
    }
    TextStyle ts = ui_text(ui, TS_BODY, selected ? FS_BOLD : FS_REGULAR, fg);
    TextStyle ns = ui_text(ui, TS_SMALL, FS_REGULAR, selected && tone != TONE_ACCENT ? fg : C_MUTED);
    int px = ui_px(ui, 14), py = ui_px(ui, 10), dot = ui_px(ui, 18), gap = ui_px(ui, 10);
    if (w <= 0) w = frame_chip_width(ui, label); /* bold: selecting it moves nothing */
    int tx = x + px + dot + gap, tw = w - 2 * px - dot - gap;
    if (tw < 1) tw = 1;
    SDL_Rect r = {x, y, w, 0};
    int radius = ui_px(ui, ui->theme.radius);
    size_t bg = 0;
    if (L)
        bg = layout_rect(L, LAYER_SCROLL, r, ui_color(ui, fill), radius, ui_color(ui, border),
                         selected ? ui_px(ui, 2) : ui_px(ui, 1));
    SDL_Rect tbox = {x, y, w, 1 << 20};
    int th = layout_text(L, ui->fonts, LAYER_SCROLL, &ts, tx, y + py, tw, label, tbox);
    if (note && *note)
        th += layout_text(L, ui->fonts, LAYER_SCROLL, &ns, tx, y + py + th, tw, note, tbox);
    int h = th + 2 * py;
    if (L) {
        /* The radio mark: a ring, and a dot inside when selected. */
        int my = y + py + (ts.line_h - dot) / 2;
        SDL_Rect ring = {x + px, my, dot, dot};
        layout_rect(L, LAYER_SCROLL, ring, ui_color(ui, fill), dot / 2, ui_color(ui, mark),
                    ui_px(ui, 2));
        if (selected) {
            int in = dot / 2 - dot / 5;
            SDL_Rect d = {ring.x + (dot - in) / 2, ring.y + (dot - in) / 2, in, in};
            layout_rect(L, LAYER_SCROLL, d, ui_color(ui, mark), in / 2, none(), 0);
        }
        if (!L->failed) L->items[bg].r.h = L->items[bg].box.h = h;
        r.h = h;
        layout_widget(L, LAYER_SCROLL, r, radius, action, arg, true, label);
        /* The text items were set against an open-ended box; now it is known. */
        for (size_t i = bg + 1; i < L->nitems; i++)
            if (L->items[i].kind == DI_TEXT) L->items[i].box = r;
    }
    if (out) *out = (SDL_Rect){x, y, w, h};
    return h;
}

int frame_chips(Ui *ui, Layout *L, int x, int y, int w, const char *const *labels, size_t n,
                int selected, int action, const int *args) {
    int cx = x, cy = y, row_h = 0, gap = ui_px(ui, 10);
    for (size_t i = 0; i < n; i++) {
        int cw = frame_chip_width(ui, labels[i]);
        if (cw > w) cw = w;
        if (cx > x && cx + cw > x + w) {
            cx = x;
            cy += row_h + gap;
            row_h = 0;
        }
        int h = frame_chip(ui, L, cx, cy, cw, labels[i], NULL, args[i] == selected, TONE_ACCENT,
                           action, args[i], NULL);
        if (h > row_h) row_h = h;
        cx += cw + gap;
    }
    return cy + row_h - y;
}

/* }====================================================== */

/* {====================================================== scene text */

int frame_textdoc(Ui *ui, Layout *L, int x, int y, int w, const TextDoc *doc) {
    const Scenario *sc = ui->sc;
    TextStyle body = ui_text(ui, TS_BODY, FS_REGULAR, C_TEXT);
    int gap = ui_px(ui, 14), y0 = y;
    for (size_t i = 0; i < doc->nparas; i++) {
        const TextPara *p = &doc->paras[i];
        if (p->speaker == SPEAKER_NONE) {
            y += layout_spans(L, ui->fonts, LAYER_SCROLL, &body, x, y, w, p->spans, p->nspans,
                              (SDL_Rect){x, y, w, 1 << 20});
            y += gap;
            continue;
        }
        /* Speech: a block of its own, with the speaker's name on top and the
           portrait, if any, beside it. The trainee's own lines are tinted. */
        bool you = p->speaker == SPEAKER_YOU;
        const Character *ch = !you && sc && p->speaker < (int)sc->ncharacters
                                  ? &sc->characters[p->speaker] : NULL;
        const char *name = you ? _("You") : ch ? ch->name : "?";
        ImageEntry *img = ch && ch->portrait ? ui_image(ui, ch->portrait) : NULL;
        int pad = ui_px(ui, 14), bar = ui_px(ui, 4), pic = img ? ui_px(ui, 56) : 0;
        SDL_Rect box = {x, y, w, 1 << 20};
        size_t bg = layout_rect(L, LAYER_SCROLL, box, ui_color(ui, you ? C_ACCENT_SOFT : C_SPEECH),
                                ui_px(ui, 4), (SDL_Color){0, 0, 0, 0}, 0);
        size_t stripe = layout_rect(L, LAYER_SCROLL, (SDL_Rect){x, y, bar, 0},
                                    ui_color(ui, you ? C_ACCENT : C_CONTROL), 0, none(), 0);
        int tx = x + bar + pad + (pic ? pic + pad : 0), tw = x + w - pad - tx;
        TextStyle nm = ui_text(ui, TS_SMALL, FS_BOLD, you ? C_ACCENT : C_MUTED);
        int th = layout_text(L, ui->fonts, LAYER_SCROLL, &nm, tx, y + pad, tw, name, box);
        th += layout_spans(L, ui->fonts, LAYER_SCROLL, &body, tx, y + pad + th, tw, p->spans,
                           p->nspans, box);
        int h = (th > pic ? th : pic) + 2 * pad;
        if (img) {
            /* The centre square, so that any portrait fits the frame. */
            int side = img->w < img->h ? img->w : img->h;
            SDL_Rect src = {(img->w - side) / 2, (img->h - side) / 2, side, side};
            layout_image(L, LAYER_SCROLL, (SDL_Rect){x + bar + pad, y + pad, pic, pic}, img->tex,
                         src, ui_color(ui, C_BORDER));
        }
        if (!L->failed) {
            L->items[bg].r.h = h;
            L->items[stripe].r.h = h;
            box.h = h;
            for (size_t k = bg; k < L->nitems; k++) L->items[k].box = box;
            L->items[bg].box = L->items[bg].r;
            L->items[stripe].box = L->items[stripe].r;
        }
        y += h + gap;
    }
    return y - y0 - (doc->nparas ? gap : 0);
}

/* }====================================================== */

int frame_question(Ui *ui, Layout *L, int width, const char *title, const char *text,
                   Answer safe, Answer risky, bool risky_first) {
    int margin = ui_px(ui, 20);
    int w = ui_px(ui, width);
    if (w > ui->out_w - 2 * margin) w = ui->out_w - 2 * margin;
    int pad = ui_px(ui, 24), x = (ui->out_w - w) / 2;
    TextStyle h2 = ui_text(ui, TS_H2, FS_BOLD, C_TEXT);
    TextStyle body = ui_text(ui, TS_BODY, FS_REGULAR, C_TEXT);
    SDL_Rect all = {0, 0, ui->out_w, ui->out_h};
    int th = layout_text(NULL, ui->fonts, LAYER_MODAL, &h2, 0, 0, w - 2 * pad, title, all);
    int bh = layout_text(NULL, ui->fonts, LAYER_MODAL, &body, 0, 0, w - 2 * pad, text, all);
    TextStyle bts = ui_text(ui, TS_BODY, FS_BOLD, C_TEXT);
    int sw = font_measure(ui->fonts, bts.style, bts.px, safe.label, strlen(safe.label)) +
             2 * ui_px(ui, 22);
    int rw = font_measure(ui->fonts, bts.style, bts.px, risky.label, strlen(risky.label)) +
             2 * ui_px(ui, 22);
    bool stack = sw + rw + ui_px(ui, 12) > w - 2 * pad;
    int btn = frame_button_h(ui);
    int buttons = stack ? 2 * btn + ui_px(ui, 10) : btn;
    int h = pad + th + ui_px(ui, 8) + bh + ui_px(ui, 24) + buttons + pad;
    if (!L) return h;
    int y = (ui->out_h - h) / 2;
    if (y < margin) y = margin;
    SDL_Rect card = {x, y, w, h};
    layout_rect(L, LAYER_MODAL, card, ui_color(ui, C_SURFACE), ui_px(ui, 10), ui_color(ui, C_BORDER),
                ui_px(ui, 1));
    int ty = y + pad;
    ty += layout_text(L, ui->fonts, LAYER_MODAL, &h2, x + pad, ty, w - 2 * pad, title, card);
    ty += ui_px(ui, 8);
    ty += layout_text(L, ui->fonts, LAYER_MODAL, &body, x + pad, ty, w - 2 * pad, text, card);
    ty += ui_px(ui, 24);
    if (stack) {
        /* Top to bottom, so that Tab goes that way. */
        for (int i = 0; i < 2; i++) {
            bool risky_now = (i == 0) == risky_first;
            Answer a = risky_now ? risky : safe;
            frame_button(ui, L, LAYER_MODAL, x + pad, ty + i * (btn + ui_px(ui, 10)), w - 2 * pad,
                         risky_now ? BTN_SECONDARY : BTN_PRIMARY, a.label, a.action, a.arg, true,
                         NULL);
        }
    } else {
        int rx = x + w - pad;
        frame_button(ui, L, LAYER_MODAL, rx - sw - ui_px(ui, 12) - rw, ty, rw, BTN_SECONDARY,
                     risky.label, risky.action, risky.arg, true, NULL);
        frame_button(ui, L, LAYER_MODAL, rx - sw, ty, sw, BTN_PRIMARY, safe.label, safe.action,
                     safe.arg, true, NULL);
    }
    L->modal = true;
    return h;
}
