/*
** text.c — the text markup of section 3: paragraphs, speech, *emphasis*
** and {var}. Produces paragraphs of spans for any front end to lay out; it
** knows nothing of fonts or screens. Uses only libc and the scenario's
** character list.
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "blikk.h"
#include "i18n.h"
#include "strutil.h"

/* {var} may add at most this much to one text. "{big}" 10,000 times, with
   a 10 MB `big` in the state, had the renderer fill 100 GB in C, outside
   every budget of the script. */
#define FILL_MAX (16u * 1024 * 1024)
/* Each paragraph and span costs about 200 bytes in C: ("a\n\n"):rep(1e7),
   a 30 MB text, became 1.8 GB. No screen shows more pieces than this. */
#define PIECES_MAX 100000

void value_format(const Value *v, char *buf, size_t size) {
    switch (v->type) {
    case VAL_NUMBER:
        if (v->num == floor(v->num) && fabs(v->num) < 1e15)
            snprintf(buf, size, "%.0f", v->num);
        else
            snprintf(buf, size, "%.14g", v->num);
        break;
    case VAL_BOOL: snprintf(buf, size, "%s", v->b ? "true" : "false"); break;
    case VAL_STRING: snprintf(buf, size, "%s", v->str); break;
    default: snprintf(buf, size, "nil"); break;
    }
}

/* A growable byte buffer for one span. */
typedef struct {
    char *data;
    size_t len, cap;
    bool failed;
} Buf;

static void buf_add(Buf *b, const char *s, size_t n) {
    if (b->failed) return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        while (cap < b->len + n + 1) cap *= 2;
        char *d = realloc(b->data, cap);
        if (!d) { b->failed = true; return; }
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

typedef struct {
    TextDoc *doc;
    TextPara *para;
    size_t cap_paras, cap_spans;
    size_t filled; /* bytes {var} added so far */
    size_t pieces; /* paragraphs and spans */
    bool failed, too_many;
} Builder;

static void add_span(Builder *bd, Buf *b, bool emph) {
    if (b->failed) bd->failed = true;
    if (b->len == 0 || bd->failed) return;
    if (++bd->pieces > PIECES_MAX) {
        bd->too_many = bd->failed = true;
        return;
    }
    TextPara *p = bd->para;
    if (p->nspans == bd->cap_spans) {
        size_t cap = bd->cap_spans ? bd->cap_spans * 2 : 4;
        TextSpan *s = realloc(p->spans, cap * sizeof *s);
        if (!s) { bd->failed = true; return; }
        p->spans = s;
        bd->cap_spans = cap;
    }
    p->spans[p->nspans++] = (TextSpan){b->data, emph};
    *b = (Buf){0};
}

static TextPara *add_para(Builder *bd, int speaker) {
    TextDoc *d = bd->doc;
    if (++bd->pieces > PIECES_MAX) {
        bd->too_many = bd->failed = true;
        return NULL;
    }
    if (d->nparas == bd->cap_paras) {
        size_t cap = bd->cap_paras ? bd->cap_paras * 2 : 4;
        TextPara *p = realloc(d->paras, cap * sizeof *p);
        if (!p) { bd->failed = true; return NULL; }
        d->paras = p;
        bd->cap_paras = cap;
    }
    bd->para = &d->paras[d->nparas++];
    *bd->para = (TextPara){.speaker = speaker};
    bd->cap_spans = 0;
    return bd->para;
}

static bool is_id_char(char c, bool first) {
    return (c >= 'a' && c <= 'z') || c == '_' || (!first && c >= '0' && c <= '9');
}

/* Length of a leading `name:` speaker prefix, 0 if none. */
static size_t speaker_prefix(const char *s, size_t len, size_t *name_len) {
    size_t i = 0;
    while (i < len && is_id_char(s[i], i == 0)) i++;
    if (i == 0 || i >= len || s[i] != ':') return 0;
    *name_len = i;
    return i + 1;
}

/* Renders one paragraph's content (already joined into one line). */
static bool render_para(Builder *bd, const char *s, size_t len,
                        const Scenario *sc, TextLookup lookup, void *ud,
                        char *err, size_t errsize) {
    /* An unpaired final '*' is a literal asterisk, not emphasis. */
    size_t stars = 0;
    for (size_t i = 0; i < len; i++) if (s[i] == '*') stars++;
    size_t last_star = len;
    if (stars % 2) for (size_t i = 0; i < len; i++) if (s[i] == '*') last_star = i;

    bool decimal_comma = sc && sc->language &&
        (strncmp(sc->language, "nb", 2) == 0 || strncmp(sc->language, "nn", 2) == 0 ||
         strncmp(sc->language, "no", 2) == 0);
    Buf b = {0};
    bool emph = false;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == '*' && i != last_star) {
            add_span(bd, &b, emph);
            emph = !emph;
        } else if (c == '{' && i + 1 < len && s[i + 1] == '{') {
            buf_add(&b, "{", 1);
            i++;
        } else if (c == '{') {
            const char *close = memchr(s + i + 1, '}', len - i - 1);
            /* "{ hei og {ok}": the first brace is the one never closed. */
            const char *inner = close ? memchr(s + i + 1, '{', (size_t)(close - s - i - 1)) : NULL;
            if (!close || inner) {
                snprintf(err, errsize, "%s", _("a '{' is never closed; write "
                                               "{{ for a literal brace"));
                free(b.data);
                return false;
            }
            const char *name = s + i + 1;
            size_t n = (size_t)(close - name);
            Value v = {0};
            if (!lookup || !lookup(ud, name, n, &v)) {
                snprintf(err, errsize, _("unknown variable {%.*s}; declare it "
                                         "in state = { ... }"),
                         (int)(n > 60 ? 60 : n), name);
                free(b.data);
                return false;
            }
            char num[64];
            size_t vlen = v.type == VAL_STRING ? strlen(v.str) : 0;
            if (vlen > FILL_MAX - bd->filled) {
                snprintf(err, errsize, _("{%.*s} makes the text longer than %u MiB; "
                                         "show less of it"),
                         (int)(n > 60 ? 60 : n), name, FILL_MAX / (1024 * 1024));
                free(b.data);
                return false;
            }
            bd->filled += vlen;
            /* The state may hold any bytes (string.char); shown text is
               UTF-8. */
            if (utf8_check(v.str ? v.str : "", vlen) != vlen) {
                snprintf(err, errsize, _("{%.*s} holds text that is not valid UTF-8"),
                         (int)(n > 60 ? 60 : n), name);
                free(b.data);
                return false;
            }
            if (v.type == VAL_STRING) {
                buf_add(&b, v.str, vlen);
            } else {
                value_format(&v, num, sizeof num);
                if (decimal_comma && v.type == VAL_NUMBER)
                    for (char *p = num; *p; p++) if (*p == '.') *p = ',';
                buf_add(&b, num, strlen(num));
            }
            i += n + 1;
        } else {
            /* Copy the run of ordinary characters in one go. */
            size_t j = i + 1;
            while (j < len && s[j] != '*' && s[j] != '{') j++;
            buf_add(&b, s + i, j - i);
            i = j - 1;
        }
    }
    add_span(bd, &b, emph);
    free(b.data);
    return !bd->failed;
}

BlkStatus text_render(const char *markup, const Scenario *sc,
                      TextLookup lookup, void *ud, TextDoc *out, char *err,
                      size_t errsize) {
    *out = (TextDoc){0};
    Builder bd = {.doc = out};
    Buf para = {0};
    const char *p = markup;
    BlkStatus st = BLK_OK;
    for (;;) {
        /* One line, trimmed: indentation of [[...]] blocks goes away. */
        const char *eol = strchr(p, '\n');
        const char *end = eol ? eol : p + strlen(p);
        const char *a = p, *z = end;
        while (a < z && (*a == ' ' || *a == '\t' || *a == '\r')) a++;
        while (z > a && (z[-1] == ' ' || z[-1] == '\t' || z[-1] == '\r')) z--;
        if (a < z) {
            if (para.len) buf_add(&para, " ", 1);
            buf_add(&para, a, (size_t)(z - a));
        }
        if ((a == z || !eol) && para.len) {
            size_t name_len = 0, skip = speaker_prefix(para.data, para.len, &name_len);
            int speaker = SPEAKER_NONE;
            if (skip) {
                char name[64];
                snprintf(name, sizeof name, "%.*s", (int)(name_len < 63 ? name_len : 63), para.data);
                if (strcmp(name, "du") == 0) speaker = SPEAKER_YOU;
                else if (sc) speaker = scenario_find_character(sc, name);
                if (speaker == -1) skip = 0, speaker = SPEAKER_NONE;
                while (skip < para.len && para.data[skip] == ' ') skip++;
            }
            if (para.failed || !add_para(&bd, speaker)) { st = BLK_ERR_NOMEM; break; }
            if (!render_para(&bd, para.data + skip, para.len - skip, sc, lookup,
                             ud, err, errsize)) {
                st = bd.failed ? BLK_ERR_NOMEM : BLK_ERR_SCENARIO;
                break;
            }
            para.len = 0;
        }
        if (!eol) break;
        p = eol + 1;
    }
    free(para.data);
    if (bd.too_many) {
        st = BLK_ERR_SCENARIO;
        snprintf(err, errsize, _("the text has more than %d paragraphs and "
                                 "*emphasized* parts together; split it"), PIECES_MAX);
    }
    if (st != BLK_OK) {
        if (st == BLK_ERR_NOMEM) snprintf(err, errsize, "%s", _("out of memory"));
        text_free(out);
    }
    return st;
}

void text_free(TextDoc *doc) {
    for (size_t i = 0; i < doc->nparas; i++) {
        for (size_t j = 0; j < doc->paras[i].nspans; j++)
            free(doc->paras[i].spans[j].text);
        free(doc->paras[i].spans);
    }
    free(doc->paras);
    *doc = (TextDoc){0};
}

