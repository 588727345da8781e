/*
** test_report.c — the class report: 30 generated playthroughs of a real
** case are saved, exported as xAPI and combined; every figure of the
** report is checked against figures computed independently here, straight
** from the playthroughs.
*/
#include <math.h>

#include "../engine/core/export.h"
#include "../engine/core/report.h"
#include "testutil.h"

enum { PLAYERS = 30 };

/* Independent tallies, indexed like the scenario's arrays. */
static int shown[512], wrong[512];
static int concern_n[512];
static double concern_err[512];
static int taken[512], best[512];
static double total_sum;
static int finished;

static uint64_t rng_state = 12345;
static size_t rnd(size_t n) {
    rng_state = rng_state * 6364136223846793005u + 1442695040888963407u;
    return (size_t)(rng_state >> 33) % n;
}

static void tally(const Play *p) {
    const Scenario *sc = play_scenario(p);
    for (size_t i = 0; i < sc->nobservations; i++) {
        if (!play_shown(p, (int)i)) continue;
        shown[i]++;
        Mark m = play_mark_of(p, (int)i);
        ObsKind k = sc->observations[i].kind;
        bool right = (k == OBS_RISK && m == MARK_RISK) ||
                     (k == OBS_PROTECTIVE && m == MARK_PROTECTIVE) ||
                     (k == OBS_NEUTRAL && m == MARK_NONE);
        if (!right) wrong[i]++;
    }
    for (size_t s = 0; s < sc->nscenes; s++) {
        bool left;
        int given = play_concern_at(p, (int)s, &left);
        if (left) {
            concern_n[s]++;
            concern_err[s] += abs(given - sc->scenes[s].concern);
        }
    }
    size_t n;
    const Decision *d = play_decisions(p, &n);
    for (size_t i = 0; i < n; i++) {
        taken[d[i].scene]++;
        if (d[i].points >= d[i].best) best[d[i].scene]++;
    }
    Score s;
    assert_int_equal(score_compute(p, &s), BLK_OK);
    total_sum += s.total_scaled;
    finished++;
    score_free(&s);
}

static void class_report_matches_independent_figures(void **state) {
    (void)state;
    char db[128];
    snprintf(db, sizeof db, "/tmp/blikk-report-%d.sqlite", (int)getpid());
    unlink(db);
    DiagList dl = {0};
    Results *res;
    assert_int_equal(results_open(db, &res, &dl), BLK_OK);
    Scenario *sc;
    assert_int_equal(scenario_load("scenarios/ungdom-cannabis.lua", NULL, &sc, &dl), BLK_OK);
    assert_true(sc->nobservations < 512 && sc->nscenes < 512);
    for (int k = 0; k < PLAYERS; k++) {
        Play *p;
        assert_int_equal(play_new(sc, (uint64_t)k + 1, &p, &dl), BLK_OK);
        int64_t id;
        char name[32];
        snprintf(name, sizeof name, "deltaker-%02d", k);
        assert_int_equal(results_begin(res, p, name, MODE_SELF_STUDY, &id, &dl), BLK_OK);
        for (int step = 0; step < 500 && !play_view(p)->finished; step++) {
            const PlayView *v = play_view(p);
            for (size_t i = 0; i < v->scene->nobserve; i++)
                assert_int_equal(play_mark(p, v->scene->observe[i], (Mark)rnd(3), &dl), BLK_OK);
            if (v->scene->concern)
                assert_int_equal(play_concern(p, 1 + (int)rnd(5), &dl), BLK_OK);
            BlkStatus st = v->scene->has_next ? play_continue(p, &dl)
                                              : play_choose(p, rnd(v->noffered), &dl);
            assert_int_equal(st, BLK_OK);
        }
        assert_true(play_view(p)->finished);
        tally(p);
        results_detach(p);
        play_free(p);
    }
    /* Export as a trainee would, then combine as the course leader does;
       the same export added twice must count once. */
    char *json = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&json, &len);
    assert_int_equal(export_xapi(res, mem, &dl), BLK_OK);
    fclose(mem);
    ClassReport *r = report_new();
    assert_int_equal(report_add_json(r, json, "a.json", &dl), BLK_OK);
    assert_int_equal(report_add_json(r, json, "copy.json", &dl), BLK_OK);
    free(json);

    size_t ncases;
    const ReportCase *c = report_cases(r, &ncases);
    assert_int_equal(ncases, 1);
    assert_int_equal(c->playthroughs, PLAYERS);
    assert_int_equal(c->ntotals, PLAYERS);
    double sum = 0;
    for (size_t i = 0; i < c->ntotals; i++) sum += c->totals[i];
    assert_true(fabs(sum - total_sum) < 1e-9);

    size_t checked = 0;
    for (size_t i = 0; i < c->nobservations; i++) {
        int o = scenario_find_observation(sc, c->observations[i].id);
        assert_true(o >= 0);
        assert_int_equal(c->observations[i].shown, shown[o]);
        assert_int_equal(c->observations[i].wrong, wrong[o]);
        checked++;
    }
    size_t expected_obs = 0;
    for (size_t i = 0; i < sc->nobservations; i++) if (shown[i]) expected_obs++;
    assert_int_equal(checked, expected_obs);

    for (size_t i = 0; i < c->nconcern; i++) {
        NodeRef ref;
        assert_true(scenario_find_node(sc, c->concern[i].scene, &ref));
        assert_int_equal(c->concern[i].answers, concern_n[ref.index]);
        assert_true(fabs(c->concern[i].error_sum - concern_err[ref.index]) < 1e-9);
    }
    for (size_t i = 0; i < c->ndecisions; i++) {
        NodeRef ref;
        assert_true(scenario_find_node(sc, c->decisions[i].scene, &ref));
        assert_int_equal(c->decisions[i].taken, taken[ref.index]);
        assert_int_equal(c->decisions[i].best, best[ref.index]);
    }
    /* The page is self-contained: charts inline, nothing fetched. */
    char *html = NULL;
    mem = open_memstream(&html, &len);
    report_write_html(r, mem);
    fclose(mem);
    assert_non_null(strstr(html, "<svg"));
    assert_null(strstr(html, "http://"));
    assert_null(strstr(html, "src="));
    free(html);

    report_free(r);
    scenario_free(sc);
    results_close(res);
    diag_free(&dl);
    unlink(db);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(class_report_matches_independent_figures),
    };
    return cmocka_run_group_tests_name("class report", tests, NULL, NULL);
}
