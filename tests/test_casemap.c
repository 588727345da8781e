/*
** test_casemap.c — the map of a case that the debrief and author mode
** draw: layers from the start down, loops marked as going back, endings
** together at the bottom, everything inside the unit square.
*/
#include "../engine/core/casemap.h"
#include "testutil.h"

static int node(const Scenario *sc, const char *id) {
    NodeRef r;
    assert_true(scenario_find_node(sc, id, &r));
    return casemap_node(sc, r);
}

/* The demo: venterom (start) -> samtale -> oppsummering -> endings;
   samtale's second choice goes back to venterom; venterom's third goes
   straight to an ending. */
static void demo_map(void **state) {
    (void)state;
    DiagList dl = {0};
    Scenario *sc;
    assert_int_equal(scenario_load("scenarios/demo.lua", NULL, &sc, &dl), BLK_OK);
    CaseMap m;
    assert_int_equal(casemap_build(sc, &m), BLK_OK);
    assert_int_equal(m.nnodes, 6);
    assert_int_equal(m.nodes[node(sc, "venterom")].layer, 0);
    assert_int_equal(m.nodes[node(sc, "samtale")].layer, 1);
    assert_int_equal(m.nodes[node(sc, "oppsummering")].layer, 2);
    assert_int_equal(m.nodes[node(sc, "slutt_god")].layer, 3);
    assert_int_equal(m.nodes[node(sc, "slutt_glipp")].layer, 3); /* endings together */
    assert_int_equal(m.layers, 4);
    int back = 0;
    for (size_t e = 0; e < m.nedges; e++) {
        const MapEdge *ed = &m.edges[e];
        if (ed->back) {
            back++;
            assert_int_equal(ed->from, node(sc, "samtale"));
            assert_int_equal(ed->to, node(sc, "venterom"));
            assert_int_equal(ed->choice, 1);
        } else {
            assert_true(m.nodes[ed->to].layer > m.nodes[ed->from].layer);
        }
    }
    assert_int_equal(back, 1);
    for (size_t i = 0; i < m.nnodes; i++) {
        assert_true(m.nodes[i].reachable);
        assert_true(m.nodes[i].x > 0 && m.nodes[i].x < 1);
        assert_true(m.nodes[i].y > 0 && m.nodes[i].y < 1);
    }
    /* no two nodes on the same spot */
    for (size_t i = 0; i < m.nnodes; i++)
        for (size_t j = i + 1; j < m.nnodes; j++)
            assert_false(m.nodes[i].layer == m.nodes[j].layer && m.nodes[i].slot == m.nodes[j].slot);
    casemap_free(&m);
    scenario_free(sc);
    diag_free(&dl);
}

/* Every built-in case lays out with forward edges pointing down. */
static void builtin_maps(void **state) {
    (void)state;
    const char *const cases[] = {"gravid", "ungdom-cannabis", "eldre-forelder",
                                 "barn-som-parorende", NULL};
    for (int c = 0; cases[c]; c++) {
        char path[128];
        snprintf(path, sizeof path, "scenarios/%s.lua", cases[c]);
        DiagList dl = {0};
        Scenario *sc;
        assert_int_equal(scenario_load(path, NULL, &sc, &dl), BLK_OK);
        CaseMap m;
        assert_int_equal(casemap_build(sc, &m), BLK_OK);
        for (size_t e = 0; e < m.nedges; e++)
            if (!m.edges[e].back)
                assert_true(m.nodes[m.edges[e].to].layer > m.nodes[m.edges[e].from].layer);
        assert_true(m.widest >= 1 && m.layers >= 2);
        casemap_free(&m);
        scenario_free(sc);
        diag_free(&dl);
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(demo_map),
        cmocka_unit_test(builtin_maps),
    };
    return cmocka_run_group_tests_name("case map", tests, NULL, NULL);
}
