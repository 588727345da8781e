/*
** bench/playbench.c — headless playthroughs per second of a case: loads
** the scenario once and runs N random playthroughs in-process, as
** `blikk stats --random` will. Prints one line per scenario.
*/
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "../engine/core/blikk.h"

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    long n = argc > 2 ? strtol(argv[1], NULL, 10) : 0;
    if (n <= 0) {
        fprintf(stderr, "usage: playbench N SCENARIO...\n");
        return 2;
    }
    int status = 0;
    for (int a = 2; a < argc; a++) {
        DiagList dl = {0};
        Scenario *sc = NULL;
        double t0 = now();
        if (scenario_load(argv[a], NULL, &sc, &dl) != BLK_OK) {
            diag_print(&dl, stderr);
            diag_free(&dl);
            status = 1;
            continue;
        }
        double t1 = now();
        long ended = 0;
        for (long i = 0; i < n; i++) {
            Play *p = NULL;
            if (play_random_walk(sc, (uint64_t)i + 1, 100000, &p, &dl) == BLK_OK) {
                Score s;
                if (score_compute(p, &s) == BLK_OK) ended++;
                score_free(&s);
            }
            play_free(p);
            diag_clear(&dl);
        }
        double t2 = now();
        printf("%-36s load %6.1f ms  %ld playthroughs in %.3f s = %8.0f per second\n",
               argv[a], (t1 - t0) * 1000, ended, t2 - t1, (double)n / (t2 - t1));
        scenario_free(sc);
        diag_free(&dl);
    }
    return status;
}
