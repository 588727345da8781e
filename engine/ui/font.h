/*
** font.h — fonts for the window: finding the files (a setting, known Debian
** paths, fontconfig's fc-match), opening each style and pixel size on first
** use, measuring, and a cache of rendered text so that an unchanged screen
** redraws without touching FreeType.
*/
#ifndef BLIKK_UI_FONT_H
#define BLIKK_UI_FONT_H

#include <SDL.h>
#include <SDL_ttf.h>
#include <stdbool.h>
#include <stddef.h>

typedef enum { FS_REGULAR, FS_ITALIC, FS_BOLD, FS_BOLD_ITALIC, FS_COUNT } FontStyle;

typedef struct FontSet FontSet;

/* Finds the font files: `want` (a family name, a fontconfig pattern or a
   file path; NULL or "" for the default) first, then Noto Sans and DejaVu
   Sans at their Debian paths, then fc-match. Returns NULL when no font can
   be found, with the reason in `err`. When `want` cannot be used but a
   default can, returns the default and puts a warning into `note`. */
FontSet *font_new(const char *want, char *note, size_t notesize, char *err,
                  size_t errsize);
void font_free(FontSet *fs);

/* The family name shown in settings, and the file a style comes from. */
const char *font_family(const FontSet *fs);
const char *font_file(const FontSet *fs, FontStyle st);

/* Families from the known list whose files are installed; returns how many
   were put into names[0..max). */
size_t font_known_families(const char **names, size_t max);

/* The font at a pixel size (opened on first use; NULL if it cannot be). */
TTF_Font *font_get(FontSet *fs, FontStyle st, int px);
/* Width of s[0..len) in pixels; cached per word. */
int font_measure(FontSet *fs, FontStyle st, int px, const char *s, size_t len);
/* Height of the rendered text (ascent + descent). */
int font_height(FontSet *fs, FontStyle st, int px);

/* Texture of s[0..len) drawn in `color`, owned by the cache; *w and *h get
   its size. NULL on failure. The colour is part of the key, not a tint:
   the software renderer blends an untinted texture much faster. */
SDL_Texture *font_texture(FontSet *fs, SDL_Renderer *ren, FontStyle st, int px,
                          SDL_Color color, const char *s, size_t len, int *w, int *h);
/* Marks the end of a frame: textures not used for a few frames may go. */
void font_frame_done(FontSet *fs);
/* Drops every texture (the renderer is about to change). */
void font_drop_textures(FontSet *fs);
/* Number of cached textures and renders done so far, for tests. */
void font_stats(const FontSet *fs, size_t *textures, size_t *renders);

#endif
