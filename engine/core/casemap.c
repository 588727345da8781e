/*
** casemap.c — layered layout of a case's graph (a small Sugiyama-style
** layout): edges that close loops are found by a depth-first walk and
** marked as going back; every other edge points down, each scene sits one
** layer below its lowest predecessor, endings share the bottom layer, and
** a few barycentre sweeps order each layer to reduce crossings.
*/
#include "casemap.h"

#include <stdlib.h>
#include <string.h>

int casemap_node(const Scenario *sc, NodeRef r) {
    return r.is_ending ? (int)sc->nscenes + r.index : r.index;
}

static bool push_edge(CaseMap *m, size_t *cap, int from, NodeRef to, int choice,
                      const Scenario *sc) {
    if (to.index < 0) return true;
    if (m->nedges == *cap) {
        size_t c = *cap ? *cap * 2 : 64;
        MapEdge *e = realloc(m->edges, c * sizeof *e);
        if (!e) return false;
        m->edges = e;
        *cap = c;
    }
    m->edges[m->nedges++] = (MapEdge){from, casemap_node(sc, to), choice, false};
    return true;
}

static bool push_jump(CaseMap *m, size_t *cap, int from, const Jump *j, int choice,
                      const Scenario *sc) {
    if (j->id && !push_edge(m, cap, from, j->target, choice, sc)) return false;
    for (size_t i = 0; i < j->ntargets; i++)
        if (!push_edge(m, cap, from, j->targets[i], choice, sc)) return false;
    return true;
}

typedef struct {
    double key;
    int node;
} Keyed;

static int cmp_keyed(const void *a, const void *b) {
    const Keyed *x = a, *y = b;
    if (x->key != y->key) return x->key < y->key ? -1 : 1;
    return x->node - y->node; /* stable: ties keep declaration order */
}

BlkStatus casemap_build(const Scenario *sc, CaseMap *out) {
    memset(out, 0, sizeof *out);
    int n = (int)(sc->nscenes + sc->nendings);
    size_t cap = 0;
    out->nnodes = (size_t)n;
    out->nodes = calloc((size_t)n + 1, sizeof *out->nodes);
    /* Per node: the edges leaving it, as a range in an index array. */
    int *first = calloc((size_t)n + 1, sizeof *first), *order = malloc(((size_t)n + 1) * sizeof *order);
    char *state = calloc((size_t)n + 1, 1);
    int *stack = malloc(((size_t)n + 1) * sizeof *stack);
    size_t *next = calloc((size_t)n + 1, sizeof *next);
    int *count = NULL;
    Keyed *keys = NULL;
    BlkStatus st = BLK_ERR_NOMEM;
    if (!out->nodes || !first || !order || !state || !stack || !next) goto done;
    for (size_t i = 0; i < sc->nscenes; i++) {
        const Scene *s = &sc->scenes[i];
        out->nodes[i].ref = (NodeRef){false, (int)i};
        if (s->has_next && !push_jump(out, &cap, (int)i, &s->next, -1, sc)) goto done;
        for (size_t k = 0; k < s->nchoices; k++)
            if (!push_jump(out, &cap, (int)i, &s->choices[k].next, (int)k, sc)) goto done;
    }
    for (size_t j = 0; j < sc->nendings; j++)
        out->nodes[sc->nscenes + j].ref = (NodeRef){true, (int)j};
    /* Edges are pushed grouped by their source scene, in scene order. */
    for (size_t e = out->nedges; e-- > 0;) first[out->edges[e].from] = (int)e;

    /* Depth-first from the start: postorder, and edges into a node on the
       stack go back up. */
    int norder = 0, top = 0;
    stack[top++] = sc->start;
    state[sc->start] = 1;
    while (top > 0) {
        int v = stack[top - 1];
        size_t e = (size_t)first[v] + next[v];
        if (v < (int)sc->nscenes && e < out->nedges && out->edges[e].from == v) {
            next[v]++;
            int w = out->edges[e].to;
            if (state[w] == 1) out->edges[e].back = true;
            else if (state[w] == 0) {
                state[w] = 1;
                stack[top++] = w;
            }
        } else {
            state[v] = 2;
            order[norder++] = v;
            top--;
        }
    }
    /* Layers: longest path from the start over forward edges, taken in
       reverse postorder (a topological order of the forward graph). */
    for (int i = 0; i < n; i++) out->nodes[i].layer = -1;
    out->nodes[sc->start].layer = 0;
    int deepest = 0;
    for (int i = norder; i-- > 0;) {
        int v = order[i];
        out->nodes[v].reachable = true;
        if (v >= (int)sc->nscenes) continue;
        for (size_t e = (size_t)first[v]; e < out->nedges && out->edges[e].from == v; e++) {
            if (out->edges[e].back) continue;
            int w = out->edges[e].to;
            if (out->nodes[v].layer + 1 > out->nodes[w].layer) out->nodes[w].layer = out->nodes[v].layer + 1;
            if (w < (int)sc->nscenes && out->nodes[w].layer > deepest) deepest = out->nodes[w].layer;
        }
    }
    /* Endings share the bottom layer; what cannot be reached goes below. */
    bool any_unreached = false;
    for (int i = 0; i < n; i++) {
        if (i >= (int)sc->nscenes && out->nodes[i].reachable) out->nodes[i].layer = deepest + 1;
        if (!out->nodes[i].reachable) any_unreached = true;
    }
    for (int i = 0; i < n; i++)
        if (!out->nodes[i].reachable) out->nodes[i].layer = deepest + 2;
    out->layers = deepest + 2 + (any_unreached ? 1 : 0);

    /* Order within layers: declaration order first, then barycentres of
       the neighbours in the layer above (down sweeps) or below (up). */
    count = calloc((size_t)out->layers + 1, sizeof *count);
    keys = malloc(((size_t)n + 1) * sizeof *keys);
    if (!count || !keys) goto done;
    for (int i = 0; i < n; i++) out->nodes[i].slot = count[out->nodes[i].layer]++;
    for (int sweep = 0; sweep < 8; sweep++) {
        bool down = sweep % 2 == 0;
        for (int l = down ? 1 : out->layers - 2; down ? l < out->layers : l >= 0; l += down ? 1 : -1) {
            size_t nk = 0;
            for (int v = 0; v < n; v++) {
                if (out->nodes[v].layer != l) continue;
                double sum = 0;
                int deg = 0;
                for (size_t e = 0; e < out->nedges; e++) {
                    const MapEdge *ed = &out->edges[e];
                    if (ed->back) continue;
                    int other = down ? (ed->to == v ? ed->from : -1) : (ed->from == v ? ed->to : -1);
                    if (other < 0) continue;
                    sum += out->nodes[other].slot;
                    deg++;
                }
                keys[nk++] = (Keyed){deg ? sum / deg : out->nodes[v].slot, v};
            }
            qsort(keys, nk, sizeof *keys, cmp_keyed);
            for (size_t k = 0; k < nk; k++) out->nodes[keys[k].node].slot = (int)k;
        }
        /* Each sweep scans every edge per node: fine for hand-written cases;
           very large generated ones keep declaration order. */
        if ((size_t)n * out->nedges > 20000000u) break;
    }
    for (int l = 0; l < out->layers; l++)
        if (count[l] > out->widest) out->widest = count[l];
    for (int i = 0; i < n; i++) {
        MapNode *m = &out->nodes[i];
        double pad = (out->widest - count[m->layer]) / 2.0;
        m->x = (m->slot + 0.5 + pad) / out->widest;
        m->y = (m->layer + 0.5) / out->layers;
    }
    st = BLK_OK;
done:
    free(first);
    free(order);
    free(state);
    free(stack);
    free(next);
    free(count);
    free(keys);
    if (st != BLK_OK) casemap_free(out);
    return st;
}

void casemap_free(CaseMap *m) {
    free(m->nodes);
    free(m->edges);
    memset(m, 0, sizeof *m);
}
