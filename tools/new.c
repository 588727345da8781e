/*
** tools/new.c — `blikk new NAME`: starts a case from the commented
** Norwegian template (assets/mal.lua), which passes `check` and plays.
*/
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../engine/core/i18n.h"
#include "../engine/core/paths.h"
#include "cli.h"

static void usage(FILE *out) {
    fprintf(out, "%s", _(
        "Usage: blikk new NAME [--dir FOLDER]\n"
        "\n"
        "Creates FOLDER/NAME.lua (FOLDER is scenarios by default) from a\n"
        "commented template in Norwegian, ready to edit. NAME may contain\n"
        "a-z, 0-9 and '-'. An existing file is never overwritten.\n"
        "Then: blikk check FOLDER/NAME.lua, blikk play FOLDER/NAME.lua.\n"
        "\n"
        "Exit status: 0 created, 1 it could not be created, 2 usage error.\n"));
}

int cmd_new(int argc, char **argv) {
    const char *name = NULL, *dir = "scenarios";
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            usage(stdout);
            return 0;
        } else if (!strcmp(argv[i], "--dir")) {
            if (i + 1 >= argc) {
                cli_error("%s", _("new: --dir needs a folder"));
                return EXIT_USAGE;
            }
            dir = argv[++i];
        } else if (argv[i][0] == '-' || name) {
            cli_error(_("new: unexpected '%s' (see blikk new --help)"), argv[i]);
            return EXIT_USAGE;
        } else {
            name = argv[i];
        }
    }
    if (!name || !*name || strspn(name, "abcdefghijklmnopqrstuvwxyz0123456789-") != strlen(name)) {
        cli_error("%s", _("new: give the case a name of a-z, 0-9 and '-', e.g. blikk new "
                          "rus-paa-jobben"));
        return EXIT_USAGE;
    }
    char tpl_path[4096], out_path[4096];
    snprintf(tpl_path, sizeof tpl_path, "%s/assets/mal.lua", blikk_data_dir());
    snprintf(out_path, sizeof out_path, "%s/%s.lua", dir, name);
    FILE *in = fopen(tpl_path, "rb");
    if (!in) {
        cli_error(_("new: the template %s is missing: %s"), tpl_path, strerror(errno));
        return EXIT_PROBLEMS;
    }
    mkdir(dir, 0755);
    /* "x": fail rather than overwrite someone's work. */
    FILE *out = fopen(out_path, "wx");
    if (!out) {
        cli_error(errno == EEXIST ? _("new: %s already exists; choose another name")
                                  : _("new: cannot create %s"), out_path);
        fclose(in);
        return EXIT_PROBLEMS;
    }
    /* The template's id is "mal"; the new case gets its own. */
    char line[4096];
    bool ok = true;
    while (fgets(line, sizeof line, in)) {
        char *id = strstr(line, "id = \"mal\"");
        if (id) {
            *id = '\0';
            ok &= fprintf(out, "%sid = \"%s\"%s", line, name, id + strlen("id = \"mal\"")) > 0;
        } else {
            ok &= fputs(line, out) >= 0;
        }
    }
    fclose(in);
    ok &= fclose(out) == 0;
    if (!ok) {
        cli_error(_("new: cannot write %s"), out_path);
        remove(out_path);
        return EXIT_PROBLEMS;
    }
    printf(_("Created %s. Next: blikk check %s, then blikk play %s\n"), out_path, out_path,
           out_path);
    return 0;
}
