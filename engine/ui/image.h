/*
** image.h — reading and writing pictures (PNG, JPEG, ...) with SDL2_image,
** which is opened only when the first picture is needed (see image.c).
*/
#ifndef BLIKK_UI_IMAGE_H
#define BLIKK_UI_IMAGE_H

#include <SDL.h>
#include <stdbool.h>
#include <stddef.h>

/* The picture at PATH as a new surface the caller frees with
   SDL_FreeSurface, or NULL with the reason in ERR. */
SDL_Surface *image_load(const char *path, char *err, size_t errsize);

/* Writes SURFACE to PATH as PNG; false with the reason in ERR. */
bool image_save_png(SDL_Surface *surface, const char *path, char *err, size_t errsize);

/* Closes SDL2_image if it was opened; after SDL's last use of pictures. */
void image_quit(void);

#endif
