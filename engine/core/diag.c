/*
** diag.c — the list of diagnostics (errors, warnings) that every core
** function reports into, and the one formatter of `FILE:LINE: error: MSG`.
** Uses only libc.
*/
#include "blikk.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>


void diag_add(DiagList *dl, DiagSeverity sev, const char *file, int line,
              const char *fmt, ...) {
    if (!dl) return;
    if (dl->count == dl->cap) {
        size_t cap = dl->cap ? dl->cap * 2 : 8;
        Diag *items = realloc(dl->items, cap * sizeof *items);
        if (!items) return;
        dl->items = items;
        dl->cap = cap;
    }
    va_list ap;
    va_start(ap, fmt);
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *msg = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (msg) vsnprintf(msg, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    char *f = file ? strdup(file) : NULL;
    if (!msg || (file && !f)) {
        free(msg);
        free(f);
        return;
    }
    /* Messages are one line: a newline would break `FILE:LINE:` parsing
       by editors and scripts. */
    for (char *c = msg; *c; c++)
        if (*c == '\n' || *c == '\r') *c = ' ';
    dl->items[dl->count++] = (Diag){sev, f, line, msg};
}

size_t diag_count(const DiagList *dl, DiagSeverity sev) {
    size_t n = 0;
    for (size_t i = 0; i < dl->count; i++)
        if (dl->items[i].severity == sev) n++;
    return n;
}

/* Not translated: `error:` and `warning:` are part of the command-line
   contract that editors and scripts parse. */
static const char *severity_word(DiagSeverity s) {
    switch (s) {
    case DIAG_ERROR: return "error";
    case DIAG_WARNING: return "warning";
    default: return "note";
    }
}

void diag_print(const DiagList *dl, FILE *out) {
    for (size_t i = 0; i < dl->count; i++) {
        const Diag *d = &dl->items[i];
        if (d->file && d->line > 0)
            fprintf(out, "%s:%d: ", d->file, d->line);
        else if (d->file)
            fprintf(out, "%s: ", d->file);
        fprintf(out, "%s: %s\n", severity_word(d->severity), d->message);
    }
}

void diag_clear(DiagList *dl) {
    for (size_t i = 0; i < dl->count; i++) {
        free(dl->items[i].file);
        free(dl->items[i].message);
    }
    dl->count = 0;
}

void diag_free(DiagList *dl) {
    diag_clear(dl);
    free(dl->items);
    *dl = (DiagList){0};
}
