/*
** author_priv.h — what author mode's own files share and nothing else needs:
** the helpers every part of it uses, the record of edits that the replay
** keeps and the state edits add to, the watcher's start and stop, and the
** overlay's rows, which the panel, its keys and the map all lay out. Not
** for the rest of the window: that goes through author.h.
*/
#ifndef BLIKK_UI_AUTHOR_PRIV_H
#define BLIKK_UI_AUTHOR_PRIV_H

#include <stdarg.h>

#include "app.h"
#include "author.h"

/* {====================================================== author.c */

/* A case is on screen and playing (scene, feedback, ending or result):
   the author panel and the bar's button belong to these screens only. */
bool author_in_play(const Ui *ui);

/* strdup that passes NULL through (the ids a step may not have). */
char *author_sdup(const char *s);
/* The time of day into buf, as the bar shows when the file was loaded. */
void author_stamp(char *buf, size_t size);
/* The bar's notice: what a reload could not keep, or what a fixture did.
   It stays until the trainee acts again (see author_build). */
void author_set_notice(Author *a, const Ui *ui, bool warn, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
/* A scene's id by index, or "?" (for messages). */
const char *author_scene_id(const Scenario *sc, int i);
/* A scene's index by id, or -1 (also for an ending's id). */
int author_find_scene(const Scenario *sc, const char *id);
/* A callback of the scenario failed: shows the error screen. */
void author_runtime_error(Ui *ui);

/* }====================================================== */

/* {====================================================== author_replay.c */

void author_step_free(Step *s);
Value author_value_copy(const Value *v);
/* Forgets the edits when they belong to another Play than the one in hand. */
void author_sync_edits(Ui *ui);
/* Records an edit (a set or a jump) at the current point of the Play in
   hand, so that a reload takes it again; takes `st`'s strings. */
void author_push_edit(Ui *ui, Step st);
/* Forgets the playthrough kept from a reload that could not take all of it. */
void author_pending_clear(Author *a);

/* }====================================================== */

/* {====================================================== author_watch.c */

/* Starts the inotify thread for the case file's folder; without it (no
   inotify, no thread) author mode still works, only without reloads. */
void author_watch_start(Author *a);
void author_watch_stop(Author *a);

/* }====================================================== */

/* {====================================================== screen_author_rows.c */

typedef enum {
    R_HEAD, R_HELP, R_SECTION, R_OBS, R_CONCERN, R_CHOICE, R_NEXT, R_VAR, R_FIX_SAVE, R_FIX,
    R_SCENE, R_NOTHING
} RowKind;

typedef struct {
    RowKind kind;
    int index;
    const char *text; /* R_HELP, R_SECTION, R_NOTHING */
} Row;

typedef struct {
    Row *rows;
    size_t n, cap;
    StateVar *vars; /* AT_STATE */
    size_t nvars;
    char section[3][160];
} Rows;

/* A pill with a label; returns its width; *h gets its height. With L NULL
   it only measures. */
int author_pill(Ui *ui, Layout *L, Layer ly, int x, int y, int maxw, const char *text,
                ColorRole fg, ColorRole bg, int *h);

/* The rows of a list tab (not the map), as the Play in hand has them. */
void author_rows_of(Ui *ui, AuthorTab tab, Rows *r);
void author_rows_free(Rows *r);
/* Lays out one row at (x, y), `w` wide; returns its height. */
int author_row(Ui *ui, Layout *L, Layer ly, const Rows *rs, const Row *r, int x, int y, int w);
/* The widget arg of a row that can take the focus, or -1. */
int author_row_arg(const Row *r);
/* The space between rows. */
int author_row_gap(const Ui *ui);
/* A row's height with the space after it, measured on the side. */
int author_row_height(Ui *ui, const Rows *rs, size_t i, int w);
/* The first row from which the rest all fit: as far as the tab scrolls. */
int author_rows_last_first(Ui *ui, const Rows *rs);

/* }====================================================== */

/* {====================================================== screen_author_map.c */

/* The Map tab's body in R: the key, and the case map with the path so far,
   scrolled by first[AT_MAP] pixels. */
void author_map_body(Ui *ui, Layout *L, Layer ly, SDL_Rect R);

/* }====================================================== */

#endif
