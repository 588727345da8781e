/*
** paths.c — finds Blikk's data folder once: the executable's own folder
** when it holds assets/ (running from the source tree), else BLIKK_DATADIR.
*/
#include "paths.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#ifndef BLIKK_DATADIR
#define BLIKK_DATADIR "/usr/local/share/blikk"
#endif

const char *blikk_data_dir(void) {
    static char dir[PATH_MAX];
    if (dir[0]) return dir;
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0';
            char probe[PATH_MAX + 16];
            snprintf(probe, sizeof probe, "%s/assets", exe);
            if (access(probe, R_OK) == 0) {
                snprintf(dir, sizeof dir, "%s", exe);
                return dir;
            }
        }
    }
    snprintf(dir, sizeof dir, "%s", BLIKK_DATADIR);
    return dir;
}
