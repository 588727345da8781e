/*
** report.h — the class report: a course leader combines the exports of a
** whole class (xAPI statement files, or results databases) and sees per
** case the distribution of totals, the signals most often missed or
** falsely flagged, the mean concern error per scene and the decisions
** where most chose a poor action.
*/
#ifndef BLIKK_REPORT_H
#define BLIKK_REPORT_H

#include <stdio.h>

#include "blikk.h"

typedef struct ClassReport ClassReport;

/* Per observation of a case: how often it was shown, missed, flagged. */
typedef struct {
    char *id, *text, *expert; /* expert: "risk", "protective" or "none" */
    int shown, wrong;         /* wrong: missed (risk/protective) or falsely flagged */
} ReportObservation;

typedef struct {
    char *scene, *name;
    int answers;
    double error_sum; /* sum of |given - expert| */
} ReportConcern;

typedef struct {
    char *scene, *name;
    int taken, best;   /* decisions taken here, and how many chose a best one */
    char *most_chosen; /* the text of the choice taken most often */
    int most_chosen_count;
} ReportDecision;

typedef struct {
    char *iri, *title;
    int playthroughs;
    double *totals;
    size_t ntotals;
    ReportObservation *observations;
    size_t nobservations;
    ReportConcern *concern;
    size_t nconcern;
    ReportDecision *decisions;
    size_t ndecisions;
} ReportCase;

ClassReport *report_new(void);
void report_free(ClassReport *r);

/* Adds one file: a JSON array of xAPI statements as `blikk export --format
   xapi` writes, or a results database (.sqlite), whose finished
   playthroughs are read the same way. Problems go to dl. */
BlkStatus report_add_file(ClassReport *r, const char *path, DiagList *dl);
/* Adds statements from a string (for tests and the databases). */
BlkStatus report_add_json(ClassReport *r, const char *json, const char *name,
                          DiagList *dl);

const ReportCase *report_cases(const ClassReport *r, size_t *n);

/* The report as CSV (one row per figure) and as one self-contained HTML
   page with inline SVG charts. */
void report_write_csv(const ClassReport *r, FILE *out);
void report_write_html(const ClassReport *r, FILE *out);

#endif
