/*
** fuzz_script.c — any bytes as a play script for the demo case: every
** line is an action or a message, never a crash.
*/
#include <stdlib.h>
#include <string.h>

#include "../engine/core/blikk.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
    static Scenario *sc;
    DiagList dl = {0};
    if (!sc && scenario_load("scenarios/demo.lua", NULL, &sc, &dl) != BLK_OK) abort();
    Play *p = NULL;
    if (play_new(sc, 1, &p, &dl) != BLK_OK) abort();
    char *text = malloc(size + 1);
    if (!text) return 0;
    memcpy(text, data, size);
    text[size] = '\0';
    for (char *line = text, *end; line; line = end ? end + 1 : NULL) {
        end = strchr(line, '\n');
        if (end) *end = '\0';
        ScriptAction done;
        play_run_line(p, line, &done, &dl);
        diag_clear(&dl);
    }
    Score s;
    if (score_compute(p, &s) == BLK_OK) {
        free(score_to_json(p, &s, 2));
        score_free(&s);
    }
    free(text);
    play_free(p);
    diag_free(&dl);
    return 0;
}
