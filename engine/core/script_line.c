/*
** script_line.c — one line of a play script (format, section 8):
**   mark OBSERVATION risk|protective|none
**   concern LEVEL
**   choose N | choose ID
**   continue
**   vote N|ID COUNT   (classroom: the show of hands for a choice)
** '#' starts a comment. Shared by `blikk play`, the window's screenshot
** path and the fuzzer, so there is one parser. Uses the public play API.
*/
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "blikk.h"
#include "i18n.h"
#include "strutil.h"

enum { MAX_LINE = 1024 };

static char *next_word(char **p) {
    while (**p == ' ' || **p == '\t' || **p == '\r' || **p == '\n') (*p)++;
    if (!**p) return NULL;
    char *w = *p;
    while (**p && **p != ' ' && **p != '\t' && **p != '\r' && **p != '\n') (*p)++;
    if (**p) *(*p)++ = '\0';
    return w;
}


static BlkStatus bad(DiagList *dl, const char *fmt, const char *arg) {
    diag_add(dl, DIAG_ERROR, NULL, 0, fmt, arg);
    return BLK_ERR_USAGE;
}

/* A choice named by its number among those offered (1-based) or its id. */
static bool find_choice(const PlayView *v, const char *arg, size_t *k, DiagList *dl) {
    long num;
    if (parse_long(arg, &num)) {
        if (num < 1) {
            bad(dl, "%s", _("choices are numbered from 1"));
            return false;
        }
        *k = (size_t)num - 1;
        return true;
    }
    *k = 0; /* in a scene without choices, play_* explains */
    if (v->scene->has_next) return true;
    for (size_t i = 0; i < v->noffered; i++)
        if (strcmp(v->scene->choices[v->offered[i]].id, arg) == 0) {
            *k = i;
            return true;
        }
    bad(dl, _("no choice with id '%s' is offered now"), arg);
    return false;
}

BlkStatus play_run_line(Play *p, const char *text, ScriptAction *done, DiagList *dl) {
    *done = SCRIPT_NOTHING;
    char line[MAX_LINE];
    size_t n = strcspn(text, "#");
    if (n >= sizeof line) return bad(dl, "%s", _("the line is too long"));
    memcpy(line, text, n);
    line[n] = '\0';
    char *rest = line;
    char *cmd = next_word(&rest), *a1 = next_word(&rest), *a2 = next_word(&rest);
    char *extra = next_word(&rest);
    if (!cmd) return BLK_OK;

    const Scenario *sc = play_scenario(p);
    const PlayView *v = play_view(p);
    if (v->finished)
        return bad(dl, _("the case has already ended (at '%s'); no more actions"),
                   v->ending->id);
    BlkStatus st;
    if (strcmp(cmd, "mark") == 0) {
        if (!a1 || !a2 || extra)
            return bad(dl, "%s", _("write: mark OBSERVATION risk|protective|none"));
        Mark m;
        if (strcmp(a2, "risk") == 0) m = MARK_RISK;
        else if (strcmp(a2, "protective") == 0) m = MARK_PROTECTIVE;
        else if (strcmp(a2, "none") == 0) m = MARK_NONE;
        else return bad(dl, _("'%s' is not a mark; use risk, protective or none"), a2);
        int o = scenario_find_observation(sc, a1);
        if (o < 0) return bad(dl, _("there is no observation '%s' in this scenario"), a1);
        st = play_mark(p, o, m, dl);
        *done = SCRIPT_MARK;
    } else if (strcmp(cmd, "concern") == 0) {
        long level;
        if (!a1 || a2 || !parse_long(a1, &level) || level < 0 || level > 1000)
            return bad(dl, "%s", _("write: concern LEVEL (a whole number)"));
        st = play_concern(p, (int)level, dl);
        *done = SCRIPT_CONCERN;
    } else if (strcmp(cmd, "choose") == 0) {
        if (!a1 || a2) return bad(dl, "%s", _("write: choose N or choose ID"));
        size_t k;
        if (!find_choice(v, a1, &k, dl)) return BLK_ERR_USAGE;
        st = play_choose(p, k, dl);
        *done = SCRIPT_CHOOSE;
    } else if (strcmp(cmd, "vote") == 0) {
        long count;
        if (!a1 || !a2 || extra || !parse_long(a2, &count) || count < 0 || count > 100000)
            return bad(dl, "%s", _("write: vote N COUNT (the show of hands for choice N)"));
        size_t k;
        if (!find_choice(v, a1, &k, dl)) return BLK_ERR_USAGE;
        st = play_vote(p, k, (int)count, dl);
        *done = SCRIPT_VOTE;
    } else if (strcmp(cmd, "continue") == 0) {
        if (a1) return bad(dl, "%s", _("continue takes no argument"));
        st = play_continue(p, dl);
        *done = SCRIPT_CONTINUE;
    } else {
        return bad(dl, _("unknown action '%s'; use mark, concern, choose, continue or vote"), cmd);
    }
    if (st != BLK_OK) *done = SCRIPT_NOTHING;
    return st;
}
