/*
** results_ui.c — results in the window: the store opened at start-up,
** every playthrough recorded as it is played (results_begin attaches the
** core's saver, which commits each action), a store that cannot be used
** turned into a calm notice while play goes on unsaved, resuming and
** discarding unfinished playthroughs from the menu, the trainee's optional
** name in settings, the confirmation dialog, and export to the documents
** folder. The debrief and the history are screen_debrief.c and
** screen_history.c.
*/
#include "results_ui.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "../core/export.h"
#include "../core/i18n.h"

static SDL_Color none(void) { return (SDL_Color){0, 0, 0, 0}; }

/* The messages of a DiagList as one text: "FILE: MESSAGE" per problem. */
static void diag_text(const DiagList *dl, char *buf, size_t size) {
    size_t n = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < dl->count && n < size; i++) {
        const Diag *d = &dl->items[i];
        n += (size_t)snprintf(buf + n, size - n, "%s%s%s%s", n ? " " : "", d->file ? d->file : "",
                              d->file ? ": " : "", d->message);
    }
}

/* {====================================================== life cycle */

void results_ui_init(Ui *ui) {
    ResultsUi *r = calloc(1, sizeof *r);
    ui->res = r;
    if (!r) return;
    r->record = true;
    r->stale = true;
    DiagList dl = {0};
    char msg[1200];
    if (!results_default_path(r->path, sizeof r->path, &dl)) {
        diag_text(&dl, msg, sizeof msg);
        snprintf(r->problem, sizeof r->problem, "%s", msg);
    } else {
        /* Remember what did not exist, so a read-only run (a screenshot)
           can take away the store it had to create: results_ui_read_only. */
        char dir[sizeof r->path];
        snprintf(dir, sizeof dir, "%s", r->path);
        r->created_file = access(r->path, F_OK) != 0;
        for (char *slash; r->ncreated_dirs < 4 && (slash = strrchr(dir, '/')) && slash != dir;) {
            *slash = '\0';
            if (access(dir, F_OK) == 0) break;
            snprintf(r->created_dirs[r->ncreated_dirs++], sizeof r->created_dirs[0], "%s", dir);
        }
        BlkStatus st = results_open(r->path, &r->db, &dl);
        diag_text(&dl, msg, sizeof msg);
        if (st != BLK_OK) {
            snprintf(r->problem, sizeof r->problem, "%s", msg[0] ? msg : r->path);
            fprintf(stderr, "blikk: %s\n", r->problem);
        } else if (dl.count) {
            /* A damaged file was moved aside and a new one started. */
            snprintf(r->warning, sizeof r->warning, "%s", msg);
            fprintf(stderr, "blikk: %s\n", r->warning);
        }
    }
    diag_free(&dl);
}

void results_ui_free(Ui *ui) {
    ResultsUi *r = ui->res;
    if (!r) return;
    if (r->editing) SDL_StopTextInput();
    results_close(r->db);
    free(r->open);
    free(r->all);
    free(r->lit);
    free(r);
    ui->res = NULL;
}

void results_ui_read_only(Ui *ui) {
    ResultsUi *r = ui->res;
    if (!r) return;
    r->record = false;
    if (!r->created_file) return;
    /* Nothing was there before this run: leave nothing behind. */
    results_close(r->db);
    r->db = NULL;
    char side[sizeof r->path + 8];
    unlink(r->path);
    snprintf(side, sizeof side, "%s-wal", r->path);
    unlink(side);
    snprintf(side, sizeof side, "%s-shm", r->path);
    unlink(side);
    for (int i = 0; i < r->ncreated_dirs; i++) rmdir(r->created_dirs[i]);
    r->created_file = false;
}

static void reset_debrief(ResultsUi *r) {
    r->sections_set = false;
    r->from_history = false;
}

void results_ui_begin(Ui *ui) {
    ResultsUi *r = ui->res;
    if (!r || !ui->play) return;
    reset_debrief(r);
    r->id = 0;
    r->attached = false;
    r->unsaved = r->record && !r->db;
    r->stale = true;
    if (!r->db || !r->record) return;
    DiagList dl = {0};
    PlayMode mode = ui->mode == FEEDBACK_END ? MODE_TEST : MODE_SELF_STUDY;
    if (results_begin(r->db, ui->play, ui->settings.participant, mode, &r->id, &dl) == BLK_OK) {
        r->attached = true;
    } else {
        r->unsaved = true;
        char msg[1200];
        diag_text(&dl, msg, sizeof msg);
        fprintf(stderr, "blikk: %s\n", msg);
    }
    diag_free(&dl);
}

void results_ui_detach(Ui *ui) {
    ResultsUi *r = ui->res;
    if (!r) return;
    if (r->attached && ui->play) results_detach(ui->play);
    r->attached = false;
    r->unsaved = false;
    r->id = 0;
    r->stale = true;
}

BlkStatus results_ui_saved(Ui *ui, BlkStatus st) {
    ResultsUi *r = ui->res;
    if (st != BLK_ERR_IO || !r || !r->attached || !ui->play) return st;
    /* The move was made; only saving it failed (a full disk, a file taken
       away). Stop saving, so that the saved part stays a playthrough that
       can be resumed, and say so in the header. */
    char msg[1200];
    diag_text(&ui->dl, msg, sizeof msg);
    fprintf(stderr, "blikk: %s\n", msg);
    diag_clear(&ui->dl);
    results_detach(ui->play);
    r->attached = false;
    r->unsaved = true;
    r->stale = true;
    return BLK_OK;
}

bool results_ui_saving(const Ui *ui) { return ui->res && ui->res->attached; }

void results_ui_refresh(Ui *ui) {
    ResultsUi *r = ui->res;
    if (!r || !r->stale) return;
    free(r->open);
    free(r->all);
    r->open = r->all = NULL;
    r->nopen = r->nall = 0;
    r->stale = false;
    if (!r->db) return;
    DiagList dl = {0};
    if (results_list(r->db, false, &r->all, &r->nall, &dl) != BLK_OK) {
        char msg[1200];
        diag_text(&dl, msg, sizeof msg);
        fprintf(stderr, "blikk: %s\n", msg);
    }
    diag_free(&dl);
    if (!r->nall) return;
    r->open = malloc(r->nall * sizeof *r->open);
    if (!r->open) return;
    for (size_t i = 0; i < r->nall; i++)
        if (!r->all[i].finished[0] && r->all[i].id != r->id && r->all[i].mode != MODE_CLASSROOM)
            r->open[r->nopen++] = r->all[i]; /* a class's session is the course leader's */
}

static const PlaythroughInfo *find(Ui *ui, int64_t id) {
    results_ui_refresh(ui);
    ResultsUi *r = ui->res;
    for (size_t i = 0; r && i < r->nall; i++)
        if (r->all[i].id == id) return &r->all[i];
    return NULL;
}

/* }====================================================== */

/* {====================================================== helpers */

void results_ui_decimal(char *buf, size_t size, double v) {
    if (fabs(v - round(v)) < 0.05) snprintf(buf, size, "%.0f", v);
    else snprintf(buf, size, "%.1f", v);
    if (strcmp(buf, "-0") == 0) snprintf(buf, size, "0");
    if (buf[0] == '-' && size > strlen(buf) + 2) { /* a real minus sign */
        memmove(buf + 3, buf + 1, strlen(buf));
        memcpy(buf, "\xE2\x88\x92", 3);
    }
    /* Norwegian writes a decimal comma; the C locale stays for numbers. */
    if (strcmp(i18n_language(), "en") != 0)
        for (char *p = buf; *p; p++)
            if (*p == '.') *p = ',';
}

/* Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm), so
   that a UTC time converts without timegm(). */
static long days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void results_ui_when(const char *iso, char *buf, size_t size) {
    static const char *const months[12] = {N_("Jan"), N_("Feb"), N_("Mar"), N_("Apr"),
                                           N_("May"), N_("Jun"), N_("Jul"), N_("Aug"),
                                           N_("Sep"), N_("Oct"), N_("Nov"), N_("Dec")};
    int Y, M, D, h, mi, s;
    if (!iso || sscanf(iso, "%4d-%2d-%2dT%2d:%2d:%2d", &Y, &M, &D, &h, &mi, &s) != 6 || M < 1 ||
        M > 12) {
        snprintf(buf, size, "%s", iso ? iso : "");
        return;
    }
    time_t t = (time_t)(days_from_civil(Y, M, D) * 86400L + h * 3600L + mi * 60L + s);
    time_t now = time(NULL);
    struct tm lt, ln;
    localtime_r(&t, &lt);
    localtime_r(&now, &ln);
    time_t y = now - 86400;
    struct tm ly;
    localtime_r(&y, &ly);
    if (lt.tm_year == ln.tm_year && lt.tm_yday == ln.tm_yday)
        snprintf(buf, size, _("today at %02d:%02d"), lt.tm_hour, lt.tm_min);
    else if (lt.tm_year == ly.tm_year && lt.tm_yday == ly.tm_yday)
        snprintf(buf, size, _("yesterday at %02d:%02d"), lt.tm_hour, lt.tm_min);
    else
        snprintf(buf, size, _("%d %s %d at %02d:%02d"), lt.tm_mday, _(months[lt.tm_mon]),
                 lt.tm_year + 1900, lt.tm_hour, lt.tm_min);
}

const char *results_ui_outcome(const char *name, ColorRole *fg, ColorRole *bg) {
    if (name && strcmp(name, "good") == 0) {
        *fg = C_PROTECTIVE, *bg = C_PROTECTIVE_SOFT;
        return _("Good outcome");
    }
    if (name && strcmp(name, "poor") == 0) {
        *fg = C_RISK, *bg = C_RISK_SOFT;
        return _("Poor outcome");
    }
    *fg = C_NOTICE, *bg = C_NOTICE_SOFT;
    return _("Mixed outcome");
}

/* The case file of a saved playthrough: the menu's case with the same id
   (the saved path may be relative to where Blikk was started), else the
   saved path. */
static const char *case_path(const Ui *ui, const PlaythroughInfo *p) {
    for (size_t i = 0; i < ui->cat.count; i++)
        if (ui->cat.items[i].ok && ui->cat.items[i].id && strcmp(ui->cat.items[i].id, p->scenario_id) == 0)
            return ui->cat.items[i].path;
    return p->scenario_path;
}

/* }====================================================== */

/* {====================================================== resume, debrief, delete */

static void resume(Ui *ui, int64_t id) {
    ResultsUi *r = ui->res;
    const PlaythroughInfo *found = find(ui, id);
    if (!r || !r->db || !found || found->mode == MODE_CLASSROOM) return;
    PlaythroughInfo info = *found;
    char path[sizeof info.scenario_path];
    snprintf(path, sizeof path, "%s", case_path(ui, &info));
    r->menu_note[0] = '\0';
    ui_open_case(ui, path);
    if (!ui->sc) return; /* the error screen says why */
    Play *p = NULL;
    DiagList dl = {0};
    if (results_resume(r->db, ui->sc, id, &p, &dl) != BLK_OK) {
        char msg[1200];
        diag_text(&dl, msg, sizeof msg);
        diag_free(&dl);
        ui_open_menu(ui);
        snprintf(r->menu_note, sizeof r->menu_note,
                 _("“%s” could not be resumed: the case has changed since it was played (%s). "
                   "You can discard it and start again."),
                 info.scenario_title, msg);
        return;
    }
    diag_free(&dl);
    ui->play = p;
    ui->mode = info.mode == MODE_TEST ? FEEDBACK_END : FEEDBACK_EACH;
    reset_debrief(r);
    r->id = id;
    r->attached = true;
    r->unsaved = false;
    r->stale = true;
    ui_goto(ui, play_view(p)->finished ? SCR_ENDING : SCR_SCENE);
}

static void open_history(Ui *ui) {
    ui_open_menu(ui); /* closes the case in hand, reads the cases again */
    if (ui->res) ui->res->stale = true;
    ui_goto(ui, SCR_HISTORY);
}

static void history_note(Ui *ui, bool error, const char *fmt, const char *a, const char *b) {
    ResultsUi *r = ui->res;
    if (!r) return;
    snprintf(r->note, sizeof r->note, fmt, a, b);
    r->note_error = error;
}

static void open_debrief(Ui *ui, int64_t id) {
    ResultsUi *r = ui->res;
    const PlaythroughInfo *found = find(ui, id);
    if (!r || !r->db || !found) return;
    if (!found->finished[0]) { /* no debrief yet: go on with it */
        resume(ui, id);
        return;
    }
    PlaythroughInfo info = *found;
    char path[sizeof info.scenario_path];
    snprintf(path, sizeof path, "%s", case_path(ui, &info));
    ui_open_case(ui, path);
    if (!ui->sc) {
        open_history(ui);
        history_note(ui, true, _("The debrief of “%s” cannot be shown: the case file %s cannot "
                                 "be opened."), info.scenario_title, path);
        return;
    }
    Play *p = NULL;
    DiagList dl = {0};
    if (results_replay(r->db, ui->sc, id, &p, &dl) != BLK_OK) {
        char msg[1200];
        diag_text(&dl, msg, sizeof msg);
        diag_free(&dl);
        open_history(ui);
        history_note(ui, true, _("The debrief of “%s” cannot be shown: the case has changed since "
                                 "it was played (%s)."), info.scenario_title, msg);
        return;
    }
    diag_free(&dl);
    ui->play = p;
    ui->mode = info.mode == MODE_TEST ? FEEDBACK_END : FEEDBACK_EACH;
    reset_debrief(r);
    r->from_history = true;
    r->id = 0;
    ui_goto(ui, SCR_RESULT);
}

static void ask(Ui *ui, ConfirmKind kind, int64_t id) {
    ResultsUi *r = ui->res;
    if (!r || !r->db || !find(ui, id)) return;
    r->confirm = kind;
    r->confirm_id = id;
    /* Cancelling comes back to the button that asked. */
    bool has = ui->focus >= 0 && (size_t)ui->focus < ui->L.nwidgets;
    ui->under_dialog[0] = has ? ui->L.widgets[ui->focus].action : ACT_NONE;
    ui->under_dialog[1] = has ? ui->L.widgets[ui->focus].arg : 0;
    ui->focus = -2; /* the dialog's own first focus */
    ui->relayout = true;
}

static void confirmed(Ui *ui) {
    ResultsUi *r = ui->res;
    if (!r) return;
    const PlaythroughInfo *p = find(ui, r->confirm_id);
    char title[sizeof p->scenario_title] = "";
    if (p) snprintf(title, sizeof title, "%s", p->scenario_title);
    DiagList dl = {0};
    if (p && r->db && results_delete(r->db, r->confirm_id, &dl) != BLK_OK) {
        char msg[1200];
        diag_text(&dl, msg, sizeof msg);
        history_note(ui, true, _("The playthrough could not be deleted: %s%s"), msg, "");
        if (ui->screen == SCR_MENU) snprintf(r->menu_note, sizeof r->menu_note, "%s", r->note);
    } else if (p && ui->screen == SCR_HISTORY) {
        history_note(ui, false, _("The playthrough of “%s” was deleted.%s"), title, "");
    }
    diag_free(&dl);
    r->confirm = CONFIRM_NONE;
    r->stale = true;
    ui->focus = -2;
    ui->relayout = true;
}

/* }====================================================== */

/* {====================================================== export */

bool results_ui_documents(char *out, size_t size) {
    struct stat sb;
    const char *home = getenv("HOME");
    FILE *p = popen("xdg-user-dir DOCUMENTS 2>/dev/null", "r");
    if (p) {
        char buf[PATH_MAX];
        bool got = fgets(buf, sizeof buf, p) != NULL;
        pclose(p);
        if (got) {
            buf[strcspn(buf, "\r\n")] = '\0';
            /* Without a documents folder of its own it answers with ~. */
            bool is_home = home && strcmp(buf, home) == 0;
            if (buf[0] == '/' && !is_home && stat(buf, &sb) == 0 && S_ISDIR(sb.st_mode)) {
                snprintf(out, size, "%s", buf);
                return true;
            }
        }
    }
    if (!home || !*home) return false;
    static const char *const names[] = {"Dokumenter", "Documents"};
    for (size_t i = 0; i < 2; i++) {
        snprintf(out, size, "%s/%s", home, names[i]);
        if (stat(out, &sb) == 0 && S_ISDIR(sb.st_mode)) return true;
    }
    snprintf(out, size, "%s", home);
    return true;
}

/* Writes one export to `path` through a temporary file beside it. */
static bool write_one(Results *r, const char *path, bool xapi, char *err, size_t errsize) {
    char tmp[PATH_MAX + 32];
    snprintf(tmp, sizeof tmp, "%s.tmp-%ld", path, (long)getpid());
    FILE *f = fopen(tmp, "wb");
    if (!f) {
        snprintf(err, errsize, "%s: %s", path, strerror(errno));
        return false;
    }
    DiagList dl = {0};
    BlkStatus st = xapi ? export_xapi(r, f, &dl) : export_csv(r, CSV_PLAYTHROUGHS, CSV_NORWEGIAN, f, &dl);
    bool ok = st == BLK_OK && fflush(f) == 0 && fsync(fileno(f)) == 0;
    int e = errno;
    ok = fclose(f) == 0 && ok;
    if (ok && rename(tmp, path) != 0) {
        e = errno;
        ok = false;
    }
    if (!ok) {
        if (st != BLK_OK && dl.count) diag_text(&dl, err, errsize);
        else snprintf(err, errsize, "%s: %s", path, strerror(e ? e : EIO));
        remove(tmp);
    }
    diag_free(&dl);
    return ok;
}

bool results_ui_export(Results *r, const char *dir, char *csv, char *xapi, size_t size, char *err,
                       size_t errsize) {
    char stamp[32];
    time_t t = time(NULL);
    struct tm tm;
    localtime_r(&t, &tm);
    strftime(stamp, sizeof stamp, "%Y-%m-%d-%H%M%S", &tm);
    snprintf(csv, size, "%s/blikk-resultater-%s.csv", dir, stamp);
    snprintf(xapi, size, "%s/blikk-xapi-%s.json", dir, stamp);
    if (!write_one(r, csv, false, err, errsize)) return false;
    if (!write_one(r, xapi, true, err, errsize)) {
        remove(csv); /* both or neither */
        return false;
    }
    return true;
}

static void do_export(Ui *ui) {
    ResultsUi *r = ui->res;
    if (!r || !r->db) return;
    char dir[PATH_MAX], csv[PATH_MAX + 80], xapi[PATH_MAX + 80], err[PATH_MAX + 600];
    if (!results_ui_documents(dir, sizeof dir)) {
        history_note(ui, true, "%s%s", _("There is no home folder to export to."), "");
    } else if (!results_ui_export(r->db, dir, csv, xapi, sizeof csv, err, sizeof err)) {
        history_note(ui, true, _("The results could not be exported: %s%s"), err, "");
    } else {
        char files[2 * PATH_MAX];
        snprintf(files, sizeof files, "%s\n%s", strrchr(csv, '/') + 1, strrchr(xapi, '/') + 1);
        history_note(ui, false,
                     _("Exported to the folder %s:\n%s\nThe CSV file opens in a spreadsheet; the "
                       "JSON file (xAPI) can be imported into a learning platform."),
                     dir, files);
    }
    ui->scroll = 0;
    ui->relayout = true;
}

/* }====================================================== */

/* {====================================================== the name field */

static void stop_editing(Ui *ui, bool keep) {
    ResultsUi *r = ui->res;
    if (!r || !r->editing) return;
    r->editing = false;
    SDL_StopTextInput();
    if (keep) {
        /* Spaces at either end are not part of a name. */
        char *s = r->edit;
        while (*s == ' ') s++;
        size_t n = strlen(s);
        while (n && s[n - 1] == ' ') s[--n] = '\0';
        snprintf(ui->settings.participant, sizeof ui->settings.participant, "%s", s);
        ui_settings_changed(ui, false);
    }
    ui->relayout = true;
}

static void append(ResultsUi *r, const char *text) {
    size_t n = strlen(r->edit);
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        if (*p < 0x20 || *p == 0x7F) continue; /* no control characters */
        if (n + 1 >= sizeof r->edit) break;
        r->edit[n++] = (char)*p;
    }
    /* Never end in half a character. */
    while (n && ((unsigned char)r->edit[n - 1] & 0x80)) {
        size_t start = n - 1;
        while (start && ((unsigned char)r->edit[start] & 0xC0) == 0x80) start--;
        unsigned char lead = (unsigned char)r->edit[start];
        size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (n - start >= need) break;
        n = start;
    }
    r->edit[n] = '\0';
}

bool results_ui_event(Ui *ui, const SDL_Event *ev) {
    ResultsUi *r = ui->res;
    if (!r || !r->editing) return false;
    if (ui->screen != SCR_SETTINGS) {
        stop_editing(ui, true);
        return false;
    }
    switch (ev->type) {
    case SDL_TEXTINPUT:
        append(r, ev->text.text);
        ui->relayout = true;
        return true;
    case SDL_KEYDOWN: {
        SDL_Keycode k = ev->key.keysym.sym;
        Uint16 mod = ev->key.keysym.mod;
        if (k == SDLK_RETURN || k == SDLK_KP_ENTER) {
            stop_editing(ui, true);
        } else if (k == SDLK_ESCAPE) {
            stop_editing(ui, false);
        } else if (k == SDLK_BACKSPACE) {
            size_t n = strlen(r->edit);
            while (n && ((unsigned char)r->edit[n - 1] & 0xC0) == 0x80) n--;
            if (n) n--;
            r->edit[n] = '\0';
            ui->relayout = true;
        } else if ((k == SDLK_v && (mod & KMOD_CTRL)) || (k == SDLK_INSERT && (mod & KMOD_SHIFT))) {
            char *clip = SDL_GetClipboardText();
            if (clip) append(r, clip);
            SDL_free(clip);
            ui->relayout = true;
        } else if (k == SDLK_TAB || k == SDLK_F11) {
            if (k == SDLK_TAB) stop_editing(ui, true);
            return false; /* and move on as usual */
        }
        return true;
    }
    case SDL_MOUSEBUTTONDOWN:
        stop_editing(ui, true);
        return false;
    default: return false;
    }
}

int results_ui_settings(Ui *ui, Layout *L, int x, int y, int w) {
    ResultsUi *r = ui->res;
    int y0 = y;
    SDL_Rect box = {x, y, w, 1 << 20};
    y += frame_heading(ui, L, x, y, w, TS_H2, _("Your name in the results"));
    TextStyle hs = ui_text(ui, TS_SMALL, FS_REGULAR, C_MUTED);
    y += layout_text(L, ui->fonts, LAYER_SCROLL, &hs, x, y, w,
                     _("Optional: a name or a pseudonym that goes with your saved results. They "
                       "are kept only on this machine; nothing leaves it unless you export it."),
                     box);
    y += ui_px(ui, 10);
    bool editing = r && r->editing;
    const char *name = editing ? r->edit : ui->settings.participant;
    int fw = ui_px(ui, 460) < w ? ui_px(ui, 460) : w;
    TextStyle ts = ui_text(ui, TS_BODY, FS_REGULAR, name[0] ? C_TEXT : C_MUTED);
    int pad = ui_px(ui, 12), py = ui_px(ui, 10);
    SDL_Rect f = {x, y, fw, ts.line_h + 2 * py};
    int radius = ui_px(ui, ui->theme.radius);
    layout_rect(L, LAYER_SCROLL, f, ui_color(ui, C_SURFACE), radius,
                ui_color(ui, editing ? C_ACCENT : C_CONTROL), ui_px(ui, editing ? 2 : 1));
    int room = fw - 2 * pad - ui_px(ui, 4);
    const char *shown = name;
    if (editing) {
        /* The end of the text stays in view while typing. */
        while (*shown && font_measure(ui->fonts, ts.style, ts.px, shown, strlen(shown)) > room) {
            shown++;
            while ((*shown & 0xC0) == 0x80) shown++;
        }
        int tw = font_measure(ui->fonts, ts.style, ts.px, shown, strlen(shown));
        int ch = ts.line_h * 3 / 4;
        layout_rect(L, LAYER_SCROLL,
                    (SDL_Rect){x + pad + tw + ui_px(ui, 1), y + py + (ts.line_h - ch) / 2,
                               ui_px(ui, 2) > 1 ? ui_px(ui, 2) : 1, ch},
                    ui_color(ui, C_TEXT), 0, none(), 0);
    } else if (!name[0]) {
        shown = _("No name: your results are saved without one");
    }
    if (*shown) layout_line(L, ui->fonts, LAYER_SCROLL, &ts, x + pad, y + py, room, shown, f);
    layout_widget(L, LAYER_SCROLL, f, radius, ACT_NAME, 0, true, _("Your name in the results"));
    y += f.h + ui_px(ui, 6);
    y += layout_text(L, ui->fonts, LAYER_SCROLL, &hs, x, y, w,
                     editing ? _("Type, then press Enter to keep it or Escape to cancel.")
                             : _("Press Enter or click to change it. Playthroughs you start "
                                 "afterwards are saved with the new name."),
                     box);
    return y - y0;
}

/* }====================================================== */

/* {====================================================== menu and header */

/* One unfinished playthrough in the menu: case, when, and the buttons. */
static int open_row(Ui *ui, Layout *L, int x, int y, int w, const PlaythroughInfo *p) {
    SDL_Rect box = {x, y, w, 1 << 20};
    const char *go = _("Continue"), *drop = _("Discard");
    TextStyle bts = ui_text(ui, TS_BODY, FS_BOLD, C_TEXT);
    TextStyle qts = ui_text(ui, TS_SMALL, FS_BOLD, C_TEXT);
    int gw = font_measure(ui->fonts, bts.style, bts.px, go, strlen(go)) + 2 * ui_px(ui, 22);
    int dw = font_measure(ui->fonts, qts.style, qts.px, drop, strlen(drop)) + 2 * ui_px(ui, 14);
    int gap = ui_px(ui, 10), bh = frame_button_h(ui);
    int buttons = gw + gap + dw;
    bool side = w - buttons - ui_px(ui, 20) >= ui_px(ui, 240);
    int tw = side ? w - buttons - ui_px(ui, 20) : w;
    TextStyle title = ui_text(ui, TS_BODY, FS_BOLD, C_TEXT);
    TextStyle meta = ui_text(ui, TS_SMALL, FS_REGULAR, C_MUTED);
    int th = layout_text(L, ui->fonts, LAYER_SCROLL, &title, x, y, tw, p->scenario_title, box);
    char when[120], line[400];
    results_ui_when(p->started, when, sizeof when);
    snprintf(line, sizeof line,
             ngettext("Started %s · %d step saved", "Started %s · %d steps saved",
                      (unsigned long)p->nactions),
             when, p->nactions);
    if (p->mode == MODE_TEST && strlen(line) + 40 < sizeof line)
        snprintf(line + strlen(line), sizeof line - strlen(line), " · %s", _("test me"));
    th += layout_text(L, ui->fonts, LAYER_SCROLL, &meta, x, y + th, tw, line, box);
    int by = side ? y + (th > bh ? (th - bh) / 2 : 0) : y + th + ui_px(ui, 10);
    int bx = x + w - buttons;
    if (!side) bx = x;
    int qh = qts.line_h + 2 * ui_px(ui, 7);
    frame_button(ui, L, LAYER_SCROLL, bx, by + (bh - qh) / 2, dw, BTN_QUIET, drop, ACT_DISCARD,
                 (int)p->id, true, NULL);
    frame_button(ui, L, LAYER_SCROLL, bx + dw + gap, by, gw, BTN_PRIMARY, go, ACT_RESUME, (int)p->id,
                 true, NULL);
    int h = side ? (th > bh ? th : bh) : th + ui_px(ui, 10) + bh;
    return h;
}

int results_ui_menu(Ui *ui, Layout *L, int x, int y, int w) {
    ResultsUi *r = ui->res;
    if (!r) return 0;
    results_ui_refresh(ui);
    int y0 = y, gap = ui_px(ui, 20);
    char msg[2400];
    if (r->problem[0]) {
        snprintf(msg, sizeof msg,
                 _("Your results cannot be saved now, so what you play is not kept. You can "
                   "play as usual. (%s)"), r->problem);
        y += frame_notice(ui, L, x, y, w, C_NOTICE, msg) + gap;
    }
    if (r->warning[0]) {
        snprintf(msg, sizeof msg, _("Your results file was damaged. %s"), r->warning);
        y += frame_notice(ui, L, x, y, w, C_NOTICE, msg) + gap;
    }
    if (r->menu_note[0]) y += frame_notice(ui, L, x, y, w, C_ERROR, r->menu_note) + gap;
    if (r->nopen) {
        int pad = ui_px(ui, 20);
        SDL_Rect card = {x, y, w, 0};
        size_t bg = layout_rect(L, LAYER_SCROLL, card, ui_color(ui, C_SURFACE),
                                ui_px(ui, ui->theme.radius + 2), ui_color(ui, C_ACCENT), ui_px(ui, 1));
        size_t stripe = layout_rect(L, LAYER_SCROLL, (SDL_Rect){x, y, ui_px(ui, 4), 0},
                                    ui_color(ui, C_ACCENT), 0, none(), 0);
        int ix = x + pad + ui_px(ui, 4), iw = w - 2 * pad - ui_px(ui, 4), iy = y + pad;
        TextStyle over = ui_text(ui, TS_H3, FS_BOLD, C_ACCENT);
        iy += layout_text(L, ui->fonts, LAYER_SCROLL, &over, ix, iy, iw, _("Continue where you left off"),
                          (SDL_Rect){x, y, w, 1 << 20});
        iy += ui_px(ui, 10);
        size_t shown = r->nopen < 3 ? r->nopen : 3;
        for (size_t i = 0; i < shown; i++) {
            if (i) {
                layout_rect(L, LAYER_SCROLL, (SDL_Rect){ix, iy, iw, ui_px(ui, 1)},
                            ui_color(ui, C_BORDER), 0, none(), 0);
                iy += ui_px(ui, 12);
            }
            iy += open_row(ui, L, ix, iy, iw, &r->open[i]) + ui_px(ui, 12);
        }
        if (r->nopen > shown) {
            char more[200];
            snprintf(more, sizeof more,
                     ngettext("%zu more unfinished playthrough is in your results.",
                              "%zu more unfinished playthroughs are in your results.",
                              r->nopen - shown),
                     r->nopen - shown);
            TextStyle ms = ui_text(ui, TS_SMALL, FS_REGULAR, C_MUTED);
            iy += layout_text(L, ui->fonts, LAYER_SCROLL, &ms, ix, iy, iw, more,
                              (SDL_Rect){x, y, w, 1 << 20}) + ui_px(ui, 12);
        }
        int h = iy - ui_px(ui, 12) + pad - y;
        if (!L->failed) {
            L->items[bg].r.h = L->items[bg].box.h = h;
            L->items[stripe].r.h = L->items[stripe].box.h = h;
            for (size_t i = stripe + 1; i < L->nitems; i++)
                if (L->items[i].kind == DI_TEXT && L->items[i].box.h > h) L->items[i].box.h = h;
        }
        y += h + gap;
    }
    if (r->db) {
        const char *label = _("Your results");
        SDL_Rect b;
        frame_button(ui, L, LAYER_SCROLL, x, y, 0, BTN_SECONDARY, label, ACT_HISTORY, 0, true, &b);
        size_t done = 0;
        for (size_t i = 0; i < r->nall; i++) done += r->all[i].finished[0] != 0;
        char line[300];
        if (!done)
            snprintf(line, sizeof line, "%s", _("No finished cases yet; what you play is saved here."));
        else
            snprintf(line, sizeof line,
                     ngettext("%zu finished case is saved on this machine.",
                              "%zu finished cases are saved on this machine.", done),
                     done);
        TextStyle ms = ui_text(ui, TS_SMALL, FS_REGULAR, C_MUTED);
        int tx = b.x + b.w + ui_px(ui, 16), tw = x + w - tx;
        int lh = layout_text(NULL, ui->fonts, LAYER_SCROLL, &ms, 0, 0, tw, line, b);
        if (tw >= ui_px(ui, 160) && lh <= b.h) {
            layout_text(L, ui->fonts, LAYER_SCROLL, &ms, tx, b.y + (b.h - lh) / 2, tw, line,
                        (SDL_Rect){tx, b.y, tw, b.h});
            y += b.h;
        } else {
            y += b.h + ui_px(ui, 6);
            y += layout_text(L, ui->fonts, LAYER_SCROLL, &ms, x, y, w, line,
                             (SDL_Rect){x, y, w, 1 << 20});
        }
        y += ui_px(ui, 28);
    }
    return y - y0;
}

int results_ui_header(Ui *ui, Layout *L, int left, int right, int h) {
    ResultsUi *r = ui->res;
    bool in_case = ui->screen == SCR_SCENE || ui->screen == SCR_FEEDBACK ||
                   ui->screen == SCR_ENDING || ui->screen == SCR_RESULT;
    if (!r || !r->unsaved || !ui->play || !in_case) return right;
    const char *label = _("Not saved");
    TextStyle ts = ui_text(ui, TS_SMALL, FS_BOLD, C_NOTICE);
    int px = ui_px(ui, 10), py = ui_px(ui, 3);
    int tw = font_measure(ui->fonts, ts.style, ts.px, label, strlen(label));
    SDL_Rect b = {right - tw - 2 * px, (h - ts.line_h - 2 * py) / 2, tw + 2 * px, ts.line_h + 2 * py};
    if (b.x < left) return right;
    layout_rect(L, LAYER_FIXED, b, ui_color(ui, C_NOTICE_SOFT), b.h / 2, ui_color(ui, C_NOTICE),
                ui_px(ui, 1));
    layout_line(L, ui->fonts, LAYER_FIXED, &ts, b.x + px, b.y + py, tw, label, b);
    return b.x - ui_px(ui, 12);
}

/* }====================================================== */

/* {====================================================== actions, keys, dialog */

void results_ui_activate(Ui *ui, int action, int arg) {
    ResultsUi *r = ui->res;
    if (!r) return;
    switch ((Action)action) {
    case ACT_HISTORY:
        r->note[0] = '\0';
        open_history(ui);
        break;
    case ACT_RESUME: resume(ui, arg); break;
    case ACT_DISCARD: ask(ui, CONFIRM_DISCARD, arg); break;
    case ACT_DELETE: ask(ui, CONFIRM_DELETE, arg); break;
    case ACT_CONFIRM: confirmed(ui); break;
    case ACT_CANCEL:
        r->confirm = CONFIRM_NONE;
        ui->focus = -3; /* back where it was */
        ui->relayout = true;
        break;
    case ACT_SECTION:
        if (arg >= 0 && arg < SEC_COUNT) {
            r->section[arg] = !r->section[arg];
            ui->relayout = true;
        }
        break;
    case ACT_OPEN_DEBRIEF: open_debrief(ui, arg); break;
    case ACT_EXPORT: do_export(ui); break;
    case ACT_NAME:
        if (!r->editing) {
            r->editing = true;
            snprintf(r->edit, sizeof r->edit, "%s", ui->settings.participant);
            SDL_StartTextInput();
        } else {
            stop_editing(ui, true);
        }
        ui->relayout = true;
        break;
    default: break;
    }
}

void results_ui_escape(Ui *ui) {
    ResultsUi *r = ui->res;
    if (r && r->confirm) {
        results_ui_activate(ui, ACT_CANCEL, 0);
    } else if (ui->screen == SCR_RESULT && r && r->from_history) {
        open_history(ui);
    } else {
        ui_open_menu(ui);
    }
}

int results_ui_first_focus(const Ui *ui) {
    const ResultsUi *r = ui->res;
    if (r && r->confirm) return ui_find_widget(ui, ACT_CANCEL, -1);
    /* The newest debrief, else the newest to continue, if it is in view
       from the top; else nothing, and Tab starts from what is in view. */
    int w = ui_find_widget(ui, ACT_OPEN_DEBRIEF, -1);
    if (w < 0) w = ui_find_widget(ui, ACT_RESUME, -1);
    if (w >= 0 && ui->L.widgets[w].r.y + ui->L.widgets[w].r.h > ui->L.view.h) w = -1;
    return w;
}

void results_ui_dialog(Ui *ui, Layout *L) {
    ResultsUi *r = ui->res;
    if (!r || !r->confirm) return;
    results_ui_refresh(ui);
    const PlaythroughInfo *p = NULL;
    for (size_t i = 0; i < r->nall; i++)
        if (r->all[i].id == r->confirm_id) p = &r->all[i];
    char when[120] = "", text[800];
    if (p) results_ui_when(p->finished[0] ? p->finished : p->started, when, sizeof when);
    const char *title, *yes;
    if (r->confirm == CONFIRM_DISCARD) {
        title = _("Discard this playthrough?");
        yes = _("Discard");
        snprintf(text, sizeof text,
                 _("What you have done in “%s” (started %s) is deleted. You can start the case "
                   "again from the menu."), p ? p->scenario_title : "", when);
    } else {
        title = _("Delete this playthrough?");
        yes = _("Delete");
        snprintf(text, sizeof text,
                 _("The result of “%s” from %s is deleted from this machine. This cannot be "
                   "undone."), p ? p->scenario_title : "", when);
    }
    frame_question(ui, L, 540, title, text, (Answer){_("Cancel"), ACT_CANCEL, 0},
                   (Answer){yes, ACT_CONFIRM, 0}, true);
}

/* }====================================================== */
