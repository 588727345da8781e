/*
** tools/check.c — `blikk check SCENARIO...`: loads each file, runs the
** static checks and prints every problem as `FILE:LINE: error: MESSAGE`
** (or warning) on stderr. Exit 0 without errors, 1 with, 2 on misuse.
*/
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "../engine/core/blikk.h"
#include "../engine/core/i18n.h"
#include "cli.h"

static void usage(FILE *out) {
    fprintf(out, "%s", _(
        "Usage: blikk check [OPTIONS] SCENARIO.lua...\n"
        "\n"
        "Checks scenario files and reports every problem as\n"
        "  FILE:LINE: error: MESSAGE   or   FILE:LINE: warning: MESSAGE\n"
        "on standard error. Warnings do not fail the check.\n"
        "\n"
        "Options:\n"
        "  -q, --quiet   print nothing for files without problems\n"
        "  --json        print all problems as one JSON array on standard output\n"
        "                (for editors): [{\"file\", \"line\", \"severity\",\n"
        "                \"message\"}, ...]\n"
        "  -h, --help    show this help\n"
        "\n"
        "Exit status: 0 no errors, 1 errors found, 2 usage error.\n"));
}

static void add_json(json_t *arr, const DiagList *dl) {
    for (size_t i = 0; i < dl->count; i++) {
        const Diag *d = &dl->items[i];
        json_t *o = json_object();
        json_object_set_new(o, "file", json_string(d->file ? d->file : ""));
        json_object_set_new(o, "line", json_integer(d->line));
        json_object_set_new(o, "severity",
                            json_string(d->severity == DIAG_ERROR ? "error"
                                        : d->severity == DIAG_WARNING ? "warning" : "note"));
        json_object_set_new(o, "message", json_string(d->message));
        json_array_append_new(arr, o);
    }
}

int cmd_check(int argc, char **argv) {
    bool quiet = false, json = false;
    int nfiles = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            usage(stdout);
            return 0;
        } else if (strcmp(argv[i], "-q") == 0 || strcmp(argv[i], "--quiet") == 0) {
            quiet = true;
        } else if (strcmp(argv[i], "--json") == 0) {
            json = true;
        } else if (argv[i][0] == '-' && argv[i][1] != '\0') {
            cli_error(_("check: unknown option '%s' (see blikk check --help)"), argv[i]);
            return EXIT_USAGE;
        } else {
            nfiles++;
        }
    }
    if (nfiles == 0) {
        cli_error("%s", _("check: name at least one scenario file, e.g. "
                          "blikk check scenarios/demo.lua"));
        return EXIT_USAGE;
    }
    bool errors = false;
    json_t *all = json ? json_array() : NULL;
    for (int i = 1; i < argc; i++) {
        if (argv[i][0] == '-' && argv[i][1] != '\0') continue;
        DiagList dl = {0};
        Scenario *sc = NULL;
        scenario_load(argv[i], NULL, &sc, &dl);
        if (sc) scenario_check(sc, &dl);
        if (json) add_json(all, &dl);
        else diag_print(&dl, stderr);
        size_t ne = diag_count(&dl, DIAG_ERROR), nw = diag_count(&dl, DIAG_WARNING);
        if (ne) errors = true;
        else if (!quiet && !json && sc)
            printf(_("%s: ok (scenes: %zu, endings: %zu, observations: %zu, "
                     "warnings: %zu)\n"),
                   argv[i], sc->nscenes, sc->nendings, sc->nobservations, nw);
        scenario_free(sc);
        diag_free(&dl);
    }
    if (json) {
        json_dumpf(all, stdout, JSON_INDENT(2));
        putchar('\n');
        json_decref(all);
    }
    return errors ? EXIT_PROBLEMS : 0;
}
