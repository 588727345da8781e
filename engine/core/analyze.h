/*
** analyze.h — structural figures of a case for authors.
*/
#ifndef BLIKK_ANALYZE_H
#define BLIKK_ANALYZE_H

#include "blikk.h"

typedef struct {
    bool reachable;
    int shortest, longest;   /* steps from the start, the ending included */
    double best_points, worst_points;
} EndingPaths;

typedef struct {
    size_t scenes, decisions, endings, concern_points;
    size_t by_outcome[3];    /* OUTCOME_GOOD, _MIXED, _POOR */
    size_t by_kind[3];       /* OBS_RISK, _PROTECTIVE, _NEUTRAL */
    size_t reachable_scenes, reachable_endings;
    bool loops;              /* the case can go round in a loop */
    EndingPaths *paths;      /* per ending; figures count each loop once */
} CaseFigures;

/* Fills *out; free with analyze_free(). Linear in the size of the case. */
BlkStatus analyze_case(const Scenario *sc, CaseFigures *out);
void analyze_free(CaseFigures *f);

#endif
