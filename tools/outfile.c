/*
** tools/outfile.c — output files written atomically: to "FILE.tmp", then
** flushed to disk and renamed over FILE, so a failed or interrupted write
** never leaves half a file where a good one was.
*/
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "../engine/core/i18n.h"
#include "cli.h"

FILE *outfile_open(OutFile *o, const char *path) {
    o->path = path;
    if (!path) {
        o->f = stdout;
        return o->f;
    }
    snprintf(o->tmp, sizeof o->tmp, "%s.tmp", path);
    o->f = fopen(o->tmp, "wb");
    if (!o->f) cli_error(_("cannot write %s: %s"), path, strerror(errno));
    return o->f;
}

bool outfile_close(OutFile *o, bool ok) {
    if (!o->path) return ok && fflush(stdout) == 0;
    if (!o->f) return false;
    ok = ok && fflush(o->f) == 0 && fsync(fileno(o->f)) == 0;
    ok = fclose(o->f) == 0 && ok;
    o->f = NULL;
    if (ok && rename(o->tmp, o->path) == 0) return true;
    int e = errno;
    remove(o->tmp);
    cli_error(_("cannot write %s: %s"), o->path, strerror(e));
    return false;
}
