/*
** author_state.c — the author's hand on the playthrough: a variable set to
** what was typed, a jump to any scene, and state fixtures (the scene and
** the state as JSON beside the case file, to test from the middle of the
** case later). Each goes through the core (play_set_var, play_goto) and is
** recorded as an edit, so that a reload takes it again in its place.
*/
#include "author_priv.h"

#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../core/i18n.h"
#include "app.h"
#include "results_ui.h"

/* {====================================================== edits */

/* Shows the scene in play without moving the focus (it may be in the
   overlay): a jump or an edit happened there. */
static void show_scene(Ui *ui, bool top) {
    const PlayView *v = play_view(ui->play);
    ScreenId s = v->finished ? SCR_ENDING : SCR_SCENE;
    if (ui->screen != s || top) ui->scroll = 0;
    ui->screen = s;
    ui->need_concern = false;
    ui->relayout = true;
}

static bool parse_bool(const char *s, bool *out) {
    static const char *const yes[] = {"true", "sann", "ja", "yes", "1"};
    static const char *const no[] = {"false", "usann", "nei", "no", "0"};
    for (size_t i = 0; i < 5; i++) {
        if (SDL_strcasecmp(s, yes[i]) == 0) return *out = true, true;
        if (SDL_strcasecmp(s, no[i]) == 0) return *out = false, true;
    }
    return false;
}

static bool parse_number(const char *s, double *out) {
    char buf[128];
    size_t n = 0;
    for (; *s && n + 1 < sizeof buf; s++) {
        if (*s == ' ') continue;
        buf[n++] = *s == ',' ? '.' : *s; /* a decimal comma, as Norwegians write */
    }
    buf[n] = '\0';
    if (!n) return false;
    char *end;
    errno = 0;
    double d = strtod(buf, &end);
    if (*end || errno || !isfinite(d)) return false;
    *out = d;
    return true;
}

/* Trims spaces at both ends into buf. */
static void trim(const char *in, char *buf, size_t size) {
    while (*in == ' ' || *in == '\t') in++;
    snprintf(buf, size, "%s", in);
    size_t n = strlen(buf);
    while (n && (buf[n - 1] == ' ' || buf[n - 1] == '\t' || buf[n - 1] == '\n')) buf[--n] = '\0';
}

bool author_set_var(Ui *ui, const char *name, const char *typed) {
    Author *a = ui->author;
    a->edit_error[0] = '\0';
    if (!ui->play) return false;
    Value cur, v = {VAL_NIL, 0, false, NULL};
    char t[256];
    trim(typed, t, sizeof t);
    bool known = play_state_get(ui->play, name, &cur);
    ValueType want = known ? cur.type : VAL_NIL;
    if (want == VAL_NUMBER || want == VAL_NIL) {
        if (parse_number(t, &v.num)) v.type = VAL_NUMBER;
    }
    if ((want == VAL_BOOL || want == VAL_NIL) && v.type == VAL_NIL && parse_bool(t, &v.b))
        v.type = VAL_BOOL;
    if (want == VAL_STRING || (want == VAL_NIL && v.type == VAL_NIL)) {
        v.type = VAL_STRING;
        v.str = want == VAL_STRING ? typed : t;
    }
    if (v.type == VAL_NIL) {
        if (want == VAL_NUMBER)
            snprintf(a->edit_error, sizeof a->edit_error,
                     _("'%s' is a number: type a number, for example 2 or 1,5."), name);
        else
            snprintf(a->edit_error, sizeof a->edit_error,
                     _("'%s' is true or false: type true or false."), name);
        return false;
    }
    if (play_set_var(ui->play, name, &v, &ui->dl) != BLK_OK) {
        snprintf(a->edit_error, sizeof a->edit_error, "%s",
                 ui->dl.count ? ui->dl.items[0].message : "?");
        diag_clear(&ui->dl);
        return false;
    }
    Step st = {.kind = STEP_SET, .name = strdup(name), .v = author_value_copy(&v)};
    author_push_edit(ui, st);
    const PlayView *pv = play_view(ui->play);
    if (!pv->finished && pv->scene) {
        int si = pv->scene_index;
        /* In again, so that the text, `on_enter` and `when` see it. */
        if (play_goto(ui->play, si, &ui->dl) != BLK_OK) {
            author_runtime_error(ui);
            return true;
        }
        author_push_edit(ui,
                         (Step){.kind = STEP_GOTO, .scene = strdup(author_scene_id(ui->sc, si))});
        if (ui->screen != SCR_SCENE) show_scene(ui, false);
    }
    ui->relayout = true;
    return true;
}

bool author_jump(Ui *ui, int scene) {
    if (!ui->play || !ui->sc || scene < 0 || (size_t)scene >= ui->sc->nscenes) return false;
    if (play_goto(ui->play, scene, &ui->dl) != BLK_OK) {
        author_runtime_error(ui);
        return false;
    }
    author_push_edit(ui, (Step){.kind = STEP_GOTO, .scene = strdup(ui->sc->scenes[scene].id)});
    show_scene(ui, true);
    return true;
}

/* }====================================================== */

/* {====================================================== fixtures */

static int cmp_fixture(const void *x, const void *y) {
    return ((const Fixture *)x)->number - ((const Fixture *)y)->number;
}

/* "NAME.fixture-N.json" -> N, or 0. */
static int fixture_number(const Author *a, const char *file) {
    size_t nl = strlen(a->name);
    if (strncmp(file, a->name, nl) != 0 || strncmp(file + nl, ".fixture-", 9) != 0) return 0;
    const char *p = file + nl + 9;
    char *end;
    long n = strtol(p, &end, 10);
    if (end == p || strcmp(end, ".json") != 0 || n <= 0 || n > 99999) return 0;
    return (int)n;
}

void author_fixture_scan(Ui *ui) {
    Author *a = ui->author;
    for (size_t i = 0; i < a->nfixtures; i++) {
        free(a->fixtures[i].path);
        free(a->fixtures[i].scene);
    }
    free(a->fixtures);
    a->fixtures = NULL;
    a->nfixtures = 0;
    DIR *d = opendir(a->dir);
    if (!d) return;
    size_t cap = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        int num = fixture_number(a, de->d_name);
        if (!num) continue;
        if (a->nfixtures == cap) {
            cap = cap ? 2 * cap : 8;
            Fixture *f = realloc(a->fixtures, cap * sizeof *f);
            if (!f) break;
            a->fixtures = f;
        }
        Fixture *f = &a->fixtures[a->nfixtures];
        memset(f, 0, sizeof *f);
        size_t len = strlen(a->dir) + strlen(de->d_name) + 2;
        f->path = malloc(len);
        if (!f->path) break;
        snprintf(f->path, len, "%s/%s", a->dir, de->d_name);
        f->number = num;
        json_t *o = json_load_file(f->path, 0, NULL);
        const char *scene = o ? json_string_value(json_object_get(o, "scene")) : NULL;
        const char *saved = o ? json_string_value(json_object_get(o, "saved")) : NULL;
        f->scene = author_sdup(scene ? scene : "?");
        /* "2026-11-25T14:32:05" is shown as "25.11. 14:32". */
        if (saved && strlen(saved) >= 16)
            snprintf(f->saved, sizeof f->saved, "%.2s.%.2s. %.5s", saved + 8, saved + 5,
                     saved + 11);
        json_decref(o);
        a->nfixtures++;
    }
    closedir(d);
    if (a->nfixtures) qsort(a->fixtures, a->nfixtures, sizeof *a->fixtures, cmp_fixture);
}

bool author_fixture_save(Ui *ui, char *out, size_t size) {
    Author *a = ui->author;
    if (out && size) out[0] = '\0';
    if (!ui->play || !ui->sc) return false;
    const PlayView *v = play_view(ui->play);
    if (v->finished || !v->scene) {
        author_set_notice(a, ui, true, "%s",
                          _("At an ending there is no scene to save: jump to a scene first."));
        return false;
    }
    char path[PATH_MAX + 300];
    int num = 1;
    for (size_t i = 0; i < a->nfixtures; i++)
        if (a->fixtures[i].number >= num) num = a->fixtures[i].number + 1;
    for (;; num++) {
        snprintf(path, sizeof path, "%s/%s.fixture-%d.json", a->dir, a->name, num);
        if (access(path, F_OK) != 0 || num > 99999) break;
    }
    json_t *o = json_object(), *st = json_object();
    char when[32];
    time_t t = time(NULL);
    struct tm tm;
    localtime_r(&t, &tm);
    strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%S", &tm);
    json_object_set_new(o, "blikk_fixture", json_integer(1));
    json_object_set_new(o, "case", json_string(ui->sc->id));
    json_object_set_new(o, "file", json_string(a->base));
    json_object_set_new(o, "scene", json_string(v->scene->id));
    json_object_set_new(o, "seed", json_integer((json_int_t)play_seed(ui->play)));
    json_object_set_new(o, "saved", json_string(when));
    size_t n;
    StateVar *vars = play_state_list(ui->play, &n);
    for (size_t i = 0; vars && i < n; i++) {
        const Value *val = &vars[i].value;
        json_t *j = NULL;
        if (val->type == VAL_NUMBER)
            j = val->num == floor(val->num) && fabs(val->num) < 9e15 ? json_integer((json_int_t)val->num)
                                                                      : json_real(val->num);
        else if (val->type == VAL_BOOL) j = json_boolean(val->b);
        else if (val->type == VAL_STRING) j = json_string(val->str);
        if (j) json_object_set_new(st, vars[i].name, j);
    }
    state_list_free(vars, n);
    json_object_set_new(o, "state", st);
    /* Beside it first, then renamed: a crash leaves no half file. */
    char tmp[PATH_MAX + 320];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    bool ok = json_dump_file(o, tmp, JSON_INDENT(2)) == 0 && rename(tmp, path) == 0;
    json_decref(o);
    if (!ok) {
        author_set_notice(a, ui, true, _("The fixture could not be saved as %s: %s"), path,
                          strerror(errno));
        unlink(tmp);
        return false;
    }
    if (out) snprintf(out, size, "%s", path);
    author_fixture_scan(ui);
    const char *slash = strrchr(path, '/');
    author_set_notice(a, ui, false, _("Saved the scene '%s' and its state as %s."), v->scene->id,
                      slash ? slash + 1 : path);
    return true;
}

bool author_fixture_load(Ui *ui, const char *path) {
    Author *a = ui->author;
    const char *file = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
    if (!ui->sc) return false;
    json_error_t err;
    json_t *o = json_load_file(path, 0, &err);
    if (!o) {
        author_set_notice(a, ui, true, _("The fixture %s could not be read: line %d: %s"), file,
                          err.line, err.text);
        return false;
    }
    const char *scene = json_string_value(json_object_get(o, "scene"));
    json_t *state = json_object_get(o, "state");
    int si = author_find_scene(ui->sc, scene);
    if (!scene || !json_is_object(state)) {
        author_set_notice(a, ui, true, _("The fixture %s has no \"scene\" or no \"state\"."), file);
        json_decref(o);
        return false;
    }
    if (si < 0) {
        author_set_notice(a, ui, true,
                          _("The fixture %s is for the scene '%s', which is no longer in "
                            "the file."), file, scene);
        json_decref(o);
        return false;
    }
    json_t *js = json_object_get(o, "seed");
    uint64_t seed = json_is_integer(js) ? (uint64_t)json_integer_value(js) : ui->seed;
    Play *p = NULL;
    if (play_new(ui->sc, seed, &p, &ui->dl) != BLK_OK) {
        json_decref(o);
        author_runtime_error(ui);
        return false;
    }
    results_ui_detach(ui);
    play_free(ui->play);
    ui->play = p;
    ui->seed = seed;
    author_pending_clear(a);
    author_sync_edits(ui);
    char skipped[400] = "";
    const char *key;
    json_t *val;
    json_object_foreach(state, key, val) {
        Value v = {VAL_NIL, 0, false, NULL};
        if (json_is_number(val)) v = (Value){VAL_NUMBER, json_number_value(val), false, NULL};
        else if (json_is_boolean(val)) v = (Value){VAL_BOOL, 0, json_is_true(val), NULL};
        else if (json_is_string(val)) v = (Value){VAL_STRING, 0, false, json_string_value(val)};
        if (v.type == VAL_NIL || play_set_var(p, key, &v, &ui->dl) != BLK_OK) {
            diag_clear(&ui->dl);
            size_t n = strlen(skipped);
            snprintf(skipped + n, sizeof skipped - n, "%s%s", n ? ", " : "", key);
            continue;
        }
        author_push_edit(ui,
                         (Step){.kind = STEP_SET, .name = strdup(key), .v = author_value_copy(&v)});
    }
    json_decref(o);
    if (play_goto(p, si, &ui->dl) != BLK_OK) {
        author_runtime_error(ui);
        return false;
    }
    author_push_edit(ui, (Step){.kind = STEP_GOTO, .scene = strdup(ui->sc->scenes[si].id)});
    show_scene(ui, true);
    if (skipped[0])
        author_set_notice(a, ui, true,
                          _("Loaded %s at the scene '%s'. These values were left out "
                            "(not a number, true/false or text): %s"),
                          file, ui->sc->scenes[si].id, skipped);
    else
        author_set_notice(a, ui, false, _("Loaded %s: the scene '%s' with its state."), file,
                          ui->sc->scenes[si].id);
    return true;
}

/* }====================================================== */
