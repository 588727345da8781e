/*
** explore.c — random playthroughs, for authors who want to test a case
** exhaustively (`blikk stats --random N`) and for the benchmark. Each walk
** plays like a trainee would: marks each shown observation at random, gives
** a concern level where asked, picks an offered choice at random, and
** stops at an ending or after a step limit (a loop with no way out).
** Uses only the public play API.
*/
#include "blikk.h"
#include "i18n.h"

/* splitmix64: small, fast and good enough to pick choices. */
static uint64_t next_random(uint64_t *s) {
    uint64_t z = (*s += 0x9E3779B97F4A7C15u);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
    return z ^ (z >> 31);
}

static size_t pick(uint64_t *s, size_t n) { return (size_t)(next_random(s) % n); }

BlkStatus play_random_walk(const Scenario *sc, uint64_t seed, size_t max_steps,
                           Play **out, DiagList *dl) {
    uint64_t rng = seed;
    BlkStatus st = play_new(sc, seed, out, dl);
    if (st != BLK_OK) return st;
    Play *p = *out;
    int levels = scenario_concern_levels(sc);
    for (size_t step = 0; step < max_steps; step++) {
        const PlayView *v = play_view(p);
        if (v->finished) return BLK_OK;
        const Scene *s = v->scene;
        for (size_t i = 0; i < s->nobserve; i++)
            play_mark(p, s->observe[i], (Mark)pick(&rng, 3), dl);
        if (s->concern && v->concern == 0)
            play_concern(p, 1 + (int)pick(&rng, (size_t)levels), dl);
        st = s->has_next ? play_continue(p, dl)
                         : play_choose(p, pick(&rng, v->noffered), dl);
        if (st != BLK_OK) return st;
    }
    diag_add(dl, DIAG_ERROR, sc->path, play_view(p)->scene->line,
             _("no ending after %zu steps from scene '%s': is there a loop "
               "with no way out?"), max_steps, play_view(p)->scene->id);
    return BLK_ERR_RUNTIME;
}
