/*
** tools/check.c — `blikk check SCENARIO...`: loads each file, runs the
** static checks and prints every problem as `FILE:LINE: error: MESSAGE`
** (or warning) on stderr. Exit 0 without errors, 1 with, 2 on misuse.
*/
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../engine/core/blikk.h"
#include "../engine/core/i18n.h"
#include "../engine/core/strutil.h"
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
        "  --no-advice   leave out the advice on teaching quality (a case with\n"
        "                no neutral detail, feedback that repeats the choice ...)\n"
        "  --json        print all problems as one JSON array on standard output\n"
        "                (for editors): [{\"file\", \"line\", \"severity\",\n"
        "                \"message\"}, ...]\n"
        "  -h, --help    show this help\n"
        "\n"
        "Exit status: 0 no errors, 1 errors found, 2 usage error.\n"));
}

/* JSON text must be UTF-8; a file name need not be. Invalid bytes become
   U+FFFD so the entry is kept rather than dropped. */
static json_t *lossy_string(const char *s) {
    json_t *j = json_string(s);
    if (j) return j;
    size_t n = strlen(s);
    char *buf = malloc(n * 3 + 1), *o = buf;
    if (!buf) return json_string("?");
    while (*s) {
        size_t ok = utf8_check(s, strlen(s));
        memcpy(o, s, ok);
        o += ok;
        s += ok;
        if (*s) {
            memcpy(o, "\xEF\xBF\xBD", 3);
            o += 3;
            s++;
        }
    }
    *o = '\0';
    j = json_string(buf);
    free(buf);
    return j ? j : json_string("?");
}

static void add_json(json_t *arr, const DiagList *dl) {
    for (size_t i = 0; i < dl->count; i++) {
        const Diag *d = &dl->items[i];
        json_t *o = json_object();
        json_object_set_new(o, "file", lossy_string(d->file ? d->file : ""));
        json_object_set_new(o, "line", json_integer(d->line));
        json_object_set_new(o, "severity",
                            json_string(d->severity == DIAG_ERROR ? "error"
                                        : d->severity == DIAG_WARNING ? "warning" : "note"));
        json_object_set_new(o, "message", lossy_string(d->message));
        json_array_append_new(arr, o);
    }
}

int cmd_check(int argc, char **argv) {
    bool quiet = false, json = false, advice = true;
    int nfiles = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            usage(stdout);
            return 0;
        } else if (strcmp(argv[i], "-q") == 0 || strcmp(argv[i], "--quiet") == 0) {
            quiet = true;
        } else if (strcmp(argv[i], "--json") == 0) {
            json = true;
        } else if (strcmp(argv[i], "--no-advice") == 0) {
            advice = false;
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
        if (sc && advice) scenario_advise(sc, &dl);
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
