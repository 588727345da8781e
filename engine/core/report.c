/*
** report.c — the class report from many trainees' exports.
**
** Reads xAPI statements (the format every export and database can give),
** de-duplicates them by statement id (the same file handed in twice counts
** once), and aggregates per case. Writes CSV and a self-contained HTML page
** whose charts are inline SVG, so it opens offline in any browser.
** Uses jansson, idmap and the results store.
*/
#include "report.h"

#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "export.h"
#include "i18n.h"
#include "idmap.h"

/* How often each choice was taken at a decision, over the whole class, to
   name the most common one. */
typedef struct {
    char *scene, *choice;
    int count;
} ChoiceCount;

struct ClassReport {
    ChoiceCount *counts;
    size_t ncounts;
    ReportCase *cases;
    size_t ncases;
    IdMap seen;   /* statement ids already counted */
    char **owned; /* keys of `seen` */
    size_t nowned, cap_owned;
};

ClassReport *report_new(void) { return calloc(1, sizeof(ClassReport)); }

void report_free(ClassReport *r) {
    if (!r) return;
    for (size_t i = 0; i < r->ncases; i++) {
        ReportCase *c = &r->cases[i];
        free(c->iri);
        free(c->title);
        free(c->totals);
        for (size_t k = 0; k < c->nobservations; k++) {
            free(c->observations[k].id);
            free(c->observations[k].text);
            free(c->observations[k].expert);
        }
        free(c->observations);
        for (size_t k = 0; k < c->nconcern; k++) {
            free(c->concern[k].scene);
            free(c->concern[k].name);
        }
        free(c->concern);
        for (size_t k = 0; k < c->ndecisions; k++) {
            free(c->decisions[k].scene);
            free(c->decisions[k].name);
            free(c->decisions[k].most_chosen);
        }
        free(c->decisions);
    }
    free(r->cases);
    for (size_t i = 0; i < r->ncounts; i++) {
        free(r->counts[i].scene);
        free(r->counts[i].choice);
    }
    free(r->counts);
    idmap_free(&r->seen);
    for (size_t i = 0; i < r->nowned; i++) free(r->owned[i]);
    free(r->owned);
    free(r);
}

const ReportCase *report_cases(const ClassReport *r, size_t *n) {
    *n = r->ncases;
    return r->cases;
}

/* {====================================================== reading */

static const char *str(json_t *o, const char *path) {
    /* "a.b.c" through objects; "[0]" not needed here */
    char key[64];
    while (o && *path) {
        const char *dot = strchr(path, '.');
        size_t n = dot ? (size_t)(dot - path) : strlen(path);
        if (n >= sizeof key) return NULL;
        memcpy(key, path, n);
        key[n] = '\0';
        o = json_object_get(o, key);
        path += n + (dot ? 1 : 0);
    }
    return json_is_string(o) ? json_string_value(o) : NULL;
}

/* The first value of a language map. */
static const char *first_lang(json_t *map) {
    const char *k;
    json_t *v;
    json_object_foreach(map, k, v) if (json_is_string(v)) return json_string_value(v);
    return "";
}

static char *dup(const char *s) { return strdup(s ? s : ""); }

/* Grows an array by one zeroed element; returns it or NULL. */
static void *push(void **arr, size_t *n, size_t size) {
    char *a = realloc(*arr, (*n + 1) * size);
    if (!a) return NULL;
    *arr = a;
    memset(a + *n * size, 0, size);
    return a + (*n)++ * size;
}

static ReportCase *case_of(ClassReport *r, const char *iri) {
    for (size_t i = 0; i < r->ncases; i++)
        if (strcmp(r->cases[i].iri, iri) == 0) return &r->cases[i];
    ReportCase *c = push((void **)&r->cases, &r->ncases, sizeof *c);
    if (c) c->iri = dup(iri);
    return c;
}

static const char *last_segment(const char *iri, const char *after) {
    const char *p = strstr(iri, after);
    return p ? p + strlen(after) : NULL;
}

static void add_observation(ReportCase *c, json_t *s, const char *id) {
    json_t *def = json_object_get(json_object_get(s, "object"), "definition");
    json_t *pattern = json_array_get(json_object_get(def, "correctResponsesPattern"), 0);
    const char *expert = json_is_string(pattern) ? json_string_value(pattern) : "none";
    const char *response = str(s, "result.response");
    ReportObservation *o = NULL;
    for (size_t i = 0; i < c->nobservations && !o; i++)
        if (strcmp(c->observations[i].id, id) == 0) o = &c->observations[i];
    if (!o && (o = push((void **)&c->observations, &c->nobservations, sizeof *o))) {
        o->id = dup(id);
        o->text = dup(first_lang(json_object_get(def, "name")));
        o->expert = dup(expert);
    }
    if (!o) return;
    o->shown++;
    if (!response || strcmp(response, expert) != 0) o->wrong++;
}

static int level_of(const char *s) {
    return s && strncmp(s, "level-", 6) == 0 ? atoi(s + 6) : 0;
}

static void add_concern(ReportCase *c, json_t *s, const char *scene) {
    json_t *def = json_object_get(json_object_get(s, "object"), "definition");
    json_t *pattern = json_array_get(json_object_get(def, "correctResponsesPattern"), 0);
    int expert = level_of(json_string_value(pattern));
    int given = level_of(str(s, "result.response"));
    if (!expert || !given) return;
    ReportConcern *k = NULL;
    for (size_t i = 0; i < c->nconcern && !k; i++)
        if (strcmp(c->concern[i].scene, scene) == 0) k = &c->concern[i];
    if (!k && (k = push((void **)&c->concern, &c->nconcern, sizeof *k))) {
        k->scene = dup(scene);
        k->name = dup(first_lang(json_object_get(def, "name")));
    }
    if (!k) return;
    k->answers++;
    k->error_sum += abs(given - expert);
}

static void add_decision(ReportCase *c, json_t *s, const char *scene,
                         ChoiceCount **counts, size_t *ncounts) {
    json_t *def = json_object_get(json_object_get(s, "object"), "definition");
    ReportDecision *d = NULL;
    for (size_t i = 0; i < c->ndecisions && !d; i++)
        if (strcmp(c->decisions[i].scene, scene) == 0) d = &c->decisions[i];
    if (!d && (d = push((void **)&c->decisions, &c->ndecisions, sizeof *d))) {
        d->scene = dup(scene);
        d->name = dup(first_lang(json_object_get(def, "name")));
    }
    if (!d) return;
    d->taken++;
    if (json_is_true(json_object_get(json_object_get(s, "result"), "success"))) d->best++;
    const char *chosen = str(s, "result.response");
    if (!chosen) return;
    ChoiceCount *cc = NULL;
    for (size_t i = 0; i < *ncounts && !cc; i++)
        if (!strcmp((*counts)[i].scene, scene) && !strcmp((*counts)[i].choice, chosen))
            cc = &(*counts)[i];
    if (!cc && (cc = push((void **)counts, ncounts, sizeof *cc))) {
        cc->scene = dup(scene);
        cc->choice = dup(chosen);
    }
    if (!cc) return;
    if (++cc->count > d->most_chosen_count) {
        /* Name it by its text, which the course leader recognises. */
        const char *text = chosen;
        size_t i;
        json_t *ch;
        json_array_foreach(json_object_get(def, "choices"), i, ch)
            if (json_is_string(json_object_get(ch, "id")) &&
                strcmp(json_string_value(json_object_get(ch, "id")), chosen) == 0)
                text = first_lang(json_object_get(ch, "description"));
        free(d->most_chosen);
        d->most_chosen = dup(text);
        d->most_chosen_count = cc->count;
    }
}

static bool first_time(ClassReport *r, const char *id) {
    if (!id) return true;
    if (idmap_get(&r->seen, id) >= 0) return false;
    char *copy = strdup(id);
    if (!copy || !push((void **)&r->owned, &r->nowned, sizeof *r->owned)) {
        free(copy);
        return true;
    }
    r->owned[r->nowned - 1] = copy;
    int existing;
    idmap_put(&r->seen, copy, 1, &existing);
    return true;
}

static void add_statement(ClassReport *r, json_t *s) {
    if (!first_time(r, str(s, "id"))) return;
    const char *verb = str(s, "verb.id");
    const char *object = str(s, "object.id");
    if (!verb || !object) return;
    if (strcmp(verb, "http://adlnet.gov/expapi/verbs/completed") == 0) {
        ReportCase *c = case_of(r, object);
        if (!c) return;
        if (!c->title)
            c->title = dup(first_lang(json_object_get(
                json_object_get(json_object_get(s, "object"), "definition"), "name")));
        c->playthroughs++;
        json_t *scaled = json_object_get(json_object_get(json_object_get(s, "result"), "score"),
                                         "scaled");
        if (json_is_number(scaled)) {
            double *t = push((void **)&c->totals, &c->ntotals, sizeof *t);
            if (t) *t = json_number_value(scaled);
        }
        return;
    }
    if (strcmp(verb, "http://adlnet.gov/expapi/verbs/answered") != 0) return;
    json_t *parent = json_array_get(
        json_object_get(json_object_get(json_object_get(s, "context"), "contextActivities"),
                        "parent"), 0);
    const char *case_iri = str(parent, "id");
    if (!case_iri) return;
    ReportCase *c = case_of(r, case_iri);
    if (!c) return;
    const char *id;
    if ((id = last_segment(object, "/observation/"))) {
        add_observation(c, s, id);
    } else if ((id = last_segment(object, "/scene/"))) {
        size_t n = strlen(id);
        char scene[256];
        if (n > 8 && strcmp(id + n - 8, "/concern") == 0) {
            snprintf(scene, sizeof scene, "%.*s", (int)(n - 8), id);
            add_concern(c, s, scene);
        } else {
            snprintf(scene, sizeof scene, "%s", id);
            add_decision(c, s, scene, &r->counts, &r->ncounts);
        }
    }
}

BlkStatus report_add_json(ClassReport *r, const char *json, const char *name, DiagList *dl) {
    json_error_t e;
    json_t *root = json_loads(json, 0, &e);
    if (!root || !json_is_array(root)) {
        diag_add(dl, DIAG_ERROR, name, root ? 0 : e.line, "%s",
                 root ? _("expected a list of xAPI statements, as 'blikk export --format "
                          "xapi' writes") : e.text);
        json_decref(root);
        return BLK_ERR_USAGE;
    }
    size_t i;
    json_t *s;
    json_array_foreach(root, i, s) if (json_is_object(s)) add_statement(r, s);
    json_decref(root);
    return BLK_OK;
}

BlkStatus report_add_file(ClassReport *r, const char *path, DiagList *dl) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        diag_add(dl, DIAG_ERROR, path, 0, _("cannot read the file: %s"), strerror(errno));
        return BLK_ERR_IO;
    }
    char magic[16] = "";
    size_t got = fread(magic, 1, sizeof magic, f);
    fclose(f);
    char *buf = NULL;
    size_t len = 0;
    BlkStatus st;
    if (got == sizeof magic && memcmp(magic, "SQLite format 3", 15) == 0) {
        Results *res;
        if ((st = results_open(path, &res, dl)) != BLK_OK) return st;
        FILE *mem = open_memstream(&buf, &len);
        st = mem ? export_xapi(res, mem, dl) : BLK_ERR_NOMEM;
        if (mem) fclose(mem);
        results_close(res);
    } else {
        FILE *in = fopen(path, "rb");
        FILE *mem = open_memstream(&buf, &len);
        char chunk[65536];
        size_t n;
        while (in && mem && (n = fread(chunk, 1, sizeof chunk, in)) > 0) fwrite(chunk, 1, n, mem);
        if (in) fclose(in);
        st = mem ? BLK_OK : BLK_ERR_NOMEM;
        if (mem) fclose(mem);
    }
    if (st == BLK_OK) st = report_add_json(r, buf ? buf : "", path, dl);
    free(buf);
    return st;
}

/* }====================================================== */

/* {====================================================== writing */

static double rate(int part, int whole) { return whole ? (double)part / whole : 0; }

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static void stats(const ReportCase *c, double *mean, double *median) {
    *mean = *median = NAN;
    if (!c->ntotals) return;
    double *t = malloc(c->ntotals * sizeof *t);
    if (!t) return;
    memcpy(t, c->totals, c->ntotals * sizeof *t);
    qsort(t, c->ntotals, sizeof *t, cmp_double);
    double sum = 0;
    for (size_t i = 0; i < c->ntotals; i++) sum += t[i];
    *mean = sum / (double)c->ntotals;
    size_t m = c->ntotals / 2;
    *median = c->ntotals % 2 ? t[m] : (t[m - 1] + t[m]) / 2;
    free(t);
}

static void csv_text(FILE *out, const char *s) {
    fputc('"', out);
    for (; s && *s; s++) {
        if (*s == '"') fputc('"', out);
        fputc(*s, out);
    }
    fputc('"', out);
}

static void csv_row(FILE *out, const ReportCase *c, const char *table, const char *item,
                    const char *name, int n, double value) {
    csv_text(out, c->iri);
    fprintf(out, ",%s,", table);
    csv_text(out, item);
    fputc(',', out);
    csv_text(out, name);
    fprintf(out, ",%d,%.6f\r\n", n, value);
}

void report_write_csv(const ClassReport *r, FILE *out) {
    fputs("case,table,item,name,n,value\r\n", out);
    for (size_t i = 0; i < r->ncases; i++) {
        const ReportCase *c = &r->cases[i];
        double mean, median;
        stats(c, &mean, &median);
        csv_row(out, c, "total_mean", "", c->title, (int)c->ntotals, mean);
        csv_row(out, c, "total_median", "", c->title, (int)c->ntotals, median);
        for (int b = 0; b < 10; b++) {
            int n = 0;
            for (size_t k = 0; k < c->ntotals; k++) {
                int bin = (int)(c->totals[k] * 10);
                if ((bin > 9 ? 9 : bin) == b) n++;
            }
            char item[32];
            snprintf(item, sizeof item, "%d-%d%%", b * 10, b * 10 + 10);
            csv_row(out, c, "total_distribution", item, "", n, rate(n, (int)c->ntotals));
        }
        for (size_t k = 0; k < c->nobservations; k++) {
            const ReportObservation *o = &c->observations[k];
            csv_row(out, c, strcmp(o->expert, "none") ? "observation_missed"
                                                      : "observation_false_alarm",
                    o->id, o->text, o->shown, rate(o->wrong, o->shown));
        }
        for (size_t k = 0; k < c->nconcern; k++)
            csv_row(out, c, "concern_error", c->concern[k].scene, c->concern[k].name,
                    c->concern[k].answers,
                    c->concern[k].answers ? c->concern[k].error_sum / c->concern[k].answers : 0);
        for (size_t k = 0; k < c->ndecisions; k++) {
            const ReportDecision *d = &c->decisions[k];
            csv_row(out, c, "decision_not_best", d->scene, d->name, d->taken,
                    rate(d->taken - d->best, d->taken));
        }
    }
}

static void html_text(FILE *out, const char *s) {
    for (; s && *s; s++) {
        switch (*s) {
        case '<': fputs("&lt;", out); break;
        case '>': fputs("&gt;", out); break;
        case '&': fputs("&amp;", out); break;
        case '"': fputs("&quot;", out); break;
        default: fputc(*s, out);
        }
    }
}

/* Writes at most `max` characters of UTF-8 text, with an ellipsis when
   cut, so a long label never runs into its bar. */
static void html_clipped(FILE *out, const char *s, size_t max) {
    char buf[512];
    size_t chars = 0, i = 0;
    while (s[i] && chars < max && i < sizeof buf - 8) {
        size_t n = 1;
        while ((s[i + n] & 0xC0) == 0x80) n++;
        i += n;
        chars++;
    }
    memcpy(buf, s, i);
    strcpy(buf + i, s[i] ? "…" : "");
    html_text(out, buf);
}

/* A horizontal bar chart: one labelled bar per row, value in [0, max]; a
   note goes on a line of its own under the label. */
static void svg_bars(FILE *out, const char *const *labels, const double *values,
                     const char *const *notes, size_t n, double max, const char *unit) {
    int w = 760, label_w = 360, bar_w = w - label_w - 70;
    int h = notes ? 46 : 30;
    fprintf(out, "<svg role=\"img\" width=\"%d\" height=\"%zu\" viewBox=\"0 0 %d %zu\">\n", w,
            n * (size_t)h + 10, w, n * (size_t)h + 10);
    for (size_t i = 0; i < n; i++) {
        double v = max > 0 ? values[i] / max : 0;
        int y = (int)i * h + 5;
        fprintf(out, "<text x=\"0\" y=\"%d\" class=\"l\">", y + 19);
        html_clipped(out, labels[i], 44);
        fprintf(out, "</text><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"20\" class=\"bg\"/>"
                     "<rect x=\"%d\" y=\"%d\" width=\"%.0f\" height=\"20\" class=\"bar\"/>"
                     "<text x=\"%d\" y=\"%d\" class=\"v\">",
                label_w, y + 4, bar_w, label_w, y + 4, v * bar_w, label_w + bar_w + 8, y + 19);
        if (unit[0] == '%') {
            fprintf(out, "%.0f %%", values[i] * 100);
        } else {
            /* Norwegian writes a decimal comma */
            char num[32];
            snprintf(num, sizeof num, "%.2f", values[i]);
            if (strncmp(i18n_language(), "en", 2) != 0)
                for (char *c = num; *c; c++) if (*c == '.') *c = ',';
            fputs(num, out);
        }
        fputs("</text>\n", out);
        if (notes && notes[i]) {
            fprintf(out, "<text x=\"12\" y=\"%d\" class=\"n\">%s ", y + 37,
                    _("Most chosen:"));
            html_clipped(out, notes[i], 95);
            fputs("</text>\n", out);
        }
    }
    fputs("</svg>\n", out);
}

typedef struct {
    const char *label, *note;
    double value;
} Bar;

static int cmp_bar(const void *a, const void *b) {
    double x = ((const Bar *)a)->value, y = ((const Bar *)b)->value;
    return (y > x) - (y < x);
}

static void bars(FILE *out, Bar *b, size_t n, size_t most, double max, const char *unit) {
    qsort(b, n, sizeof *b, cmp_bar);
    if (n > most) n = most;
    const char *labels[64], *notes[64];
    double values[64];
    for (size_t i = 0; i < n && i < 64; i++) {
        labels[i] = b[i].label;
        notes[i] = b[i].note;
        values[i] = b[i].value;
    }
    bool any_note = false;
    for (size_t i = 0; i < n && i < 64; i++) any_note |= notes[i] != NULL;
    if (n == 0) fprintf(out, "<p class=\"none\">%s</p>\n", _("Nothing to show."));
    else svg_bars(out, labels, values, any_note ? notes : NULL, n < 64 ? n : 64, max, unit);
}

static void html_case(FILE *out, const ReportCase *c) {
    double mean, median;
    stats(c, &mean, &median);
    fputs("<section><h2>", out);
    html_text(out, c->title ? c->title : c->iri);
    fprintf(out, "</h2>\n<p>%s: <b>%d</b> · %s: <b>%.0f %%</b> · %s: <b>%.0f %%</b></p>\n",
            _("Playthroughs"), c->playthroughs, _("mean total"), isnan(mean) ? 0 : mean * 100,
            _("median"), isnan(median) ? 0 : median * 100);

    fprintf(out, "<h3>%s</h3>\n", _("Distribution of totals"));
    int bins[10] = {0}, top = 1;
    for (size_t k = 0; k < c->ntotals; k++) {
        int b = (int)(c->totals[k] * 10);
        bins[b > 9 ? 9 : b < 0 ? 0 : b]++;
    }
    for (int b = 0; b < 10; b++) if (bins[b] > top) top = bins[b];
    fputs("<svg role=\"img\" width=\"760\" height=\"200\" viewBox=\"0 0 760 200\">\n", out);
    for (int b = 0; b < 10; b++) {
        int hgt = bins[b] * 150 / top;
        fprintf(out, "<rect x=\"%d\" y=\"%d\" width=\"64\" height=\"%d\" class=\"bar\"/>"
                     "<text x=\"%d\" y=\"%d\" class=\"c\">%d</text>"
                     "<text x=\"%d\" y=\"195\" class=\"c\">%d–%d</text>\n",
                10 + b * 74, 170 - hgt, hgt, 42 + b * 74, 165 - hgt, bins[b], 42 + b * 74,
                b * 10, b * 10 + 10);
    }
    fputs("</svg>\n", out);

    Bar *b = calloc(c->nobservations + c->nconcern + c->ndecisions + 1, sizeof *b);
    if (!b) return;
    size_t n = 0;
    fprintf(out, "<h3>%s</h3>\n", _("Signals most often missed"));
    for (size_t k = 0; k < c->nobservations; k++)
        if (strcmp(c->observations[k].expert, "none") != 0 && c->observations[k].wrong)
            b[n++] = (Bar){c->observations[k].text, NULL,
                           rate(c->observations[k].wrong, c->observations[k].shown)};
    bars(out, b, n, 10, 1, "%");
    n = 0;
    fprintf(out, "<h3>%s</h3>\n", _("Details most often flagged without reason"));
    for (size_t k = 0; k < c->nobservations; k++)
        if (strcmp(c->observations[k].expert, "none") == 0 && c->observations[k].wrong)
            b[n++] = (Bar){c->observations[k].text, NULL,
                           rate(c->observations[k].wrong, c->observations[k].shown)};
    bars(out, b, n, 10, 1, "%");
    n = 0;
    fprintf(out, "<h3>%s</h3>\n", _("Mean concern error per scene (levels)"));
    double maxerr = 1;
    for (size_t k = 0; k < c->nconcern; k++) {
        double e = c->concern[k].answers ? c->concern[k].error_sum / c->concern[k].answers : 0;
        if (e > maxerr) maxerr = e;
        b[n++] = (Bar){c->concern[k].name, NULL, e};
    }
    bars(out, b, n, 64, maxerr, "");
    n = 0;
    fprintf(out, "<h3>%s</h3>\n", _("Decisions: share of participants who did not choose the best action"));
    for (size_t k = 0; k < c->ndecisions; k++)
        b[n++] = (Bar){c->decisions[k].name, c->decisions[k].most_chosen,
                       rate(c->decisions[k].taken - c->decisions[k].best, c->decisions[k].taken)};
    bars(out, b, n, 64, 1, "%");
    free(b);
    fputs("</section>\n", out);
}

void report_write_html(const ClassReport *r, FILE *out) {
    fprintf(out,
            "<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width\">\n<title>%s</title>\n"
            "<style>body{font-family:\"DejaVu Sans\",\"Noto Sans\",sans-serif;max-width:820px;"
            "margin:2em auto;padding:0 1em;color:#1b2733;background:#fff;line-height:1.45}"
            "h1{font-size:1.6em}h2{border-top:2px solid #d5dde5;padding-top:1em}"
            "h3{font-size:1.05em;margin-top:1.6em}svg{display:block;max-width:100%%}"
            ".bar{fill:#2c6e9b}.bg{fill:#e8eef3}.l,.v,.c{font-size:13px;fill:#1b2733}"
            ".c{text-anchor:middle}.n{font-size:12px;fill:#4a5a68}.none{color:#5b6b79}</style></head><body>\n"
            "<h1>%s</h1>\n<p>%s</p>\n",
            strncmp(i18n_language(), "en", 2) == 0 ? "en" : "nb", _("Blikk: class report"),
            _("Blikk: class report"),
            _("Figures from the exported results of the whole class. No names are shown."));
    if (r->ncases == 0) fprintf(out, "<p>%s</p>\n", _("No finished playthroughs were found."));
    for (size_t i = 0; i < r->ncases; i++) html_case(out, &r->cases[i]);
    fputs("</body></html>\n", out);
}

/* }====================================================== */
