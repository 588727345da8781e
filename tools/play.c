/*
** tools/play.c — `blikk play SCENARIO [--script FILE] [--seed N] [--json]`:
** plays a case without a window. Actions come one per line from the script
** or standard input (format, section 8). Without --json it prints a plain
** transcript that a screen reader reads well; with --json one result object.
** Every invalid action is an error naming the script line (exit 1).
*/
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../engine/core/blikk.h"
#include "../engine/core/i18n.h"
#include "../engine/core/results.h"
#include "../engine/core/strutil.h"
#include "cli.h"

typedef struct {
    const char *script_name; /* for messages: the file or "<stdin>" */
    int line;
    bool json, interactive;
    FILE *out;               /* the transcript; NULL with --json */
} Run;

static void usage(FILE *out) {
    fprintf(out, "%s", _(
        "Usage: blikk play SCENARIO.lua [--script FILE] [--seed N] [--json]\n"
        "\n"
        "Plays a case in the terminal. Actions are read one per line from\n"
        "FILE, or from standard input:\n"
        "  mark OBSERVATION risk|protective|none\n"
        "  concern LEVEL\n"
        "  choose N        (1 = the first choice offered now) or choose ID\n"
        "  continue        (in a scene without choices)\n"
        "  vote N COUNT    (classroom: the show of hands for choice N)\n"
        "'#' starts a comment.\n"
        "\n"
        "Options:\n"
        "  --script FILE   read the actions from FILE\n"
        "  --seed N        seed for math.random in the scenario (default 1)\n"
        "  --json          print only the result, as one JSON object\n"
        "  --save          save the playthrough with your results, action by\n"
        "                  action, as the window does\n"
        "  --resume        go on with the last unfinished saved playthrough of\n"
        "                  this case (implies --save)\n"
        "  --name NAME     your name or a pseudonym for the saved results\n"
        "  --db FILE       the results file (default: under $XDG_DATA_HOME/blikk)\n"
        "  -h, --help      show this help\n"
        "\n"
        "Exit status: 0 the case was played to an ending, 1 an invalid\n"
        "action or a scenario error, 2 usage error.\n"));
}

static void script_error(const Run *r, const char *fmt, const char *arg) {
    fprintf(stderr, "%s:%d: error: ", r->script_name, r->line);
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
}

/* Prints diagnostics from an action: usage problems name the script line,
   scenario failures their own file and line. */
static void report(const Run *r, DiagList *dl) {
    for (size_t i = 0; i < dl->count; i++) {
        const Diag *d = &dl->items[i];
        const char *sev = d->severity == DIAG_WARNING ? "warning" : "error";
        if (d->file && d->line > 0)
            fprintf(stderr, "%s:%d: %s: %s\n", d->file, d->line, sev, d->message);
        else if (d->file)
            fprintf(stderr, "%s: %s: %s\n", d->file, sev, d->message);
        else if (r->line > 0)
            fprintf(stderr, "%s:%d: %s: %s\n", r->script_name, r->line, sev, d->message);
        else
            fprintf(stderr, "blikk: %s: %s\n", sev, d->message);
    }
    diag_clear(dl);
}

/* {====================================================== transcript */

static void print_text(FILE *out, const Scenario *sc, const TextDoc *doc) {
    for (size_t i = 0; i < doc->nparas; i++) {
        const TextPara *p = &doc->paras[i];
        if (p->speaker == SPEAKER_YOU) fprintf(out, "%s: ", _("You"));
        else if (p->speaker >= 0) fprintf(out, "%s: ", sc->characters[p->speaker].name);
        for (size_t j = 0; j < p->nspans; j++)
            fprintf(out, p->spans[j].emph ? "*%s*" : "%s", p->spans[j].text);
        fputs("\n\n", out);
    }
}

/* Feedback written as a [[...]] block is laid out like scene text:
   paragraphs, no indentation. If it is not valid markup, it is printed
   with its white space folded. */
static void print_markup(FILE *out, const Scenario *sc, const char *label, const char *text) {
    TextDoc doc;
    char err[200];
    fprintf(out, "%s: ", label);
    if (text_render(text, sc, NULL, NULL, &doc, err, sizeof err) == BLK_OK) {
        for (size_t i = 0; i < doc.nparas; i++) {
            if (i) fputs("\n\n", out);
            for (size_t j = 0; j < doc.paras[i].nspans; j++)
                fprintf(out, doc.paras[i].spans[j].emph ? "*%s*" : "%s",
                        doc.paras[i].spans[j].text);
        }
        text_free(&doc);
    } else {
        bool space = false;
        for (const char *c = text; *c; c++) {
            bool ws = *c == ' ' || *c == '\n' || *c == '\t' || *c == '\r';
            if (ws) { space = true; continue; }
            if (space && c != text) fputc(' ', out);
            space = false;
            fputc(*c, out);
        }
    }
    fputs("\n\n", out);
}

static void print_view(const Run *r, const Play *p) {
    FILE *out = r->out;
    if (!out) return;
    const Scenario *sc = play_scenario(p);
    const PlayView *v = play_view(p);
    if (v->finished) {
        fprintf(out, "== %s: %s ==\n\n", _("Ending"), v->ending->title);
        print_text(out, sc, v->text);
        return;
    }
    const Scene *s = v->scene;
    fprintf(out, "== %s ==\n\n", s->title ? s->title : s->id);
    print_text(out, sc, v->text);
    if (s->nobserve) {
        fprintf(out, "%s\n", _("What do you notice? (mark ID risk|protective|none)"));
        for (size_t i = 0; i < s->nobserve; i++) {
            const Observation *o = &sc->observations[s->observe[i]];
            Mark m = play_mark_of(p, s->observe[i]);
            fprintf(out, "  [%s] %s: %s\n",
                    m == MARK_RISK ? _("risk") : m == MARK_PROTECTIVE ? _("protective") : " ",
                    o->id, o->text);
        }
        fputc('\n', out);
    }
    if (s->concern) {
        fprintf(out, "%s\n", _("How concerned are you? (concern N)"));
        for (int l = 1; l <= scenario_concern_levels(sc); l++)
            fprintf(out, "  %d %s%s\n", l, scenario_concern_label(sc, l),
                    v->concern == l ? _(" (your answer)") : "");
        fputc('\n', out);
    }
    if (s->has_next) {
        fprintf(out, "%s\n\n", _("(continue)"));
    } else {
        fprintf(out, "%s\n", _("What do you do? (choose N)"));
        for (size_t i = 0; i < v->noffered; i++)
            fprintf(out, "  %zu. %s\n", i + 1, s->choices[v->offered[i]].text);
        fputc('\n', out);
    }
}

static void print_number(FILE *out, const char *label, double v) {
    if (isnan(v)) fprintf(out, "  %-12s %s\n", label, "–");
    else fprintf(out, "  %-12s %3.0f %%\n", label, v * 100);
}

static void print_result(FILE *out, const Score *s) {
    fprintf(out, "== %s ==\n", _("Result"));
    print_number(out, _("Signals"), s->signals_scaled);
    print_number(out, _("Actions"), s->actions_scaled);
    print_number(out, _("Concern"), s->concern_scaled);
    print_number(out, _("Total"), s->total_scaled);
}

/* }====================================================== */


/* Runs one script line and prints what it did. Returns false on an
   error (already reported). */
static bool run_action(Run *r, Play *p, const char *line, DiagList *dl) {
    if (r->out && !r->interactive) fprintf(r->out, "> %s\n\n", line);
    ScriptAction done;
    if (play_run_line(p, line, &done, dl) != BLK_OK) {
        report(r, dl);
        return false;
    }
    const PlayView *v = play_view(p);
    if (done == SCRIPT_CHOOSE && r->out && v->last_choice && v->last_choice->feedback)
        print_markup(r->out, play_scenario(p), _("Feedback"), v->last_choice->feedback);
    if (done == SCRIPT_CHOOSE || done == SCRIPT_CONTINUE) print_view(r, p);
    return true;
}


/* Opens the results store and starts or resumes recording. */
static bool start_saving(const char *db_path, bool resume, const char *name,
                         Scenario *sc, uint64_t seed, Results **res, Play **p,
                         DiagList *dl) {
    char def[4096];
    if (!db_path) {
        if (!results_default_path(def, sizeof def, dl)) return false;
        db_path = def;
    }
    if (results_open(db_path, res, dl) != BLK_OK) return false;
    diag_print(dl, stderr); /* a warning about a file moved aside */
    diag_clear(dl);
    if (resume) {
        PlaythroughInfo *list;
        size_t n;
        if (results_list(*res, true, &list, &n, dl) != BLK_OK) return false;
        int64_t id = -1;
        for (size_t i = 0; i < n && id < 0; i++)
            if (strcmp(list[i].scenario_id, sc->id) == 0) id = list[i].id;
        free(list);
        if (id < 0) {
            diag_add(dl, DIAG_ERROR, NULL, 0, _("there is no unfinished playthrough of "
                                                "'%s' to resume"), sc->id);
            return false;
        }
        return results_resume(*res, sc, id, p, dl) == BLK_OK;
    }
    if (play_new(sc, seed, p, dl) != BLK_OK) return false;
    int64_t id;
    return results_begin(*res, *p, name, MODE_SELF_STUDY, &id, dl) == BLK_OK;
}

int cmd_play(int argc, char **argv) {
    const char *path = NULL, *script = NULL, *db_path = NULL, *name = NULL;
    bool save = false, resume = false;
    long seed = 1;
    Run r = {.script_name = "<stdin>"};
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage(stdout);
            return 0;
        } else if (strcmp(a, "--json") == 0) {
            r.json = true;
        } else if (strcmp(a, "--save") == 0) {
            save = true;
        } else if (strcmp(a, "--resume") == 0) {
            save = resume = true;
        } else if (strcmp(a, "--script") == 0 || strcmp(a, "--seed") == 0 ||
                   strcmp(a, "--name") == 0 || strcmp(a, "--db") == 0) {
            if (i + 1 >= argc) {
                cli_error(_("play: %s needs a value (see blikk play --help)"), a);
                return EXIT_USAGE;
            }
            if (strcmp(a, "--script") == 0) script = argv[++i];
            else if (strcmp(a, "--name") == 0) name = argv[++i];
            else if (strcmp(a, "--db") == 0) db_path = argv[++i];
            else if (!parse_long(argv[++i], &seed) || seed < 0) {
                cli_error(_("play: --seed takes a whole number from 0 up, not '%s'"), argv[i]);
                return EXIT_USAGE;
            }
        } else if (a[0] == '-' && a[1] != '\0') {
            cli_error(_("play: unknown option '%s' (see blikk play --help)"), a);
            return EXIT_USAGE;
        } else if (!path) {
            path = a;
        } else {
            cli_error(_("play: one scenario at a time ('%s' is extra)"), a);
            return EXIT_USAGE;
        }
    }
    if (!path) {
        cli_error("%s", _("play: name a scenario file, e.g. blikk play scenarios/demo.lua"));
        return EXIT_USAGE;
    }
    FILE *in = stdin;
    if (script) {
        in = fopen(script, "r");
        if (!in) {
            cli_error(_("play: cannot open the script %s: %s"), script, strerror(errno));
            return EXIT_PROBLEMS;
        }
        r.script_name = script;
    }
    r.interactive = !script && isatty(fileno(stdin));
    r.out = r.json ? NULL : stdout;

    int status = EXIT_PROBLEMS;
    DiagList dl = {0};
    Scenario *sc = NULL;
    Play *p = NULL;
    Results *res = NULL;
    if (scenario_load(path, NULL, &sc, &dl) != BLK_OK) {
        diag_print(&dl, stderr);
        goto done;
    }
    if (save ? !start_saving(db_path, resume, name, sc, (uint64_t)seed, &res, &p, &dl)
             : play_new(sc, (uint64_t)seed, &p, &dl) != BLK_OK) {
        report(&r, &dl);
        goto done;
    }
    if (r.out) {
        fprintf(r.out, "# %s\n\n%s\n\n", sc->title, sc->role);
        if (r.interactive)
            fprintf(r.out, "%s\n\n", _("Type the actions shown in brackets; Ctrl+D quits."));
    }
    print_view(&r, p);

    char *line = NULL;
    size_t cap = 0;
    bool ok = true;
    for (;;) {
        if (r.interactive && !play_view(p)->finished) {
            fputs("> ", stdout);
            fflush(stdout);
        }
        if (getline(&line, &cap, in) < 0) break;
        r.line++;
        char *hash = strchr(line, '#');
        if (hash) *hash = '\0'; /* so the transcript echoes only the action */
        char *c = line;
        while (*c == ' ' || *c == '\t') c++;
        size_t n = strlen(c);
        while (n && (c[n - 1] == '\n' || c[n - 1] == '\r' || c[n - 1] == ' ' || c[n - 1] == '\t'))
            c[--n] = '\0';
        if (!*c) continue;
        /* At a terminal a mistake is shown and the trainee tries again. */
        if (!run_action(&r, p, c, &dl) && !r.interactive) {
            ok = false;
            break;
        }
        if (r.interactive && play_view(p)->finished) break;
    }
    free(line);
    if (ok && !play_view(p)->finished) {
        const PlayView *v = play_view(p);
        script_error(&r, _("the actions ended before the case did (still in scene '%s')"),
                     v->scene ? v->scene->id : "?");
        ok = false;
    }
    if (ok) {
        Score s;
        if (score_compute(p, &s) == BLK_OK) {
            if (r.json) {
                char *json = score_to_json(p, &s, 2);
                if (json) {
                    puts(json);
                    free(json);
                    status = 0;
                }
            } else {
                print_result(stdout, &s);
                status = 0;
            }
            score_free(&s);
        }
    }
done:
    if (script && in) fclose(in);
    if (p && res) results_detach(p);
    play_free(p);
    results_close(res);
    scenario_free(sc);
    diag_free(&dl);
    return status;
}
