/*
** casemap_draw.c — the map of a case in a Layout, with rectangles only,
** so that it is crisp at any size and the layout tests see every part.
**
** Nodes sit where casemap_build() put them (layers from the start down,
** endings at the bottom), all of one width. An edge between neighbouring
** layers runs down from the middle of its scene, across in the gap
** between the layers and down into the next node. An edge that skips
** layers would pass behind the nodes between, so it leaves through the
** gap below its scene, runs down a lane beside the nodes it passes (on the
** right, or on the left when it leads left) and comes in through the gap
** above its target. Loops (edges back up) go up on the left, dashed.
** Lanes that run side by side keep a lane's width apart.
*/
#include "casemap_draw.h"

#include <stdlib.h>
#include <string.h>

#define MAX_PTS 6

typedef struct {
    int from, to;
    bool back, lane, right;
    bool side;           /* a loop from a node's left side into another's */
    int lo, hi;          /* the lane's vertical extent, pixels */
    int x;               /* the lane */
    int pts[MAX_PTS][2];
    int npts;
} Route;

typedef struct {
    int nh, vgap, nw, top;  /* node height, gap between layers, node width, space above */
    int x0, gw;             /* the grid the nodes' x positions span */
    int t, lane;            /* line thickness, lane spacing */
    int pad;                /* inside a node */
} Geo;

static SDL_Color none(void) { return (SDL_Color){0, 0, 0, 0}; }

static SDL_Color mix(SDL_Color a, SDL_Color b, int pct) {
    return (SDL_Color){(Uint8)((a.r * pct + b.r * (100 - pct)) / 100),
                       (Uint8)((a.g * pct + b.g * (100 - pct)) / 100),
                       (Uint8)((a.b * pct + b.b * (100 - pct)) / 100), 255};
}

static const char *node_label(const Scenario *sc, NodeRef r) {
    if (r.is_ending) {
        const Ending *e = &sc->endings[r.index];
        return e->title && *e->title ? e->title : e->id;
    }
    const Scene *s = &sc->scenes[r.index];
    return s->title && *s->title ? s->title : s->id;
}

static bool is_back(const CaseMap *m, const MapEdge *e) {
    return e->back || m->nodes[e->to].layer <= m->nodes[e->from].layer;
}

/* Sizes that depend only on the map and the width. */
static void geometry(Ui *ui, const CaseMap *m, int w, int h, Geo *g, const Scenario *sc) {
    TextStyle ts = ui_text(ui, TS_SMALL, FS_BOLD, C_TEXT);
    g->pad = ui_px(ui, 10);
    g->nh = ts.line_h + 2 * ui_px(ui, 6);
    g->t = ui_px(ui, 2);
    if (g->t < 1) g->t = 1;
    g->lane = ui_px(ui, 7);
    if (g->lane < g->t + 3) g->lane = g->t + 3;
    int layers = m->layers > 0 ? m->layers : 1;
    g->vgap = ui_px(ui, 30);
    if (h > 0 && layers > 1) {
        int v = (h - layers * g->nh) / (layers - 1);
        int lo = ui_px(ui, 14), hi = ui_px(ui, 44);
        g->vgap = v < lo ? lo : v > hi ? hi : v;
    }
    /* Room above for loops that return to the start, and beside the grid
       for the lanes. */
    size_t left = 0, right = 0;
    bool to_top = false;
    for (size_t i = 0; i < m->nedges; i++) {
        const MapEdge *e = &m->edges[i];
        int a = m->nodes[e->from].layer, b = m->nodes[e->to].layer;
        if (is_back(m, e)) {
            left++;
            if (b == 0) to_top = true;
        } else if (b - a > 1) {
            if (m->nodes[e->to].x < m->nodes[e->from].x) left++;
            else right++;
        }
    }
    g->top = to_top ? g->vgap / 2 + g->t : 0;
    int ml = ui_px(ui, 4) + (int)(left < 3 ? left : 3) * g->lane;
    int mr = ui_px(ui, 4) + (int)(right < 3 ? right : 3) * g->lane;
    g->x0 = ml;
    g->gw = w - ml - mr;
    if (g->gw < 1) g->gw = 1;
    int widest = m->widest > 0 ? m->widest : 1;
    int col = g->gw / widest, hgap = ui_px(ui, 16);
    int longest = 0;
    if (sc) {
        for (size_t i = 0; i < m->nnodes && i < 400; i++) {
            const char *s = node_label(sc, m->nodes[i].ref);
            int lw = font_measure(ui->fonts, FS_BOLD, ts.px, s, strlen(s));
            if (lw > longest) longest = lw;
        }
    }
    int nw = longest + 2 * g->pad;
    if (nw > ui_px(ui, 300)) nw = ui_px(ui, 300);
    if (nw > col - hgap) nw = col - hgap;
    if (nw < ui_px(ui, 24)) nw = col - 2 > 4 ? col - 2 : 4;
    g->nw = nw;
    /* Titles that do not fit on one line get two. */
    if (longest > nw - 2 * g->pad) g->nh += ts.line_h;
}

/* A node's title in its box: on one line, or broken at a space onto two
   (the second cut with "…" if it is still too long). */
static void node_text(Ui *ui, Layout *L, Layer layer, const TextStyle *ts, SDL_Rect b, int pad,
                      const char *label) {
    int w = b.w - 2 * pad;
    size_t len = strlen(label);
    int two = b.h >= 2 * ts->line_h;
    if (!two || font_measure(ui->fonts, ts->style, ts->px, label, len) <= w) {
        layout_line(L, ui->fonts, layer, ts, b.x + pad, b.y + (b.h - ts->line_h) / 2, w, label, b);
        return;
    }
    size_t cut = 0;
    for (size_t i = 1; i < len; i++)
        if (label[i] == ' ' && font_measure(ui->fonts, ts->style, ts->px, label, i) <= w) cut = i;
    int y = b.y + (b.h - 2 * ts->line_h) / 2;
    if (!cut) {
        layout_line(L, ui->fonts, layer, ts, b.x + pad, y + ts->line_h / 2, w, label, b);
        return;
    }
    char first[512];
    size_t n = cut < sizeof first - 1 ? cut : sizeof first - 1;
    memcpy(first, label, n);
    first[n] = '\0';
    layout_line(L, ui->fonts, layer, ts, b.x + pad, y, w, first, b);
    layout_line(L, ui->fonts, layer, ts, b.x + pad, y + ts->line_h, w, label + cut + 1, b);
}

static int layer_y(const Geo *g, int layer) { return g->top + layer * (g->nh + g->vgap); }

int casemap_draw_height(Ui *ui, const Scenario *sc, const CaseMap *m, int w) {
    Geo g;
    geometry(ui, m, w, 0, &g, sc);
    int layers = m->layers > 0 ? m->layers : 1;
    return g.top + layers * g.nh + (layers - 1) * g.vgap;
}

static int node_cx(const Geo *g, const MapNode *n) { return g->x0 + (int)(n->x * g->gw); }

/* Whether no node stands left of node i in its layer. */
static bool leftmost(const CaseMap *m, int i) {
    for (size_t k = 0; k < m->nnodes; k++)
        if (m->nodes[k].layer == m->nodes[i].layer && m->nodes[k].x < m->nodes[i].x) return false;
    return true;
}

static int cmp_route(const void *a, const void *b) {
    const Route *x = a, *y = b;
    if (x->from != y->from) return x->from - y->from;
    return x->to - y->to;
}

static int cmp_span(const void *a, const void *b) {
    const Route *x = *(const Route *const *)a, *y = *(const Route *const *)b;
    int sx = x->hi - x->lo, sy = y->hi - y->lo;
    if (sx != sy) return sx - sy;
    return x->lo - y->lo;
}

/* The nodes' extent across in layers lo..hi (inclusive) of the map. */
static void extent(const CaseMap *m, const Geo *g, int lo, int hi, int *minx, int *maxx) {
    *minx = 1 << 30;
    *maxx = -(1 << 30);
    for (size_t i = 0; i < m->nnodes; i++) {
        int l = m->nodes[i].layer;
        if (l < lo || l > hi) continue;
        int cx = node_cx(g, &m->nodes[i]);
        if (cx - g->nw / 2 < *minx) *minx = cx - g->nw / 2;
        if (cx + g->nw / 2 > *maxx) *maxx = cx + g->nw / 2;
    }
}

/* One straight piece of an edge, as a rectangle; dashed on request. */
static void segment(Layout *L, Layer layer, int x1, int y1, int x2, int y2, int t, SDL_Color c,
                    bool dashed) {
    int lo, hi;
    bool across = y1 == y2;
    lo = across ? (x1 < x2 ? x1 : x2) : (y1 < y2 ? y1 : y2);
    hi = across ? (x1 < x2 ? x2 : x1) : (y1 < y2 ? y2 : y1);
    lo -= t / 2;
    hi += t - t / 2;
    int dash = dashed ? 3 * t + 2 : hi - lo, gap = dashed ? 2 * t + 2 : 0;
    for (int p = lo; p < hi; p += dash + gap) {
        int len = p + dash > hi ? hi - p : dash;
        SDL_Rect r = across ? (SDL_Rect){p, y1 - t / 2, len, t} : (SDL_Rect){x1 - t / 2, p, t, len};
        layout_rect(L, layer, r, c, 0, none(), 0);
    }
}

static void draw_route(Layout *L, Layer layer, const Route *r, int t, SDL_Color c) {
    for (int i = 0; i + 1 < r->npts; i++)
        segment(L, layer, r->pts[i][0], r->pts[i][1], r->pts[i + 1][0], r->pts[i + 1][1], t, c,
                r->back);
    if (r->side && r->npts >= 2) {
        /* An arrowhead into the earlier scene: columns growing away from
           the tip. */
        int tx = r->pts[r->npts - 1][0], ty = r->pts[r->npts - 1][1], a = 3 * t + 3;
        for (int k = 0; k < a; k++)
            layout_rect(L, layer, (SDL_Rect){tx - 1 - k, ty - k * 2 / 3 - t / 2, 1, 2 * (k * 2 / 3) + t},
                        c, 0, none(), 0);
    }
}

static void add_pt(Route *r, int x, int y) {
    if (r->npts > 0 && r->pts[r->npts - 1][0] == x && r->pts[r->npts - 1][1] == y) return;
    if (r->npts < MAX_PTS) {
        r->pts[r->npts][0] = x;
        r->pts[r->npts][1] = y;
        r->npts++;
    }
}

/* Routes every distinct edge (a pair of nodes joined by several choices
   is drawn once). Returns the routes, sorted by (from, to). */
static Route *route_all(const CaseMap *m, const Geo *g, SDL_Rect r, size_t *count) {
    Route *rs = calloc(m->nedges + 1, sizeof *rs);
    Route **lanes = calloc(m->nedges + 1, sizeof *lanes);
    if (!rs || !lanes) {
        free(rs);
        free(lanes);
        *count = 0;
        return NULL;
    }
    size_t n = 0;
    for (size_t i = 0; i < m->nedges; i++) {
        const MapEdge *e = &m->edges[i];
        if (e->from < 0 || e->to < 0 || (size_t)e->from >= m->nnodes || (size_t)e->to >= m->nnodes)
            continue;
        rs[n++] = (Route){.from = e->from, .to = e->to, .back = is_back(m, e)};
    }
    qsort(rs, n, sizeof *rs, cmp_route);
    size_t u = 0;
    for (size_t i = 0; i < n; i++)
        if (u == 0 || rs[u - 1].from != rs[i].from || rs[u - 1].to != rs[i].to) rs[u++] = rs[i];
    n = u;
    size_t nl = 0;
    for (size_t i = 0; i < n; i++) {
        Route *e = &rs[i];
        const MapNode *f = &m->nodes[e->from], *to = &m->nodes[e->to];
        int a = f->layer, b = to->layer;
        if (e->back) {
            e->lane = true;
            e->right = false;
            /* From the left side of a scene into the left side of an
               earlier one, when nothing stands left of either. */
            e->side = leftmost(m, e->from) && leftmost(m, e->to);
            e->lo = r.y + layer_y(g, b) + (e->side ? g->nh / 2 : -g->vgap / 2);
            e->hi = r.y + layer_y(g, a) + (e->side ? g->nh / 2 : g->nh + g->vgap / 2);
            int minx, maxx;
            extent(m, g, b, a, &minx, &maxx);
            e->x = r.x + minx - 2 * g->lane;
        } else if (b - a > 1) {
            e->lane = true;
            e->right = to->x >= f->x;
            e->lo = r.y + layer_y(g, a) + g->nh + g->vgap / 3;
            e->hi = r.y + layer_y(g, b) - g->vgap / 3;
            int minx, maxx;
            extent(m, g, a + 1, b - 1, &minx, &maxx);
            if (minx > maxx) { /* nothing between: straight down beside */
                minx = node_cx(g, f) < node_cx(g, to) ? node_cx(g, f) : node_cx(g, to);
                maxx = node_cx(g, f) > node_cx(g, to) ? node_cx(g, f) : node_cx(g, to);
            }
            e->x = r.x + (e->right ? maxx + g->lane : minx - g->lane);
        }
        if (e->lane) lanes[nl++] = e;
    }
    /* Short lanes nearest the nodes; a lane that would run along another
       moves out by one lane's width until it is clear. */
    qsort(lanes, nl, sizeof *lanes, cmp_span);
    for (size_t i = 0; i < nl; i++) {
        Route *e = lanes[i];
        for (int guard = 0; guard < 200; guard++) {
            bool moved = false;
            for (size_t j = 0; j < i; j++) {
                const Route *o = lanes[j];
                if (o->right != e->right || o->hi < e->lo || o->lo > e->hi) continue;
                if (abs(o->x - e->x) < g->lane) {
                    e->x = e->right ? o->x + g->lane : o->x - g->lane;
                    moved = true;
                }
            }
            if (!moved) break;
        }
        int lo = r.x + g->t, hi = r.x + r.w - g->t;
        if (e->x < lo) e->x = lo;
        if (e->x > hi) e->x = hi;
    }
    for (size_t i = 0; i < n; i++) {
        Route *e = &rs[i];
        const MapNode *f = &m->nodes[e->from], *to = &m->nodes[e->to];
        int fx = r.x + node_cx(g, f), tx = r.x + node_cx(g, to);
        int fy = r.y + layer_y(g, f->layer) + g->nh, ty = r.y + layer_y(g, to->layer);
        if (e->side) {
            add_pt(e, fx - g->nw / 2, e->hi);
            add_pt(e, e->x, e->hi);
            add_pt(e, e->x, e->lo);
            add_pt(e, tx - g->nw / 2, e->lo);
            continue;
        }
        add_pt(e, fx, fy);
        if (!e->lane) {
            int gy = ty - g->vgap / 2;
            add_pt(e, fx, gy);
            add_pt(e, tx, gy);
        } else if (e->back) {
            add_pt(e, fx, e->hi);
            add_pt(e, e->x, e->hi);
            add_pt(e, e->x, e->lo);
            add_pt(e, tx, e->lo);
        } else {
            add_pt(e, fx, e->lo);
            add_pt(e, e->x, e->lo);
            add_pt(e, e->x, e->hi);
            add_pt(e, tx, e->hi);
        }
        add_pt(e, tx, ty);
    }
    free(lanes);
    *count = n;
    return rs;
}

static const Route *find_route(const Route *rs, size_t n, int from, int to) {
    Route key = {.from = from, .to = to};
    return bsearch(&key, rs, n, sizeof *rs, cmp_route);
}

int casemap_draw(Ui *ui, Layout *L, Layer layer, SDL_Rect r, const Scenario *sc,
                 const CaseMap *m, const NodeRef *path, size_t npath, int action,
                 unsigned char *lit) {
    if (!m->nnodes) return 0;
    Geo g;
    geometry(ui, m, r.w, r.h, &g, sc);
    int layers = m->layers > 0 ? m->layers : 1;
    int height = g.top + layers * g.nh + (layers - 1) * g.vgap;
    unsigned char *on = calloc(m->nnodes, 1);
    size_t nroutes = 0;
    Route *routes = route_all(m, &g, r, &nroutes);
    if (on)
        for (size_t i = 0; path && i < npath; i++) {
            int k = casemap_node(sc, path[i]);
            if (k >= 0 && (size_t)k < m->nnodes) on[k] = 1;
        }
    SDL_Color surface = ui_color(ui, C_SURFACE);
    SDL_Color line = mix(ui_color(ui, C_CONTROL), surface, ui->settings.high_contrast ? 80 : 55);
    for (size_t i = 0; i < nroutes; i++) draw_route(L, layer, &routes[i], g.t, line);
    /* The path on top, in the accent colour and thicker. */
    int thick = ui_px(ui, 4) > g.t + 1 ? ui_px(ui, 4) : g.t + 1;
    for (size_t i = 0; path && routes && i + 1 < npath; i++) {
        const Route *rt = find_route(routes, nroutes, casemap_node(sc, path[i]),
                                     casemap_node(sc, path[i + 1]));
        if (rt) draw_route(L, layer, rt, thick, ui_color(ui, C_ACCENT));
    }
    TextStyle bold = ui_text(ui, TS_SMALL, FS_BOLD, C_TEXT);
    TextStyle quiet = ui_text(ui, TS_SMALL, FS_REGULAR, C_MUTED);
    int radius = ui_px(ui, ui->theme.radius);
    for (size_t i = 0; i < m->nnodes; i++) {
        const MapNode *n = &m->nodes[i];
        bool here = on && on[i];
        SDL_Rect b = {r.x + node_cx(&g, n) - g.nw / 2, r.y + layer_y(&g, n->layer), g.nw, g.nh};
        ColorRole fill = C_SURFACE, edge = C_BORDER;
        int bw = ui_px(ui, 1);
        TextStyle ts = quiet;
        if (n->ref.is_ending) {
            Outcome o = sc->endings[n->ref.index].outcome;
            fill = o == OUTCOME_GOOD ? C_PROTECTIVE_SOFT : o == OUTCOME_POOR ? C_RISK_SOFT
                                                                           : C_NOTICE_SOFT;
            edge = o == OUTCOME_GOOD ? C_PROTECTIVE : o == OUTCOME_POOR ? C_RISK : C_NOTICE;
            ts = ui_text(ui, TS_SMALL, here ? FS_BOLD : FS_REGULAR, C_TEXT);
            if (here) bw = ui_px(ui, 3);
        } else if (here) {
            fill = C_ACCENT_SOFT;
            edge = C_ACCENT;
            bw = ui_px(ui, 2);
            ts = bold;
        }
        if (bw < 1) bw = 1;
        layout_rect(L, layer, b, ui_color(ui, fill), radius, ui_color(ui, edge), bw);
        ts.align = ALIGN_CENTER;
        int pad = g.pad < g.nw / 6 ? g.pad : g.nw / 6;
        node_text(ui, L, layer, &ts, b, pad, node_label(sc, n->ref));
        if (action != ACT_NONE)
            layout_widget(L, layer, b, radius, action, (int)i, true, node_label(sc, n->ref));
        if (lit) lit[i] = here;
    }
    free(routes);
    free(on);
    return height;
}
