/*
** export.c — CSV and xAPI exports of the results store.
**
** CSV: the Norwegian style is what Excel and LibreOffice open correctly in
** a Norwegian locale (UTF-8 with a byte order mark, ';' between fields, a
** decimal comma, CRLF); RFC 4180 is for programs. The long tables (per
** decision, observation, concern answer) come from replaying each saved
** playthrough against its case, so they always agree with the scores.
** xAPI 1.0.3 statements use the ADL verbs and a pseudonymous account.
** Uses jansson, the results store and the public play API.
*/
#include "export.h"

#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "i18n.h"

#define IRI_BASE "https://blikk.invalid"
#define VERB(x) "http://adlnet.gov/expapi/verbs/" x

/* {====================================================== cases */

/* Loaded cases by path, so each is read once per export. */
typedef struct {
    char **paths;
    Scenario **cases;
    size_t n;
} CaseCache;

static Scenario *case_for(CaseCache *c, const char *path, DiagList *dl) {
    for (size_t i = 0; i < c->n; i++)
        if (strcmp(c->paths[i], path) == 0) return c->cases[i];
    Scenario *sc = NULL;
    DiagList tmp = {0};
    if (scenario_load(path, NULL, &sc, &tmp) != BLK_OK)
        diag_add(dl, DIAG_WARNING, path, 0, "%s",
                 _("the case cannot be loaded, so its playthroughs are left out "
                   "of the detailed export"));
    diag_free(&tmp);
    char **p = realloc(c->paths, (c->n + 1) * sizeof *p);
    Scenario **s = realloc(c->cases, (c->n + 1) * sizeof *s);
    if (p) c->paths = p;
    if (s) c->cases = s;
    if (!p || !s || !(c->paths[c->n] = strdup(path))) {
        scenario_free(sc);
        return NULL;
    }
    c->cases[c->n++] = sc;
    return sc;
}

static void cache_free(CaseCache *c) {
    for (size_t i = 0; i < c->n; i++) {
        free(c->paths[i]);
        scenario_free(c->cases[i]);
    }
    free(c->paths);
    free(c->cases);
}

/* }====================================================== */

/* {====================================================== CSV */

typedef struct {
    FILE *out;
    CsvStyle style;
    bool first; /* no separator before the first field of a row */
} Csv;

static void csv_field(Csv *c, const char *s) {
    char sep = c->style == CSV_NORWEGIAN ? ';' : ',';
    if (!c->first) fputc(sep, c->out);
    c->first = false;
    if (!s) return;
    bool quote = strchr(s, sep) || strchr(s, '"') || strchr(s, '\n') || strchr(s, '\r');
    /* A leading = + - @ would be a formula in a spreadsheet; text from a
       case or a participant's name must stay text. */
    bool formula = strchr("=+-@", s[0]) && s[0] && !(s[0] == '-' && s[1] >= '0' && s[1] <= '9');
    if (!quote && !formula) {
        fputs(s, c->out);
        return;
    }
    fputc('"', c->out);
    if (formula) fputc('\'', c->out);
    for (; *s; s++) {
        if (*s == '"') fputc('"', c->out);
        fputc(*s, c->out);
    }
    fputc('"', c->out);
}

static void csv_number(Csv *c, double v) {
    if (isnan(v)) {
        csv_field(c, "");
        return;
    }
    char buf[64];
    if (v == floor(v) && fabs(v) < 1e15) snprintf(buf, sizeof buf, "%.0f", v);
    else snprintf(buf, sizeof buf, "%.4f", v);
    if (c->style == CSV_NORWEGIAN)
        for (char *p = buf; *p; p++) if (*p == '.') *p = ',';
    csv_field(c, buf);
}

static void csv_int(Csv *c, long long v) { csv_number(c, (double)v); }

static void csv_end(Csv *c) {
    fputs("\r\n", c->out);
    c->first = true;
}

static void csv_header(Csv *c, const char *const *names) {
    for (; *names; names++) csv_field(c, *names);
    csv_end(c);
}

static void row_start(Csv *c, const PlaythroughInfo *p) {
    csv_int(c, p->id);
    csv_field(c, p->uuid);
    csv_field(c, p->participant);
    csv_field(c, p->scenario_id);
}

static void rows_playthrough(Csv *c, const PlaythroughInfo *p) {
    row_start(c, p);
    csv_field(c, p->scenario_title);
    csv_int(c, p->scenario_version);
    csv_field(c, play_mode_name(p->mode));
    csv_field(c, p->started);
    csv_field(c, p->finished);
    csv_field(c, p->ending);
    csv_field(c, p->outcome);
    csv_number(c, p->signals);
    csv_number(c, p->actions);
    csv_number(c, p->concern);
    csv_number(c, p->total);
    csv_int(c, (long long)p->seed);
    csv_end(c);
}

static const char *signal_result(ObsKind k, Mark m) {
    switch (k) {
    case OBS_RISK: return m == MARK_RISK ? "hit" : "miss";
    case OBS_PROTECTIVE: return m == MARK_PROTECTIVE ? "protective_hit" : "protective_miss";
    default: return m == MARK_NONE ? "correct" : "false_alarm";
    }
}

static void rows_detail(Csv *c, CsvTable table, const PlaythroughInfo *p, const Play *play) {
    const Scenario *sc = play_scenario(play);
    if (table == CSV_DECISIONS) {
        size_t n;
        const Decision *d = play_decisions(play, &n);
        for (size_t i = 0; i < n; i++) {
            const Scene *s = &sc->scenes[d[i].scene];
            row_start(c, p);
            csv_int(c, (long long)i + 1);
            csv_field(c, s->id);
            csv_field(c, s->choices[d[i].choice].id);
            csv_field(c, s->choices[d[i].choice].text);
            csv_number(c, d[i].points);
            csv_number(c, d[i].best);
            csv_field(c, d[i].points >= d[i].best ? "yes" : "no");
            /* classroom: "id:count" per offered choice */
            char votes[1024] = "";
            size_t used = 0;
            for (size_t k = 0; d[i].votes && k < d[i].noffered && used < sizeof votes; k++)
                used += (size_t)snprintf(votes + used, sizeof votes - used, "%s%s:%d",
                                         k ? ", " : "", s->choices[d[i].offered[k]].id,
                                         d[i].votes[k]);
            csv_field(c, votes);
            csv_end(c);
        }
    } else if (table == CSV_OBSERVATIONS) {
        for (size_t i = 0; i < sc->nobservations; i++) {
            if (!play_shown(play, (int)i)) continue;
            const Observation *o = &sc->observations[i];
            Mark m = play_mark_of(play, (int)i);
            row_start(c, p);
            csv_field(c, o->scene >= 0 ? sc->scenes[o->scene].id : "");
            csv_field(c, o->id);
            csv_field(c, o->text);
            csv_field(c, obs_kind_name(o->kind));
            csv_field(c, mark_name(m));
            csv_field(c, signal_result(o->kind, m));
            csv_number(c, o->weight);
            csv_end(c);
        }
    } else if (table == CSV_CONCERN) {
        size_t n;
        const int *order = play_answer_order(play, &n);
        for (size_t i = 0; i < n; i++) {
            const Scene *s = &sc->scenes[order[i]];
            int given = play_concern_at(play, order[i], NULL);
            row_start(c, p);
            csv_field(c, s->id);
            csv_int(c, given);
            csv_int(c, s->concern);
            csv_int(c, abs(given - s->concern));
            csv_end(c);
        }
    }
}

BlkStatus export_csv(Results *r, CsvTable table, CsvStyle style, FILE *out, DiagList *dl) {
    static const char *const heads[][17] = {
        {"playthrough", "registration", "participant", "scenario", "title", "version",
         "mode", "started", "finished", "ending", "outcome", "signals", "actions",
         "concern", "total", "seed", NULL},
        {"playthrough", "registration", "participant", "scenario", "decision", "scene",
         "choice", "choice_text", "points", "best_points", "best", "votes", NULL},
        {"playthrough", "registration", "participant", "scenario", "scene", "observation",
         "observation_text", "expert", "mark", "result", "weight", NULL},
        {"playthrough", "registration", "participant", "scenario", "scene", "given",
         "expert", "difference", NULL},
    };
    PlaythroughInfo *list;
    size_t n;
    BlkStatus st = results_list(r, false, &list, &n, dl);
    if (st != BLK_OK) return st;
    Csv c = {out, style, true};
    if (style == CSV_NORWEGIAN) fputs("\xEF\xBB\xBF", out);
    csv_header(&c, heads[table]);
    CaseCache cache = {0};
    for (size_t i = n; i-- > 0;) { /* oldest first */
        if (table == CSV_PLAYTHROUGHS) {
            rows_playthrough(&c, &list[i]);
            continue;
        }
        Scenario *sc = case_for(&cache, list[i].scenario_path, dl);
        if (!sc) continue;
        Play *play = NULL;
        DiagList tmp = {0};
        if (results_replay(r, sc, list[i].id, &play, &tmp) == BLK_OK)
            rows_detail(&c, table, &list[i], play);
        else
            diag_add(dl, DIAG_WARNING, list[i].scenario_path, 0,
                     _("playthrough %lld no longer fits its case and is left out"),
                     (long long)list[i].id);
        diag_free(&tmp);
        play_free(play);
    }
    cache_free(&cache);
    free(list);
    return ferror(out) ? BLK_ERR_IO : BLK_OK;
}

/* }====================================================== */

/* {====================================================== xAPI */

/* Statement ids are derived from the registration and the event, so the
   same playthrough exported twice gives the same ids and a learning record
   store can drop the duplicates. */
static void statement_id(const char *registration, const char *event, char out[37]) {
    uint64_t h[2] = {1469598103934665603u, 7809847782465536322u};
    for (int k = 0; k < 2; k++) {
        for (const char *s = registration; *s; s++) h[k] = (h[k] ^ (unsigned char)*s) * 1099511628211u;
        h[k] = (h[k] ^ '|') * 1099511628211u;
        for (const char *s = event; *s; s++) h[k] = (h[k] ^ (unsigned char)*s) * 1099511628211u;
        h[k] ^= h[k] >> 29;
    }
    unsigned char b[16];
    for (int i = 0; i < 8; i++) {
        b[i] = (unsigned char)(h[0] >> (8 * i));
        b[8 + i] = (unsigned char)(h[1] >> (8 * i));
    }
    b[6] = (unsigned char)((b[6] & 0x0F) | 0x40);
    b[8] = (unsigned char)((b[8] & 0x3F) | 0x80);
    snprintf(out, 37, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
             b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12],
             b[13], b[14], b[15]);
}

static json_t *lang_map(const char *lang, const char *text) {
    json_t *m = json_object();
    json_object_set_new(m, lang, json_string(text ? text : ""));
    return m;
}

static json_t *verb(const char *id, const char *en, const char *nb) {
    json_t *v = json_object();
    json_object_set_new(v, "id", json_string(id));
    json_t *d = json_object();
    json_object_set_new(d, "en", json_string(en));
    json_object_set_new(d, "nb-NO", json_string(nb));
    json_object_set_new(v, "display", d);
    return v;
}

static json_t *activity(const char *iri, const char *lang, const char *name) {
    json_t *a = json_object();
    json_object_set_new(a, "objectType", json_string("Activity"));
    json_object_set_new(a, "id", json_string(iri));
    json_t *def = json_object();
    json_object_set_new(def, "name", lang_map(lang, name));
    json_object_set_new(a, "definition", def);
    return a;
}

/* ISO 8601 duration between two "YYYY-MM-DDTHH:MM:SSZ" times. */
static void duration(const char *from, const char *to, char *buf, size_t size) {
    struct tm a = {0}, b = {0};
    long secs = 0;
    if (sscanf(from, "%d-%d-%dT%d:%d:%d", &a.tm_year, &a.tm_mon, &a.tm_mday, &a.tm_hour,
               &a.tm_min, &a.tm_sec) == 6 &&
        sscanf(to, "%d-%d-%dT%d:%d:%d", &b.tm_year, &b.tm_mon, &b.tm_mday, &b.tm_hour,
               &b.tm_min, &b.tm_sec) == 6) {
        a.tm_year -= 1900; b.tm_year -= 1900; a.tm_mon--; b.tm_mon--;
        secs = (long)difftime(mktime(&b), mktime(&a));
        if (secs < 0) secs = 0;
    }
    snprintf(buf, size, "PT%ldH%ldM%ldS", secs / 3600, secs / 60 % 60, secs % 60);
}

typedef struct {
    json_t *array;
    const PlaythroughInfo *info;
    const Scenario *sc;
    char lang[16], scenario_iri[256];
    json_t *actor;
} Xapi;

static json_t *statement(Xapi *x, const char *event, const char *timestamp, json_t *verb_,
                         json_t *object, json_t *result, bool child) {
    json_t *s = json_object();
    char id[37];
    statement_id(x->info->uuid, event, id);
    json_object_set_new(s, "id", json_string(id));
    json_object_set_new(s, "timestamp", json_string(timestamp));
    json_object_set(s, "actor", x->actor);
    json_object_set_new(s, "verb", verb_);
    json_object_set_new(s, "object", object);
    if (result) json_object_set_new(s, "result", result);
    json_t *ctx = json_object();
    json_object_set_new(ctx, "registration", json_string(x->info->uuid));
    json_object_set_new(ctx, "platform", json_string("Blikk " BLIKK_VERSION));
    json_object_set_new(ctx, "language", json_string(x->lang));
    char rev[128];
    snprintf(rev, sizeof rev, "%s@%d", x->sc->id, x->sc->version);
    json_object_set_new(ctx, "revision", json_string(rev));
    json_t *ca = json_object();
    json_t *grouping = json_array();
    json_t *g = json_object();
    json_object_set_new(g, "id", json_string(IRI_BASE "/course/fra-bekymring-til-handling"));
    json_array_append_new(grouping, g);
    json_object_set_new(ca, "grouping", grouping);
    if (child) {
        json_t *parent = json_array();
        json_t *p = json_object();
        json_object_set_new(p, "id", json_string(x->scenario_iri));
        json_array_append_new(parent, p);
        json_object_set_new(ca, "parent", parent);
    }
    json_object_set_new(ctx, "contextActivities", ca);
    json_object_set_new(s, "context", ctx);
    json_array_append_new(x->array, s);
    return s;
}

/* The interface language as an xAPI language tag, for labels that come
   from Blikk's catalogue rather than from the case. */
static const char *ui_lang(void) {
    return strncmp(i18n_language(), "en", 2) == 0 ? "en" : "nb";
}

static json_t *choice_list(const char *const *ids, const char *const *texts, size_t n,
                           const char *lang) {
    json_t *a = json_array();
    for (size_t i = 0; i < n; i++) {
        json_t *c = json_object();
        json_object_set_new(c, "id", json_string(ids[i]));
        json_object_set_new(c, "description", lang_map(lang, texts[i]));
        json_array_append_new(a, c);
    }
    return a;
}

static json_t *interaction(const char *iri, const char *lang, const char *name,
                           const char *type, const char *list_key, json_t *choices,
                           json_t *correct) {
    json_t *a = activity(iri, lang, name);
    json_t *def = json_object_get(a, "definition");
    json_object_set_new(def, "type",
                        json_string("http://adlnet.gov/expapi/activities/cmi.interaction"));
    json_object_set_new(def, "interactionType", json_string(type));
    json_object_set_new(def, list_key, choices);
    json_object_set_new(def, "correctResponsesPattern", correct);
    return a;
}

static void xapi_observations(Xapi *x, const Play *play, const char *when) {
    const Scenario *sc = x->sc;
    static const char *const ids[] = {"risk", "protective", "none"};
    const char *texts[] = {_("Concern (risk)"), _("Resource (protective)"), _("Not marked")};
    for (size_t i = 0; i < sc->nobservations; i++) {
        if (!play_shown(play, (int)i)) continue;
        const Observation *o = &sc->observations[i];
        Mark m = play_mark_of(play, (int)i);
        char iri[512], event[128];
        snprintf(iri, sizeof iri, "%s/observation/%s", x->scenario_iri, o->id);
        snprintf(event, sizeof event, "observation/%s", o->id);
        const char *expert = o->kind == OBS_RISK ? "risk"
                           : o->kind == OBS_PROTECTIVE ? "protective" : "none";
        json_t *correct = json_array();
        json_array_append_new(correct, json_string(expert));
        json_t *obj = interaction(iri, x->lang, o->text, "choice", "choices",
                                  choice_list(ids, texts, 3, ui_lang()), correct);
        json_t *res = json_object();
        json_object_set_new(res, "response", json_string(mark_name(m)));
        json_object_set_new(res, "success", json_boolean(strcmp(expert, mark_name(m)) == 0));
        statement(x, event, when, verb(VERB("answered"), "answered", "svarte"), obj, res, true);
    }
}

static void xapi_concern(Xapi *x, const Play *play, const char *when) {
    const Scenario *sc = x->sc;
    int levels = scenario_concern_levels(sc);
    const char *ids[10], *texts[10];
    char idbuf[10][24];
    for (int l = 0; l < levels && l < 10; l++) {
        snprintf(idbuf[l], sizeof idbuf[l], "level-%d", l + 1);
        ids[l] = idbuf[l];
        texts[l] = scenario_concern_label(sc, l + 1);
    }
    size_t n;
    const int *order = play_answer_order(play, &n);
    for (size_t i = 0; i < n; i++) {
        const Scene *s = &sc->scenes[order[i]];
        int given = play_concern_at(play, order[i], NULL);
        char iri[512], event[128], name[300];
        snprintf(iri, sizeof iri, "%s/scene/%s/concern", x->scenario_iri, s->id);
        snprintf(event, sizeof event, "concern/%s", s->id);
        snprintf(name, sizeof name, "%s: %s", s->title ? s->title : s->id,
                 _("how concerned are you?"));
        json_t *correct = json_array();
        json_array_append_new(correct, json_string(ids[s->concern - 1]));
        json_t *obj = interaction(iri, x->lang, name, "likert", "scale",
                                  choice_list(ids, texts, (size_t)levels, x->lang), correct);
        json_t *res = json_object();
        json_object_set_new(res, "response", json_string(ids[given - 1]));
        json_object_set_new(res, "success", json_boolean(given == s->concern));
        json_t *score = json_object();
        json_object_set_new(score, "scaled",
                            json_real(1.0 - fabs((double)(given - s->concern)) / (levels - 1)));
        json_object_set_new(res, "score", score);
        statement(x, event, when, verb(VERB("answered"), "answered", "svarte"), obj, res, true);
    }
}

static void xapi_decisions(Xapi *x, const Play *play, const SavedAction *acts, size_t nacts) {
    const Scenario *sc = x->sc;
    size_t n;
    const Decision *d = play_decisions(play, &n);
    size_t a = 0;
    const char *prev = x->info->started;
    for (size_t i = 0; i < n; i++) {
        const Scene *s = &sc->scenes[d[i].scene];
        /* The matching saved action gives the time of the decision. */
        while (a < nacts && strcmp(acts[a].kind, "choose") != 0) a++;
        const char *when = a < nacts ? acts[a].at : x->info->started;
        a++;
        const char *ids[64], *texts[64];
        size_t k = d[i].noffered < 64 ? d[i].noffered : 64;
        double worst = d[i].best;
        json_t *correct = json_array();
        for (size_t j = 0; j < k; j++) {
            const Choice *c = &s->choices[d[i].offered[j]];
            ids[j] = c->id;
            texts[j] = c->text;
            if (c->points < worst) worst = c->points;
            if (c->points == d[i].best) json_array_append_new(correct, json_string(c->id));
        }
        char iri[512], event[128], dur[64];
        snprintf(iri, sizeof iri, "%s/scene/%s", x->scenario_iri, s->id);
        snprintf(event, sizeof event, "decision/%zu", i + 1);
        json_t *obj = interaction(iri, x->lang, s->title ? s->title : s->id, "choice",
                                  "choices", choice_list(ids, texts, k, x->lang), correct);
        json_t *res = json_object();
        json_object_set_new(res, "response", json_string(s->choices[d[i].choice].id));
        json_object_set_new(res, "success", json_boolean(d[i].points >= d[i].best));
        json_t *score = json_object();
        json_object_set_new(score, "raw", json_real(d[i].points));
        if (worst < d[i].best) { /* min < max, as xAPI requires */
            json_object_set_new(score, "min", json_real(worst));
            json_object_set_new(score, "max", json_real(d[i].best));
        }
        if (d[i].best > 0) {
            double sc_ = d[i].points / d[i].best;
            json_object_set_new(score, "scaled", json_real(sc_ < -1 ? -1 : sc_ > 1 ? 1 : sc_));
        }
        json_object_set_new(res, "score", score);
        if (d[i].votes) { /* classroom: the show of hands */
            json_t *votes = json_object(), *ext = json_object();
            for (size_t j = 0; j < k; j++)
                json_object_set_new(votes, ids[j], json_integer(d[i].votes[j]));
            json_object_set_new(ext, IRI_BASE "/xapi/ext/votes", votes);
            json_object_set_new(res, "extensions", ext);
        }
        duration(prev, when, dur, sizeof dur);
        json_object_set_new(res, "duration", json_string(dur));
        prev = when;
        statement(x, event, when, verb(VERB("answered"), "answered", "svarte"), obj, res, true);
    }
}

static json_t *actor_for(const PlaythroughInfo *p) {
    json_t *actor = json_object();
    json_object_set_new(actor, "objectType",
                        json_string(p->mode == MODE_CLASSROOM ? "Group" : "Agent"));
    json_t *acc = json_object();
    json_object_set_new(acc, "homePage", json_string(IRI_BASE "/participant"));
    char name[256];
    if (p->participant[0]) snprintf(name, sizeof name, "%s", p->participant);
    else snprintf(name, sizeof name, "anonym-%.8s", p->uuid);
    json_object_set_new(acc, "name", json_string(name));
    json_object_set_new(actor, "account", acc);
    return actor;
}

BlkStatus export_xapi(Results *r, FILE *out, DiagList *dl) {
    PlaythroughInfo *list;
    size_t n;
    BlkStatus st = results_list(r, false, &list, &n, dl);
    if (st != BLK_OK) return st;
    json_t *array = json_array();
    CaseCache cache = {0};
    for (size_t i = n; i-- > 0;) {
        const PlaythroughInfo *p = &list[i];
        if (!p->finished[0]) continue;
        Scenario *sc = case_for(&cache, p->scenario_path, dl);
        if (!sc) continue;
        Play *play = NULL;
        SavedAction *acts = NULL;
        size_t nacts = 0;
        DiagList tmp = {0};
        if (results_replay(r, sc, p->id, &play, &tmp) != BLK_OK ||
            results_actions(r, p->id, &acts, &nacts, &tmp) != BLK_OK) {
            diag_add(dl, DIAG_WARNING, p->scenario_path, 0,
                     _("playthrough %lld no longer fits its case and is left out"),
                     (long long)p->id);
        } else {
            Xapi x = {.array = array, .info = p, .sc = sc, .actor = actor_for(p)};
            snprintf(x.lang, sizeof x.lang, "%s", sc->language);
            snprintf(x.scenario_iri, sizeof x.scenario_iri, IRI_BASE "/scenario/%s", sc->id);
            statement(&x, "initialized", p->started,
                      verb(VERB("initialized"), "initialized", "startet"),
                      activity(x.scenario_iri, x.lang, sc->title), NULL, false);
            xapi_observations(&x, play, p->finished);
            xapi_concern(&x, play, p->finished);
            xapi_decisions(&x, play, acts, nacts);
            json_t *res = json_object();
            json_object_set_new(res, "completion", json_true());
            char dur[64];
            duration(p->started, p->finished, dur, sizeof dur);
            json_object_set_new(res, "duration", json_string(dur));
            if (!isnan(p->total)) {
                json_t *score = json_object();
                json_object_set_new(score, "scaled", json_real(p->total));
                json_object_set_new(res, "score", score);
            }
            json_t *ext = json_object();
            json_object_set_new(ext, IRI_BASE "/xapi/ext/outcome", json_string(p->outcome));
            json_object_set_new(ext, IRI_BASE "/xapi/ext/ending", json_string(p->ending));
            json_object_set_new(ext, IRI_BASE "/xapi/ext/signals",
                                isnan(p->signals) ? json_null() : json_real(p->signals));
            json_object_set_new(ext, IRI_BASE "/xapi/ext/actions",
                                isnan(p->actions) ? json_null() : json_real(p->actions));
            json_object_set_new(ext, IRI_BASE "/xapi/ext/concern",
                                isnan(p->concern) ? json_null() : json_real(p->concern));
            json_object_set_new(res, "extensions", ext);
            statement(&x, "completed", p->finished,
                      verb(VERB("completed"), "completed", "fullførte"),
                      activity(x.scenario_iri, x.lang, sc->title), res, false);
            json_decref(x.actor);
        }
        diag_free(&tmp);
        free(acts);
        play_free(play);
    }
    int rc = json_dumpf(array, out, JSON_INDENT(2) | JSON_REAL_PRECISION(15));
    fputc('\n', out);
    json_decref(array);
    cache_free(&cache);
    free(list);
    return rc == 0 && !ferror(out) ? BLK_OK : BLK_ERR_IO;
}

/* }====================================================== */
