/*
** luamsg.c — Lua's own error messages in the user's language.
**
** Each phrase below is a message Lua 5.4 writes (lparser.c, llex.c,
** ldebug.c, lauxlib.c), with %s for its variable parts. A message is
** matched against the phrases in order, most specific first; the parts
** are put into the translated phrase, whose translation may reorder them
** and add a hint on how to fix the mistake. The source string of each
** phrase is Lua's own wording, so without a catalogue (English) the
** message comes out exactly as Lua wrote it.
*/
#include "luamsg.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "i18n.h"

/* Lua's own messages are short; a longer one is a scenario's error(...)
   text, copied as it is (and matching it could take long). */
enum { MAX_PARTS = 4, PART_SIZE = 256, MAX_MESSAGE = 512 };

/* What a part is, so that it can be put into words too. */
enum {
    PART_TEXT,    /* as it is: a name, a number, a type */
    PART_TOKEN,   /* what Lua found, "<eof>" at the end of the file */
    PART_KIND,    /* a word of Lua's: "global", "field", "limit", ... */
    PART_MESSAGE, /* a message of its own, translated in turn */
};

typedef struct {
    const char *phrase; /* Lua's words; %s a part, %% a per cent sign */
    unsigned char part[MAX_PARTS];
} Phrase;

#define T PART_TEXT
#define K PART_TOKEN
#define V PART_KIND
#define M PART_MESSAGE

static const Phrase phrases[] = {
    /* The parser, "... near TOKEN". Specific cases first: they get hints. */
    {N_("'}' expected (to close '{' at line %s) near %s"), {T, K}},
    {N_("'end' expected (to close '%s' at line %s) near %s"), {T, T, K}},
    {N_("')' expected (to close '(' at line %s) near %s"), {T, K}},
    {N_("%s expected (to close %s at line %s) near %s"), {T, T, T, K}},
    {N_("'}' expected near %s"), {K}},
    {N_("'=' expected near %s"), {K}},
    {N_("'then' expected near %s"), {K}},
    {N_("'do' expected near %s"), {K}},
    {N_("<name> expected near %s"), {K}},
    {N_("%s expected near %s"), {T, K}},
    {N_("unexpected symbol near <eof>"), {0}},
    {N_("unexpected symbol near %s"), {K}},
    {N_("unfinished string near %s"), {K}},
    {N_("unfinished long string (starting at line %s) near %s"), {T, K}},
    {N_("unfinished long comment (starting at line %s) near %s"), {T, K}},
    {N_("malformed number near %s"), {K}},
    {N_("invalid escape sequence near %s"), {K}},
    {N_("invalid long string delimiter near %s"), {K}},
    {N_("syntax error near %s"), {K}},
    {N_("function arguments expected near %s"), {K}},
    {N_("cannot use '...' outside a vararg function near %s"), {K}},
    {N_("break outside loop at line %s near %s"), {T, K}},
    {N_("no visible label '%s' for <goto> at line %s"), {T, T}},
    {N_("label '%s' already defined on line %s"), {T, T}},
    {N_("attempt to assign to const variable '%s'"), {T}},
    /* The runtime. */
    {N_("attempt to call a %s value (%s '%s')"), {T, V, T}},
    {N_("attempt to call a %s value"), {T}},
    {N_("attempt to index a %s value (%s '%s')"), {T, V, T}},
    {N_("attempt to index a %s value"), {T}},
    {N_("attempt to perform arithmetic on a %s value (%s '%s')"), {T, V, T}},
    {N_("attempt to perform arithmetic on a %s value"), {T}},
    {N_("attempt to concatenate a %s value (%s '%s')"), {T, V, T}},
    {N_("attempt to concatenate a %s value"), {T}},
    {N_("attempt to get length of a %s value (%s '%s')"), {T, V, T}},
    {N_("attempt to get length of a %s value"), {T}},
    {N_("attempt to compare two %s values"), {T}},
    {N_("attempt to compare %s with %s"), {T, T}},
    {N_("attempt to perform 'n%%0'"), {0}},
    {N_("attempt to divide by zero"), {0}},
    {N_("number has no integer representation"), {0}},
    {N_("bad 'for' %s (number expected, got %s)"), {V, T}},
    {N_("'for' step is zero"), {0}},
    {N_("bad argument #%s to '%s' (%s)"), {T, T, M}},
    {N_("interval is empty"), {0}},
    {N_("wrong number of arguments"), {0}},
    {N_("value expected"), {0}},
    {N_("%s expected, got no value"), {T}},
    {N_("%s expected, got %s"), {T, T}},
    {N_("stack overflow"), {0}},
    {N_("C stack overflow"), {0}},
};

#undef T
#undef K
#undef V
#undef M

enum { NPHRASES = sizeof phrases / sizeof phrases[0] };

/* msgctxt "lua": single words that would clash with other uses. */
#define CTX "lua\004"
static const char *const kinds[][2] = {
    {"global", N_(CTX "global")},     {"local", N_(CTX "local")},
    {"field", N_(CTX "field")},       {"method", N_(CTX "method")},
    {"upvalue", N_(CTX "upvalue")},   {"constant", N_(CTX "constant")},
    {"for iterator", N_(CTX "for iterator")}, {"metamethod", N_(CTX "metamethod")},
    /* the parts of a numeric for: bad 'for' limit (...) */
    {"initial value", N_(CTX "initial value")}, {"limit", N_(CTX "limit")},
    {"step", N_(CTX "step")},
};

/* gettext with a context: the plain word when there is no translation. */
static const char *word(const char *plain, const char *with_context) {
    const char *t = gettext(with_context);
    return t == with_context ? plain : t;
}

/* Does S match PHRASE from here on? Parts are taken as short as the rest
   allows; only the last may be long. */
static bool match(const char *phrase, const char *s, char parts[][PART_SIZE], int n) {
    while (*phrase) {
        if (phrase[0] == '%' && phrase[1] == 's') {
            if (n == MAX_PARTS) return false;
            for (const char *end = s;; end++) {
                if (match(phrase + 2, end, parts, n + 1)) {
                    size_t len = (size_t)(end - s);
                    if (len >= PART_SIZE) return false;
                    memcpy(parts[n], s, len);
                    parts[n][len] = '\0';
                    return true;
                }
                if (!*end) return false;
            }
        }
        if (phrase[0] == '%' && phrase[1] == '%') phrase++; /* a literal % */
        if (*phrase != *s) return false;
        phrase++;
        s++;
    }
    return *s == '\0';
}

static int count_parts(const char *phrase) {
    int n = 0;
    for (const char *p = phrase; (p = strchr(p, '%')) != NULL; p += 2)
        if (p[1] == 's') n++;
    return n;
}

static void translate(const char *msg, char *out, size_t size, int depth) {
    char parts[MAX_PARTS][PART_SIZE];
    for (int i = 0; i < NPHRASES && depth < 2; i++) {
        const Phrase *p = &phrases[i];
        if (!match(p->phrase, msg, parts, 0)) continue;
        const char *arg[MAX_PARTS] = {"", "", "", ""};
        char nested[PART_SIZE];
        int n = count_parts(p->phrase);
        for (int k = 0; k < n; k++) {
            arg[k] = parts[k];
            switch (p->part[k]) {
            case PART_TOKEN:
                if (strcmp(parts[k], "<eof>") == 0) arg[k] = word("<eof>", CTX "<eof>");
                break;
            case PART_KIND:
                for (size_t j = 0; j < sizeof kinds / sizeof kinds[0]; j++)
                    if (strcmp(parts[k], kinds[j][0]) == 0) arg[k] = word(kinds[j][0], kinds[j][1]);
                break;
            case PART_MESSAGE:
                translate(parts[k], nested, sizeof nested, depth + 1);
                arg[k] = nested;
                break;
            default: break;
            }
        }
        /* The translation uses the same parts (msgfmt --check makes sure),
           possibly in another order. */
        snprintf(out, size, gettext(p->phrase), arg[0], arg[1], arg[2], arg[3]);
        return;
    }
    snprintf(out, size, "%s", msg);
}

void luamsg_translate(const char *msg, char *out, size_t size) {
    if (size == 0) return;
    if (!msg) msg = "";
    if (strlen(msg) > MAX_MESSAGE) snprintf(out, size, "%s", msg);
    else translate(msg, out, size, 0);
}
