/*
** casemap.h — a drawable map of a case: scenes and endings placed in
** layers from the start downwards, with the edges between them. The window
** draws it in the debrief (the trainee's path on it) and in author mode
** (click to jump); no SDL here, only positions.
*/
#ifndef BLIKK_CASEMAP_H
#define BLIKK_CASEMAP_H

#include "blikk.h"

typedef struct {
    NodeRef ref;
    int layer;     /* 0 = the start; endings in the last layers */
    int slot;      /* position within the layer, 0 = leftmost */
    double x, y;   /* centre in [0, 1] x [0, 1] */
    bool reachable;
} MapNode;

typedef struct {
    int from, to;  /* indices into CaseMap.nodes */
    int choice;    /* index into the scene's choices, or -1 for `next` */
    bool back;     /* goes up: closes a loop */
} MapEdge;

typedef struct {
    MapNode *nodes; /* scenes first (scene i = node i), then endings */
    size_t nnodes;
    MapEdge *edges;
    size_t nedges;
    int layers, widest; /* number of layers, most nodes in one layer */
} CaseMap;

/* Lays out the case. Free with casemap_free(). Linear in the size of the
   case apart from a few ordering sweeps over each layer. */
BlkStatus casemap_build(const Scenario *sc, CaseMap *out);
void casemap_free(CaseMap *m);
/* The node index of a scene or an ending. */
int casemap_node(const Scenario *sc, NodeRef r);

#endif
