/*
** tools/export.c — `blikk export`: the saved results as CSV (for a
** spreadsheet) or xAPI statements (for a learning record store or LMS).
*/
#include <stdio.h>
#include <string.h>

#include "../engine/core/export.h"
#include "../engine/core/i18n.h"
#include "cli.h"

static void usage(FILE *out) {
    fprintf(out, "%s", _(
        "Usage: blikk export [--format csv|csv-rfc|xapi] [--table TABLE] [--db FILE]\n"
        "                    [-o FILE]\n"
        "\n"
        "Writes your saved results. Nothing leaves this machine unless you\n"
        "export it.\n"
        "\n"
        "Options:\n"
        "  --format csv      CSV for Excel or LibreOffice in Norwegian: UTF-8,\n"
        "                    ';' between fields, decimal comma (default)\n"
        "  --format csv-rfc  plain CSV (RFC 4180): ',' and decimal point\n"
        "  --format xapi     xAPI statements (JSON) for a learning record store\n"
        "  --table TABLE     for CSV: playthroughs (default, one row each),\n"
        "                    decisions, observations or concern (one row per\n"
        "                    decision, observation shown or concern answer)\n"
        "  --db FILE         the results file (default: under $XDG_DATA_HOME/blikk)\n"
        "  -o, --output FILE write to FILE instead of standard output\n"
        "  -h, --help        show this help\n"
        "\n"
        "Exit status: 0 written, 1 a problem with the results or the output,\n"
        "2 usage error.\n"));
}

int cmd_export(int argc, char **argv) {
    const char *format = "csv", *table = "playthroughs", *db = NULL, *output = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage(stdout);
            return 0;
        }
        const char **slot = strcmp(a, "--format") == 0 ? &format
                          : strcmp(a, "--table") == 0 ? &table
                          : strcmp(a, "--db") == 0 ? &db
                          : strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0 ? &output
                          : NULL;
        if (!slot) {
            cli_error(_("export: unknown argument '%s' (see blikk export --help)"), a);
            return EXIT_USAGE;
        }
        if (i + 1 >= argc) {
            cli_error(_("export: %s needs a value (see blikk export --help)"), a);
            return EXIT_USAGE;
        }
        *slot = argv[++i];
    }
    static const char *const tables[] = {"playthroughs", "decisions", "observations", "concern"};
    int t = -1;
    for (int i = 0; i < 4; i++)
        if (strcmp(table, tables[i]) == 0) t = i;
    bool xapi = strcmp(format, "xapi") == 0;
    if (t < 0 || (!xapi && strcmp(format, "csv") != 0 && strcmp(format, "csv-rfc") != 0)) {
        cli_error(_("export: unknown format or table '%s' (see blikk export --help)"),
                  t < 0 ? table : format);
        return EXIT_USAGE;
    }
    DiagList dl = {0};
    char path[4096];
    Results *r = NULL;
    int status = EXIT_PROBLEMS;
    if (!db) {
        if (!results_default_path(path, sizeof path, &dl)) goto done;
        db = path;
    }
    if (results_open(db, &r, &dl) != BLK_OK) goto done;
    OutFile of;
    FILE *out = outfile_open(&of, output);
    if (!out) goto done;
    BlkStatus st = xapi ? export_xapi(r, out, &dl)
                        : export_csv(r, (CsvTable)t,
                                     strcmp(format, "csv") == 0 ? CSV_NORWEGIAN : CSV_RFC4180,
                                     out, &dl);
    if (!outfile_close(&of, st == BLK_OK)) st = BLK_ERR_IO;
    if (st == BLK_OK) status = 0;
done:
    diag_print(&dl, stderr);
    diag_free(&dl);
    results_close(r);
    return status;
}
