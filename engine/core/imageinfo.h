/*
** imageinfo.h — the kind and size of an image file from its header alone,
** so that a picture can be refused before anything decodes it: a small
** PNG can claim 20,000 × 20,000 pixels and cost gigabytes to open.
*/
#ifndef BLIKK_IMAGEINFO_H
#define BLIKK_IMAGEINFO_H

#include <stdbool.h>
#include <stddef.h>

/* The largest picture a scenario may use, per side, and as a file. */
enum { IMAGE_MAX_SIDE = 8192, IMAGE_MAX_BYTES = 32 * 1024 * 1024 };

typedef enum { IMAGE_UNKNOWN, IMAGE_PNG, IMAGE_JPEG, IMAGE_GIF, IMAGE_WEBP, IMAGE_BMP } ImageKind;

/* Reads the header of `path`. Returns false (errno set, or EINVAL for an
   unknown format) when the kind or size cannot be found. */
bool image_info(const char *path, ImageKind *kind, int *w, int *h, size_t *bytes);
/* NULL if the image may be opened, else why not (a sentence to show). */
const char *image_refusal(const char *path);

#endif
