/*
** screen_author.c — what author mode draws: a bar under the header that
** says so (file, last load, what a reload could not keep), and the author
** overlay (F2) with four tabs — the scene's insides (id, observations with
** their kind, choices with points, target and whether `when` offers them),
** the state (variables to edit, state fixtures to save and load), every
** scene to jump to, and the case map, where a click on a scene jumps there.
**
** Where the window is wide enough, the overlay is a panel on the left and
** the page moves right beside it, still in play: the author can mark and
** choose and watch the variables change. In a narrow window, and for the
** map, it is a modal layer over the page. Its tabs scroll by whole rows, so
** nothing in it is ever cut.
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "app.h"
#include "author.h"
#include "casemap_draw.h"

static SDL_Color none(void) { return (SDL_Color){0, 0, 0, 0}; }

/* {====================================================== parts */

/* A pill with a label; returns its width; *h gets its height. */
static int pill(Ui *ui, Layout *L, Layer ly, int x, int y, int maxw, const char *text, ColorRole fg,
                ColorRole bg, int *h) {
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

typedef enum {
    R_HEAD, R_HELP, R_SECTION, R_OBS, R_CONCERN, R_CHOICE, R_NEXT, R_VAR, R_FIX_SAVE, R_FIX,
    R_SCENE, R_NOTHING
} RowKind;

typedef struct {
    RowKind kind;
    int index;
    const char *text; /* R_HELP, R_SECTION, R_NOTHING */
} Row;

typedef struct {
    Row *rows;
    size_t n, cap;
    StateVar *vars; /* AT_STATE */
    size_t nvars;
    char section[3][160];
} Rows;

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

static void rows_free(Rows *r) {
    free(r->rows);
    state_list_free(r->vars, r->nvars);
    memset(r, 0, sizeof *r);
}

static void rows_of(Ui *ui, AuthorTab tab, Rows *r) {
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
static int row(Ui *ui, Layout *L, Layer ly, const Rows *rs, const Row *r, int x, int y, int w) {
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
        int pw = pill(ui, L, ly, x, y, w, k, fg, bg, &ph);
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
        int pw = pill(ui, L, ly, x + nw, y, w - nw, st, offered ? C_PROTECTIVE : C_MUTED,
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
            pw = pill(ui, NULL, ly, 0, 0, w / 2, tag, C_ACCENT, C_SURFACE, &ph);
            pill(ui, L, ly, x + w - pad - pw, y + pad, w / 2, tag, C_ACCENT, C_SURFACE, &ph);
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
static int row_arg(const Row *r) {
    switch (r->kind) {
    case R_VAR: return AUTHOR_ARG(AC_VAR, r->index);
    case R_FIX_SAVE: return AUTHOR_ARG(AC_FIXTURE_SAVE, 0);
    case R_FIX: return AUTHOR_ARG(AC_FIXTURE_LOAD, r->index);
    case R_SCENE: return AUTHOR_ARG(AC_JUMP, r->index);
    default: return -1;
    }
}

/* The space between rows. */
static int row_gap(const Ui *ui) { return ui_px(ui, 8); }

/* A row's height with the space after it, measured on the side. */
static int row_height(Ui *ui, const Rows *rs, size_t i, int w) {
    Author *a = ui->author;
    layout_reset(&a->scratch);
    return row(ui, &a->scratch, LAYER_FIXED, rs, &rs->rows[i], 0, 0, w) + row_gap(ui);
}

/* The first row from which the rest all fit. */
static int last_first(Ui *ui, const Rows *rs) {
    Author *a = ui->author;
    int room = a->body_h + row_gap(ui), i = (int)rs->n;
    while (i > 0) {
        int h = row_height(ui, rs, (size_t)i - 1, a->body_w);
        if (h > room) break;
        room -= h;
        i--;
    }
    return i < (int)rs->n ? i : (int)rs->n - 1;
}

/* }====================================================== */

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

static void map_body(Ui *ui, Layout *L, Layer ly, SDL_Rect R) {
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
        int pw = pill(ui, NULL, ly, 0, 0, R.w, keys[i].t, keys[i].fg, keys[i].bg, &ph);
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
        int pw = pill(ui, NULL, ly, 0, 0, R.w, keys[i].t, keys[i].fg, keys[i].bg, &ph);
        if (x > R.x && x + pw > R.x + R.w) {
            x = R.x;
            y += ph + gap;
        }
        pill(ui, L, ly, x, y, R.w, keys[i].t, keys[i].fg, keys[i].bg, &ph);
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
        map_body(ui, L, ly, (SDL_Rect){x, y, w, bottom - y});
        a->body_h = bottom - y;
        return;
    }
    /* The rows that fit, from the first; a scrollbar when there are more. */
    int sb = ui_px(ui, 6);
    int bw = w - sb - ui_px(ui, 6);
    a->body_w = bw;
    a->body_h = bottom - y;
    Rows rs;
    rows_of(ui, a->tab, &rs);
    int first = a->first[a->tab];
    if (first >= (int)rs.n) first = (int)rs.n - 1;
    if (first < 0) first = 0;
    int yy = y, shown = 0;
    for (size_t i = (size_t)first; i < rs.n; i++) {
        size_t ni = L->nitems, nw = L->nwidgets;
        int h = row(ui, L, ly, &rs, &rs.rows[i], x, yy, bw);
        if (yy + h > bottom) { /* whole rows only: the rest is a scroll away */
            L->nitems = ni;
            L->nwidgets = nw;
            break;
        }
        yy += h + row_gap(ui);
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
    rows_free(&rs);
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
    bool in_play = ui->play && (ui->screen == SCR_SCENE || ui->screen == SCR_FEEDBACK ||
                                ui->screen == SCR_ENDING || ui->screen == SCR_RESULT);
    if (in_play) {
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
    bool in_play = ui->play && ui->sc && (ui->screen == SCR_SCENE || ui->screen == SCR_FEEDBACK ||
                                          ui->screen == SCR_ENDING || ui->screen == SCR_RESULT);
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
    rows_of(ui, a->tab, &rs);
    int last = last_first(ui, &rs);
    *first += delta;
    if (*first > last) *first = last;
    if (*first < 0) *first = 0;
    rows_free(&rs);
    ui->relayout = true;
}

/* Scrolls the tab so that row `i` is in view. */
static void reveal(Ui *ui, const Rows *rs, int i) {
    Author *a = ui->author;
    int *first = &a->first[a->tab];
    if (i < *first) {
        *first = i;
    } else if (i >= *first + a->shown[a->tab]) {
        int room = a->body_h + row_gap(ui) - row_height(ui, rs, (size_t)i, a->body_w);
        int f = i;
        while (f > 0) {
            int h = row_height(ui, rs, (size_t)f - 1, a->body_w);
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
    rows_of(ui, a->tab, &rs);
    const Widget *w = &ui->L.widgets[ui->focus];
    int cur = -1;
    for (size_t i = 0; i < rs.n && cur < 0; i++)
        if (row_arg(&rs.rows[i]) == w->arg) cur = (int)i;
    int first = a->first[a->tab], shown = a->shown[a->tab];
    int from = cur >= 0 ? cur + dir : dir > 0 ? first : -1;
    int pick = -1;
    for (int i = from; i >= 0 && i < (int)rs.n && pick < 0; i += dir)
        if (row_arg(&rs.rows[i]) >= 0) pick = i;
    if (cur < 0 && dir < 0) {
        rows_free(&rs);
        return; /* on the tabs already */
    }
    if (pick >= 0 && (cur >= 0 || pick < first + shown)) {
        reveal(ui, &rs, pick);
        author_focus_later(ui, ACT_AUTHOR, row_arg(&rs.rows[pick]));
    } else if (dir < 0 && first == 0) {
        author_focus_later(ui, ACT_AUTHOR, AUTHOR_ARG(AC_TAB, a->tab)); /* up into the tabs */
    } else {
        rows_free(&rs);
        author_panel_scroll(ui, dir);
        return;
    }
    rows_free(&rs);
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
