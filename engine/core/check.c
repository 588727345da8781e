/*
** check.c — static analysis of a loaded scenario: what is legal but almost
** certainly a mistake. Everything here is a warning; errors are found while
** loading (scenario.c). Linear in the size of the scenario: one breadth-
** first walk over scenes, never an enumeration of paths.
*/
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "scenario_priv.h"
#include "strutil.h"

typedef struct {
    const Scenario *sc;
    bool *scene_seen, *ending_seen;
    int *queue;
    size_t head, tail;
} Walk;

static void visit(Walk *w, NodeRef r) {
    if (r.index < 0) return;
    if (r.is_ending) {
        w->ending_seen[r.index] = true;
    } else if (!w->scene_seen[r.index]) {
        w->scene_seen[r.index] = true;
        w->queue[w->tail++] = r.index;
    }
}

static void visit_jump(Walk *w, const Jump *j) {
    if (j->id) visit(w, j->target);
    for (size_t i = 0; i < j->ntargets; i++) visit(w, j->targets[i]);
}

static void check_reachable(const Scenario *sc, DiagList *dl) {
    Walk w = {.sc = sc};
    w.scene_seen = calloc(sc->nscenes + 1, sizeof *w.scene_seen);
    w.ending_seen = calloc(sc->nendings + 1, sizeof *w.ending_seen);
    w.queue = malloc((sc->nscenes + 1) * sizeof *w.queue);
    if (!w.scene_seen || !w.ending_seen || !w.queue) goto done;
    visit(&w, (NodeRef){false, sc->start});
    while (w.head < w.tail) {
        const Scene *s = &sc->scenes[w.queue[w.head++]];
        if (s->has_next) visit_jump(&w, &s->next);
        for (size_t i = 0; i < s->nchoices; i++) visit_jump(&w, &s->choices[i].next);
    }
    for (size_t i = 0; i < sc->nscenes; i++)
        if (!w.scene_seen[i])
            diag_add(dl, DIAG_WARNING, sc->path, sc->scenes[i].line,
                     _("scene '%s' cannot be reached from the start scene '%s'; "
                       "lead a choice or 'next' to it, or remove it"),
                     sc->scenes[i].id, sc->start_id);
    for (size_t i = 0; i < sc->nendings; i++)
        if (!w.ending_seen[i])
            diag_add(dl, DIAG_WARNING, sc->path, sc->endings[i].line,
                     _("ending '%s' cannot be reached from the start scene '%s'; "
                       "lead a choice or 'next' to it, or remove it"),
                     sc->endings[i].id, sc->start_id);
done:
    free(w.scene_seen);
    free(w.ending_seen);
    free(w.queue);
}

/* A paragraph that starts like speech ("maira: ...") but names no
   character is shown as narration: almost always a typo. `names` holds the
   character ids and "du", built once by the caller: building it for every
   text made the check scenes x characters instead of linear. */
static void check_speakers(const Scenario *sc, const char *const *names,
                           int line, const char *what, const char *text,
                           DiagList *dl) {
    if (!text) return;
    bool para_start = true;
    for (const char *p = text; *p;) {
        const char *eol = strchr(p, '\n');
        size_t len = eol ? (size_t)(eol - p) : strlen(p);
        const char *a = p;
        while (a < p + len && (*a == ' ' || *a == '\t' || *a == '\r')) a++;
        bool blank = a == p + len;
        if (!blank && para_start) {
            size_t n = 0;
            while (a + n < p + len && ((a[n] >= 'a' && a[n] <= 'z') || a[n] == '_' ||
                                        (n > 0 && a[n] >= '0' && a[n] <= '9')))
                n++;
            if (n > 0 && n < 64 && a + n < p + len && a[n] == ':' &&
                (a + n + 1 == p + len || a[n + 1] == ' ')) {
                char name[64];
                memcpy(name, a, n);
                name[n] = '\0';
                if (strcmp(name, "du") != 0 && scenario_find_character(sc, name) < 0) {
                    const char *near = suggest(name, names, sc->ncharacters + 1);
                    if (near)
                        diag_add(dl, DIAG_WARNING, sc->path, line,
                                 _("%s: a paragraph starts with '%s:', but there is "
                                   "no character '%s' (did you mean '%s'?)"),
                                 what, name, name, near);
                    else
                        diag_add(dl, DIAG_WARNING, sc->path, line,
                                 _("%s: a paragraph starts with '%s:', but there is "
                                   "no character '%s', so it is shown as "
                                   "narration; declare the character or fix "
                                   "the name"),
                                 what, name, name);
                }
            }
        }
        para_start = blank;
        if (!eol) break;
        p = eol + 1;
    }
}

void scenario_check(const Scenario *sc, DiagList *dl) {
    check_reachable(sc, dl);
    for (size_t i = 0; i < sc->nobservations; i++)
        if (sc->observations[i].scene < 0)
            diag_add(dl, DIAG_WARNING, sc->path, sc->observations[i].line,
                     _("observation '%s' is in no scene's 'observe' list, so "
                       "the trainee never sees it; add it to a scene's "
                       "observe = { ... } or remove it"),
                     sc->observations[i].id);
    const char **names = malloc((sc->ncharacters + 1) * sizeof *names);
    if (!names) return;
    for (size_t i = 0; i < sc->ncharacters; i++) names[i] = sc->characters[i].id;
    names[sc->ncharacters] = "du";
    char what[200];
    for (size_t i = 0; i < sc->nscenes; i++) {
        snprintf(what, sizeof what, _("in the text of scene '%s'"),
                 sc->scenes[i].id);
        check_speakers(sc, names, sc->scenes[i].line, what, sc->scenes[i].text,
                       dl);
    }
    for (size_t i = 0; i < sc->nendings; i++) {
        snprintf(what, sizeof what, _("in the text of ending '%s'"),
                 sc->endings[i].id);
        check_speakers(sc, names, sc->endings[i].line, what,
                       sc->endings[i].text, dl);
    }
    free(names);
}
