/*
** font.c — font files, sizes, measuring and the rendered-text cache.
**
** Uses SDL2_ttf (FreeType) and, only when no known file is installed or
** the setting names a family, fontconfig's `fc-match` as a child process:
** it costs a few milliseconds, so the known Debian paths are tried first
** to keep start-up lean. Styles without a file of their own (DejaVu's
** italic lives in fonts-dejavu-extra) are drawn by SDL_ttf's synthetic
** slant or emboldening.
**
** Rendered text is cached as textures keyed by style, size, colour and
** the string, so redrawing an unchanged screen is only texture copies.
*/
#include "font.h"

#include <errno.h>
#include <limits.h>
#include <spawn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

#define MAX_OPEN 40
#define TEX_BUDGET (12u << 20) /* bytes of cached text before old go */

typedef struct {
    const char *family;
    const char *file[FS_COUNT];
} KnownFamily;

/* In order of preference. Paths are the Debian packages' (fonts-noto-core,
   fonts-dejavu-core and -extra). */
static const KnownFamily known[] = {
    {"Noto Sans", {"/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
                   "/usr/share/fonts/truetype/noto/NotoSans-Italic.ttf",
                   "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
                   "/usr/share/fonts/truetype/noto/NotoSans-BoldItalic.ttf"}},
    {"DejaVu Sans", {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                     "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf",
                     "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
                     "/usr/share/fonts/truetype/dejavu/DejaVuSans-BoldOblique.ttf"}},
    {"Noto Serif", {"/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf",
                    "/usr/share/fonts/truetype/noto/NotoSerif-Italic.ttf",
                    "/usr/share/fonts/truetype/noto/NotoSerif-Bold.ttf",
                    "/usr/share/fonts/truetype/noto/NotoSerif-BoldItalic.ttf"}},
    {"DejaVu Serif", {"/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
                      "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf",
                      "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
                      "/usr/share/fonts/truetype/dejavu/DejaVuSerif-BoldItalic.ttf"}},
};
#define NKNOWN (sizeof known / sizeof known[0])

typedef struct {
    uint64_t hash;
    char *s;
    size_t len;
    int px;
    FontStyle st;
    Uint32 rgba;
    SDL_Texture *tex;
    int w, h;
    unsigned used; /* frame last drawn */
} TexEntry;

typedef struct {
    TTF_Font *f;
    int px;
    FontStyle st;
    unsigned used;
} OpenFont;

typedef struct {
    uint64_t key; /* 0: empty */
    int w;
} Measure;

/* A font file mapped into memory, shared by every size of its style. */
typedef struct {
    FontStyle owner; /* the style whose file[] names it */
    void *data;
    size_t size;
} MappedFile;

struct FontSet {
    char family[128];
    MappedFile mapped[FS_COUNT];
    int nmapped;
    char file[FS_COUNT][PATH_MAX];
    int synth[FS_COUNT]; /* TTF_STYLE_* to apply when the file is the regular */
    OpenFont open[MAX_OPEN];
    int nopen;
    Measure *mc;
    size_t mc_cap, mc_n;
    TexEntry *tex;
    size_t ntex, cap_tex, tex_bytes;
    int *index; /* open addressing into tex; -1 empty */
    size_t index_cap;
    unsigned frame;
    size_t renders;
};

static uint64_t fnv(uint64_t h, const void *p, size_t n) {
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++) {
        h ^= b[i];
        h *= 1099511628211ull;
    }
    return h;
}

static uint64_t key_of(FontStyle st, int px, const char *s, size_t len) {
    uint64_t h = 1469598103934665603ull;
    int head[2] = {(int)st, px};
    h = fnv(h, head, sizeof head);
    h = fnv(h, s, len);
    return h ? h : 1;
}

static bool readable(const char *path) {
    struct stat sb;
    return path && stat(path, &sb) == 0 && S_ISREG(sb.st_mode);
}

/* {====================================================== finding files */

/* Runs `fc-match -f FORMAT PATTERN` and returns its output (one line).
   A child process, not libfontconfig: fontconfig's start-up costs tens of
   milliseconds and is needed only when the known paths fail. */
static bool fc_match(const char *pattern, const char *format, char *out,
                     size_t size) {
    int fd[2];
    if (pipe(fd) != 0) return false;
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, fd[1], 1);
    posix_spawn_file_actions_addclose(&fa, fd[0]);
    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", 0, 0);
    char *argv[] = {"fc-match", "-f", (char *)format, (char *)pattern, NULL};
    pid_t pid;
    int rc = posix_spawnp(&pid, "fc-match", &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    close(fd[1]);
    size_t n = 0;
    if (rc == 0) {
        ssize_t r;
        while (n + 1 < size && (r = read(fd[0], out + n, size - 1 - n)) > 0) n += (size_t)r;
        int status;
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) n = 0;
    }
    close(fd[0]);
    out[n] = '\0';
    char *nl = strchr(out, '\n');
    if (nl) *nl = '\0';
    return n > 0 && out[0];
}

static void set_regular_only(FontSet *fs, const char *path) {
    for (int s = 0; s < FS_COUNT; s++) {
        snprintf(fs->file[s], sizeof fs->file[s], "%s", path);
        fs->synth[s] = s == FS_ITALIC ? TTF_STYLE_ITALIC
                       : s == FS_BOLD ? TTF_STYLE_BOLD
                       : s == FS_BOLD_ITALIC ? (TTF_STYLE_BOLD | TTF_STYLE_ITALIC)
                                             : TTF_STYLE_NORMAL;
    }
}

static bool use_known(FontSet *fs, const KnownFamily *k) {
    if (!readable(k->file[FS_REGULAR])) return false;
    snprintf(fs->family, sizeof fs->family, "%s", k->family);
    set_regular_only(fs, k->file[FS_REGULAR]);
    for (int s = 1; s < FS_COUNT; s++) {
        if (readable(k->file[s])) {
            snprintf(fs->file[s], sizeof fs->file[s], "%s", k->file[s]);
            fs->synth[s] = TTF_STYLE_NORMAL;
        } else if (s == FS_BOLD_ITALIC && readable(k->file[FS_BOLD])) {
            snprintf(fs->file[s], sizeof fs->file[s], "%s", k->file[FS_BOLD]);
            fs->synth[s] = TTF_STYLE_ITALIC;
        }
    }
    return true;
}

/* A family name or pattern through fontconfig; the styles too, but only
   when fontconfig finds the same family for them. */
static bool use_fontconfig(FontSet *fs, const char *pattern) {
    char file[PATH_MAX], fam[128];
    if (!fc_match(pattern, "%{file}", file, sizeof file) || !readable(file)) return false;
    if (!fc_match(pattern, "%{family[0]}", fam, sizeof fam)) snprintf(fam, sizeof fam, "%s", pattern);
    snprintf(fs->family, sizeof fs->family, "%s", fam);
    set_regular_only(fs, file);
    static const char *const styles[FS_COUNT] = {"", ":style=Italic", ":style=Bold",
                                                 ":style=Bold Italic"};
    for (int s = 1; s < FS_COUNT; s++) {
        char pat[300], f2[PATH_MAX], fam2[128];
        snprintf(pat, sizeof pat, "%s%s", fam, styles[s]);
        if (fc_match(pat, "%{file}", f2, sizeof f2) && readable(f2) &&
            fc_match(pat, "%{family[0]}", fam2, sizeof fam2) && strcmp(fam2, fam) == 0 &&
            strcmp(f2, file) != 0) {
            snprintf(fs->file[s], sizeof fs->file[s], "%s", f2);
            fs->synth[s] = TTF_STYLE_NORMAL;
        }
    }
    return true;
}

static bool use_want(FontSet *fs, const char *want) {
    if (strchr(want, '/')) {
        if (!readable(want)) return false;
        /* A file that is there but is no font would leave every text
           without a face: try it once, and fall back if it fails. */
        TTF_Font *probe = TTF_WasInit() ? TTF_OpenFont(want, 12) : NULL;
        if (TTF_WasInit() && !probe) return false;
        if (probe) TTF_CloseFont(probe);
        const char *base = strrchr(want, '/') + 1;
        snprintf(fs->family, sizeof fs->family, "%s", base);
        set_regular_only(fs, want);
        return true;
    }
    for (size_t i = 0; i < NKNOWN; i++)
        if (SDL_strcasecmp(want, known[i].family) == 0) return use_known(fs, &known[i]);
    return use_fontconfig(fs, want);
}

FontSet *font_new(const char *want, char *note, size_t notesize, char *err,
                  size_t errsize) {
    if (note && notesize) note[0] = '\0';
    FontSet *fs = calloc(1, sizeof *fs);
    if (!fs) {
        snprintf(err, errsize, "out of memory");
        return NULL;
    }
    if (want && *want) {
        if (use_want(fs, want)) return fs;
        if (note)
            snprintf(note, notesize, "%s", want); /* the caller words the message */
    }
    for (size_t i = 0; i < 2; i++) /* the two sans families */
        if (use_known(fs, &known[i])) return fs;
    if (use_fontconfig(fs, "sans-serif")) return fs;
    snprintf(err, errsize, "%s", "no usable font: neither Noto Sans nor DejaVu Sans "
             "is installed, and fc-match found no sans-serif font");
    free(fs);
    return NULL;
}

size_t font_known_families(const char **names, size_t max) {
    size_t n = 0;
    for (size_t i = 0; i < NKNOWN && n < max; i++)
        if (readable(known[i].file[FS_REGULAR])) names[n++] = known[i].family;
    return n;
}

const char *font_family(const FontSet *fs) { return fs->family; }
const char *font_file(const FontSet *fs, FontStyle st) { return fs->file[st]; }

/* }====================================================== */

/* {====================================================== sizes */

/* FreeType reads glyphs straight from the mapped file; through SDL's
   stdio stream every glyph first cost an lseek and a read, and every open
   size kept its own copies of the font's tables. Font files are replaced
   by renaming (dpkg does so), which leaves the mapping intact. NULL when
   the file cannot be mapped: the caller reads it as a stream instead. */
static const MappedFile *map_file(FontSet *fs, FontStyle st) {
    const char *path = fs->file[st];
    for (int i = 0; i < fs->nmapped; i++)
        if (strcmp(fs->file[fs->mapped[i].owner], path) == 0) return &fs->mapped[i];
    if (fs->nmapped == FS_COUNT) return NULL;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return NULL;
    struct stat sb;
    void *data = MAP_FAILED;
    /* SDL_RWFromConstMem takes an int size; no real font comes near it. */
    if (fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_size > 0 &&
        sb.st_size < (off_t)1 << 30)
        data = mmap(NULL, (size_t)sb.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (data == MAP_FAILED) return NULL;
    MappedFile *m = &fs->mapped[fs->nmapped++];
    m->owner = st;
    m->data = data;
    m->size = (size_t)sb.st_size;
    return m;
}

static TTF_Font *open_size(FontSet *fs, FontStyle st, int px) {
    const MappedFile *m = map_file(fs, st);
    SDL_RWops *rw = m ? SDL_RWFromConstMem(m->data, (int)m->size) : SDL_RWFromFile(fs->file[st], "rb");
    return rw ? TTF_OpenFontRW(rw, 1, px) : NULL; /* closes rw when it fails */
}

TTF_Font *font_get(FontSet *fs, FontStyle st, int px) {
    if (px < 4) px = 4;
    for (int i = 0; i < fs->nopen; i++) {
        if (fs->open[i].px == px && fs->open[i].st == st) {
            fs->open[i].used = fs->frame;
            return fs->open[i].f;
        }
    }
    TTF_Font *f = open_size(fs, st, px);
    if (!f && st != FS_REGULAR) return font_get(fs, FS_REGULAR, px);
    if (!f) return NULL;
    TTF_SetFontStyle(f, fs->synth[st]);
    TTF_SetFontHinting(f, TTF_HINTING_LIGHT);
    if (fs->nopen == MAX_OPEN) { /* close the one used longest ago */
        int old = 0;
        for (int i = 1; i < fs->nopen; i++)
            if (fs->open[i].used < fs->open[old].used) old = i;
        TTF_CloseFont(fs->open[old].f);
        fs->open[old] = fs->open[--fs->nopen];
    }
    fs->open[fs->nopen++] = (OpenFont){f, px, st, fs->frame};
    return f;
}

int font_height(FontSet *fs, FontStyle st, int px) {
    TTF_Font *f = font_get(fs, st, px);
    return f ? TTF_FontHeight(f) : px;
}

int font_measure(FontSet *fs, FontStyle st, int px, const char *s, size_t len) {
    if (len == 0) return 0;
    uint64_t k = key_of(st, px, s, len);
    if (fs->mc_n * 4 >= fs->mc_cap * 3) { /* full: start afresh */
        size_t cap = fs->mc_cap ? fs->mc_cap : 4096;
        free(fs->mc);
        fs->mc = calloc(cap, sizeof *fs->mc);
        fs->mc_cap = fs->mc ? cap : 0;
        fs->mc_n = 0;
    }
    size_t i = fs->mc_cap ? (size_t)(k % fs->mc_cap) : 0;
    if (fs->mc_cap) {
        for (; fs->mc[i].key; i = (i + 1) % fs->mc_cap)
            if (fs->mc[i].key == k) return fs->mc[i].w;
    }
    TTF_Font *f = font_get(fs, st, px);
    int w = 0, h = 0;
    char stackbuf[512];
    char *buf = len < sizeof stackbuf ? stackbuf : malloc(len + 1);
    if (f && buf) {
        memcpy(buf, s, len);
        buf[len] = '\0';
        if (TTF_SizeUTF8(f, buf, &w, &h) != 0) w = (int)len * px / 2;
    }
    if (buf != stackbuf) free(buf);
    if (fs->mc_cap) {
        fs->mc[i] = (Measure){k, w};
        fs->mc_n++;
    }
    return w;
}

/* }====================================================== */

/* {====================================================== text cache */

static void index_rebuild(FontSet *fs) {
    size_t cap = 64;
    while (cap < fs->ntex * 2 + 16) cap *= 2;
    int *idx = malloc(cap * sizeof *idx);
    if (!idx) return; /* keep the old one; lookups still work */
    for (size_t i = 0; i < cap; i++) idx[i] = -1;
    for (size_t e = 0; e < fs->ntex; e++) {
        size_t i = (size_t)(fs->tex[e].hash % cap);
        while (idx[i] >= 0) i = (i + 1) % cap;
        idx[i] = (int)e;
    }
    free(fs->index);
    fs->index = idx;
    fs->index_cap = cap;
}

static void entry_free(TexEntry *e) {
    if (e->tex) SDL_DestroyTexture(e->tex);
    free(e->s);
}

static Uint32 rgba_of(SDL_Color c) {
    return (Uint32)c.r << 24 | (Uint32)c.g << 16 | (Uint32)c.b << 8 | c.a;
}

static TexEntry *lookup(FontSet *fs, uint64_t k, FontStyle st, int px, Uint32 rgba,
                        const char *s, size_t len) {
    if (!fs->index_cap) return NULL;
    for (size_t i = (size_t)(k % fs->index_cap); fs->index[i] >= 0; i = (i + 1) % fs->index_cap) {
        TexEntry *e = &fs->tex[fs->index[i]];
        if (e->hash == k && e->px == px && e->st == st && e->rgba == rgba && e->len == len &&
            memcmp(e->s, s, len) == 0)
            return e;
    }
    return NULL;
}

static SDL_Surface *render(FontSet *fs, FontStyle st, int px, SDL_Color color, const char *s,
                           size_t len, char **copy) {
    TTF_Font *f = font_get(fs, st, px);
    *copy = malloc(len + 1);
    if (!f || !*copy) {
        free(*copy);
        *copy = NULL;
        return NULL;
    }
    memcpy(*copy, s, len);
    (*copy)[len] = '\0';
    fs->renders++;
    SDL_Surface *surf = TTF_RenderUTF8_Blended(f, *copy, color);
    if (!surf) {
        free(*copy);
        *copy = NULL;
    }
    return surf;
}

static TexEntry *add_entry(FontSet *fs, TexEntry e) {
    if (fs->ntex == fs->cap_tex) {
        size_t cap = fs->cap_tex ? fs->cap_tex * 2 : 128;
        TexEntry *n = realloc(fs->tex, cap * sizeof *n);
        if (!n) {
            entry_free(&e);
            return NULL;
        }
        fs->tex = n;
        fs->cap_tex = cap;
    }
    fs->tex[fs->ntex++] = e;
    fs->tex_bytes += (size_t)e.w * (size_t)e.h * 4;
    if (fs->ntex * 2 + 16 > fs->index_cap) {
        index_rebuild(fs);
    } else {
        size_t i = (size_t)(e.hash % fs->index_cap);
        while (fs->index[i] >= 0) i = (i + 1) % fs->index_cap;
        fs->index[i] = (int)(fs->ntex - 1);
    }
    return &fs->tex[fs->ntex - 1];
}

SDL_Texture *font_texture(FontSet *fs, SDL_Renderer *ren, FontStyle st, int px,
                          SDL_Color color, const char *s, size_t len, int *w, int *h) {
    *w = *h = 0;
    if (len == 0) return NULL;
    Uint32 rgba = rgba_of(color);
    uint64_t k = key_of(st, px, s, len) ^ (rgba * 0x9E3779B97F4A7C15ull);
    if (!k) k = 1;
    TexEntry *e = lookup(fs, k, st, px, rgba, s, len);
    if (e) {
        e->used = fs->frame;
        *w = e->w;
        *h = e->h;
        return e->tex;
    }
    char *copy;
    SDL_Surface *surf = render(fs, st, px, color, s, len, &copy);
    if (!surf) return NULL;
    SDL_Texture *tex = SDL_CreateTextureFromSurface(ren, surf);
    TexEntry n = {k, copy, len, px, st, rgba, tex, surf->w, surf->h, fs->frame};
    SDL_FreeSurface(surf);
    if (!tex) {
        free(copy);
        return NULL;
    }
    SDL_SetTextureBlendMode(tex, SDL_BLENDMODE_BLEND);
    if (!add_entry(fs, n)) return NULL;
    *w = n.w;
    *h = n.h;
    return tex;
}

void font_frame_done(FontSet *fs) {
    if (fs->tex_bytes > TEX_BUDGET) {
        /* Keep what this frame drew; the rest is another screen's text. */
        size_t j = 0;
        fs->tex_bytes = 0;
        for (size_t i = 0; i < fs->ntex; i++) {
            if (fs->tex[i].used == fs->frame) {
                fs->tex[j++] = fs->tex[i];
                fs->tex_bytes += (size_t)fs->tex[i].w * (size_t)fs->tex[i].h * 4;
            } else {
                entry_free(&fs->tex[i]);
            }
        }
        fs->ntex = j;
        index_rebuild(fs);
    }
    fs->frame++;
}

void font_drop_textures(FontSet *fs) {
    for (size_t i = 0; i < fs->ntex; i++) entry_free(&fs->tex[i]);
    fs->ntex = 0;
    fs->tex_bytes = 0;
    for (size_t i = 0; i < fs->index_cap; i++) fs->index[i] = -1;
}

void font_stats(const FontSet *fs, size_t *textures, size_t *renders) {
    if (textures) *textures = fs->ntex;
    if (renders) *renders = fs->renders;
}

void font_free(FontSet *fs) {
    if (!fs) return;
    font_drop_textures(fs);
    for (int i = 0; i < fs->nopen; i++) TTF_CloseFont(fs->open[i].f);
    for (int i = 0; i < fs->nmapped; i++) munmap(fs->mapped[i].data, fs->mapped[i].size);
    free(fs->tex);
    free(fs->index);
    free(fs->mc);
    free(fs);
}

/* }====================================================== */
