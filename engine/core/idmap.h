/*
** idmap.h — a hash map from id strings to small integers, so that resolving
** references and checking a 10,000-scene scenario stays linear.
*/
#ifndef BLIKK_IDMAP_H
#define BLIKK_IDMAP_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    const char **keys; /* borrowed: the strings must outlive the map */
    int *values;
    size_t cap, count;
} IdMap;

/* Inserts key → value unless the key is present. Returns false on memory
   exhaustion; *existing gets the old value (or -1 when inserted). */
bool idmap_put(IdMap *m, const char *key, int value, int *existing);
/* -1 when absent. */
int idmap_get(const IdMap *m, const char *key);
void idmap_free(IdMap *m);

#endif
