/*
** catalog.c — finds the cases and reads what the menu shows of each.
**
** Each file is loaded with scenario_load() (the only way to get its title
** and summary right, since a scenario is a program) and freed at once: the
** menu keeps only its own copies of a few strings, so memory does not grow
** with the number of cases. A cache (see catalog.h) spares the Lua on most
** starts.
*/
#include "catalog.h"

#include <dirent.h>
#include <jansson.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../core/blikk.h"
#include "../core/i18n.h"

/* Built-in cases in the order a course takes them; other cases follow by
   title, and the demo comes last. */
static const char *const first[] = {"gravid", "ungdom-cannabis", "eldre-forelder",
                                    "barn-som-parorende"};
#define NFIRST (sizeof first / sizeof first[0])

static char *dupstr(const char *s) { return strdup(s ? s : ""); }

bool catalog_user_dir(char *out, size_t size) {
    const char *xdg = getenv("XDG_DATA_HOME");
    const char *home = getenv("HOME");
    int n;
    if (xdg && xdg[0] == '/') n = snprintf(out, size, "%s/blikk/scenarios", xdg);
    else if (home && *home) n = snprintf(out, size, "%s/.local/share/blikk/scenarios", home);
    else return false;
    return n > 0 && (size_t)n < size;
}

void catalog_init(Catalog *c, const char *data_dir) {
    memset(c, 0, sizeof *c);
    snprintf(c->dirs[0], sizeof c->dirs[0], "%s/scenarios", data_dir);
    if (!catalog_user_dir(c->dirs[1], sizeof c->dirs[1])) c->dirs[1][0] = '\0';
    const char *xdg = getenv("XDG_CACHE_HOME");
    const char *home = getenv("HOME");
    if (xdg && xdg[0] == '/') snprintf(c->cache, sizeof c->cache, "%s/blikk/cases.json", xdg);
    else if (home && *home) snprintf(c->cache, sizeof c->cache, "%s/.cache/blikk/cases.json", home);
}

/* {====================================================== the cache */

/* What makes a cached entry stale: the file changed, or the program did
   (a new core may judge a file differently), or the language of the
   messages did. */
static json_t *cache_stamp(void) {
    char exe[PATH_MAX];
    struct stat sb;
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    long long m = 0;
    if (n > 0) {
        exe[n] = '\0';
        if (stat(exe, &sb) == 0)
            m = (long long)sb.st_mtim.tv_sec * 1000000000LL + sb.st_mtim.tv_nsec;
    }
    return json_pack("{s:s, s:I, s:s}", "version", BLIKK_VERSION, "program", (json_int_t)m,
                     "language", i18n_language());
}

static json_t *file_stamp(const char *path) {
    struct stat sb;
    if (stat(path, &sb) != 0) return NULL;
    return json_pack("{s:I, s:I, s:I}", "size", (json_int_t)sb.st_size, "inode",
                     (json_int_t)sb.st_ino, "mtime",
                     (json_int_t)((long long)sb.st_mtim.tv_sec * 1000000000LL + sb.st_mtim.tv_nsec));
}

static json_t *cache_read(const Catalog *c) {
    json_t *root = c->cache[0] ? json_load_file(c->cache, 0, NULL) : NULL;
    json_t *stamp = cache_stamp();
    if (!root || !json_equal(json_object_get(root, "stamp"), stamp) ||
        !json_is_object(json_object_get(root, "cases"))) {
        json_decref(root);
        root = json_pack("{s:O, s:{}}", "stamp", stamp, "cases");
    }
    json_decref(stamp);
    return root;
}

static void cache_write(const Catalog *c, json_t *root) {
    if (!c->cache[0]) return;
    char dir[4096], tmp[4200];
    snprintf(dir, sizeof dir, "%s", c->cache);
    for (char *p = dir + 1; *p; p++) { /* mkdir -p of the folder */
        if (*p != '/') continue;
        *p = '\0';
        mkdir(dir, 0700);
        *p = '/';
    }
    snprintf(tmp, sizeof tmp, "%s.tmp.%ld", c->cache, (long)getpid());
    if (json_dump_file(root, tmp, JSON_COMPACT) == 0 && rename(tmp, c->cache) == 0) return;
    unlink(tmp); /* a cache that cannot be written only costs time */
}

static char *str_of(json_t *o, const char *key) {
    const char *s = json_string_value(json_object_get(o, key));
    return s ? strdup(s) : NULL;
}

static bool from_cache(json_t *entry, json_t *stamp, const char *path, CaseInfo *ci) {
    if (!entry || !stamp || !json_equal(json_object_get(entry, "file"), stamp)) return false;
    memset(ci, 0, sizeof *ci);
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    size_t blen = strlen(base);
    if (blen > 4 && strcmp(base + blen - 4, ".lua") == 0) blen -= 4;
    ci->path = strdup(path);
    ci->name = strndup(base, blen);
    ci->ok = json_is_true(json_object_get(entry, "ok"));
    ci->id = str_of(entry, "id");
    ci->title = str_of(entry, "title");
    ci->summary = str_of(entry, "summary");
    ci->audience = str_of(entry, "audience");
    ci->language = str_of(entry, "language");
    ci->problems = str_of(entry, "problems");
    ci->minutes = (int)json_integer_value(json_object_get(entry, "minutes"));
    if (!ci->path || !ci->name || !ci->id || !ci->title || !ci->summary || !ci->audience ||
        !ci->language) {
        catalog_info_free(ci);
        return false;
    }
    return true;
}

static json_t *to_cache(const CaseInfo *ci, json_t *stamp) {
    json_t *e = json_pack("{s:O, s:b, s:s, s:s, s:s, s:s, s:s, s:i}", "file", stamp, "ok", ci->ok,
                          "id", ci->id, "title", ci->title, "summary", ci->summary, "audience",
                          ci->audience, "language", ci->language, "minutes", ci->minutes);
    if (e && ci->problems) json_object_set_new(e, "problems", json_string(ci->problems));
    return e;
}

/* }====================================================== */

/* Scenario print() output is for authors; the menu stays quiet. */
static void quiet(void *ud, const char *file, int line, const char *msg) {
    (void)ud, (void)file, (void)line, (void)msg;
}

static char *join_problems(const DiagList *dl) {
    size_t cap = 1, n = 0;
    for (size_t i = 0; i < dl->count && i < 20; i++)
        cap += strlen(dl->items[i].message) + (dl->items[i].file ? strlen(dl->items[i].file) : 0) + 32;
    char *out = malloc(cap);
    if (!out) return NULL;
    out[0] = '\0';
    for (size_t i = 0; i < dl->count && i < 20; i++) {
        const Diag *d = &dl->items[i];
        if (d->severity != DIAG_ERROR) continue;
        n += (size_t)snprintf(out + n, cap - n, "%s%s:%d: %s", n ? "\n" : "",
                              d->file ? d->file : "?", d->line, d->message);
    }
    return out;
}

static char *join_list(const StrList *l) {
    size_t cap = 1;
    for (size_t i = 0; i < l->count; i++) cap += strlen(l->items[i]) + 2;
    char *out = malloc(cap);
    if (!out) return NULL;
    out[0] = '\0';
    for (size_t i = 0; i < l->count; i++) {
        if (i) strcat(out, ", ");
        strcat(out, l->items[i]);
    }
    return out;
}

bool catalog_read(const char *path, CaseInfo *ci) {
    memset(ci, 0, sizeof *ci);
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    size_t blen = strlen(base);
    if (blen > 4 && strcmp(base + blen - 4, ".lua") == 0) blen -= 4;
    ci->path = dupstr(path);
    ci->name = strndup(base, blen);
    LoadOptions opt = {.log = quiet};
    DiagList dl = {0};
    Scenario *sc = NULL;
    if (scenario_load(path, &opt, &sc, &dl) == BLK_OK) {
        ci->ok = true;
        ci->id = dupstr(sc->id);
        ci->title = dupstr(sc->title);
        ci->summary = dupstr(sc->summary);
        ci->language = dupstr(sc->language);
        ci->audience = join_list(&sc->audience);
        ci->minutes = sc->minutes;
        scenario_free(sc);
    } else {
        ci->id = dupstr("");
        ci->title = dupstr(ci->name);
        ci->summary = dupstr("");
        ci->language = dupstr("");
        ci->audience = dupstr("");
        ci->problems = join_problems(&dl);
    }
    diag_free(&dl);
    return ci->ok;
}

void catalog_info_free(CaseInfo *ci) {
    free(ci->path);
    free(ci->name);
    free(ci->id);
    free(ci->title);
    free(ci->summary);
    free(ci->audience);
    free(ci->language);
    free(ci->problems);
    memset(ci, 0, sizeof *ci);
}

static int rank(const CaseInfo *ci) {
    for (size_t i = 0; i < NFIRST; i++)
        if (strcmp(ci->name, first[i]) == 0) return (int)i;
    return strcmp(ci->name, "demo") == 0 ? 1000 : 100;
}

static int compare(const void *a, const void *b) {
    const CaseInfo *x = a, *y = b;
    int rx = rank(x), ry = rank(y);
    if (rx != ry) return rx < ry ? -1 : 1;
    if (x->user != y->user) return x->user ? 1 : -1;
    int c = strcmp(x->title, y->title);
    return c ? c : strcmp(x->path, y->path);
}

static int by_name(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void scan_dir(Catalog *c, const char *dir, bool user, json_t *cases, bool *dirty) {
    DIR *d = opendir(dir);
    if (!d) return;
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t len = strlen(e->d_name);
        if (len < 5 || e->d_name[0] == '.' || strcmp(e->d_name + len - 4, ".lua") != 0)
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            char **nn = realloc(names, cap * sizeof *nn);
            if (!nn) break;
            names = nn;
        }
        names[n++] = strdup(e->d_name);
    }
    closedir(d);
    if (n) qsort(names, n, sizeof *names, by_name);
    CaseInfo *items = realloc(c->items, (c->count + n) * sizeof *items);
    if (items || n == 0) {
        if (items) c->items = items;
        for (size_t i = 0; i < n; i++) {
            if (!names[i]) continue;
            char path[8192];
            snprintf(path, sizeof path, "%s/%s", dir, names[i]);
            CaseInfo *ci = &c->items[c->count++];
            json_t *stamp = file_stamp(path);
            if (!from_cache(json_object_get(cases, path), stamp, path, ci)) {
                catalog_read(path, ci);
                c->loaded++;
                json_t *entry = stamp ? to_cache(ci, stamp) : NULL;
                if (entry) {
                    json_object_set_new(cases, path, entry);
                    *dirty = true;
                }
            }
            json_decref(stamp);
            ci->user = user;
        }
    }
    for (size_t i = 0; i < n; i++) free(names[i]);
    free(names);
}

void catalog_scan(Catalog *c) {
    json_t *root = cache_read(c);
    json_t *cases = json_object_get(root, "cases");
    bool dirty = false;
    scan_dir(c, c->dirs[0], false, cases, &dirty);
    if (c->dirs[1][0]) scan_dir(c, c->dirs[1], true, cases, &dirty);
    if (c->count) qsort(c->items, c->count, sizeof *c->items, compare);
    if (dirty) {
        /* Forget files that are gone, so the cache does not grow forever. */
        const char *key;
        json_t *v, *tmp;
        json_object_foreach_safe(cases, tmp, key, v) {
            bool found = false;
            for (size_t i = 0; i < c->count && !found; i++) found = strcmp(c->items[i].path, key) == 0;
            if (!found) json_object_del(cases, key);
        }
        cache_write(c, root);
    }
    json_decref(root);
}

void catalog_free(Catalog *c) {
    for (size_t i = 0; i < c->count; i++) catalog_info_free(&c->items[i]);
    free(c->items);
    c->items = NULL;
    c->count = 0;
}
