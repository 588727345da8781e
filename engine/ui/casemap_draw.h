/*
** casemap_draw.h — draws the map of a case (casemap.h) into a Layout:
** scenes and endings as labelled boxes in layers from the start down,
** edges as right-angled lines (loops dashed, on the left), the endings
** coloured by outcome, and optionally a playthrough's path highlighted.
** Used by the debrief and by author mode.
*/
#ifndef BLIKK_UI_CASEMAP_DRAW_H
#define BLIKK_UI_CASEMAP_DRAW_H

#include "../core/casemap.h"
#include "app.h"

/* The height the map of `sc` takes when drawn `w` pixels wide. */
int casemap_draw_height(Ui *ui, const Scenario *sc, const CaseMap *m, int w);

/* Draws `m` (built from `sc`) into r on `layer`, r.h <= 0 meaning its
   natural height. `path` (NULL: none) is a playthrough's nodes in order
   (play_path): those nodes and the edges between them are highlighted.
   With `action` other than ACT_NONE every node is also a widget with that
   action and arg = the node's index (casemap_node). `lit` (NULL: not
   wanted) gets one entry per node: 1 when it was highlighted. Returns the
   height used. */
int casemap_draw(Ui *ui, Layout *L, Layer layer, SDL_Rect r, const Scenario *sc,
                 const CaseMap *m, const NodeRef *path, size_t npath, int action,
                 unsigned char *lit);

#endif
