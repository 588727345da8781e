/*
** catalog.h — the cases the menu offers: every *.lua in the repository's
** scenarios/ folder and in $XDG_DATA_HOME/blikk/scenarios, with what the
** menu shows of each (or the errors that keep it from loading), in menu
** order: the four built-in cases first, the demo last.
*/
#ifndef BLIKK_UI_CATALOG_H
#define BLIKK_UI_CATALOG_H

#include <SDL.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct {
    char *path;     /* the file */
    char *name;     /* file name without .lua */
    char *id, *title, *summary, *audience, *language; /* "" when absent */
    int minutes;    /* 0 when not given */
    bool ok;        /* loaded without errors */
    bool user;      /* from the user's folder */
    char *problems; /* !ok: the errors, one FILE:LINE line each */
} CaseInfo;

typedef struct {
    CaseInfo *items;
    size_t count;
    size_t loaded;      /* files run through scenario_load (not cached) */
    char dirs[2][4096]; /* repository folder, user folder */
    char cache[4096];   /* the menu cache file, "" for none */
} Catalog;

/* The folders to look in: `data_dir`/scenarios and the user's folder. */
void catalog_init(Catalog *c, const char *data_dir);
/* Loads every case now (blocking). What the menu shows of each file is
   kept in $XDG_CACHE_HOME/blikk/cases.json, keyed by the file's size,
   modification time and inode and by the program itself, so a start with
   no changed file runs no Lua at all. */
void catalog_scan(Catalog *c);
void catalog_free(Catalog *c);

/* The user's folder for own cases ($XDG_DATA_HOME/blikk/scenarios). */
bool catalog_user_dir(char *out, size_t size);
/* Reads one case's menu entry (used for a file named on the command line). */
bool catalog_read(const char *path, CaseInfo *out);
void catalog_info_free(CaseInfo *ci);

#endif
