/*
** main.c — the `blikk` program: dispatches to a subcommand, or opens the
** window. Sets up the interface language first, so every message is
** translated.
*/
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "../tools/cli.h"
#include "core/blikk.h"
#include "core/i18n.h"
#ifdef BLIKK_WITH_UI
#include "ui/ui.h"
#endif

static const struct {
    const char *name;
    int (*run)(int argc, char **argv);
} commands[] = {
    {"check", cmd_check},
    {"play", cmd_play},
    {"export", cmd_export},
    {"report", cmd_report},
    {"stats", cmd_stats},
    {"graph", cmd_graph},
    {"new", cmd_new},
};

void cli_error(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fputs("blikk: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

static void usage(FILE *out) {
    fprintf(out, "%s", _(
        "Usage: blikk [SCENARIO.lua]\n"
        "       blikk COMMAND [ARGS...]\n"
        "\n"
        "Blikk is a training simulator for early intervention on alcohol and\n"
        "drugs. Without a command it opens the window with the menu of cases\n"
        "(or the named case).\n"
        "\n"
        "Commands:\n"
        "  check SCENARIO...   check scenario files; report problems as FILE:LINE\n"
        "  play SCENARIO       play a case in the terminal, or from a script\n"
        "  new NAME            start a new case from the template\n"
        "  stats SCENARIO      structure of a case; --random N plays it N times\n"
        "  graph SCENARIO      the map of a case (Graphviz DOT, SVG, PNG)\n"
        "  export              write your saved results as CSV or xAPI\n"
        "  report FILE...      one report from the exported results of a class\n"
        "\n"
        "Options:\n"
        "  -h, --help          show this help ('blikk COMMAND --help' for a command)\n"
        "  --version           show the version\n"
        "  --author FILE       the window in author mode: reloads FILE when it is\n"
        "                      saved; F2 opens the author panel\n"
        "  --klasserom [FILE]  the window in classroom mode (projector and\n"
        "                      presenter views)\n"
        "  --screenshot OUT.png  render a screen of the window to a PNG, without\n"
        "                      a display (see blikk --screenshot --help)\n"
        "\n"
        "Environment: BLIKK_LANG=nb|en selects the language (default nb).\n"));
}

int main(int argc, char **argv) {
    i18n_init(NULL);
    if (argc >= 2) {
        for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
            if (strcmp(argv[1], commands[i].name) == 0)
                return commands[i].run(argc - 1, argv + 1);
        if (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0) {
            usage(stdout);
            return 0;
        }
        if (strcmp(argv[1], "--version") == 0) {
            printf("blikk %s (%s %d)\n", BLIKK_VERSION, _("scenario format"),
                   BLIKK_FORMAT_VERSION);
            return 0;
        }
#ifdef BLIKK_WITH_UI
        /* The window's own options (--screenshot ...) go to the window. */
        if (ui_is_option(argv[1])) return ui_main(argc, argv);
#endif
        if (argv[1][0] == '-') {
            cli_error(_("unknown option '%s' (see blikk --help)"), argv[1]);
            return EXIT_USAGE;
        }
    }
#ifdef BLIKK_WITH_UI
    return ui_main(argc, argv);
#else
    cli_error("%s", _("this build has no window; use 'blikk play SCENARIO' "
                      "to play in the terminal"));
    return EXIT_USAGE;
#endif
}
