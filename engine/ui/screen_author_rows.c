/*
** screen_author_rows.c — the rows of the overlay's list tabs: the scene's
** insides (its id and line, observations with their kind, the concern,
** choices with points, target and whether `when` offers them), the state
** (variables, the field that edits one, fixtures) and the scenes to jump
** to. One function lays out a row both for drawing and for measuring on
** the side, so the panel can show whole rows only and scroll by rows.
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "app.h"
#include "author_priv.h"

static SDL_Color none(void) { return (SDL_Color){0, 0, 0, 0}; }

/* {====================================================== parts */

/* A pill with a label; returns its width; *h gets its height. */
int author_pill(Ui *ui, Layout *L, Layer ly, int x, int y, int maxw, const char *text,
                ColorRole fg, ColorRole bg, int *h) {
    TextStyle ts = ui_text(ui, TS_SMALL, FS_BOLD, fg);
    int px = ui_px(ui, 8), py = ui_px(ui, 2);
    int tw = font_measure(ui->fonts, ts.style, ts.px, text, strlen(text));
    if (tw > maxw - 2 * px) tw = maxw - 2 * px;
    if (tw < 1) tw = 1;
    SDL_Rect r = {x, y, tw + 2 * px, ts.line_h + 2 * py};
    if (L) {
        layout_rect(L, ly, r, ui_color(ui, bg), r.h / 2, ui_color(ui, fg), ui_px(ui, 1));
        layout_line(L, ui->fonts, ly, &ts, x + px, y + py, tw, text, r);
    }
    if (h) *h = r.h;
    return r.w;
}

/* Points for display: "+2", "−1,5", "0". */
static void points(char *buf, size_t size, double v) {
    char num[24];
    if (fabs(v - round(v)) < 0.005) snprintf(num, sizeof num, "%.0f", fabs(v));
    else snprintf(num, sizeof num, "%.1f", fabs(v));
    if (strcmp(i18n_language(), "en") != 0)
        for (char *p = num; *p; p++)
            if (*p == '.') *p = ',';
    snprintf(buf, size, "%s%s", v > 0.005 ? "+" : v < -0.005 ? "\xE2\x88\x92" : "", num);
}

static const char *kind_label(ObsKind k, ColorRole *fg, ColorRole *bg) {
    switch (k) {
    case OBS_RISK: *fg = C_RISK, *bg = C_RISK_SOFT; return _("risk");
    case OBS_PROTECTIVE: *fg = C_PROTECTIVE, *bg = C_PROTECTIVE_SOFT; return _("protective");
    case OBS_NEUTRAL: break;
    }
    *fg = C_MUTED, *bg = C_BACKGROUND;
    return P_("neutral");
}

static const char *value_kind(ValueType t) {
    switch (t) {
    case VAL_NUMBER: return P_("number");
    case VAL_BOOL: return P_("true/false");
    case VAL_STRING: return P_("text");
    case VAL_NIL: break;
    }
    return "nil";
}

/* Where a jump leads, as the author wrote it. */
static void jump_text(char *buf, size_t size, const Jump *j) {
    if (j->id) {
        snprintf(buf, size, "\xE2\x86\x92 %s", j->id);
        return;
    }
    size_t n = (size_t)snprintf(buf, size, "\xE2\x86\x92 ");
    for (size_t i = 0; i < j->ntargets && n < size; i++)
        n += (size_t)snprintf(buf + n, size - n, "%s%s", i ? " | " : "", j->target_ids[i]);
    if (n < size) snprintf(buf + n, size - n, " (%s)", P_("function"));
}

/* }====================================================== */

/* {====================================================== rows of the tabs */

static void add(Rows *r, RowKind k, int index, const char *text) {
    if (r->n == r->cap) {
        size_t cap = r->cap ? 2 * r->cap : 32;
        Row *n = realloc(r->rows, cap * sizeof *n);
        if (!n) return;
        r->rows = n;
        r->cap = cap;
    }
    r->rows[r->n++] = (Row){k, index, text};
}

void author_rows_free(Rows *r) {
    free(r->rows);
    state_list_free(r->vars, r->nvars);
    memset(r, 0, sizeof *r);
}

void author_rows_of(Ui *ui, AuthorTab tab, Rows *r) {
    memset(r, 0, sizeof *r);
    Author *a = ui->author;
    const PlayView *v = play_view(ui->play);
    const Scene *s = v->finished ? NULL : v->scene;
    switch (tab) {
    case AT_SCENE:
        add(r, R_HEAD, 0, NULL);
        if (!s) break;
        if (s->nobserve) {
            snprintf(r->section[0], sizeof r->section[0], _("Observations (%zu)"), s->nobserve);
            add(r, R_SECTION, 0, r->section[0]);
            for (size_t i = 0; i < s->nobserve; i++) add(r, R_OBS, s->observe[i], NULL);
        }
        if (s->concern) add(r, R_CONCERN, 0, NULL);
        if (s->has_next) {
            add(r, R_NEXT, 0, NULL);
        } else if (s->nchoices) {
            snprintf(r->section[1], sizeof r->section[1], _("Choices (%zu of %zu offered)"),
                     v->noffered, s->nchoices);
            add(r, R_SECTION, 1, r->section[1]);
            for (size_t i = 0; i < s->nchoices; i++) add(r, R_CHOICE, (int)i, NULL);
        }
        break;
    case AT_STATE:
        r->vars = play_state_list(ui->play, &r->nvars);
        add(r, R_HELP, 0,
            _("Choose a variable and press Enter to give it a new value. The scene is "
              "entered again with it (its on_enter runs again), so its text and its "
              "choices follow."));
        for (size_t i = 0; r->vars && i < r->nvars && i <= 0xFFFF; i++) add(r, R_VAR, (int)i, NULL);
        if (!r->nvars) add(r, R_NOTHING, 0, _("This case has no state variables."));
        add(r, R_SECTION, 2, P_("Fixtures"));
        add(r, R_HELP, 1,
            _("A fixture keeps the scene and the state, so that you can test from the middle "
              "of the case later. It is saved beside the case file."));
        add(r, R_FIX_SAVE, 0, NULL);
        for (size_t i = 0; i < a->nfixtures; i++) add(r, R_FIX, (int)i, NULL);
        break;
    case AT_SCENES:
        add(r, R_HELP, 0, _("Jump to a scene with the state as it is now."));
        /* (a widget's arg holds 16 bits of index: enough for any case
           written by hand) */
        for (size_t i = 0; i < ui->sc->nscenes && i <= 0xFFFF; i++) add(r, R_SCENE, (int)i, NULL);
        break;
    case AT_MAP:
    case AT_COUNT: break;
    }
}

/* A list row that is a widget: a box with hover and focus, `h` tall. */
static void row_box(Ui *ui, Layout *L, Layer ly, SDL_Rect r, bool current, int arg,
                    const char *label, size_t bg) {
    if (L->failed) return;
    L->items[bg].r = L->items[bg].box = r;
    L->items[bg].color = ui_color(ui, current ? C_ACCENT_SOFT : C_SURFACE);
    L->items[bg].border = ui_color(ui, current ? C_ACCENT : C_BORDER);
    for (size_t i = bg + 1; i < L->nitems; i++)
        if (L->items[i].kind == DI_TEXT) L->items[i].box = r;
    layout_widget(L, ly, r, ui_px(ui, ui->theme.radius), ACT_AUTHOR, arg, true, label);
}

static int row_edit(Ui *ui, Layout *L, Layer ly, int x, int y, int w, const StateVar *var) {
    Author *a = ui->author;
    int pad = ui_px(ui, 10), y0 = y;
    SDL_Rect box = {x, y, w, 1 << 20};
    size_t bg = layout_rect(L, ly, box, ui_color(ui, C_ACCENT_SOFT), ui_px(ui, ui->theme.radius),
                            ui_color(ui, C_ACCENT), ui_px(ui, 2));
    TextStyle nm = ui_text(ui, TS_SMALL, FS_BOLD, C_TEXT);
    char head[300];
    snprintf(head, sizeof head, _("New value for %s (%s)"), var->name, value_kind(var->value.type));
    y += pad;
    y += layout_text(L, ui->fonts, ly, &nm, x + pad, y, w - 2 * pad, head, box);
    y += ui_px(ui, 6);
    /* The field: the text, selected until the first key, and a caret. */
    TextStyle ts = ui_text(ui, TS_BODY, FS_REGULAR, C_TEXT);
    int fp = ui_px(ui, 8);
    SDL_Rect field = {x + pad, y, w - 2 * pad, ts.line_h + 2 * fp};
    layout_rect(L, ly, field, ui_color(ui, C_SURFACE), ui_px(ui, 4), ui_color(ui, C_CONTROL),
                ui_px(ui, 1));
    int caret = ui_px(ui, 2), room = field.w - 2 * fp - caret - ui_px(ui, 2);
    const char *txt = a->edit_buf;
    int tw = font_measure(ui->fonts, ts.style, ts.px, txt, strlen(txt));
    if (tw > room) tw = room;
    if (a->edit_fresh && *txt)
        layout_rect(L, ly, (SDL_Rect){field.x + fp - ui_px(ui, 2), field.y + fp, tw + ui_px(ui, 4),
                                      ts.line_h},
                    ui_color(ui, C_ACCENT_SOFT), ui_px(ui, 2), none(), 0);
    int used = *txt ? layout_line(L, ui->fonts, ly, &ts, field.x + fp, field.y + fp, room, txt,
                                  field) : 0;
    layout_rect(L, ly, (SDL_Rect){field.x + fp + used + ui_px(ui, 2), field.y + fp, caret,
                                  ts.line_h},
                ui_color(ui, C_TEXT), 0, none(), 0);
    layout_widget(L, ly, field, ui_px(ui, 4), ACT_AUTHOR, AUTHOR_ARG(AC_EDIT_SET, 1), true,
                  var->name);
    y += field.h + ui_px(ui, 8);
    TextStyle help = ui_text(ui, TS_SMALL, FS_REGULAR, a->edit_error[0] ? C_ERROR : C_MUTED);
    const char *hint = a->edit_error[0] ? a->edit_error
                       : var->value.type == VAL_NUMBER ? _("Type a number, then press Enter. Escape cancels.")
                       : var->value.type == VAL_BOOL   ? _("Type true or false, then press Enter. Escape cancels.")
                                                       : _("Type the text, then press Enter. Escape cancels.");
    y += layout_text(L, ui->fonts, ly, &help, x + pad, y, w - 2 * pad, hint, box);
    y += ui_px(ui, 8);
    SDL_Rect b;
    const char *set = P_("Set"), *cancel = P_("Cancel");
    frame_button(ui, L, ly, x + pad, y, 0, BTN_PRIMARY, set, ACT_AUTHOR, AUTHOR_ARG(AC_EDIT_SET, 0),
                 true, &b);
    frame_button(ui, L, ly, b.x + b.w + ui_px(ui, 8), y, 0, BTN_SECONDARY, cancel, ACT_AUTHOR,
                 AUTHOR_ARG(AC_EDIT_CANCEL, 0), true, NULL);
    y += b.h + pad;
    int h = y - y0;
    if (!L->failed) {
        L->items[bg].r.h = L->items[bg].box.h = h;
        for (size_t i = bg + 1; i < L->nitems; i++)
            if (L->items[i].kind == DI_TEXT && L->items[i].box.h > h) L->items[i].box.h = h;
    }
    if (L != &a->scratch) a->field = (SDL_Rect){x, y0, w, h};
    return h;
}

/* One row at (x, y), `w` wide; returns its height. */
int author_row(Ui *ui, Layout *L, Layer ly, const Rows *rs, const Row *r, int x, int y, int w) {
    Author *a = ui->author;
    const Scenario *sc = ui->sc;
    const PlayView *v = play_view(ui->play);
    SDL_Rect box = {x, y, w, 1 << 20};
    TextStyle small = ui_text(ui, TS_SMALL, FS_REGULAR, C_TEXT);
    TextStyle muted = ui_text(ui, TS_SMALL, FS_REGULAR, C_MUTED);
    TextStyle bold = ui_text(ui, TS_SMALL, FS_BOLD, C_TEXT);
    int pad = ui_px(ui, 10), y0 = y;
    char buf[600];
    switch (r->kind) {
    case R_HEAD: {
        bool end = v->finished && v->ending;
        TextStyle big = ui_text(ui, TS_H3, FS_BOLD, C_TEXT);
        y += layout_text(L, ui->fonts, ly, &muted, x, y, w, end ? P_("Ending") : P_("Scene id"), box);
        y += layout_text(L, ui->fonts, ly, &big, x, y, w, end ? v->ending->id : v->scene->id, box);
        if (end) {
            Outcome o = v->ending->outcome;
            snprintf(buf, sizeof buf, _("«%s» · outcome %s · line %d in %s"), v->ending->title,
                     o == OUTCOME_GOOD ? P_("good") : o == OUTCOME_POOR ? P_("poor") : P_("mixed"),
                     v->ending->line, a->base);
        } else if (v->scene->title && *v->scene->title) {
            snprintf(buf, sizeof buf, _("«%s» · line %d in %s"), v->scene->title, v->scene->line,
                     a->base);
        } else {
            snprintf(buf, sizeof buf, P_("line %d in %s"), v->scene->line, a->base);
        }
        y += layout_text(L, ui->fonts, ly, &muted, x, y, w, buf, box);
        return y - y0;
    }
    case R_HELP:
    case R_NOTHING:
        return layout_text(L, ui->fonts, ly, &muted, x, y, w, r->text, box);
    case R_SECTION: {
        TextStyle sec = ui_text(ui, TS_SMALL, FS_BOLD, C_MUTED);
        y += ui_px(ui, 10);
        y += layout_text(L, ui->fonts, ly, &sec, x, y, w, r->text, box);
        layout_rect(L, ly, (SDL_Rect){x, y + ui_px(ui, 2), w, ui_px(ui, 1)}, ui_color(ui, C_BORDER),
                    0, none(), 0);
        return y - y0 + ui_px(ui, 3);
    }
    case R_OBS: {
        const Observation *o = &sc->observations[r->index];
        ColorRole fg, bg;
        const char *k = kind_label(o->kind, &fg, &bg);
        int ph;
        int pw = author_pill(ui, L, ly, x, y, w, k, fg, bg, &ph);
        int iw = w - pw - ui_px(ui, 8);
        if (iw > ui_px(ui, 30))
            layout_line(L, ui->fonts, ly, &muted, x + pw + ui_px(ui, 8), y + (ph - muted.line_h) / 2,
                        iw, o->id, box);
        y += ph + ui_px(ui, 4);
        y += layout_text(L, ui->fonts, ly, &small, x, y, w, o->text, box);
        Mark m = play_mark_of(ui->play, r->index);
        if (m != MARK_NONE) {
            snprintf(buf, sizeof buf, "%s", m == MARK_RISK ? _("You marked it as a concern.")
                                                           : _("You marked it as a resource."));
            y += layout_text(L, ui->fonts, ly, &muted, x, y, w, buf, box);
        }
        return y - y0 + ui_px(ui, 4);
    }
    case R_CONCERN: {
        const Scene *s = v->scene;
        y += ui_px(ui, 6);
        y += layout_text(L, ui->fonts, ly, &bold, x, y, w, P_("Concern"), box);
        if (v->concern)
            snprintf(buf, sizeof buf, _("The expert's level: %d (%s). Given here: %d."), s->concern,
                     scenario_concern_label(sc, s->concern), v->concern);
        else
            snprintf(buf, sizeof buf, _("The expert's level: %d (%s). Not given yet."), s->concern,
                     scenario_concern_label(sc, s->concern));
        y += layout_text(L, ui->fonts, ly, &small, x, y, w, buf, box);
        return y - y0;
    }
    case R_NEXT: {
        char to[300];
        jump_text(to, sizeof to, &v->scene->next);
        snprintf(buf, sizeof buf, _("No decision here: “Continue” %s"), to);
        y += ui_px(ui, 10);
        y += layout_text(L, ui->fonts, ly, &small, x, y, w, buf, box);
        return y - y0;
    }
    case R_CHOICE: {
        const Choice *c = &v->scene->choices[r->index];
        bool offered = false;
        for (size_t i = 0; i < v->noffered; i++) offered |= v->offered[i] == r->index;
        TextStyle num = ui_text(ui, TS_SMALL, FS_BOLD, offered ? C_ACCENT : C_MUTED);
        snprintf(buf, sizeof buf, "%d", r->index + 1);
        int nw = ui_px(ui, 22);
        layout_line(L, ui->fonts, ly, &num, x, y, nw, buf, box);
        TextStyle txt = offered ? small : muted;
        y += layout_text(L, ui->fonts, ly, &txt, x + nw, y, w - nw, c->text, box);
        y += ui_px(ui, 4);
        int ph;
        const char *st = offered ? P_("offered") : P_("not offered");
        int pw = author_pill(ui, L, ly, x + nw, y, w - nw, st, offered ? C_PROTECTIVE : C_MUTED,
                             offered ? C_PROTECTIVE_SOFT : C_BACKGROUND, &ph);
        char pts[48], to[300];
        points(pts, sizeof pts, c->points);
        jump_text(to, sizeof to, &c->next);
        if (c->when != BLK_NOFN)
            snprintf(buf, sizeof buf, _("%s points · %s · when: %s"), pts, to,
                     offered ? P_("true") : P_("false"));
        else
            snprintf(buf, sizeof buf, _("%s points · %s"), pts, to);
        int tx = x + nw + pw + ui_px(ui, 8);
        int th = layout_text(NULL, ui->fonts, ly, &muted, 0, 0, x + w - tx, buf, box);
        if (x + w - tx >= ui_px(ui, 60) && th <= muted.line_h) {
            layout_line(L, ui->fonts, ly, &muted, tx, y + (ph - muted.line_h) / 2, x + w - tx, buf,
                        box);
            y += ph;
        } else {
            y += ph + ui_px(ui, 2);
            y += layout_text(L, ui->fonts, ly, &muted, x + nw, y, w - nw, buf, box);
        }
        return y - y0 + ui_px(ui, 4);
    }
    case R_VAR: {
        const StateVar *var = &rs->vars[r->index];
        if (a->editing && strcmp(a->edit_name, var->name) == 0) return row_edit(ui, L, ly, x, y, w, var);
        size_t bg = 0;
        bg = layout_rect(L, ly, box, ui_color(ui, C_SURFACE), ui_px(ui, ui->theme.radius),
                                ui_color(ui, C_BORDER), ui_px(ui, 1));
        char val[300];
        if (var->value.type == VAL_STRING) snprintf(val, sizeof val, "“%s”", var->value.str);
        else value_format(&var->value, val, sizeof val);
        if (var->value.type == VAL_BOOL)
            snprintf(val, sizeof val, "%s", var->value.b ? P_("true") : P_("false"));
        TextStyle vs = ui_text(ui, TS_BODY, FS_BOLD, C_TEXT);
        vs.align = ALIGN_RIGHT;
        int vw = font_measure(ui->fonts, vs.style, vs.px, val, strlen(val));
        int inner = w - 2 * pad;
        if (vw > inner / 2) vw = inner / 2;
        y += pad;
        int left = layout_text(L, ui->fonts, ly, &bold, x + pad, y, inner - vw - pad, var->name, box);
        left += layout_text(L, ui->fonts, ly, &muted, x + pad, y + left, inner - vw - pad,
                            value_kind(var->value.type), box);
        layout_line(L, ui->fonts, ly, &vs, x + w - pad - vw, y, vw, val, box);
        int h = (left > vs.line_h ? left : vs.line_h) + 2 * pad;
        row_box(ui, L, ly, (SDL_Rect){x, y0, w, h}, false, AUTHOR_ARG(AC_VAR, r->index),
                var->name, bg);
        return h;
    }
    case R_FIX_SAVE: {
        SDL_Rect b;
        frame_button(ui, L, ly, x, y, w, BTN_SECONDARY, P_("Save the scene and state now"),
                     ACT_AUTHOR, AUTHOR_ARG(AC_FIXTURE_SAVE, 0), true, &b);
        return b.h;
    }
    case R_FIX: {
        const Fixture *f = &a->fixtures[r->index];
        size_t bg = 0;
        bg = layout_rect(L, ly, box, ui_color(ui, C_SURFACE), ui_px(ui, ui->theme.radius),
                                ui_color(ui, C_BORDER), ui_px(ui, 1));
        y += pad;
        snprintf(buf, sizeof buf, P_("Load fixture %d"), f->number);
        y += layout_text(L, ui->fonts, ly, &bold, x + pad, y, w - 2 * pad, buf, box);
        if (f->saved[0])
            snprintf(buf, sizeof buf, _("scene '%s' · saved %s"), f->scene, f->saved);
        else
            snprintf(buf, sizeof buf, P_("scene '%s'"), f->scene);
        y += layout_text(L, ui->fonts, ly, &muted, x + pad, y, w - 2 * pad, buf, box);
        y += pad;
        const char *file = strrchr(f->path, '/');
        row_box(ui, L, ly, (SDL_Rect){x, y0, w, y - y0}, false, AUTHOR_ARG(AC_FIXTURE_LOAD, r->index),
                file ? file + 1 : f->path, bg);
        return y - y0;
    }
    case R_SCENE: {
        const Scene *s = &sc->scenes[r->index];
        bool here = !v->finished && v->scene_index == r->index;
        size_t bg = 0;
        bg = layout_rect(L, ly, box, ui_color(ui, C_SURFACE), ui_px(ui, ui->theme.radius),
                                ui_color(ui, C_BORDER), ui_px(ui, 1));
        int ph = 0, pw = 0;
        const char *tag = here ? P_("you are here") : NULL;
        if (tag) {
            pw = author_pill(ui, NULL, ly, 0, 0, w / 2, tag, C_ACCENT, C_SURFACE, &ph);
            author_pill(ui, L, ly, x + w - pad - pw, y + pad, w / 2, tag, C_ACCENT, C_SURFACE, &ph);
        }
        y += pad;
        int iw = w - 2 * pad - (pw ? pw + ui_px(ui, 8) : 0);
        y += layout_text(L, ui->fonts, ly, &bold, x + pad, y, iw, s->id, box);
        if (s->title && *s->title)
            y += layout_text(L, ui->fonts, ly, &muted, x + pad, y, iw, s->title, box);
        if (y - y0 < ph + pad) y = y0 + ph + pad;
        y += pad;
        row_box(ui, L, ly, (SDL_Rect){x, y0, w, y - y0}, here, AUTHOR_ARG(AC_JUMP, r->index), s->id,
                bg);
        return y - y0;
    }
    }
    return 0;
}

/* The widget arg of a row that can take the focus, or -1. */
int author_row_arg(const Row *r) {
    switch (r->kind) {
    case R_VAR: return AUTHOR_ARG(AC_VAR, r->index);
    case R_FIX_SAVE: return AUTHOR_ARG(AC_FIXTURE_SAVE, 0);
    case R_FIX: return AUTHOR_ARG(AC_FIXTURE_LOAD, r->index);
    case R_SCENE: return AUTHOR_ARG(AC_JUMP, r->index);
    default: return -1;
    }
}

/* The space between rows. */
int author_row_gap(const Ui *ui) { return ui_px(ui, 8); }

/* A row's height with the space after it, measured on the side. */
int author_row_height(Ui *ui, const Rows *rs, size_t i, int w) {
    Author *a = ui->author;
    layout_reset(&a->scratch);
    return author_row(ui, &a->scratch, LAYER_FIXED, rs, &rs->rows[i], 0, 0, w) + author_row_gap(ui);
}

/* The first row from which the rest all fit. */
int author_rows_last_first(Ui *ui, const Rows *rs) {
    Author *a = ui->author;
    int room = a->body_h + author_row_gap(ui), i = (int)rs->n;
    while (i > 0) {
        int h = author_row_height(ui, rs, (size_t)i - 1, a->body_w);
        if (h > room) break;
        room -= h;
        i--;
    }
    return i < (int)rs->n ? i : (int)rs->n - 1;
}

/* }====================================================== */
