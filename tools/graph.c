/*
** tools/graph.c — `blikk graph SCENARIO [-o FILE]`: the map of a case as
** Graphviz DOT: scenes as boxes, endings coloured by outcome, choices as
** edges labelled with their number and points, function `next` as dashed
** edges to each of its targets. With -o FILE.svg or FILE.png, Graphviz's
** `dot` (when installed) draws it.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../engine/core/blikk.h"
#include "../engine/core/i18n.h"
#include "cli.h"

static void usage(FILE *out) {
    fprintf(out, "%s", _(
        "Usage: blikk graph SCENARIO.lua [-o FILE]\n"
        "\n"
        "Writes the map of a case in Graphviz DOT: scenes as boxes, endings\n"
        "coloured by outcome (green good, yellow mixed, red poor), choices as\n"
        "arrows with their number and points, and dashed arrows for a 'next'\n"
        "function to each of its targets.\n"
        "\n"
        "Options:\n"
        "  -o FILE     write to FILE; FILE.svg or FILE.png are drawn with\n"
        "              Graphviz (apt-get install graphviz), FILE.dot is DOT\n"
        "  -h, --help  show this help\n"
        "\n"
        "Exit status: 0 written, 1 the case has errors or drawing failed,\n"
        "2 usage error.\n"));
}

/* A DOT string: quotes and backslashes escaped, long text shortened. */
static void dot_string(FILE *out, const char *s, size_t max) {
    fputc('"', out);
    size_t chars = 0;
    for (; *s; s++) {
        if ((*s & 0xC0) != 0x80 && ++chars > max) {
            fputs("…", out);
            break;
        }
        if (*s == '"' || *s == '\\') fputc('\\', out);
        if (*s == '\n') { fputs("\\n", out); continue; }
        fputc(*s, out);
    }
    fputc('"', out);
}

static const char *node_id(const Scenario *sc, NodeRef r) {
    return r.is_ending ? sc->endings[r.index].id : sc->scenes[r.index].id;
}

static void edges(FILE *out, const Scenario *sc, const Scene *s, const Jump *j,
                  const char *label) {
    if (j->id) {
        fprintf(out, "  \"%s\" -> \"%s\"", s->id, node_id(sc, j->target));
        if (label) {
            fputs(" [label=", out);
            dot_string(out, label, 40);
            fputc(']', out);
        }
        fputs(";\n", out);
    }
    for (size_t i = 0; i < j->ntargets; i++) {
        fprintf(out, "  \"%s\" -> \"%s\" [style=dashed", s->id, node_id(sc, j->targets[i]));
        if (label) {
            fputs(", label=", out);
            dot_string(out, label, 40);
        }
        fputs("];\n", out);
    }
}

static void graph_write_dot(const Scenario *sc, FILE *out) {
    static const char *const colours[] = {"#cfe8d4", "#f6e7b4", "#f3c9c5"};
    fputs("digraph case {\n  rankdir=TB;\n"
          "  node [fontname=\"DejaVu Sans\", fontsize=11, shape=box, style=\"rounded,filled\","
          " fillcolor=\"#eef3f7\", color=\"#5b7a93\"];\n"
          "  edge [fontname=\"DejaVu Sans\", fontsize=9, color=\"#5b6b79\"];\n", out);
    fputs("  label=", out);
    dot_string(out, sc->title, 80);
    fputs("; labelloc=t;\n", out);
    for (size_t i = 0; i < sc->nscenes; i++) {
        const Scene *s = &sc->scenes[i];
        char label[400];
        snprintf(label, sizeof label, "%s\n%s%s", s->id, s->title ? s->title : "",
                 s->concern ? " ⚑" : "");
        fprintf(out, "  \"%s\" [label=", s->id);
        dot_string(out, label, 60);
        if ((int)i == sc->start) fputs(", penwidth=2.5", out);
        fputs("];\n", out);
    }
    for (size_t i = 0; i < sc->nendings; i++) {
        const Ending *e = &sc->endings[i];
        char label[300];
        snprintf(label, sizeof label, "%s\n%s (%s)", e->id, e->title, outcome_name(e->outcome));
        fprintf(out, "  \"%s\" [shape=oval, fillcolor=\"%s\", label=", e->id, colours[e->outcome]);
        dot_string(out, label, 60);
        fputs("];\n", out);
    }
    for (size_t i = 0; i < sc->nscenes; i++) {
        const Scene *s = &sc->scenes[i];
        if (s->has_next) edges(out, sc, s, &s->next, NULL);
        for (size_t k = 0; k < s->nchoices; k++) {
            char label[300];
            snprintf(label, sizeof label, "%zu (%+g) %s", k + 1, s->choices[k].points,
                     s->choices[k].text);
            edges(out, sc, s, &s->choices[k].next, label);
        }
    }
    fputs("}\n", out);
}

int cmd_graph(int argc, char **argv) {
    const char *path = NULL, *output = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            usage(stdout);
            return 0;
        } else if (!strcmp(argv[i], "-o") || !strcmp(argv[i], "--output")) {
            if (i + 1 >= argc) {
                cli_error("%s", _("graph: -o needs a file name"));
                return EXIT_USAGE;
            }
            output = argv[++i];
        } else if (argv[i][0] == '-') {
            cli_error(_("graph: unknown option '%s' (see blikk graph --help)"), argv[i]);
            return EXIT_USAGE;
        } else if (!path) {
            path = argv[i];
        } else {
            cli_error(_("graph: one scenario at a time ('%s' is extra)"), argv[i]);
            return EXIT_USAGE;
        }
    }
    if (!path) {
        cli_error("%s", _("graph: name a scenario file"));
        return EXIT_USAGE;
    }
    DiagList dl = {0};
    Scenario *sc = NULL;
    if (scenario_load(path, NULL, &sc, &dl) != BLK_OK) {
        diag_print(&dl, stderr);
        diag_free(&dl);
        return EXIT_PROBLEMS;
    }
    diag_free(&dl);
    const char *ext = output ? strrchr(output, '.') : NULL;
    bool draw = ext && (!strcmp(ext, ".svg") || !strcmp(ext, ".png"));
    int status = 0;
    if (!draw) {
        OutFile of;
        FILE *f = outfile_open(&of, output);
        if (f) graph_write_dot(sc, f);
        status = f && outfile_close(&of, true) ? 0 : EXIT_PROBLEMS;
    } else {
        /* Graphviz reads DOT on its standard input; the file name is passed
           as an argument vector, never through a shell. */
        int fd[2];
        pid_t pid;
        if (pipe(fd) != 0 || (pid = fork()) < 0) {
            cli_error("%s", _("graph: cannot start Graphviz"));
            scenario_free(sc);
            return EXIT_PROBLEMS;
        }
        if (pid == 0) {
            dup2(fd[0], 0);
            close(fd[0]);
            close(fd[1]);
            char type[8];
            snprintf(type, sizeof type, "-T%s", ext + 1);
            execlp("dot", "dot", type, "-o", output, (char *)NULL);
            _exit(127);
        }
        close(fd[0]);
        FILE *f = fdopen(fd[1], "w");
        if (f) {
            graph_write_dot(sc, f);
            fclose(f);
        }
        int ws;
        waitpid(pid, &ws, 0);
        if (!WIFEXITED(ws) || WEXITSTATUS(ws) != 0) {
            cli_error(WIFEXITED(ws) && WEXITSTATUS(ws) == 127
                          ? _("graph: Graphviz is not installed (apt-get install graphviz); "
                              "use -o FILE.dot for the DOT text")
                          : _("graph: Graphviz could not draw %s"), output);
            status = EXIT_PROBLEMS;
        }
    }
    scenario_free(sc);
    return status;
}
