/*
** luamsg.h — Lua's own error messages in the user's language.
**
** Lua's parser and runtime write English ("'}' expected near 'next'",
** "attempt to index a nil value (field 'x')"); scenario authors in a
** Norwegian workshop should read what went wrong, and how to fix it, in
** Norwegian. The catalogue's source strings are Lua's exact words, so in
** English nothing changes.
*/
#ifndef BLIKK_LUAMSG_H
#define BLIKK_LUAMSG_H

#include <stddef.h>

/* Writes MSG — a message from Lua without its "file:line: " prefix — to
   OUT (SIZE bytes, always terminated) in the current language. A message
   Lua did not write, such as a scenario's own error("..."), is copied
   unchanged. */
void luamsg_translate(const char *msg, char *out, size_t size);

#endif
