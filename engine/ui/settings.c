/*
** settings.c — loading and saving the window settings with jansson.
** A corrupt file never stops the window: the caller shows the message and
** goes on with the defaults. Saving goes through a temporary file, fsync
** and rename, so the file is always whole.
*/
#include "settings.h"

#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

const int settings_text_sizes[] = {80, 90, 100, 115, 130, 150, 175, 200};
const size_t settings_ntext_sizes = sizeof settings_text_sizes / sizeof settings_text_sizes[0];

void settings_defaults(Settings *s) {
    memset(s, 0, sizeof *s);
    s->text_size = 100;
    s->feedback = FEEDBACK_EACH;
}

int settings_step_text_size(int cur, int dir) {
    if (dir == 0) return 100;
    size_t n = settings_ntext_sizes;
    if (dir > 0) {
        for (size_t i = 0; i < n; i++)
            if (settings_text_sizes[i] > cur) return settings_text_sizes[i];
        return settings_text_sizes[n - 1];
    }
    for (size_t i = n; i-- > 0;)
        if (settings_text_sizes[i] < cur) return settings_text_sizes[i];
    return settings_text_sizes[0];
}

bool settings_path(char *out, size_t size) {
    const char *xdg = getenv("XDG_CONFIG_HOME");
    const char *home = getenv("HOME");
    int n;
    if (xdg && xdg[0] == '/') n = snprintf(out, size, "%s/blikk/settings.json", xdg);
    else if (home && *home) n = snprintf(out, size, "%s/.config/blikk/settings.json", home);
    else return false;
    return n > 0 && (size_t)n < size;
}

static bool valid_size(int v) {
    for (size_t i = 0; i < settings_ntext_sizes; i++)
        if (settings_text_sizes[i] == v) return true;
    return false;
}

/* No control characters (a name is one line of text). */
static bool printable(const char *t) {
    for (; *t; t++)
        if ((unsigned char)*t < 0x20 || *t == 0x7F) return false;
    return true;
}

bool settings_load(Settings *s, const char *path, char *err, size_t errsize) {
    settings_defaults(s);
    FILE *f = fopen(path, "rb");
    if (!f) {
        if (errno == ENOENT) return true;
        snprintf(err, errsize, "%s: %s", path, strerror(errno));
        return false;
    }
    json_error_t je;
    json_t *root = json_loadf(f, JSON_REJECT_DUPLICATES, &je);
    fclose(f);
    if (!json_is_object(root)) {
        if (root) snprintf(err, errsize, "%s: not a JSON object", path);
        else snprintf(err, errsize, "%s:%d: %s", path, je.line, je.text);
        json_decref(root);
        return false;
    }
    bool ok = true;
    const char *bad = NULL;
    json_t *v;
    if ((v = json_object_get(root, "text_size"))) {
        if (json_is_integer(v) && valid_size((int)json_integer_value(v)))
            s->text_size = (int)json_integer_value(v);
        else bad = "text_size";
    }
    if ((v = json_object_get(root, "high_contrast"))) {
        if (json_is_boolean(v)) s->high_contrast = json_is_true(v);
        else bad = "high_contrast";
    }
    if ((v = json_object_get(root, "feedback"))) {
        const char *m = json_string_value(v);
        if (m && strcmp(m, "each") == 0) s->feedback = FEEDBACK_EACH;
        else if (m && strcmp(m, "end") == 0) s->feedback = FEEDBACK_END;
        else bad = "feedback";
    }
    if ((v = json_object_get(root, "language"))) {
        const char *l = json_string_value(v);
        if (l && strlen(l) < sizeof s->language &&
            strspn(l, "abcdefghijklmnopqrstuvwxyz_-") == strlen(l))
            snprintf(s->language, sizeof s->language, "%s", l);
        else bad = "language";
    }
    if ((v = json_object_get(root, "font"))) {
        const char *fnt = json_string_value(v);
        if (fnt && strlen(fnt) < sizeof s->font) snprintf(s->font, sizeof s->font, "%s", fnt);
        else bad = "font";
    }
    if ((v = json_object_get(root, "participant"))) {
        const char *name = json_string_value(v);
        if (name && strlen(name) < sizeof s->participant && printable(name))
            snprintf(s->participant, sizeof s->participant, "%s", name);
        else bad = "participant";
    }
    if (bad) {
        snprintf(err, errsize, "%s: the value of '%s' is not valid", path, bad);
        ok = false;
    }
    json_decref(root);
    return ok;
}

/* mkdir -p for the folder that holds `path`. */
static bool make_parent(const char *path) {
    char dir[PATH_MAX];
    snprintf(dir, sizeof dir, "%s", path);
    char *slash = strrchr(dir, '/');
    if (!slash || slash == dir) return true;
    *slash = '\0';
    for (char *p = dir + 1; *p; p++) {
        if (*p != '/') continue;
        *p = '\0';
        if (mkdir(dir, 0700) != 0 && errno != EEXIST) return false;
        *p = '/';
    }
    return mkdir(dir, 0700) == 0 || errno == EEXIST;
}

bool settings_save(const Settings *s, const char *path, char *err, size_t errsize) {
    json_t *root = json_pack("{s:i, s:i, s:b, s:s, s:s, s:s, s:s}",
                             "version", 1, "text_size", s->text_size,
                             "high_contrast", s->high_contrast,
                             "feedback", s->feedback == FEEDBACK_END ? "end" : "each",
                             "language", s->language, "font", s->font,
                             "participant", s->participant);
    char *text = root ? json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER) : NULL;
    json_decref(root);
    if (!text) {
        snprintf(err, errsize, "out of memory");
        return false;
    }
    char tmp[PATH_MAX];
    bool ok = false;
    int fd = -1;
    if (snprintf(tmp, sizeof tmp, "%s.tmp.%ld", path, (long)getpid()) >= (int)sizeof tmp) {
        snprintf(err, errsize, "%s: path too long", path);
        goto done;
    }
    if (!make_parent(path)) {
        snprintf(err, errsize, "%s: %s", path, strerror(errno));
        goto done;
    }
    fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0) {
        snprintf(err, errsize, "%s: %s", tmp, strerror(errno));
        goto done;
    }
    size_t len = strlen(text), off = 0;
    while (off < len) {
        ssize_t w = write(fd, text + off, len - off);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) break;
        off += (size_t)w;
    }
    if (off < len || write(fd, "\n", 1) != 1 || fsync(fd) != 0) {
        snprintf(err, errsize, "%s: %s", tmp, strerror(errno));
        goto done;
    }
    if (close(fd) != 0) {
        fd = -1;
        snprintf(err, errsize, "%s: %s", tmp, strerror(errno));
        goto done;
    }
    fd = -1;
    if (rename(tmp, path) != 0) {
        snprintf(err, errsize, "%s: %s", path, strerror(errno));
        goto done;
    }
    /* The rename itself lives in the folder: sync it too. */
    char dir[PATH_MAX];
    snprintf(dir, sizeof dir, "%s", path);
    char *slash = strrchr(dir, '/');
    if (slash) {
        *slash = '\0';
        int dfd = open(*dir ? dir : "/", O_RDONLY);
        if (dfd >= 0) {
            fsync(dfd);
            close(dfd);
        }
    }
    ok = true;
done:
    if (fd >= 0) close(fd);
    if (!ok) unlink(tmp);
    free(text);
    return ok;
}
