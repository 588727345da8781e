/*
** export.h — results out of the machine: CSV for spreadsheets and xAPI
** statements for a learning record store or an LMS.
*/
#ifndef BLIKK_EXPORT_H
#define BLIKK_EXPORT_H

#include <stdio.h>

#include "results.h"

typedef enum {
    CSV_NORWEGIAN, /* UTF-8 with BOM, ';', decimal comma: Excel/LibreOffice in nb */
    CSV_RFC4180    /* ',', decimal point, no BOM */
} CsvStyle;

typedef enum {
    CSV_PLAYTHROUGHS, /* one row per playthrough */
    CSV_DECISIONS,    /* one row per decision taken */
    CSV_OBSERVATIONS, /* one row per observation shown */
    CSV_CONCERN       /* one row per concern answer */
} CsvTable;

/* Writes every saved playthrough (finished or not) as CSV. The long
   tables replay each playthrough against its case file; a playthrough
   whose case cannot be loaded is skipped with a warning in dl. */
BlkStatus export_csv(Results *r, CsvTable table, CsvStyle style, FILE *out,
                     DiagList *dl);

/* Writes the xAPI statements of every finished playthrough as one JSON
   array: initialized, one `answered` per observation shown, per concern
   answer and per decision, and `completed` with the score. */
BlkStatus export_xapi(Results *r, FILE *out, DiagList *dl);

#endif
