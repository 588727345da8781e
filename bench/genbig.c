/*
** bench/genbig.c — writes a scenario with N scenes (default 10,000) to
** standard output, for measuring that loading and `check` stay linear.
** Each scene has an observation, a concern level and two choices, one
** behind a `when`, and text with a {var}.
*/
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    long n = argc > 1 ? strtol(argv[1], NULL, 10) : 10000;
    if (n < 1) n = 1;
    printf("scenario { id = 'stor', title = 'Stor', summary = 'S', role = 'R',\n"
           "  objectives = { 'O' }, start = 's0', state = { n = 0 },\n"
           "  competencies = { { id = 'x', name = 'X' } } }\n");
    for (long i = 0; i < n; i++) {
        char next[32];
        if (i + 1 < n) snprintf(next, sizeof next, "s%ld", i + 1);
        else snprintf(next, sizeof next, "slutt");
        printf("observation { id = 'o%ld', kind = '%s', text = 'Observasjon %ld',"
               " explain = 'Forklaring' }\n", i, i % 3 ? "risk" : "protective", i);
        printf("scene { id = 's%ld', title = 'Scene %ld',\n"
               "  text = [[Tekst for scene %ld. Verdien er {n}.]],\n"
               "  observe = { 'o%ld' }, concern = %ld, choices = {\n"
               "    { text = 'A', next = '%s', score = { x = 1 }, add = { n = 1 },"
               " feedback = 'f' },\n"
               "    { text = 'B', next = '%s', feedback = 'f',"
               " when = function(s) return s.n >= 0 end } } }\n",
               i, i, i, i, 1 + i % 5, next, next);
    }
    printf("ending { id = 'slutt', title = 'Slutt', text = 'T', outcome = 'good' }\n");
    return 0;
}
