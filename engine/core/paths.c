/*
** paths.c — finds Blikk's data folder once: $BLIKK_DATA if set, else the
** executable's folder or one of the two above it when it holds assets/
** (running from the source tree, also a build such as build/asan/blikk),
** else the compiled-in BLIKK_DATADIR.
*/
#include "paths.h"

#include <limits.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#ifndef BLIKK_DATADIR
#define BLIKK_DATADIR "/usr/local/share/blikk"
#endif

const char *blikk_data_dir(void) {
    static char dir[PATH_MAX];
    if (dir[0]) return dir;
    const char *env = getenv("BLIKK_DATA");
    if (env && *env) {
        snprintf(dir, sizeof dir, "%s", env);
        return dir;
    }
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        for (int up = 0; up < 3; up++) {
            char *slash = strrchr(exe, '/');
            if (!slash) break;
            *slash = '\0';
            char probe[PATH_MAX + 16];
            snprintf(probe, sizeof probe, "%s/assets/mal.lua", exe);
            if (access(probe, R_OK) == 0) {
                snprintf(dir, sizeof dir, "%s", exe);
                return dir;
            }
        }
    }
    snprintf(dir, sizeof dir, "%s", BLIKK_DATADIR);
    return dir;
}
