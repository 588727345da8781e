/*
** fuzz_settings.c — any bytes as the window's settings file: it is read
** (a corrupt file gives defaults and a message) and written back, never a
** crash. The settings code has no SDL in it.
*/
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "../engine/ui/settings.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
    static char path[64], out[64];
    if (!path[0]) {
        snprintf(path, sizeof path, "/tmp/blikk-fuzz-settings-%d.json", (int)getpid());
        snprintf(out, sizeof out, "/tmp/blikk-fuzz-settings-%d.out.json", (int)getpid());
    }
    FILE *f = fopen(path, "wb");
    if (!f) return 0;
    fwrite(data, 1, size, f);
    fclose(f);
    Settings s;
    char err[512];
    settings_defaults(&s);
    settings_load(&s, path, err, sizeof err);
    settings_save(&s, out, err, sizeof err);
    /* what was written must read back */
    Settings again;
    settings_defaults(&again);
    if (!settings_load(&again, out, err, sizeof err)) abort();
    return 0;
}
