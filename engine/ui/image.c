/*
** image.c — pictures through SDL2_image, which is loaded on first use.
**
** Linking SDL2_image at build time pulls its codecs into every start:
** libtiff, libwebp, libjpeg, libjbig, libLerc (and with it libstdc++),
** libdeflate — nine shared libraries the dynamic loader maps and relocates
** before main(), about 1.4 ms of a 37 ms start to the first menu, for a
** menu that shows no picture. So the window links SDL2 and SDL2_ttf, and
** this file opens SDL2_image (its stable SONAME) when the first picture
** is read or written. Without it Blikk still runs; pictures are then
** missing with a message that names the package.
*/
#include <SDL.h>
#include <SDL_image.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "image.h"

#define IMAGE_LIBRARY "libSDL2_image-2.0.so.0"

typedef SDL_Surface *(*LoadFn)(const char *file);
typedef int (*SavePngFn)(SDL_Surface *surface, const char *file);
typedef void (*QuitFn)(void);

/* The pointer types above must match SDL_image.h; comparing them with the
   real functions (unevaluated, so nothing is linked) makes the compiler
   warn if a header ever changes a signature. */
_Static_assert(sizeof(&IMG_Load == (LoadFn)0) > 0, "IMG_Load");
_Static_assert(sizeof(&IMG_SavePNG == (SavePngFn)0) > 0, "IMG_SavePNG");
_Static_assert(sizeof(&IMG_Quit == (QuitFn)0) > 0, "IMG_Quit");

static struct {
    void *lib;
    bool tried;
    char why[300]; /* why it could not be opened */
    LoadFn load;
    SavePngFn save_png;
    QuitFn quit;
} img;

/* dlsym-style lookup; memcpy because ISO C has no cast from an object
   pointer to a function pointer. */
static bool find(const char *name, void *fn, size_t size) {
    void *p = SDL_LoadFunction(img.lib, name);
    if (!p) return false;
    memcpy(fn, &p, size);
    return true;
}

static bool image_open(void) {
    if (img.tried) return img.lib != NULL;
    img.tried = true;
    /* A system whose SDL2_image has another name can say which; the tests
       use it to stand for a machine without the library. */
    const char *name = getenv("BLIKK_SDL2_IMAGE");
    if (!name || !*name) name = IMAGE_LIBRARY;
    img.lib = SDL_LoadObject(name);
    if (img.lib && find("IMG_Load", &img.load, sizeof img.load) &&
        find("IMG_SavePNG", &img.save_png, sizeof img.save_png) &&
        find("IMG_Quit", &img.quit, sizeof img.quit))
        return true;
    snprintf(img.why, sizeof img.why,
             _("pictures cannot be read or written: %s (%s). Install the package "
               "libsdl2-image-2.0-0."),
             name, SDL_GetError());
    if (img.lib) SDL_UnloadObject(img.lib);
    img.lib = NULL;
    return false;
}

SDL_Surface *image_load(const char *path, char *err, size_t errsize) {
    if (!image_open()) {
        snprintf(err, errsize, "%s", img.why);
        return NULL;
    }
    SDL_Surface *s = img.load(path);
    if (!s) snprintf(err, errsize, "%s", SDL_GetError());
    return s;
}

bool image_save_png(SDL_Surface *surface, const char *path, char *err, size_t errsize) {
    if (!image_open()) {
        snprintf(err, errsize, "%s", img.why);
        return false;
    }
    if (img.save_png(surface, path) == 0) return true;
    snprintf(err, errsize, "%s", SDL_GetError());
    return false;
}

void image_quit(void) {
    if (img.lib) {
        img.quit();
        SDL_UnloadObject(img.lib);
    }
    memset(&img, 0, sizeof img);
}
