/*
** analyze.c — figures about a case's structure for authors (`blikk
** stats`): counts, and per ending the shortest and longest way to it and
** the best and worst action points on the way.
**
** The case is a graph of scenes that may contain loops. Shortest ways come
** from a breadth-first search. For the longest way and the points, a
** depth-first walk from the start drops the edges that close a loop, which
** leaves a graph without cycles: those figures hold for paths that do not
** go round a loop. Everything is linear in the size of the case.
** `when` conditions are ignored here (they depend on play); random
** playthroughs (explore.c) show what is reached in practice.
*/
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "analyze.h"

typedef struct {
    int to;          /* node: scene i, or nscenes + ending j */
    double points;   /* of the choice; 0 for `next` */
} Edge;

typedef struct {
    const Scenario *sc;
    int n;           /* nodes */
    Edge **edges;
    size_t *nedges;
    int *order;      /* reverse postorder */
    int norder;
    char *state;     /* 0 new, 1 on the stack, 2 done */
    bool loops;      /* an edge was dropped */
} Graph;

static int node_of(const Scenario *sc, NodeRef r) {
    return r.is_ending ? (int)sc->nscenes + r.index : r.index;
}

static bool add_edge(Graph *g, int from, NodeRef to, double points) {
    if (to.index < 0) return true;
    Edge *e = realloc(g->edges[from], (g->nedges[from] + 1) * sizeof *e);
    if (!e) return false;
    g->edges[from] = e;
    e[g->nedges[from]++] = (Edge){node_of(g->sc, to), points};
    return true;
}

static bool add_jump(Graph *g, int from, const Jump *j, double points) {
    if (j->id && !add_edge(g, from, j->target, points)) return false;
    for (size_t i = 0; i < j->ntargets; i++)
        if (!add_edge(g, from, j->targets[i], points)) return false;
    return true;
}

/* Iterative DFS (a 10,000-scene chain would overflow the C stack):
   records reverse postorder and removes edges into nodes on the stack. */
static bool walk(Graph *g, int start) {
    int *stack = malloc((size_t)g->n * sizeof *stack);
    size_t *next = calloc((size_t)g->n, sizeof *next);
    if (!stack || !next) {
        free(stack);
        free(next);
        return false;
    }
    int top = 0;
    stack[top++] = start;
    g->state[start] = 1;
    while (top > 0) {
        int v = stack[top - 1];
        if (next[v] < g->nedges[v]) {
            Edge *e = &g->edges[v][next[v]];
            if (g->state[e->to] == 1) { /* closes a loop: drop it */
                g->loops = true;
                *e = g->edges[v][--g->nedges[v]];
                continue;
            }
            next[v]++;
            if (g->state[e->to] == 0) {
                g->state[e->to] = 1;
                stack[top++] = e->to;
            }
        } else {
            g->state[v] = 2;
            g->order[g->norder++] = v;
            top--;
        }
    }
    free(stack);
    free(next);
    /* postorder reversed is a topological order */
    for (int i = 0; i < g->norder / 2; i++) {
        int t = g->order[i];
        g->order[i] = g->order[g->norder - 1 - i];
        g->order[g->norder - 1 - i] = t;
    }
    return true;
}

BlkStatus analyze_case(const Scenario *sc, CaseFigures *out) {
    memset(out, 0, sizeof *out);
    out->scenes = sc->nscenes;
    out->endings = sc->nendings;
    for (size_t i = 0; i < sc->nscenes; i++) {
        if (!sc->scenes[i].has_next) out->decisions++;
        if (sc->scenes[i].concern) out->concern_points++;
    }
    for (size_t i = 0; i < sc->nendings; i++) out->by_outcome[sc->endings[i].outcome]++;
    for (size_t i = 0; i < sc->nobservations; i++) out->by_kind[sc->observations[i].kind]++;

    Graph g = {.sc = sc, .n = (int)(sc->nscenes + sc->nendings)};
    g.edges = calloc((size_t)g.n, sizeof *g.edges);
    g.nedges = calloc((size_t)g.n, sizeof *g.nedges);
    g.order = malloc((size_t)g.n * sizeof *g.order);
    g.state = calloc((size_t)g.n, 1);
    out->paths = calloc(sc->nendings + 1, sizeof *out->paths);
    double *hi = malloc((size_t)g.n * sizeof *hi), *lo = malloc((size_t)g.n * sizeof *lo);
    int *shortest = malloc((size_t)g.n * sizeof *shortest), *longest = malloc((size_t)g.n * sizeof *longest);
    BlkStatus st = BLK_ERR_NOMEM;
    if (!g.edges || !g.nedges || !g.order || !g.state || !out->paths || !hi || !lo ||
        !shortest || !longest)
        goto done;
    for (size_t i = 0; i < sc->nscenes; i++) {
        const Scene *s = &sc->scenes[i];
        if (s->has_next && !add_jump(&g, (int)i, &s->next, 0)) goto done;
        for (size_t k = 0; k < s->nchoices; k++)
            if (!add_jump(&g, (int)i, &s->choices[k].next, s->choices[k].points)) goto done;
    }
    /* Shortest ways by breadth-first search over every edge, before the
       walk drops those that close loops. */
    for (int v = 0; v < g.n; v++) shortest[v] = INT32_MAX;
    shortest[sc->start] = 1;
    g.order[0] = sc->start;
    for (int head = 0, tail = 1; head < tail; head++) {
        int v = g.order[head];
        for (size_t k = 0; k < g.nedges[v]; k++)
            if (shortest[g.edges[v][k].to] == INT32_MAX) {
                shortest[g.edges[v][k].to] = shortest[v] + 1;
                g.order[tail++] = g.edges[v][k].to;
            }
    }
    if (!walk(&g, sc->start)) goto done;
    out->loops = g.loops;
    for (int v = 0; v < g.n; v++) {
        hi[v] = -INFINITY;
        lo[v] = INFINITY;
        longest[v] = -1;
    }
    hi[sc->start] = lo[sc->start] = 0;
    longest[sc->start] = 1;
    for (int i = 0; i < g.norder; i++) {
        int v = g.order[i];
        for (size_t k = 0; k < g.nedges[v]; k++) {
            Edge *e = &g.edges[v][k];
            if (hi[v] + e->points > hi[e->to]) hi[e->to] = hi[v] + e->points;
            if (lo[v] + e->points < lo[e->to]) lo[e->to] = lo[v] + e->points;
            if (longest[v] + 1 > longest[e->to]) longest[e->to] = longest[v] + 1;
        }
    }
    for (size_t j = 0; j < sc->nendings; j++) {
        int v = (int)sc->nscenes + (int)j;
        EndingPaths *p = &out->paths[j];
        p->reachable = g.state[v] != 0;
        if (!p->reachable) continue;
        out->reachable_endings++;
        /* Counted in steps: scenes visited, the ending included. */
        p->shortest = shortest[v];
        p->longest = longest[v];
        p->best_points = hi[v];
        p->worst_points = lo[v];
    }
    for (size_t i = 0; i < sc->nscenes; i++) if (g.state[i]) out->reachable_scenes++;
    st = BLK_OK;
done:
    for (int v = 0; g.edges && v < g.n; v++) free(g.edges[v]);
    free(g.edges);
    free(g.nedges);
    free(g.order);
    free(g.state);
    free(hi);
    free(lo);
    free(shortest);
    free(longest);
    if (st != BLK_OK) {
        free(out->paths);
        out->paths = NULL;
    }
    return st;
}

void analyze_free(CaseFigures *f) {
    free(f->paths);
    f->paths = NULL;
}
