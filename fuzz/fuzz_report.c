/*
** fuzz_report.c — any bytes as an exported statement file for the class
** report: it is read or refused with a message, and the report is written.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../engine/core/report.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
    char *text = malloc(size + 1);
    if (!text) return 0;
    memcpy(text, data, size);
    text[size] = '\0';
    ClassReport *r = report_new();
    DiagList dl = {0};
    report_add_json(r, text, "fuzz", &dl);
    FILE *null = fopen("/dev/null", "w");
    report_write_csv(r, null);
    report_write_html(r, null);
    fclose(null);
    report_free(r);
    diag_free(&dl);
    free(text);
    return 0;
}
