/*
** strutil.h — small string helpers the core needs in several places.
*/
#ifndef BLIKK_STRUTIL_H
#define BLIKK_STRUTIL_H

#include <stdbool.h>
#include <stddef.h>

/* Returns the byte offset of the first invalid UTF-8 sequence in s[0..len),
   or len when all of it is valid (overlongs and surrogates are invalid). */
size_t utf8_check(const char *s, size_t len);
/* Line number (1-based) of byte offset `off` in s. */
int line_of_offset(const char *s, size_t off);
/* The candidate closest to `word` by edit distance, if close enough to be a
   plausible typo; NULL otherwise. */
const char *suggest(const char *word, const char *const *candidates,
                    size_t n);
/* A whole decimal number and nothing else ("12", "-3"); false on junk or
   overflow. */
bool parse_long(const char *s, long *out);
/* [a-z_][a-z0-9_]* */
bool is_identifier(const char *s);
/* [a-z0-9-]+ */
bool is_scenario_id(const char *s);

#endif
