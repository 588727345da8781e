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

/* A hostile file can hold a quarter of a million scenes, a million speech
   paragraphs or thousands of observations in a 20 MB text: each check
   gives at most MAX_WARNINGS warnings of its kind (a million warnings took
   gigabytes), and the costly comparisons have a fixed budget. */
enum { MAX_WARNINGS = 100 };

static bool room(size_t *given) { return (*given)++ < MAX_WARNINGS; }

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

/* Warns about what cannot be reached; returns which scenes can (a new
   array for the caller to free), or NULL on exhaustion. */
static bool *check_reachable(const Scenario *sc, DiagList *dl) {
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
    size_t given = 0;
    for (size_t i = 0; i < sc->nscenes; i++)
        if (!w.scene_seen[i] && room(&given))
            diag_add(dl, DIAG_WARNING, sc->path, sc->scenes[i].line,
                     _("scene '%s' cannot be reached from the start scene '%s'; "
                       "lead a choice or 'next' to it, or remove it"),
                     sc->scenes[i].id, sc->start_id);
    for (size_t i = 0; i < sc->nendings; i++)
        if (!w.ending_seen[i] && room(&given))
            diag_add(dl, DIAG_WARNING, sc->path, sc->endings[i].line,
                     _("ending '%s' cannot be reached from the start scene '%s'; "
                       "lead a choice or 'next' to it, or remove it"),
                     sc->endings[i].id, sc->start_id);
done:
    free(w.ending_seen);
    free(w.queue);
    return w.scene_seen;
}

/* A paragraph that starts like speech ("maira: ...") but names no
   character is shown as narration: almost always a typo. `names` holds the
   character ids and "du", built once by the caller: building it for every
   text made the check scenes x characters instead of linear. */
/* `given` counts the warnings so far; `suggest_left` how many names typo
   suggestions may still compare (a million paragraphs each compared with
   20,000 characters took an hour). */
static void check_speakers(const Scenario *sc, const char *const *names,
                           int line, const char *what, const char *text,
                           size_t *given, size_t *suggest_left, DiagList *dl) {
    if (!text) return;
    bool para_start = true;
    for (const char *p = text; *p && *given < MAX_WARNINGS;) {
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
                if (strcmp(name, "du") != 0 && scenario_find_character(sc, name) < 0 &&
                    room(given)) {
                    const char *near = NULL;
                    if (sc->ncharacters + 1 <= *suggest_left) {
                        *suggest_left -= sc->ncharacters + 1;
                        near = suggest(name, names, sc->ncharacters + 1);
                    }
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

/* {====================================================== teaching checks */

/* Scenes from which no ending can be reached: the trainee would go round
   for ever. Found by walking backwards from every ending. */
static void check_way_out(const Scenario *sc, const bool *reachable, DiagList *dl) {
    size_t n = sc->nscenes;
    /* reverse edges in compressed form: into[start[v] .. start[v+1]) */
    size_t *start = calloc(n + 2, sizeof *start);
    int *into = NULL, *queue = malloc((n + 1) * sizeof *queue);
    bool *can_end = calloc(n + 1, sizeof *can_end);
    size_t total = 0;
    if (!start || !queue || !can_end) goto done;
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < n; i++) {
            const Scene *s = &sc->scenes[i];
            for (size_t k = 0; k <= s->nchoices; k++) {
                const Jump *j = k < s->nchoices ? &s->choices[k].next : s->has_next ? &s->next : NULL;
                if (!j) continue;
                for (size_t t = 0; t <= j->ntargets; t++) {
                    NodeRef r = t < j->ntargets ? j->targets[t] : j->id ? j->target : (NodeRef){false, -1};
                    if (r.index < 0) continue;
                    if (r.is_ending) {
                        if (pass == 0) can_end[i] = true;
                        continue;
                    }
                    if (pass == 0) start[r.index + 1]++;
                    else into[start[r.index]++] = (int)i;
                }
            }
        }
        if (pass == 0) {
            for (size_t v = 0; v < n; v++) start[v + 1] += start[v];
            total = start[n];
            into = malloc((total + 1) * sizeof *into);
            if (!into) goto done;
        } else {
            /* the fill moved each start[v] to the end of its range */
            for (size_t v = n; v > 0; v--) start[v] = start[v - 1];
            start[0] = 0;
        }
    }
    size_t head = 0, tail = 0;
    for (size_t i = 0; i < n; i++) if (can_end[i]) queue[tail++] = (int)i;
    while (head < tail) {
        int v = queue[head++];
        for (size_t e = start[v]; e < start[v + 1]; e++)
            if (!can_end[into[e]]) {
                can_end[into[e]] = true;
                queue[tail++] = into[e];
            }
    }
    /* Unreachable scenes have their own warning already. */
    size_t given = 0;
    for (size_t i = 0; i < n; i++)
        if (!can_end[i] && reachable[i] && room(&given))
            diag_add(dl, DIAG_WARNING, sc->path, sc->scenes[i].line,
                     _("from scene '%s' no ending can be reached: the trainee would "
                       "go round in a loop with no way out; lead a choice to an "
                       "ending"), sc->scenes[i].id);
done:
    free(start);
    free(into);
    free(queue);
    free(can_end);
}

/* About 23 lines of 65 characters: the most a scene shows at the default
   text size without scrolling. */
enum { LONG_TEXT = 1500 };

/* Counts what a reader sees: runs of white space count as one. */
static size_t visible_length(const char *s) {
    size_t n = 0;
    bool space = true;
    for (; *s; s++) {
        bool ws = *s == ' ' || *s == '\n' || *s == '\t' || *s == '\r';
        if ((*s & 0xC0) == 0x80) continue; /* UTF-8 continuation byte */
        if (ws && space) continue;
        space = ws;
        n++;
    }
    return n;
}

/* Lower-case words of 5 letters or more (ASCII folding only: enough to
   compare an observation with its scene's text). */
static size_t words(const char *s, char out[][32], size_t max) {
    size_t n = 0;
    while (*s && n < max) {
        while (*s && !((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') || (*s & 0x80))) s++;
        size_t len = 0, letters = 0;
        while (*s && ((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') || (*s & 0x80))) {
            if (len < 31) out[n][len++] = (char)(*s >= 'A' && *s <= 'Z' ? *s + 32 : *s);
            if ((*s & 0xC0) != 0x80) letters++;
            s++;
        }
        out[n][len] = '\0';
        if (letters >= 5) n++;
    }
    return n;
}

static bool contains_word_stem(const char *text, const char *word) {
    /* The first five bytes are enough to find Norwegian inflected forms
       ("fravær" in "fraværet"). */
    char stem[8];
    size_t len = strlen(word) < 5 ? strlen(word) : 5;
    memcpy(stem, word, len);
    stem[len] = '\0';
    for (const char *p = text; *p; p++) {
        size_t i = 0;
        while (stem[i] && p[i] && (p[i] >= 'A' && p[i] <= 'Z' ? p[i] + 32 : p[i]) == stem[i]) i++;
        if (!stem[i]) return true;
    }
    return false;
}

/* An observation the trainee cannot find in its scene's text cannot be
   fairly scored. A hint: the wording may differ on purpose. */
/* Each word is looked for in the whole text: 2,000 observations of 24 words
   in a 20 MB scene text were a trillion comparisons. Past FINDABLE_WORK
   bytes searched in all, the rest is not checked (this is only a hint). */
enum { FINDABLE_WORK = 100 * 1000 * 1000 };

static void check_findable(const Scenario *sc, DiagList *dl) {
    char w[24][32];
    size_t work_left = FINDABLE_WORK, given = 0;
    for (size_t i = 0; i < sc->nobservations; i++) {
        const Observation *o = &sc->observations[i];
        if (o->scene < 0 || !sc->scenes[o->scene].text) continue;
        size_t n = words(o->text, w, 24), found = 0;
        if (n == 0) continue;
        /* strnlen: measuring a long text must not cost more than the
           budget left either. */
        size_t len = strnlen(sc->scenes[o->scene].text, work_left / n + 1);
        if (len * n > work_left) break;
        work_left -= len * n;
        for (size_t k = 0; k < n; k++)
            if (contains_word_stem(sc->scenes[o->scene].text, w[k])) found++;
        if (found == 0 && room(&given))
            diag_add(dl, DIAG_NOTE, sc->path, o->line,
                     _("observation '%s' uses no word from the text of scene '%s'; "
                       "make sure the trainee can find it there"),
                     o->id, sc->scenes[o->scene].id);
    }
}

static void check_teaching(const Scenario *sc, DiagList *dl) {
    size_t kinds[3] = {0};
    for (size_t i = 0; i < sc->nobservations; i++) kinds[sc->observations[i].kind]++;
    if (sc->nobservations && !kinds[OBS_PROTECTIVE])
        diag_add(dl, DIAG_WARNING, sc->path, sc->line, "%s",
                 _("the case has no protective observation: resources are signals "
                   "too; add at least one with kind = \"protective\""));
    if (sc->nobservations && !kinds[OBS_NEUTRAL])
        diag_add(dl, DIAG_WARNING, sc->path, sc->line, "%s",
                 _("the case has no neutral observation: without a distractor, "
                   "marking everything is always right; add one with kind = "
                   "\"neutral\""));
    size_t given = 0;
    for (size_t i = 0; i < sc->nscenes && given < MAX_WARNINGS; i++) {
        const Scene *s = &sc->scenes[i];
        if (s->text && visible_length(s->text) > LONG_TEXT && room(&given))
            diag_add(dl, DIAG_WARNING, sc->path, s->line,
                     _("the text of scene '%s' has %zu characters, more than fits "
                       "on one screen at the default size (about %d); split it "
                       "into two scenes"), s->id, visible_length(s->text), LONG_TEXT);
        if (s->nchoices >= 2) {
            bool same = true;
            for (size_t k = 1; k < s->nchoices; k++)
                same &= s->choices[k].points == s->choices[0].points;
            if (same && room(&given))
                diag_add(dl, DIAG_WARNING, sc->path, s->line,
                         _("every choice in scene '%s' scores the same, so the "
                           "decision does not count; give the better actions "
                           "more points in 'score'"), s->id);
        }
        for (size_t k = 0; k < s->nchoices && given < MAX_WARNINGS; k++) {
            const Choice *c = &s->choices[k];
            if (!c->feedback || !c->text) continue;
            char fw[24][32], tw[24][32];
            size_t nf = words(c->feedback, fw, 24), nt = words(c->text, tw, 24), new_words = 0;
            for (size_t a = 0; a < nf; a++) {
                bool in_text = false;
                for (size_t b = 0; b < nt && !in_text; b++) in_text = !strcmp(fw[a], tw[b]);
                if (!in_text) new_words++;
            }
            if (new_words < 2 && room(&given))
                diag_add(dl, DIAG_WARNING, sc->path, s->line,
                         _("the feedback of choice %zu of scene '%s' only repeats "
                           "the choice; say why it is a good or poor action"),
                         k + 1, s->id);
        }
    }
}

/* }====================================================== */

void scenario_advise(const Scenario *sc, DiagList *dl) {
    check_teaching(sc, dl);
    check_findable(sc, dl);
}

/* Titles are plain text (section 2); "{uker} uker senere" would be shown
   with its braces. */
static void check_titles(const Scenario *sc, DiagList *dl) {
    size_t given = 0;
    for (size_t i = 0; i < sc->nscenes + sc->nendings && given < MAX_WARNINGS; i++) {
        bool scene = i < sc->nscenes;
        const char *title = scene ? sc->scenes[i].title : sc->endings[i - sc->nscenes].title;
        const char *open = title ? strchr(title, '{') : NULL;
        if (!open || open[1] == '{' || !strchr(open, '}')) continue;
        given++;
        diag_add(dl, DIAG_WARNING, sc->path,
                 scene ? sc->scenes[i].line : sc->endings[i - sc->nscenes].line,
                 _("the title of %s '%s' contains '{', but titles are shown as "
                   "written: {var} works only in 'text'"),
                 scene ? _("scene") : _("ending"),
                 scene ? sc->scenes[i].id : sc->endings[i - sc->nscenes].id);
    }
}

void scenario_check(const Scenario *sc, DiagList *dl) {
    check_titles(sc, dl);
    bool *reachable = check_reachable(sc, dl);
    if (reachable) check_way_out(sc, reachable, dl);
    free(reachable);
    size_t given = 0;
    for (size_t i = 0; i < sc->nobservations; i++)
        if (sc->observations[i].scene < 0 && room(&given))
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
    size_t suggest_left = 100000;
    given = 0;
    for (size_t i = 0; i < sc->nscenes; i++) {
        snprintf(what, sizeof what, _("in the text of scene '%s'"),
                 sc->scenes[i].id);
        check_speakers(sc, names, sc->scenes[i].line, what, sc->scenes[i].text,
                       &given, &suggest_left, dl);
    }
    for (size_t i = 0; i < sc->nendings; i++) {
        snprintf(what, sizeof what, _("in the text of ending '%s'"),
                 sc->endings[i].id);
        check_speakers(sc, names, sc->endings[i].line, what,
                       sc->endings[i].text, &given, &suggest_left, dl);
    }
    free(names);
}
