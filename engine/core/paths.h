/*
** paths.h — where Blikk's own files are: the built-in cases, assets and
** translations live beside the executable (a build tree or a relocated
** install), else in the compiled-in data directory.
*/
#ifndef BLIKK_PATHS_H
#define BLIKK_PATHS_H

#include <stddef.h>

/* The folder holding scenarios/ and assets/. Never NULL. */
const char *blikk_data_dir(void);

#endif
