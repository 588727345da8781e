/*
** arena.h — a bump allocator for data that lives exactly as long as its
** owner (a Scenario's strings and small arrays). Freed all at once.
*/
#ifndef BLIKK_ARENA_H
#define BLIKK_ARENA_H

#include <stddef.h>

typedef struct ArenaBlock ArenaBlock;
typedef struct {
    ArenaBlock *head;
} Arena;

/* Zeroed memory aligned for any type; NULL on exhaustion. */
void *arena_alloc(Arena *a, size_t size);
/* Copies `len` bytes and a terminating NUL. */
char *arena_strndup(Arena *a, const char *s, size_t len);
char *arena_strdup(Arena *a, const char *s);
void arena_free(Arena *a);

#endif
