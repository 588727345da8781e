/*
** fuzz_scenario.c — any bytes as a scenario file: loading, checking and a
** short random playthrough must end in a result or a message, never a
** crash, a hang or unbounded memory. Small budgets keep each run short.
*/
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "../engine/core/blikk.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
    static char path[64];
    if (!path[0]) snprintf(path, sizeof path, "/tmp/blikk-fuzz-%d.lua", (int)getpid());
    FILE *f = fopen(path, "wb");
    if (!f) return 0;
    fwrite(data, 1, size, f);
    fclose(f);
    LoadOptions opt = {.load_budget = 200000, .callback_budget = 50000,
                       .memory_budget = 8 * 1024 * 1024};
    DiagList dl = {0};
    Scenario *sc = NULL;
    if (scenario_load(path, &opt, &sc, &dl) == BLK_OK) {
        scenario_check(sc, &dl);
        Play *p = NULL;
        play_random_walk(sc, size, 40, &p, &dl);
        if (p) {
            Score s;
            if (score_compute(p, &s) == BLK_OK) {
                free(score_to_json(p, &s, 0));
                score_free(&s);
            }
            play_free(p);
        }
        scenario_free(sc);
    }
    diag_free(&dl);
    return 0;
}
