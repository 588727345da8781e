/*
** fuzz_results.c — any bytes as a results database: opening, listing,
** replaying against the demo and exporting must give data or a message
** (a damaged file is moved aside), never a crash.
*/
#include <dirent.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../engine/core/export.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
    static Scenario *demo;
    static char dir[64], path[96], side[2][112];
    DiagList dl = {0};
    if (!demo && scenario_load("scenarios/demo.lua", NULL, &demo, &dl) != BLK_OK) abort();
    if (!dir[0]) {
        snprintf(dir, sizeof dir, "/tmp/blikk-fuzz-db-%d", (int)getpid());
        snprintf(path, sizeof path, "%s/r.sqlite", dir);
        snprintf(side[0], sizeof side[0], "%s-wal", path);
        snprintf(side[1], sizeof side[1], "%s-shm", path);
        mkdir(dir, 0700);
    }
    /* A fresh file each run; a damaged one is moved aside by design, so
       clear those too. */
    unlink(path);
    unlink(side[0]);
    unlink(side[1]);
    char pattern[128];
    snprintf(pattern, sizeof pattern, "%s.corrupt-", path);
    DIR *d = opendir(dir);
    struct dirent *e;
    while (d && (e = readdir(d))) {
        char full[512];
        snprintf(full, sizeof full, "%s/%s", dir, e->d_name);
        if (strncmp(full, pattern, strlen(pattern)) == 0) unlink(full);
    }
    if (d) closedir(d);
    FILE *f = fopen(path, "wb");
    if (!f) return 0;
    fwrite(data, 1, size, f);
    fclose(f);
    Results *r = NULL;
    if (results_open(path, &r, &dl) == BLK_OK) {
        PlaythroughInfo *list = NULL;
        size_t n = 0;
        if (results_list(r, false, &list, &n, &dl) == BLK_OK) {
            for (size_t i = 0; i < n && i < 8; i++) {
                Play *p = NULL;
                if (results_replay(r, demo, list[i].id, &p, &dl) == BLK_OK) play_free(p);
            }
        }
        free(list);
        FILE *null = fopen("/dev/null", "w");
        export_csv(r, CSV_DECISIONS, CSV_NORWEGIAN, null, &dl);
        export_xapi(r, null, &dl);
        fclose(null);
        results_close(r);
    }
    diag_free(&dl);
    return 0;
}
