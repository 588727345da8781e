/*
** fuzz_text.c — any bytes as text markup (section 3): paragraphs, speech,
** *emphasis* and {var} must render or give a message.
*/
#include <stdlib.h>
#include <string.h>

#include "../engine/core/blikk.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

static bool lookup(void *ud, const char *name, size_t len, Value *out) {
    (void)ud;
    if (len == 1 && name[0] == 'n') { *out = (Value){VAL_NUMBER, 2.5, false, NULL}; return true; }
    if (len == 1 && name[0] == 's') { *out = (Value){VAL_STRING, 0, false, "Ida"}; return true; }
    return false;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
    static Scenario *sc;
    DiagList dl = {0};
    if (!sc && scenario_load("scenarios/demo.lua", NULL, &sc, &dl) != BLK_OK) abort();
    diag_free(&dl);
    char *text = malloc(size + 1);
    if (!text) return 0;
    memcpy(text, data, size);
    text[size] = '\0';
    TextDoc doc;
    char err[300];
    if (text_render(text, sc, lookup, NULL, &doc, err, sizeof err) == BLK_OK) text_free(&doc);
    free(text);
    return 0;
}
