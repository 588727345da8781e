/*
** draw.c — paints a Layout with the SDL renderer (the software one on a
** real window, on a surface when headless): rounded boxes with
** anti-aliased corners (small cached quarter-circle textures, tinted),
** text from font.c's texture cache, images, the scrollbar, hover and press
** shading and the focus ring. Records for the tests where the ring went
** and whether any text had to be cut to stay inside its box.
*/
#include <math.h>
#include <stdlib.h>

#include "app.h"

#define MAX_CORNERS 48

typedef struct {
    int r, t; /* radius, ring thickness (0 = filled) */
    SDL_Texture *tex;
} Corner;

struct DrawCache {
    Corner corners[MAX_CORNERS];
    int n;
};

DrawCache *draw_cache_new(void) { return calloc(1, sizeof(DrawCache)); }

void draw_cache_drop(DrawCache *dc) {
    if (!dc) return;
    for (int i = 0; i < dc->n; i++) SDL_DestroyTexture(dc->corners[i].tex);
    dc->n = 0;
}

void draw_cache_free(DrawCache *dc) {
    draw_cache_drop(dc);
    free(dc);
}

/* A white circle (or ring) of radius r with coverage in alpha, sampled
   4×4 per pixel; the corners of every box are its quarters. */
static SDL_Texture *corner(Ui *ui, int r, int t) {
    DrawCache *dc = ui->dc;
    for (int i = 0; i < dc->n; i++)
        if (dc->corners[i].r == r && dc->corners[i].t == t) return dc->corners[i].tex;
    if (dc->n == MAX_CORNERS) draw_cache_drop(dc);
    int d = 2 * r;
    Uint32 *px = malloc((size_t)d * (size_t)d * sizeof *px);
    if (!px) return NULL;
    for (int y = 0; y < d; y++) {
        for (int x = 0; x < d; x++) {
            int in = 0;
            for (int j = 0; j < 4; j++) {
                for (int i = 0; i < 4; i++) {
                    double sx = x + (i + 0.5) / 4 - r, sy = y + (j + 0.5) / 4 - r;
                    double dist = sqrt(sx * sx + sy * sy);
                    if (dist <= r && (t == 0 || dist >= r - t)) in++;
                }
            }
            Uint32 a = (Uint32)(in * 255 / 16);
            px[y * d + x] = (a << 24) | 0xFFFFFFu;
        }
    }
    SDL_Texture *tex = SDL_CreateTexture(ui->ren, SDL_PIXELFORMAT_ARGB8888,
                                         SDL_TEXTUREACCESS_STATIC, d, d);
    if (tex) {
        SDL_UpdateTexture(tex, NULL, px, d * (int)sizeof *px);
        SDL_SetTextureBlendMode(tex, SDL_BLENDMODE_BLEND);
        dc->corners[dc->n++] = (Corner){r, t, tex};
    }
    free(px);
    return tex;
}

static void set_color(SDL_Renderer *ren, SDL_Color c) {
    SDL_SetRenderDrawColor(ren, c.r, c.g, c.b, c.a);
    SDL_SetRenderDrawBlendMode(ren, c.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
}

static void corners(Ui *ui, SDL_Rect b, int r, int t, SDL_Color c) {
    SDL_Texture *tex = corner(ui, r, t);
    if (!tex) return;
    SDL_SetTextureColorMod(tex, c.r, c.g, c.b);
    SDL_SetTextureAlphaMod(tex, c.a);
    SDL_Rect src[4] = {{0, 0, r, r}, {r, 0, r, r}, {0, r, r, r}, {r, r, r, r}};
    SDL_Rect dst[4] = {{b.x, b.y, r, r}, {b.x + b.w - r, b.y, r, r},
                       {b.x, b.y + b.h - r, r, r}, {b.x + b.w - r, b.y + b.h - r, r, r}};
    for (int i = 0; i < 4; i++) SDL_RenderCopy(ui->ren, tex, &src[i], &dst[i]);
}

static void fill_round(Ui *ui, SDL_Rect b, int r, SDL_Color c) {
    if (b.w <= 0 || b.h <= 0 || c.a == 0) return;
    if (r > b.w / 2) r = b.w / 2;
    if (r > b.h / 2) r = b.h / 2;
    set_color(ui->ren, c);
    if (r <= 0) {
        SDL_RenderFillRect(ui->ren, &b);
        return;
    }
    SDL_Rect parts[3] = {{b.x + r, b.y, b.w - 2 * r, b.h},
                         {b.x, b.y + r, r, b.h - 2 * r},
                         {b.x + b.w - r, b.y + r, r, b.h - 2 * r}};
    SDL_RenderFillRects(ui->ren, parts, 3);
    corners(ui, b, r, 0, c);
}

static void ring_round(Ui *ui, SDL_Rect b, int r, int t, SDL_Color c) {
    if (b.w <= 0 || b.h <= 0 || t <= 0) return;
    if (r > b.w / 2) r = b.w / 2;
    if (r > b.h / 2) r = b.h / 2;
    if (r < t) r = t > b.h / 2 ? b.h / 2 : t;
    set_color(ui->ren, c);
    if (r <= 0) {
        SDL_Rect parts[4] = {{b.x, b.y, b.w, t}, {b.x, b.y + b.h - t, b.w, t},
                             {b.x, b.y + t, t, b.h - 2 * t}, {b.x + b.w - t, b.y + t, t, b.h - 2 * t}};
        SDL_RenderFillRects(ui->ren, parts, 4);
        return;
    }
    SDL_Rect parts[4] = {{b.x + r, b.y, b.w - 2 * r, t}, {b.x + r, b.y + b.h - t, b.w - 2 * r, t},
                         {b.x, b.y + r, t, b.h - 2 * r}, {b.x + b.w - t, b.y + r, t, b.h - 2 * r}};
    SDL_RenderFillRects(ui->ren, parts, 4);
    corners(ui, b, r, t, c);
}

static void draw_item(Ui *ui, const DrawItem *d, int dy) {
    SDL_Rect r = d->r;
    r.y += dy;
    switch (d->kind) {
    case DI_RECT:
        /* The fill, then only the border's own pixels: filling the whole
           box in the border colour first would paint every card twice. */
        fill_round(ui, r, d->radius, d->color);
        if (d->border_w > 0) ring_round(ui, r, d->radius, d->border_w, d->border);
        break;
    case DI_TEXT: {
        int w, h;
        SDL_Texture *t = font_texture(ui->fonts, ui->ren, d->style, d->px, d->color,
                                      layout_str(&ui->L, d->text), d->len, &w, &h);
        if (!t) break;
        SDL_Rect src = {0, 0, w, h};
        int room = d->box.x + d->box.w - r.x;
        if (w > room + 1 || r.x < d->box.x - 1) ui->overflow++;
        if (src.w > room) src.w = room > 0 ? room : 0; /* never past its box */
        SDL_Rect dst = {r.x, r.y, src.w, h};
        SDL_RenderCopy(ui->ren, t, &src, &dst);
        break;
    }
    case DI_IMAGE:
        if (d->image) SDL_RenderCopy(ui->ren, d->image, d->src.w ? &d->src : NULL, &r);
        if (d->border_w) ring_round(ui, r, 0, d->border_w, d->border);
        break;
    }
}

/* The focus ring sits outside the widget with a gap, so that it shows on
   any fill, the accent colour's own buttons included. */
static void focus_ring(Ui *ui, const Widget *w, int dy, const SDL_Rect *clip) {
    int gap = ui_px(ui, 2), t = ui_px(ui, ui->theme.focus);
    if (t < 2) t = 2;
    SDL_Rect r = {w->r.x - gap - t, w->r.y + dy - gap - t, w->r.w + 2 * (gap + t),
                  w->r.h + 2 * (gap + t)};
    ring_round(ui, r, w->radius + gap + t, t, ui_color(ui, C_FOCUS));
    SDL_Rect vis = r;
    if (clip && !SDL_IntersectRect(&r, clip, &vis)) vis = (SDL_Rect){0, 0, 0, 0};
    ui->focus_ring = vis;
}

static void shade(Ui *ui, const Widget *w, int dy, Uint8 alpha) {
    SDL_Color c = ui_color(ui, C_TEXT);
    c.a = alpha;
    SDL_Rect r = w->r;
    r.y += dy;
    fill_round(ui, r, w->radius, c);
}

static void draw_layer(Ui *ui, Layer layer, int dy, const SDL_Rect *clip) {
    const Layout *L = &ui->L;
    for (size_t i = 0; i < L->nitems; i++) {
        const DrawItem *d = &L->items[i];
        if (d->layer != layer) continue;
        if (clip && (d->r.y + dy > clip->y + clip->h || d->r.y + d->r.h + dy < clip->y))
            continue;
        draw_item(ui, d, dy);
    }
    for (int k = 0; k < 2; k++) {
        int idx = k == 0 ? ui->hover : ui->pressed;
        if (idx < 0 || (size_t)idx >= L->nwidgets) continue;
        const Widget *w = &L->widgets[idx];
        if (w->layer != layer || !w->enabled) continue;
        if (L->modal && layer != LAYER_MODAL) continue;
        shade(ui, w, dy, k == 0 ? 0x10 : 0x28);
    }
    if (ui->focus >= 0 && (size_t)ui->focus < L->nwidgets &&
        L->widgets[ui->focus].layer == layer)
        focus_ring(ui, &L->widgets[ui->focus], dy, clip);
}

static void scrollbar(Ui *ui) {
    const Layout *L = &ui->L;
    if (L->content_h <= L->view.h || L->view.h <= 0) return;
    int w = ui_px(ui, 6), m = ui_px(ui, 3);
    SDL_Rect track = {ui->out_w - w - m, L->view.y + m, w, L->view.h - 2 * m};
    int th = track.h * L->view.h / L->content_h;
    if (th < ui_px(ui, 24)) th = ui_px(ui, 24);
    int range = L->content_h - L->view.h;
    int ty = track.y + (int)((long)(track.h - th) * ui->scroll / (range ? range : 1));
    SDL_Color tc = ui_color(ui, C_BORDER);
    fill_round(ui, track, w / 2, tc);
    fill_round(ui, (SDL_Rect){track.x, ty, w, th}, w / 2, ui_color(ui, C_CONTROL));
}

void draw_layout(Ui *ui) {
    const Layout *L = &ui->L;
    SDL_Color bg = ui_color(ui, C_BACKGROUND);
    ui->overflow = 0;
    ui->focus_ring = (SDL_Rect){0, 0, 0, 0};
    SDL_SetRenderDrawColor(ui->ren, bg.r, bg.g, bg.b, 255);
    SDL_RenderClear(ui->ren);
    SDL_Rect view = L->view;
    SDL_RenderSetClipRect(ui->ren, &view);
    draw_layer(ui, LAYER_SCROLL, view.y - ui->scroll, &view);
    SDL_RenderSetClipRect(ui->ren, NULL);
    scrollbar(ui);
    draw_layer(ui, LAYER_FIXED, 0, NULL);
    if (L->modal) {
        SDL_Color ov = ui_color(ui, C_OVERLAY);
        set_color(ui->ren, ov);
        SDL_RenderFillRect(ui->ren, NULL);
        draw_layer(ui, LAYER_MODAL, 0, NULL);
    }
    font_frame_done(ui->fonts);
    ui->frames++;
}
