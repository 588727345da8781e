/*
** results_ui.c — the window's side of the results store (results.h), and
** where the rest of the window calls in. The store is opened at start-up;
** one that cannot be used becomes a calm notice and play goes on unsaved.
** Every playthrough is recorded as it is played (results_begin attaches
** the core's saver, which commits each action); a save that fails stops
** the saving, not the play, and the header says so. The lists of
** playthroughs are read here for the menu and the history, and numbers,
** times and outcomes are put into words here so that a result reads the
** same on every screen. The actions are carried out by
** results_ui_menu.c (resuming), results_ui_history.c (the history, a
** saved debrief, deleting, export) and results_ui_name.c (the name).
*/
#include "results_ui_priv.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../core/i18n.h"

/* The messages of a DiagList as one text: "FILE: MESSAGE" per problem. */
void results_ui_diag_text(const DiagList *dl, char *buf, size_t size) {
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
        results_ui_diag_text(&dl, msg, sizeof msg);
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
        results_ui_diag_text(&dl, msg, sizeof msg);
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

void results_ui_reset_debrief(ResultsUi *r) {
    r->sections_set = false;
    r->from_history = false;
}

void results_ui_begin(Ui *ui) {
    ResultsUi *r = ui->res;
    if (!r || !ui->play) return;
    results_ui_reset_debrief(r);
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
        results_ui_diag_text(&dl, msg, sizeof msg);
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
    results_ui_diag_text(&ui->dl, msg, sizeof msg);
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
        results_ui_diag_text(&dl, msg, sizeof msg);
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

const PlaythroughInfo *results_ui_find(Ui *ui, int64_t id) {
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
const char *results_ui_case_path(const Ui *ui, const PlaythroughInfo *p) {
    for (size_t i = 0; i < ui->cat.count; i++)
        if (ui->cat.items[i].ok && ui->cat.items[i].id && strcmp(ui->cat.items[i].id, p->scenario_id) == 0)
            return ui->cat.items[i].path;
    return p->scenario_path;
}

/* }====================================================== */

/* {====================================================== the header */

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

/* {====================================================== actions, keys */

void results_ui_activate(Ui *ui, int action, int arg) {
    ResultsUi *r = ui->res;
    if (!r) return;
    switch ((Action)action) {
    case ACT_HISTORY:
        r->note[0] = '\0';
        results_ui_open_history(ui);
        break;
    case ACT_RESUME: results_ui_resume(ui, arg); break;
    case ACT_DISCARD: results_ui_ask_confirm(ui, CONFIRM_DISCARD, arg); break;
    case ACT_DELETE: results_ui_ask_confirm(ui, CONFIRM_DELETE, arg); break;
    case ACT_CONFIRM: results_ui_delete_confirmed(ui); break;
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
    case ACT_OPEN_DEBRIEF: results_ui_open_debrief(ui, arg); break;
    case ACT_EXPORT: results_ui_export_to_documents(ui); break;
    case ACT_NAME:
        if (!r->editing) {
            r->editing = true;
            snprintf(r->edit, sizeof r->edit, "%s", ui->settings.participant);
            SDL_StartTextInput();
        } else {
            results_ui_stop_editing(ui, true);
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
        results_ui_open_history(ui);
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

/* }====================================================== */
