/*
** layout.c — the display list and the text setter: word wrap over spans
** of mixed style, with widths from font.c's measuring cache. Breaks only
** at spaces (and '\n'); never hyphenates; splits a word between letters
** (UTF-8 characters, never bytes) only when it is longer than a line.
*/
#include "layout.h"

#include <stdlib.h>
#include <string.h>

void layout_reset(Layout *L) {
    L->nitems = L->nwidgets = L->nstrings = 0;
    L->content_h = 0;
    L->modal = false;
    L->failed = false;
}

void layout_free(Layout *L) {
    free(L->items);
    free(L->widgets);
    free(L->strings);
    memset(L, 0, sizeof *L);
}

static bool grow(void **p, size_t *cap, size_t need, size_t elem) {
    if (need <= *cap) return true;
    size_t c = *cap ? *cap : 64;
    while (c < need) c *= 2;
    void *n = realloc(*p, c * elem);
    if (!n) return false;
    *p = n;
    *cap = c;
    return true;
}

static size_t add_string(Layout *L, const char *s, size_t len) {
    if (!grow((void **)&L->strings, &L->cap_strings, L->nstrings + len + 1, 1)) {
        L->failed = true;
        return 0;
    }
    size_t off = L->nstrings;
    memcpy(L->strings + off, s, len);
    L->strings[off + len] = '\0';
    L->nstrings += len + 1;
    return off;
}

static DrawItem *add_item(Layout *L) {
    if (!grow((void **)&L->items, &L->cap_items, L->nitems + 1, sizeof *L->items)) {
        L->failed = true;
        return NULL;
    }
    DrawItem *d = &L->items[L->nitems++];
    memset(d, 0, sizeof *d);
    return d;
}

size_t layout_rect(Layout *L, Layer layer, SDL_Rect r, SDL_Color fill, int radius,
                   SDL_Color border, int border_w) {
    DrawItem *d = add_item(L);
    if (!d) return 0;
    d->kind = DI_RECT;
    d->layer = layer;
    d->r = d->box = r;
    d->color = fill;
    d->radius = radius;
    d->border = border;
    d->border_w = border_w;
    return L->nitems - 1;
}

void layout_image(Layout *L, Layer layer, SDL_Rect r, SDL_Texture *tex, SDL_Rect src,
                  SDL_Color border) {
    DrawItem *d = add_item(L);
    if (!d) return;
    d->kind = DI_IMAGE;
    d->layer = layer;
    d->r = d->box = r;
    d->image = tex;
    d->src = src;
    d->border = border;
    d->border_w = border.a ? 1 : 0;
}

int layout_widget(Layout *L, Layer layer, SDL_Rect r, int radius, int action, int arg,
                  bool enabled, const char *label) {
    if (!grow((void **)&L->widgets, &L->cap_widgets, L->nwidgets + 1, sizeof *L->widgets)) {
        L->failed = true;
        return -1;
    }
    size_t len = label ? strlen(label) : 0;
    size_t off = add_string(L, label ? label : "", len);
    L->widgets[L->nwidgets] = (Widget){action, arg, layer, enabled, r, radius, off, len};
    return (int)L->nwidgets++;
}

/* {====================================================== text setting */

/* A piece of one span without spaces; a word is one or more pieces with
   nothing between them (e.g. "*ikke*," is an italic and a regular piece). */
typedef struct {
    const char *s;
    size_t len;
    FontStyle st;
    int w;
    bool space_before; /* first piece of a word after a space */
    bool break_before; /* after '\n' */
} Piece;

typedef struct {
    Layout *L;
    FontSet *fs;
    Layer layer;
    const TextStyle *ts;
    SDL_Rect box;
    int x0, y0, w;
    int lines;
    /* the pending line: pieces and their x */
    Piece *line;
    int *xs;
    size_t n, cap, cap_xs;
    int x; /* width so far */
} Setter;

static FontStyle emph_of(FontStyle base) {
    return base == FS_BOLD || base == FS_BOLD_ITALIC ? FS_BOLD_ITALIC : FS_ITALIC;
}

static size_t utf8_next(const char *s, size_t len, size_t i) {
    i++;
    while (i < len && ((unsigned char)s[i] & 0xC0) == 0x80) i++;
    return i;
}

/* The runs of a line: consecutive pieces of one style, spaces included,
   so that a line is a handful of textures, not one per word. Their x comes
   from measuring each run whole, as it will be drawn: widths of words
   measured one by one are rounded one by one and can add up short. */
typedef struct {
    size_t first, end; /* pieces */
    char *text;
    size_t len;
    int x, w;
} Run;

static size_t make_runs(Setter *st, Run *runs, size_t max, char *buf, size_t bufsize, int *total) {
    size_t nr = 0, k = 0;
    int x = 0;
    for (size_t i = 0; i < st->n && nr < max;) {
        size_t j = i + 1;
        while (j < st->n && st->line[j].st == st->line[i].st) j++;
        Run *r = &runs[nr];
        r->first = i;
        r->end = j;
        r->text = buf + k;
        size_t start = k;
        for (size_t p = i; p < j; p++) {
            size_t need = st->line[p].len + 1;
            if (k + need >= bufsize) break;
            if (p > i && st->line[p].space_before) buf[k++] = ' ';
            memcpy(buf + k, st->line[p].s, st->line[p].len);
            k += st->line[p].len;
        }
        r->len = k - start;
        if (i > 0 && st->line[i].space_before)
            x += font_measure(st->fs, st->line[i].st, st->ts->px, " ", 1);
        r->x = x;
        r->w = font_measure(st->fs, st->line[i].st, st->ts->px, r->text, r->len);
        x += r->w;
        nr++;
        i = j;
    }
    *total = x;
    return nr;
}

static void place_word(Setter *st, Piece *w, size_t n);
static void place(Setter *st, Piece p, bool space);

/* The width of the pending line measured whole, as it will be drawn. */
static int line_width(Setter *st) {
    enum { MAX_RUNS = 64, BUF = 4096 };
    Run runs[MAX_RUNS];
    char buf[BUF];
    int total = 0;
    make_runs(st, runs, MAX_RUNS, buf, BUF, &total);
    return total;
}

static void flush(Setter *st) {
    enum { MAX_RUNS = 64, BUF = 4096 };
    Run runs[MAX_RUNS];
    char buf[BUF];
    Piece carry[64];
    size_t ncarry = 0;
    int total = 0;
    size_t nr = make_runs(st, runs, MAX_RUNS, buf, BUF, &total);
    /* Measured whole, the line may come out wider than the sum of its
       words: move words to the next line until it fits. */
    while (total > st->w && st->n > 1) {
        size_t cut = st->n - 1;
        while (cut > 0 && !st->line[cut].space_before) cut--;
        if (cut == 0 || st->n - cut + ncarry > sizeof carry / sizeof carry[0]) break;
        memmove(carry + (st->n - cut), carry, ncarry * sizeof *carry);
        memcpy(carry, st->line + cut, (st->n - cut) * sizeof *carry);
        ncarry += st->n - cut;
        st->n = cut;
        nr = make_runs(st, runs, MAX_RUNS, buf, BUF, &total);
    }
    const TextStyle *ts = st->ts;
    if (st->L && st->n) {
        int off = ts->align == ALIGN_CENTER ? (st->w - total) / 2
                  : ts->align == ALIGN_RIGHT ? st->w - total
                                             : 0;
        if (off < 0) off = 0;
        int fh = font_height(st->fs, ts->style, ts->px);
        int y = st->y0 + st->lines * ts->line_h + (ts->line_h - fh) / 2;
        for (size_t i = 0; i < nr; i++) {
            DrawItem *d = add_item(st->L);
            if (!d) break;
            d->kind = DI_TEXT;
            d->layer = st->layer;
            d->style = st->line[runs[i].first].st;
            d->px = ts->px;
            d->color = ts->color;
            d->text = add_string(st->L, runs[i].text, runs[i].len);
            d->len = runs[i].len;
            d->r = (SDL_Rect){st->x0 + off + runs[i].x, y, runs[i].w, fh};
            d->box = st->box;
        }
    }
    st->lines++;
    st->n = 0;
    st->x = 0;
    /* The words moved down start the next line. */
    for (size_t i = 0; i < ncarry;) {
        size_t j = i + 1;
        while (j < ncarry && !carry[j].space_before) j++;
        carry[i].space_before = true;
        place_word(st, carry + i, j - i);
        i = j;
    }
}

static void place(Setter *st, Piece p, bool space) {
    if (!grow((void **)&st->line, &st->cap, st->n + 1, sizeof *st->line) ||
        !grow((void **)&st->xs, &st->cap_xs, st->n + 1, sizeof *st->xs)) {
        if (st->L) st->L->failed = true;
        return;
    }
    int sp = space && st->n ? font_measure(st->fs, p.st, st->ts->px, " ", 1) : 0;
    p.space_before = space && st->n;
    st->line[st->n] = p;
    st->xs[st->n] = st->x + sp;
    st->n++;
    st->x += sp + p.w;
}

/* Places one word (pieces w[0..n)), wrapping before it if it does not fit
   and splitting it between characters if it fits no line. */
static void place_word(Setter *st, Piece *w, size_t n) {
    int ww = 0;
    for (size_t i = 0; i < n; i++) ww += w[i].w;
    int sp = st->n ? font_measure(st->fs, w[0].st, st->ts->px, " ", 1) : 0;
    if (st->n && st->x + sp + ww > st->w) {
        /* Word by word the sum may come out a few pixels wider than the
           line measured whole: ask the whole line before breaking it. */
        size_t n0 = st->n;
        int x0 = st->x;
        for (size_t i = 0; i < n; i++) place(st, w[i], i == 0);
        if (st->n == n0 + n && line_width(st) <= st->w) return;
        st->n = n0;
        st->x = x0;
        flush(st);
    }
    if (st->x + (st->n ? sp : 0) + ww <= st->w) {
        for (size_t i = 0; i < n; i++) place(st, w[i], i == 0);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        Piece rest = w[i];
        bool space = i == 0;
        while (rest.len) {
            int room = st->w - st->x;
            if (rest.w <= room) {
                place(st, rest, space);
                break;
            }
            size_t cut = 0, next;
            int cw = 0;
            while ((next = utf8_next(rest.s, rest.len, cut)) <= rest.len) {
                int nw = font_measure(st->fs, rest.st, st->ts->px, rest.s, next);
                if (nw > room) break;
                cut = next;
                cw = nw;
                if (next == rest.len) break;
            }
            if (cut == 0 && st->n) {
                flush(st);
                space = false;
                continue;
            }
            if (cut == 0) { /* not even one letter fits: take it anyway */
                cut = utf8_next(rest.s, rest.len, 0);
                cw = font_measure(st->fs, rest.st, st->ts->px, rest.s, cut);
            }
            Piece head = rest;
            head.len = cut;
            head.w = cw;
            place(st, head, space);
            space = false;
            rest.s += cut;
            rest.len -= cut;
            rest.w = font_measure(st->fs, rest.st, st->ts->px, rest.s, rest.len);
            if (rest.len) flush(st);
        }
    }
}

int layout_spans(Layout *L, FontSet *fs, Layer layer, const TextStyle *ts, int x, int y,
                 int w, const TextSpan *spans, size_t n, SDL_Rect box) {
    Setter st = {.L = L, .fs = fs, .layer = layer, .ts = ts, .box = box,
                 .x0 = x, .y0 = y, .w = w > 1 ? w : 1};
    Piece word[64];
    size_t nw = 0;
    bool any = false;
    for (size_t si = 0; si <= n; si++) {
        const char *s = si < n ? spans[si].text : "";
        size_t len = strlen(s);
        FontStyle fst = si < n && spans[si].emph ? emph_of(ts->style) : ts->style;
        size_t i = 0;
        while (i < len || si == n) {
            /* A boundary ends the word in progress. */
            bool end = si == n || s[i] == ' ' || s[i] == '\t' || s[i] == '\n' ||
                       s[i] == '\r';
            if (end) {
                if (nw) {
                    place_word(&st, word, nw);
                    any = true;
                    nw = 0;
                }
                if (si == n) break;
                if (s[i] == '\n') /* a forced break: all pending lines out */
                    do flush(&st);
                    while (st.n);
                i++;
                continue;
            }
            size_t j = i;
            while (j < len && s[j] != ' ' && s[j] != '\t' && s[j] != '\n' && s[j] != '\r') j++;
            if (nw == sizeof word / sizeof word[0]) { /* absurdly glued: cut */
                place_word(&st, word, nw);
                nw = 0;
            }
            word[nw++] = (Piece){s + i, j - i, fst, font_measure(fs, fst, ts->px, s + i, j - i),
                                 false, false};
            i = j;
        }
    }
    if (st.n || !any) /* words moved down by the last flush need a line too */
        do flush(&st);
        while (st.n);
    free(st.line);
    free(st.xs);
    return st.lines * ts->line_h;
}

int layout_text(Layout *L, FontSet *fs, Layer layer, const TextStyle *ts, int x, int y,
                int w, const char *text, SDL_Rect box) {
    TextSpan span = {(char *)text, false};
    return layout_spans(L, fs, layer, ts, x, y, w, &span, 1, box);
}

int layout_line(Layout *L, FontSet *fs, Layer layer, const TextStyle *ts, int x, int y,
                int w, const char *text, SDL_Rect box) {
    static const char ell[] = "\xE2\x80\xA6"; /* … */
    size_t len = strlen(text);
    int tw = font_measure(fs, ts->style, ts->px, text, len);
    char buf[512];
    const char *out = text;
    size_t olen = len;
    if (tw > w) {
        int ew = font_measure(fs, ts->style, ts->px, ell, 3);
        size_t cut = 0, next;
        while ((next = utf8_next(text, len, cut)) <= len && next < sizeof buf - 4) {
            if (font_measure(fs, ts->style, ts->px, text, next) + ew > w) break;
            cut = next;
            if (next == len) break;
        }
        while (cut && text[cut - 1] == ' ') cut--;
        memcpy(buf, text, cut);
        memcpy(buf + cut, ell, 3);
        out = buf;
        olen = cut + 3;
        tw = font_measure(fs, ts->style, ts->px, buf, olen);
        if (tw > w) return 0; /* not even "…" fits: leave it out */
    }
    if (L) {
        int fh = font_height(fs, ts->style, ts->px);
        DrawItem *d = add_item(L);
        if (d) {
            d->kind = DI_TEXT;
            d->layer = layer;
            d->style = ts->style;
            d->px = ts->px;
            d->color = ts->color;
            d->text = add_string(L, out, olen);
            d->len = olen;
            int ox = ts->align == ALIGN_CENTER ? (w - tw) / 2 : ts->align == ALIGN_RIGHT ? w - tw : 0;
            d->r = (SDL_Rect){x + ox, y + (ts->line_h - fh) / 2, tw, fh};
            d->box = box;
        }
    }
    return tw;
}

/* }====================================================== */
