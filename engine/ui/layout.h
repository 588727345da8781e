/*
** layout.h — what a screen is made of: a display list of rectangles, text
** runs and images, and the widgets (focusable, clickable boxes) on top of
** it. Screens build a Layout from the core's state; draw.c paints it and
** app.c hit-tests and moves focus through it; the tests assert on it.
**
** Coordinates are output pixels. Items of the scrolling layer have y from
** the top of the content (the window shows them shifted by the scroll);
** the fixed layer (header, footer) and the modal layer use the window's.
*/
#ifndef BLIKK_UI_LAYOUT_H
#define BLIKK_UI_LAYOUT_H

#include <SDL.h>
#include <stdbool.h>
#include <stddef.h>

#include "../core/blikk.h"
#include "font.h"

typedef enum { LAYER_SCROLL, LAYER_FIXED, LAYER_MODAL } Layer;
typedef enum { DI_RECT, DI_TEXT, DI_IMAGE } DrawKind;
typedef enum { ALIGN_LEFT, ALIGN_CENTER, ALIGN_RIGHT } Align;

typedef struct {
    DrawKind kind;
    Layer layer;
    SDL_Rect r;         /* where it is drawn */
    SDL_Rect box;       /* the box it must stay inside (text: its container) */
    SDL_Color color;    /* fill, or the text colour */
    SDL_Color border;
    int radius, border_w;
    FontStyle style;    /* DI_TEXT */
    int px;
    size_t text, len;   /* DI_TEXT: the run, in Layout.strings */
    SDL_Texture *image; /* DI_IMAGE: borrowed */
    SDL_Rect src;       /* DI_IMAGE: the part shown (w == 0: all of it) */
} DrawItem;

typedef struct {
    int action, arg;
    Layer layer;
    bool enabled;
    SDL_Rect r;
    int radius;
    size_t label, label_len; /* a short name, for tests and messages */
} Widget;

typedef struct Layout {
    DrawItem *items;
    size_t nitems, cap_items;
    Widget *widgets;
    size_t nwidgets, cap_widgets;
    char *strings;
    size_t nstrings, cap_strings;
    SDL_Rect view;   /* where the scrolling layer shows */
    int content_h;   /* its height */
    bool modal;      /* a modal layer is up: only its widgets take input */
    bool failed;     /* out of memory while building */
} Layout;

/* How to set a piece of text. */
typedef struct {
    FontStyle style;
    int px, line_h;
    SDL_Color color;
    Align align;
} TextStyle;

void layout_reset(Layout *L);
void layout_free(Layout *L);

/* Appends a rectangle (radius 0 = square; border_w 0 = none); returns its
   index, so that its height can be set once the content is known. */
size_t layout_rect(Layout *L, Layer layer, SDL_Rect r, SDL_Color fill, int radius,
                   SDL_Color border, int border_w);
void layout_image(Layout *L, Layer layer, SDL_Rect r, SDL_Texture *tex, SDL_Rect src,
                  SDL_Color border);
/* A widget; returns its index. */
int layout_widget(Layout *L, Layer layer, SDL_Rect r, int radius, int action, int arg,
                  bool enabled, const char *label);

/* Sets spans in lines of at most `w` pixels from (x, y), breaking at spaces
   (never hyphenating; a word longer than a line is split between letters)
   and at '\n'; emphasis spans use the italic of the style. Returns the
   height used. With L == NULL only measures. */
int layout_spans(Layout *L, FontSet *fs, Layer layer, const TextStyle *ts, int x, int y,
                 int w, const TextSpan *spans, size_t n, SDL_Rect box);
int layout_text(Layout *L, FontSet *fs, Layer layer, const TextStyle *ts, int x, int y,
                int w, const char *text, SDL_Rect box);
/* One line, cut with "…" to fit `w`; returns the width used. */
int layout_line(Layout *L, FontSet *fs, Layer layer, const TextStyle *ts, int x, int y,
                int w, const char *text, SDL_Rect box);

/* The text of a DI_TEXT item or a widget label (not NUL-terminated). */
static inline const char *layout_str(const Layout *L, size_t off) { return L->strings + off; }

#endif
