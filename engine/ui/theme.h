/*
** theme.h — the window's one theme: colours (a calm default palette and a
** high-contrast one), the type scale and the spacing scale, read from
** assets/theme.json. Sizes are in "units" at 100 % text size; the window
** multiplies them by its scale.
*/
#ifndef BLIKK_UI_THEME_H
#define BLIKK_UI_THEME_H

#include <SDL.h>
#include <stdbool.h>
#include <stddef.h>

typedef enum { TS_SMALL, TS_BODY, TS_LEAD, TS_H3, TS_H2, TS_H1, TS_COUNT } TypeSize;
typedef enum { SP_XS, SP_S, SP_M, SP_L, SP_XL, SP_COUNT } Space;

typedef enum {
    C_BACKGROUND, C_SURFACE, C_TEXT, C_MUTED, C_BORDER, C_CONTROL,
    C_ACCENT, C_ON_ACCENT, C_ACCENT_SOFT, C_FOCUS,
    C_RISK, C_ON_RISK, C_RISK_SOFT,
    C_PROTECTIVE, C_ON_PROTECTIVE, C_PROTECTIVE_SOFT,
    C_SPEECH, C_NOTICE, C_NOTICE_SOFT, C_ERROR, C_ERROR_SOFT, C_OVERLAY,
    C_COUNT
} ColorRole;

typedef enum { PAL_DEFAULT, PAL_HIGH_CONTRAST, PAL_COUNT } PaletteId;

typedef struct {
    SDL_Color color[C_COUNT];
} Palette;

typedef struct {
    int size[TS_COUNT];   /* type scale, px at 100 % */
    int line[TS_COUNT];   /* line height, per mille of the size */
    int measure;          /* characters per line of body text */
    int space[SP_COUNT];
    int radius, border, focus; /* corner radius, hairline, focus ring */
    int content;          /* widest content column, units */
    Palette palette[PAL_COUNT];
} Theme;

/* A colour pair that carries text, for the WCAG check. */
typedef struct {
    ColorRole fg, bg;
} ColorPair;

extern const ColorPair theme_text_pairs[];
extern const size_t theme_ntext_pairs;

/* The built-in values (the same as assets/theme.json ships with). */
void theme_defaults(Theme *t);
/* Overrides `t` with what the file gives. On a problem returns false with a
   message in err; `t` then keeps every value the file did not spoil. */
bool theme_load(Theme *t, const char *path, char *err, size_t errsize);
/* WCAG 2 contrast ratio, 1..21. */
double theme_contrast(SDL_Color a, SDL_Color b);
const char *theme_role_name(ColorRole r);

#endif
