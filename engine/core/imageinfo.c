/*
** imageinfo.c — reads width and height from PNG, JPEG, GIF, WebP and BMP
** headers (the formats SDL2_image is built with on Debian that a case is
** likely to use). No decoding: a few hundred bytes at most.
*/
#include "imageinfo.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "i18n.h"

static uint32_t be32(const unsigned char *p) {
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}
static uint32_t le16(const unsigned char *p) { return (uint32_t)p[0] | (uint32_t)p[1] << 8; }
static uint32_t le32(const unsigned char *p) { return le16(p) | le16(p + 2) << 16; }

/* JPEG: the size is in the first start-of-frame segment. */
static bool jpeg_size(FILE *f, int *w, int *h) {
    unsigned char m[4];
    for (int segments = 0; segments < 1000; segments++) {
        int c;
        do c = fgetc(f); while (c == 0xFF);
        if (c == EOF) return false;
        int marker = c;
        if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) continue;
        if (fread(m, 1, 2, f) != 2) return false;
        long len = (long)m[0] << 8 | m[1];
        if (len < 2) return false;
        bool sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 &&
                   marker != 0xCC;
        if (sof) {
            unsigned char s[5];
            if (fread(s, 1, 5, f) != 5) return false;
            *h = s[1] << 8 | s[2];
            *w = s[3] << 8 | s[4];
            return true;
        }
        if (fseek(f, len - 2, SEEK_CUR) != 0) return false;
        /* the byte after a segment must start the next marker */
        c = fgetc(f);
        if (c != 0xFF) return false;
        ungetc(c, f);
    }
    return false;
}

bool image_info(const char *path, ImageKind *kind, int *w, int *h, size_t *bytes) {
    *kind = IMAGE_UNKNOWN;
    *w = *h = 0;
    struct stat st;
    if (stat(path, &st) != 0) return false;
    if (!S_ISREG(st.st_mode)) { errno = EINVAL; return false; }
    *bytes = (size_t)st.st_size;
    FILE *f = fopen(path, "rb");
    if (!f) return false;
    unsigned char b[32] = {0};
    size_t n = fread(b, 1, sizeof b, f);
    bool ok = false;
    if (n >= 24 && !memcmp(b, "\x89PNG\r\n\x1a\n", 8) && !memcmp(b + 12, "IHDR", 4)) {
        *kind = IMAGE_PNG;
        *w = (int)(be32(b + 16) & 0x7FFFFFFF);
        *h = (int)(be32(b + 20) & 0x7FFFFFFF);
        ok = true;
    } else if (n >= 10 && (!memcmp(b, "GIF87a", 6) || !memcmp(b, "GIF89a", 6))) {
        *kind = IMAGE_GIF;
        *w = (int)le16(b + 6);
        *h = (int)le16(b + 8);
        ok = true;
    } else if (n >= 30 && !memcmp(b, "RIFF", 4) && !memcmp(b + 8, "WEBP", 4)) {
        *kind = IMAGE_WEBP;
        if (!memcmp(b + 12, "VP8 ", 4)) {
            *w = (int)(le16(b + 26) & 0x3FFF);
            *h = (int)(le16(b + 28) & 0x3FFF);
            ok = true;
        } else if (!memcmp(b + 12, "VP8L", 4)) {
            uint32_t v = le32(b + 21);
            *w = (int)(v & 0x3FFF) + 1;
            *h = (int)((v >> 14) & 0x3FFF) + 1;
            ok = true;
        } else if (!memcmp(b + 12, "VP8X", 4)) {
            *w = (int)(b[24] | b[25] << 8 | b[26] << 16) + 1;
            *h = (int)(b[27] | b[28] << 8 | b[29] << 16) + 1;
            ok = true;
        }
    } else if (n >= 26 && !memcmp(b, "BM", 2)) {
        *kind = IMAGE_BMP;
        int32_t bw = (int32_t)le32(b + 18), bh = (int32_t)le32(b + 22);
        *w = bw < 0 ? -bw : bw;
        *h = bh < 0 ? -bh : bh;
        ok = true;
    } else if (n >= 3 && b[0] == 0xFF && b[1] == 0xD8) {
        *kind = IMAGE_JPEG;
        fseek(f, 2, SEEK_SET);
        ok = jpeg_size(f, w, h);
    }
    fclose(f);
    if (!ok) errno = EINVAL;
    return ok;
}

const char *image_refusal(const char *path) {
    ImageKind kind;
    int w, h;
    size_t bytes = 0;
    if (!image_info(path, &kind, &w, &h, &bytes))
        return kind == IMAGE_UNKNOWN && errno == EINVAL
                   ? _("it is not a PNG, JPEG, GIF, WebP or BMP picture")
                   : _("it cannot be read");
    if (bytes > IMAGE_MAX_BYTES) return _("the file is larger than 32 MB; save a smaller picture");
    if (w <= 0 || h <= 0) return _("the picture has no size");
    if (w > IMAGE_MAX_SIDE || h > IMAGE_MAX_SIDE)
        return _("the picture is larger than 8192 pixels on a side; save a smaller one");
    return NULL;
}
