/*
** theme.c — the theme: built-in values, reading assets/theme.json (jansson)
** over them, and the WCAG contrast ratio the tests check the palettes with.
** The built-in values equal the shipped file, so a missing or broken file
** costs a message, never the look of the window.
*/
#include "theme.h"

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

static const char *const role_names[C_COUNT] = {
    "background", "surface", "text", "muted", "border", "control",
    "accent", "on-accent", "accent-soft", "focus",
    "risk", "on-risk", "risk-soft",
    "protective", "on-protective", "protective-soft",
    "speech", "notice", "notice-soft", "error", "error-soft", "overlay",
};

static const char *const type_names[TS_COUNT] = {"small", "body", "lead",
                                                 "h3", "h2", "h1"};
static const char *const space_names[SP_COUNT] = {"xs", "s", "m", "l", "xl"};
static const char *const palette_names[PAL_COUNT] = {"default", "high-contrast"};

/* Every pair the screens draw text with; a new pair in a screen belongs
   here too, so that the test holds it to AA. */
const ColorPair theme_text_pairs[] = {
    {C_TEXT, C_BACKGROUND},     {C_TEXT, C_SURFACE},
    {C_MUTED, C_BACKGROUND},    {C_MUTED, C_SURFACE},
    {C_ACCENT, C_SURFACE},      {C_ACCENT, C_BACKGROUND},
    {C_ON_ACCENT, C_ACCENT},    {C_ACCENT, C_ACCENT_SOFT},
    {C_TEXT, C_ACCENT_SOFT},    {C_MUTED, C_ACCENT_SOFT},
    {C_RISK, C_RISK_SOFT},      {C_ON_RISK, C_RISK},
    {C_TEXT, C_RISK_SOFT},      {C_RISK, C_SURFACE},
    {C_PROTECTIVE, C_PROTECTIVE_SOFT}, {C_ON_PROTECTIVE, C_PROTECTIVE},
    {C_TEXT, C_PROTECTIVE_SOFT}, {C_PROTECTIVE, C_SURFACE},
    {C_TEXT, C_SPEECH},         {C_MUTED, C_SPEECH},
    {C_NOTICE, C_NOTICE_SOFT},  {C_TEXT, C_NOTICE_SOFT},
    {C_ERROR, C_ERROR_SOFT},    {C_TEXT, C_ERROR_SOFT},
    {C_ERROR, C_SURFACE},       {C_NOTICE, C_SURFACE},
};
const size_t theme_ntext_pairs = sizeof theme_text_pairs / sizeof theme_text_pairs[0];

static SDL_Color rgb(unsigned v) {
    return (SDL_Color){(Uint8)(v >> 16), (Uint8)(v >> 8), (Uint8)v, 255};
}

void theme_defaults(Theme *t) {
    static const int sizes[TS_COUNT] = {15, 18, 20, 19, 23, 30};
    static const int lines[TS_COUNT] = {1450, 1550, 1500, 1350, 1300, 1250};
    static const int spaces[SP_COUNT] = {4, 8, 16, 24, 40};
    static const unsigned def[C_COUNT] = {
        0xF4F6F8, 0xFFFFFF, 0x1A2330, 0x4B5767, 0xD3D9E0, 0x6B7785,
        0x1B5E9E, 0xFFFFFF, 0xE6EFF8, 0x0B4F8A,
        0xA8321F, 0xFFFFFF, 0xFBECE9,
        0x1D6B40, 0xFFFFFF, 0xE5F3EA,
        0xEEF2F6, 0x7A5A00, 0xFFF6DD, 0xA8321F, 0xFBECE9, 0x1A2330,
    };
    static const unsigned hc[C_COUNT] = {
        0x000000, 0x000000, 0xFFFFFF, 0xE6E6E6, 0xFFFFFF, 0xFFFFFF,
        0xFFE14D, 0x000000, 0x000000, 0x00E5FF,
        0xFF9C8F, 0x000000, 0x000000,
        0x8CF0B0, 0x000000, 0x000000,
        0x000000, 0xFFE14D, 0x000000, 0xFF9C8F, 0x000000, 0x000000,
    };
    memset(t, 0, sizeof *t);
    memcpy(t->size, sizes, sizeof sizes);
    memcpy(t->line, lines, sizeof lines);
    memcpy(t->space, spaces, sizeof spaces);
    t->measure = 64;
    t->content = 1120;
    t->radius = 6;
    t->border = 1;
    t->focus = 3;
    for (int i = 0; i < C_COUNT; i++) {
        t->palette[PAL_DEFAULT].color[i] = rgb(def[i]);
        t->palette[PAL_HIGH_CONTRAST].color[i] = rgb(hc[i]);
    }
    t->palette[PAL_DEFAULT].color[C_OVERLAY].a = 0xA0;
    t->palette[PAL_HIGH_CONTRAST].color[C_OVERLAY].a = 0xD0;
}

const char *theme_role_name(ColorRole r) {
    return r < C_COUNT ? role_names[r] : "?";
}

/* "#RRGGBB" or "#RRGGBBAA". */
static bool parse_color(const char *s, SDL_Color *out) {
    unsigned v[4] = {0, 0, 0, 255};
    size_t n = s ? strlen(s) : 0;
    if ((n != 7 && n != 9) || s[0] != '#') return false;
    for (size_t i = 0; i < (n - 1) / 2; i++) {
        unsigned hi, lo;
        char c1 = s[1 + 2 * i], c2 = s[2 + 2 * i];
        if (!SDL_isxdigit(c1) || !SDL_isxdigit(c2)) return false;
        hi = (unsigned)(SDL_isdigit(c1) ? c1 - '0' : (SDL_tolower(c1) - 'a' + 10));
        lo = (unsigned)(SDL_isdigit(c2) ? c2 - '0' : (SDL_tolower(c2) - 'a' + 10));
        v[i] = hi * 16 + lo;
    }
    *out = (SDL_Color){(Uint8)v[0], (Uint8)v[1], (Uint8)v[2], (Uint8)v[3]};
    return true;
}

static int index_of(const char *key, const char *const *names, int n) {
    for (int i = 0; i < n; i++)
        if (strcmp(key, names[i]) == 0) return i;
    return -1;
}

static bool read_int(json_t *v, int lo, int hi, int *out) {
    if (!json_is_number(v)) return false;
    double d = json_number_value(v);
    if (d < lo || d > hi) return false;
    *out = (int)lround(d);
    return true;
}

bool theme_load(Theme *t, const char *path, char *err, size_t errsize) {
    json_error_t je;
    json_t *root = json_load_file(path, 0, &je);
    if (!root) {
        snprintf(err, errsize, "%s:%d: %s", path, je.line, je.text);
        return false;
    }
    bool ok = true;
    const char *key;
    json_t *v;
    json_t *type = json_object_get(root, "type");
    json_object_foreach(type, key, v) {
        int i = index_of(key, type_names, TS_COUNT);
        json_t *line = json_object_get(v, "line");
        if (i < 0 || !read_int(json_object_get(v, "size"), 8, 96, &t->size[i]) ||
            !json_is_number(line)) {
            snprintf(err, errsize, "%s: bad type entry '%s'", path, key);
            ok = false;
            continue;
        }
        t->line[i] = (int)lround(json_number_value(line) * 1000);
    }
    json_t *space = json_object_get(root, "space");
    json_object_foreach(space, key, v) {
        int i = index_of(key, space_names, SP_COUNT);
        int *dst = i >= 0                         ? &t->space[i]
                   : strcmp(key, "radius") == 0   ? &t->radius
                   : strcmp(key, "border") == 0   ? &t->border
                   : strcmp(key, "focus") == 0    ? &t->focus
                   : strcmp(key, "measure") == 0  ? &t->measure
                   : strcmp(key, "content") == 0  ? &t->content
                                                  : NULL;
        if (!dst || !read_int(v, 0, 4000, dst)) {
            snprintf(err, errsize, "%s: bad space entry '%s'", path, key);
            ok = false;
        }
    }
    json_t *pals = json_object_get(root, "palettes");
    json_object_foreach(pals, key, v) {
        int p = index_of(key, palette_names, PAL_COUNT);
        if (p < 0) {
            snprintf(err, errsize, "%s: unknown palette '%s'", path, key);
            ok = false;
            continue;
        }
        const char *role;
        json_t *c;
        json_object_foreach(v, role, c) {
            int r = index_of(role, role_names, C_COUNT);
            if (r < 0 || !parse_color(json_string_value(c), &t->palette[p].color[r])) {
                snprintf(err, errsize, "%s: bad colour '%s' in palette '%s'", path,
                         role, key);
                ok = false;
            }
        }
    }
    json_decref(root);
    return ok;
}

static double channel(Uint8 c) {
    double v = c / 255.0;
    return v <= 0.03928 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4);
}

static double luminance(SDL_Color c) {
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

double theme_contrast(SDL_Color a, SDL_Color b) {
    double la = luminance(a), lb = luminance(b);
    return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) / (la + 0.05);
}
