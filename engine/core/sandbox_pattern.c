/*
** sandbox_pattern.c — bounds the work of Lua's pattern matcher from the
** text and the pattern alone (see sandbox_pattern.h). Kept apart from the
** guards because it is pure byte counting, with no Lua state: it can be
** read, and tested, against section 6.4.1 of the Lua manual by itself.
*/
#include "sandbox_pattern.h"

#include <ctype.h>

/* Does byte c match the class %cl (section 6.4.1 of the Lua manual)? Any
   other cl stands for itself. */
static bool in_class(int c, int cl) {
    bool r;
    switch (tolower(cl)) {
    case 'a': r = isalpha(c); break;
    case 'c': r = iscntrl(c); break;
    case 'd': r = isdigit(c); break;
    case 'g': r = isgraph(c); break;
    case 'l': r = islower(c); break;
    case 'p': r = ispunct(c); break;
    case 's': r = isspace(c); break;
    case 'u': r = isupper(c); break;
    case 'w': r = isalnum(c); break;
    case 'x': r = isxdigit(c); break;
    default: return c == cl;
    }
    return isupper(cl) ? !r : r;
}

/* The end of the single-character class at p (just past it), or NULL when
   the pattern is malformed there (the matcher then stops with an error). */
static const char *class_end(const char *p, const char *end) {
    if (*p == '%') return p + 1 < end ? p + 2 : NULL;
    if (*p != '[') return p + 1;
    p++;
    if (p < end && *p == '^') p++;
    do { /* the first character of a set is part of it, even ']' */
        if (p >= end) return NULL;
        p += *p == '%' && p + 1 < end ? 2 : 1;
    } while (p < end && *p != ']');
    return p < end ? p + 1 : NULL;
}

/* Does byte c match the class from p to ce (as class_end found it)? */
static bool class_matches(int c, const char *p, const char *ce) {
    if (*p == '.') return true;
    if (*p == '%') return in_class(c, (unsigned char)p[1]);
    if (*p != '[') return c == (unsigned char)*p;
    bool neg = p[1] == '^';
    const char *q = p + (neg ? 2 : 1), *close = ce - 1;
    do {
        if (*q == '%' && q + 1 < close) {
            q++;
            if (in_class(c, (unsigned char)*q)) return !neg;
        } else if (q[1] == '-' && q + 2 < close) {
            if ((unsigned char)q[0] <= c && c <= (unsigned char)q[2]) return !neg;
            q += 2;
        } else if ((unsigned char)*q == c) {
            return !neg;
        }
    } while (++q < close);
    return neg;
}

static size_t longest_run(const char *s, size_t n, const char *p, const char *ce) {
    bool in[256];
    for (int c = 0; c < 256; c++) in[c] = class_matches(c, p, ce);
    size_t best = 0, run = 0;
    for (size_t i = 0; i < n; i++) {
        run = in[(unsigned char)s[i]] ? run + 1 : 0;
        if (run > best) best = run;
    }
    return best;
}

/* A malformed pattern ends the estimate where it goes wrong: the real
   function stops with its error there. */
double pattern_steps(const char *s, size_t n, const char *p, size_t m,
                     bool can_anchor) {
    const char *end = p + m;
    double starts = n + 1.0, ways = 1, counting = 0, per_way = m + 1.0;
    double scanned = 0; /* this function's own work */
    if (can_anchor && p < end && *p == '^') {
        starts = 1;
        p++;
    }
    while (p < end) {
        if (ways * per_way > PATTERN_STEPS_MAX || scanned > PATTERN_STEPS_MAX)
            return PATTERN_STEPS_MAX * 2; /* too much already */
        if (*p == '(' || *p == ')') {
            p++;
        } else if (*p == '%' && p + 1 < end && p[1] == 'b') {
            if (end - p < 4) break;
            per_way += n; /* matching a balance scans the text */
            p += 4;
        } else if (*p == '%' && p + 1 < end && isdigit((unsigned char)p[1])) {
            per_way += n; /* so does comparing a back-reference */
            p += 2;
        } else if (*p == '%' && p + 1 < end && p[1] == 'f') {
            p += 2; /* a frontier tests one position; it takes no quantifier */
            if (p >= end || *p != '[' || !(p = class_end(p, end))) break;
        } else {
            const char *ce = class_end(p, end);
            if (!ce) break;
            if (ce < end && (*ce == '*' || *ce == '+' || *ce == '-' || *ce == '?')) {
                double width = (double)(ce - p); /* testing one byte costs up to this */
                scanned += n + 256 * width;
                if (scanned > PATTERN_STEPS_MAX) return PATTERN_STEPS_MAX * 2;
                size_t run = longest_run(s, n, p, ce);
                counting += ways * (double)run * width; /* '*' and '+' count first */
                ways *= *ce == '?' ? 2.0 : run + 1.0;
                ce++;
            }
            p = ce;
        }
    }
    return starts * (ways * per_way + counting) + scanned;
}
