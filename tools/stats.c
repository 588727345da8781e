/*
** tools/stats.c — `blikk stats SCENARIO [--random N] [--json]`: the
** structure of a case for its author, and with --random the outcome of N
** random playthroughs run in-process (fast enough for an exhaustive test).
*/
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../engine/core/analyze.h"
#include "../engine/core/i18n.h"
#include "cli.h"

static void usage(FILE *out) {
    fprintf(out, "%s", _(
        "Usage: blikk stats SCENARIO.lua [--random N] [--seed S] [--json]\n"
        "\n"
        "Shows the structure of a case: scenes, decisions, endings by outcome,\n"
        "observations by kind, and for each ending the shortest and longest way\n"
        "to it and the best and worst action points on the way (loops counted\n"
        "once; 'when' conditions are not evaluated).\n"
        "\n"
        "Options:\n"
        "  --random N   also play N random playthroughs and show how often each\n"
        "               ending is reached and how the totals spread\n"
        "  --seed S     first seed of the random playthroughs (default 1)\n"
        "  --json       print the figures as one JSON object\n"
        "  -h, --help   show this help\n"
        "\n"
        "Exit status: 0 done, 1 the case has errors or a playthrough failed,\n"
        "2 usage error.\n"));
}

typedef struct {
    long runs, failed;
    long *offered;  /* per choice (scene by scene, in order): times offered */
    size_t *first;  /* index of each scene's first choice in `offered` */
    long *endings;  /* per ending */
    long bins[10];  /* totals by tenths */
    double sum, min, max;
    long scored;
    char first_error[600];
} RandomRuns;

static BlkStatus run_random(const Scenario *sc, long n, long seed, RandomRuns *r) {
    r->endings = calloc(sc->nendings + 1, sizeof *r->endings);
    r->first = calloc(sc->nscenes + 1, sizeof *r->first);
    if (!r->endings || !r->first) return BLK_ERR_NOMEM;
    for (size_t i = 0; i < sc->nscenes; i++)
        r->first[i + 1] = r->first[i] + sc->scenes[i].nchoices;
    r->offered = calloc(r->first[sc->nscenes] + 1, sizeof *r->offered);
    if (!r->offered) return BLK_ERR_NOMEM;
    r->min = INFINITY;
    r->max = -INFINITY;
    DiagList dl = {0};
    for (long i = 0; i < n; i++) {
        Play *p = NULL;
        BlkStatus st = play_random_walk(sc, (uint64_t)(seed + i), 10000, &p, &dl);
        r->runs++;
        if (st != BLK_OK) {
            r->failed++;
            if (!r->first_error[0] && dl.count) {
                const Diag *d = &dl.items[dl.count - 1];
                snprintf(r->first_error, sizeof r->first_error, "%s:%d: %s (seed %ld)",
                         d->file ? d->file : "", d->line, d->message, seed + i);
            }
        } else {
            r->endings[play_view(p)->ending_index]++;
            size_t nd;
            const Decision *d = play_decisions(p, &nd);
            for (size_t k = 0; k < nd; k++)
                for (size_t o = 0; o < d[k].noffered; o++)
                    r->offered[r->first[d[k].scene] + (size_t)d[k].offered[o]]++;
            Score s;
            if (score_compute(p, &s) == BLK_OK && !isnan(s.total_scaled)) {
                double t = s.total_scaled;
                r->sum += t;
                r->scored++;
                if (t < r->min) r->min = t;
                if (t > r->max) r->max = t;
                int b = (int)(t * 10);
                r->bins[b > 9 ? 9 : b < 0 ? 0 : b]++;
            }
            score_free(&s);
        }
        play_free(p);
        diag_clear(&dl);
    }
    diag_free(&dl);
    return BLK_OK;
}

static json_t *to_json(const Scenario *sc, const CaseFigures *f, const RandomRuns *r) {
    json_t *o = json_object();
    json_object_set_new(o, "scenario", json_string(sc->id));
    json_object_set_new(o, "scenes", json_integer((json_int_t)f->scenes));
    json_object_set_new(o, "decisions", json_integer((json_int_t)f->decisions));
    json_object_set_new(o, "concern_points", json_integer((json_int_t)f->concern_points));
    json_object_set_new(o, "loops", json_boolean(f->loops));
    json_t *e = json_object();
    for (int i = 0; i < 3; i++)
        json_object_set_new(e, outcome_name((Outcome)i), json_integer((json_int_t)f->by_outcome[i]));
    json_object_set_new(o, "endings_by_outcome", e);
    json_t *k = json_object();
    for (int i = 0; i < 3; i++)
        json_object_set_new(k, obs_kind_name((ObsKind)i), json_integer((json_int_t)f->by_kind[i]));
    json_object_set_new(o, "observations_by_kind", k);
    json_t *ends = json_array();
    for (size_t i = 0; i < sc->nendings; i++) {
        const EndingPaths *p = &f->paths[i];
        json_t *x = json_object();
        json_object_set_new(x, "id", json_string(sc->endings[i].id));
        json_object_set_new(x, "outcome", json_string(outcome_name(sc->endings[i].outcome)));
        json_object_set_new(x, "reachable", json_boolean(p->reachable));
        if (p->reachable) {
            json_object_set_new(x, "shortest", json_integer(p->shortest));
            json_object_set_new(x, "longest", json_integer(p->longest));
            json_object_set_new(x, "best_points", json_real(p->best_points));
            json_object_set_new(x, "worst_points", json_real(p->worst_points));
        }
        if (r) json_object_set_new(x, "random_reached", json_integer(r->endings[i]));
        json_array_append_new(ends, x);
    }
    json_object_set_new(o, "endings", ends);
    if (r) {
        json_t *rr = json_object();
        json_object_set_new(rr, "runs", json_integer(r->runs));
        json_object_set_new(rr, "failed", json_integer(r->failed));
        if (r->first_error[0]) json_object_set_new(rr, "first_error", json_string(r->first_error));
        json_object_set_new(rr, "total_mean", r->scored ? json_real(r->sum / r->scored) : json_null());
        json_object_set_new(rr, "total_min", r->scored ? json_real(r->min) : json_null());
        json_object_set_new(rr, "total_max", r->scored ? json_real(r->max) : json_null());
        json_t *bins = json_array();
        for (int i = 0; i < 10; i++) json_array_append_new(bins, json_integer(r->bins[i]));
        json_object_set_new(rr, "total_by_tenths", bins);
        json_t *never = json_array();
        for (size_t i = 0; i < sc->nscenes; i++) {
            bool visited = false;
            for (size_t c = 0; c < sc->scenes[i].nchoices; c++)
                visited |= r->offered[r->first[i] + c] > 0;
            for (size_t c = 0; visited && c < sc->scenes[i].nchoices; c++)
                if (!r->offered[r->first[i] + c])
                    json_array_append_new(never, json_string(sc->scenes[i].choices[c].id));
        }
        json_object_set_new(rr, "never_offered", never);
        json_object_set_new(o, "random", rr);
    }
    return o;
}

static void print_text(const Scenario *sc, const CaseFigures *f, const RandomRuns *r) {
    printf("%s (%s)\n\n", sc->title, sc->path);
    printf(_("Scenes: %zu (decisions: %zu, concern asked: %zu)\n"), f->scenes, f->decisions,
           f->concern_points);
    printf(_("Endings: %zu good, %zu mixed, %zu poor\n"), f->by_outcome[OUTCOME_GOOD],
           f->by_outcome[OUTCOME_MIXED], f->by_outcome[OUTCOME_POOR]);
    printf(_("Observations: %zu risk, %zu protective, %zu neutral\n"), f->by_kind[OBS_RISK],
           f->by_kind[OBS_PROTECTIVE], f->by_kind[OBS_NEUTRAL]);
    printf(_("Reachable: %zu of %zu scenes, %zu of %zu endings%s\n\n"), f->reachable_scenes,
           f->scenes, f->reachable_endings, f->endings,
           f->loops ? _("; the case has loops") : "");
    printf("%-24s %-7s %8s %8s %8s %8s%s\n", _("ending"), _("outcome"), _("shortest"),
           _("longest"), _("best"), _("worst"), r ? _("   random") : "");
    for (size_t i = 0; i < sc->nendings; i++) {
        const EndingPaths *p = &f->paths[i];
        printf("%-24s %-7s ", sc->endings[i].id, outcome_name(sc->endings[i].outcome));
        if (p->reachable)
            printf("%8d %8d %8g %8g", p->shortest, p->longest, p->best_points, p->worst_points);
        else
            printf("%35s", _("not reachable"));
        if (r) printf("   %5.1f %%", r->runs ? 100.0 * r->endings[i] / r->runs : 0);
        putchar('\n');
    }
    if (!r) return;
    printf(_("\nRandom playthroughs: %ld, failed: %ld\n"), r->runs, r->failed);
    /* A choice never offered may have a `when` that can never be true. */
    for (size_t i = 0; i < sc->nscenes; i++) {
        bool visited = false;
        for (size_t k = 0; k < sc->scenes[i].nchoices; k++)
            visited |= r->offered[r->first[i] + k] > 0;
        for (size_t k = 0; visited && k < sc->scenes[i].nchoices; k++)
            if (!r->offered[r->first[i] + k])
                printf(_("Never offered: choice %zu of scene '%s' (is its 'when' ever "
                         "true?)\n"), k + 1, sc->scenes[i].id);
    }
    if (r->first_error[0]) printf(_("First failure: %s\n"), r->first_error);
    if (r->scored) {
        printf(_("Total: mean %.0f %%, lowest %.0f %%, highest %.0f %%\n"), 100 * r->sum / r->scored,
               100 * r->min, 100 * r->max);
        for (int i = 0; i < 10; i++) {
            int width = (int)(40.0 * r->bins[i] / r->runs + 0.5);
            printf("  %3d–%3d %% %6ld %.*s\n", i * 10, i * 10 + 10, r->bins[i], width,
                   "########################################");
        }
    }
}

int cmd_stats(int argc, char **argv) {
    const char *path = NULL;
    long n = 0, seed = 1;
    bool json = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage(stdout);
            return 0;
        } else if (!strcmp(a, "--json")) {
            json = true;
        } else if (!strcmp(a, "--random") || !strcmp(a, "--seed")) {
            char *end;
            long v = i + 1 < argc ? strtol(argv[i + 1], &end, 10) : -1;
            if (i + 1 >= argc || *end || v < (strcmp(a, "--seed") ? 1 : 0)) {
                cli_error(_("stats: %s takes a whole number (see blikk stats --help)"), a);
                return EXIT_USAGE;
            }
            *(strcmp(a, "--seed") ? &n : &seed) = v;
            i++;
        } else if (a[0] == '-') {
            cli_error(_("stats: unknown option '%s' (see blikk stats --help)"), a);
            return EXIT_USAGE;
        } else if (!path) {
            path = a;
        } else {
            cli_error(_("stats: one scenario at a time ('%s' is extra)"), a);
            return EXIT_USAGE;
        }
    }
    if (!path) {
        cli_error("%s", _("stats: name a scenario file"));
        return EXIT_USAGE;
    }
    DiagList dl = {0};
    Scenario *sc = NULL;
    int status = EXIT_PROBLEMS;
    CaseFigures f = {0};
    RandomRuns r = {0};
    if (scenario_load(path, NULL, &sc, &dl) != BLK_OK) {
        diag_print(&dl, stderr);
        goto done;
    }
    if (analyze_case(sc, &f) != BLK_OK || (n && run_random(sc, n, seed, &r) != BLK_OK)) goto done;
    if (json) {
        json_t *o = to_json(sc, &f, n ? &r : NULL);
        json_dumpf(o, stdout, JSON_INDENT(2) | JSON_REAL_PRECISION(10));
        putchar('\n');
        json_decref(o);
    } else {
        print_text(sc, &f, n ? &r : NULL);
    }
    status = r.failed ? EXIT_PROBLEMS : 0;
done:
    free(r.endings);
    free(r.offered);
    free(r.first);
    analyze_free(&f);
    scenario_free(sc);
    diag_free(&dl);
    return status;
}
