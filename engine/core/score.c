/*
** score.c — the figures of section 6 from one playthrough's record, and
** their JSON form of section 8. Pure: it reads a Play and changes nothing.
** Uses jansson for JSON.
*/
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "blikk.h"

/* Signals: hits and misses over the observations that were shown. */
static void score_signals(const Play *p, Score *s) {
    const Scenario *sc = play_scenario(p);
    double hit = 0, possible = 0, false_alarm = 0;
    for (size_t i = 0; i < sc->nobservations; i++) {
        if (!play_shown(p, (int)i)) continue;
        const Observation *o = &sc->observations[i];
        Mark m = play_mark_of(p, (int)i);
        switch (o->kind) {
        case OBS_RISK:
            possible += o->weight;
            if (m == MARK_RISK) { s->hits++; hit += o->weight; }
            else s->misses++;
            break;
        case OBS_PROTECTIVE:
            possible += o->weight;
            if (m == MARK_PROTECTIVE) { s->protective_hits++; hit += o->weight; }
            else s->protective_misses++;
            break;
        case OBS_NEUTRAL:
            if (m != MARK_NONE) { s->false_alarms++; false_alarm += o->weight; }
            break;
        }
    }
    s->signals_scaled = possible > 0 ? fmax(0, hit - false_alarm) / possible : NAN;
}

/* Actions: every decision taken counts, repeated visits included. */
static void score_actions(const Play *p, Score *s) {
    const Scenario *sc = play_scenario(p);
    size_t n;
    const Decision *d = play_decisions(p, &n);
    for (size_t i = 0; i < n; i++) {
        const Scene *scene = &sc->scenes[d[i].scene];
        s->points += d[i].points;
        s->possible += fmax(d[i].best, 0);
        const Choice *chosen = &scene->choices[d[i].choice];
        for (size_t k = 0; k < chosen->nscore; k++)
            if (chosen->score[k].competency >= 0)
                s->competencies[chosen->score[k].competency].points += chosen->score[k].points;
        for (size_t c = 0; c < sc->ncompetencies; c++) {
            double best = 0; /* a competency missing from a score counts 0 */
            for (size_t o = 0; o < d[i].noffered; o++) {
                const Choice *ch = &scene->choices[d[i].offered[o]];
                for (size_t k = 0; k < ch->nscore; k++)
                    if (ch->score[k].competency == (int)c && ch->score[k].points > best)
                        best = ch->score[k].points;
            }
            s->competencies[c].possible += best;
        }
    }
    s->actions_scaled = s->possible > 0 ? fmax(0, s->points) / s->possible : NAN;
}

/* Concern: one answer per scene that asked and was left. */
static BlkStatus score_concern(const Play *p, Score *s) {
    const Scenario *sc = play_scenario(p);
    size_t n;
    const int *order = play_answer_order(p, &n);
    s->answers = calloc(n ? n : 1, sizeof *s->answers);
    if (!s->answers) return BLK_ERR_NOMEM;
    double sum = 0;
    for (size_t i = 0; i < n; i++) {
        int given = play_concern_at(p, order[i], NULL);
        int expert = sc->scenes[order[i]].concern;
        s->answers[s->nanswers++] = (ConcernAnswer){order[i], given, expert};
        sum += abs(given - expert);
    }
    int levels = scenario_concern_levels(sc);
    s->concern_mae = n ? sum / (double)n : NAN;
    s->concern_scaled = n ? 1 - s->concern_mae / (levels - 1) : NAN;
    return BLK_OK;
}

BlkStatus score_compute(const Play *p, Score *out) {
    const Scenario *sc = play_scenario(p);
    *out = (Score){0};
    out->competencies = calloc(sc->ncompetencies + 1, sizeof *out->competencies);
    if (!out->competencies) return BLK_ERR_NOMEM;
    score_signals(p, out);
    score_actions(p, out);
    if (score_concern(p, out) != BLK_OK) {
        score_free(out);
        return BLK_ERR_NOMEM;
    }
    double parts[3] = {out->signals_scaled, out->actions_scaled, out->concern_scaled};
    double sum = 0;
    int count = 0;
    for (int i = 0; i < 3; i++)
        if (!isnan(parts[i])) { sum += parts[i]; count++; }
    out->total_scaled = count ? sum / count : NAN;
    return BLK_OK;
}

void score_free(Score *s) {
    free(s->competencies);
    free(s->answers);
    *s = (Score){0};
}

/* {====================================================== JSON */

/* Whole numbers print as integers (points are usually whole). */
static json_t *number(double v) {
    if (isnan(v)) return json_null();
    if (v == floor(v) && fabs(v) < 1e15) return json_integer((json_int_t)v);
    return json_real(v);
}

static json_t *scaled(double v) {
    return isnan(v) ? json_null() : json_real(v);
}

char *score_to_json(const Play *p, const Score *s, int indent) {
    const Scenario *sc = play_scenario(p);
    const PlayView *v = play_view(p);
    json_t *root = json_object();
    json_object_set_new(root, "scenario", json_string(sc->id));
    json_object_set_new(root, "version", json_integer(sc->version));
    json_object_set_new(root, "seed", json_integer((json_int_t)play_seed(p)));
    json_object_set_new(root, "ending", v->ending ? json_string(v->ending->id) : json_null());
    json_object_set_new(root, "outcome",
                        v->ending ? json_string(outcome_name(v->ending->outcome)) : json_null());
    json_t *path = json_array();
    size_t n;
    const NodeRef *nodes = play_path(p, &n);
    for (size_t i = 0; i < n; i++)
        json_array_append_new(path, json_string(nodes[i].is_ending
                                                    ? sc->endings[nodes[i].index].id
                                                    : sc->scenes[nodes[i].index].id));
    json_object_set_new(root, "path", path);

    json_t *sig = json_object();
    json_object_set_new(sig, "hits", json_integer(s->hits));
    json_object_set_new(sig, "misses", json_integer(s->misses));
    json_object_set_new(sig, "false_alarms", json_integer(s->false_alarms));
    json_object_set_new(sig, "protective_hits", json_integer(s->protective_hits));
    json_object_set_new(sig, "protective_misses", json_integer(s->protective_misses));
    json_object_set_new(sig, "scaled", scaled(s->signals_scaled));
    json_object_set_new(root, "signals", sig);

    json_t *act = json_object();
    json_object_set_new(act, "points", number(s->points));
    json_object_set_new(act, "possible", number(s->possible));
    json_object_set_new(act, "scaled", scaled(s->actions_scaled));
    json_object_set_new(root, "actions", act);

    json_t *comps = json_object();
    for (size_t i = 0; i < sc->ncompetencies; i++) {
        json_t *c = json_object();
        json_object_set_new(c, "points", number(s->competencies[i].points));
        json_object_set_new(c, "possible", number(s->competencies[i].possible));
        json_object_set_new(comps, sc->competencies[i].id, c);
    }
    json_object_set_new(root, "competencies", comps);

    json_t *con = json_object();
    json_t *answers = json_array();
    for (size_t i = 0; i < s->nanswers; i++) {
        json_t *a = json_object();
        json_object_set_new(a, "scene", json_string(sc->scenes[s->answers[i].scene].id));
        json_object_set_new(a, "given", json_integer(s->answers[i].given));
        json_object_set_new(a, "expert", json_integer(s->answers[i].expert));
        json_array_append_new(answers, a);
    }
    json_object_set_new(con, "answers", answers);
    json_object_set_new(con, "mae", scaled(s->concern_mae));
    json_object_set_new(con, "scaled", scaled(s->concern_scaled));
    json_object_set_new(root, "concern", con);

    json_t *total = json_object();
    json_object_set_new(total, "scaled", scaled(s->total_scaled));
    json_object_set_new(root, "total", total);

    size_t flags = JSON_REAL_PRECISION(15) | (indent > 0 ? JSON_INDENT(indent) : JSON_COMPACT);
    char *out = json_dumps(root, flags);
    json_decref(root);
    return out;
}

/* }====================================================== */
