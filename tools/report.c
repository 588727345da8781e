/*
** tools/report.c — `blikk report FILES...`: one class report from the
** exports (xAPI files) or results databases that trainees hand in.
*/
#include <stdio.h>
#include <string.h>

#include "../engine/core/i18n.h"
#include "../engine/core/report.h"
#include "cli.h"

static void usage(FILE *out) {
    fprintf(out, "%s", _(
        "Usage: blikk report [--html FILE] [--csv FILE] FILE...\n"
        "\n"
        "Combines the results of a whole class into one report: per case the\n"
        "distribution of totals, the signals most often missed or flagged\n"
        "without reason, the mean concern error per scene and the decisions\n"
        "where most did not choose the best action.\n"
        "\n"
        "Each FILE is an xAPI export (blikk export --format xapi) or a results\n"
        "database. A playthrough handed in twice is counted once.\n"
        "\n"
        "Options:\n"
        "  --html FILE   write the report as one web page with charts\n"
        "  --csv FILE    write the figures as CSV (default: to standard output)\n"
        "  -h, --help    show this help\n"
        "\n"
        "Exit status: 0 written, 1 a file could not be read, 2 usage error.\n"));
}

int cmd_report(int argc, char **argv) {
    const char *html = NULL, *csv = NULL;
    int nfiles = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            usage(stdout);
            return 0;
        }
        if (strcmp(argv[i], "--html") == 0 || strcmp(argv[i], "--csv") == 0) {
            if (i + 1 >= argc) {
                cli_error(_("report: %s needs a file name"), argv[i]);
                return EXIT_USAGE;
            }
            *(strcmp(argv[i], "--html") == 0 ? &html : &csv) = argv[i + 1];
            argv[i] = argv[i + 1] = NULL;
            i++;
        } else if (argv[i][0] == '-') {
            cli_error(_("report: unknown option '%s' (see blikk report --help)"), argv[i]);
            return EXIT_USAGE;
        } else {
            nfiles++;
        }
    }
    if (nfiles == 0) {
        cli_error("%s", _("report: name the exported files of the class"));
        return EXIT_USAGE;
    }
    ClassReport *r = report_new();
    DiagList dl = {0};
    bool ok = r != NULL;
    for (int i = 1; ok && i < argc; i++)
        if (argv[i] && report_add_file(r, argv[i], &dl) != BLK_OK) ok = false;
    diag_print(&dl, stderr);
    if (ok && html) {
        OutFile of;
        FILE *f = outfile_open(&of, html);
        if (f) report_write_html(r, f);
        ok = f && outfile_close(&of, true);
    }
    if (ok && (csv || !html)) {
        OutFile of;
        FILE *f = outfile_open(&of, csv);
        if (f) report_write_csv(r, f);
        ok = f && outfile_close(&of, true);
    }
    report_free(r);
    diag_free(&dl);
    return ok ? 0 : EXIT_PROBLEMS;
}
