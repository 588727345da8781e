/*
** cli.h — the subcommands of the `blikk` program. Each is a thin front end
** over the core (blikk.h): it parses its arguments, calls the core, prints,
** and returns the exit status the command-line contract promises
** (0 success, 1 problems found, 2 usage error).
*/
#ifndef BLIKK_CLI_H
#define BLIKK_CLI_H

#include <stdbool.h>
#include <stdio.h>

enum { EXIT_PROBLEMS = 1, EXIT_USAGE = 2 };

int cmd_check(int argc, char **argv);
int cmd_play(int argc, char **argv);
int cmd_export(int argc, char **argv);

/* An output file written atomically (outfile.c); path NULL is stdout. */
typedef struct {
    const char *path;
    char tmp[4200];
    FILE *f;
} OutFile;
FILE *outfile_open(OutFile *o, const char *path);
/* Commits the file if `ok`, else removes it; false (with a message) when
   it could not be written. */
bool outfile_close(OutFile *o, bool ok);

int cmd_report(int argc, char **argv);
int cmd_stats(int argc, char **argv);
int cmd_graph(int argc, char **argv);
int cmd_new(int argc, char **argv);

/* Prints "blikk: MESSAGE" to stderr (for usage problems). */
void cli_error(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

#endif
