/*
** results_ui_history.c — what is done with saved playthroughs from the
** history (screen_history.c draws it). A finished one's debrief is
** replayed from its saved actions on the case as it is now, without
** recording. Deleting one, or discarding an unfinished one from the menu,
** waits for a confirmation dialog, since neither can be undone. Export
** writes everything to the documents folder as CSV and xAPI, each file
** through a temporary one, so that a failed export leaves no half file.
** Where the files went, or what failed, is the history's note.
*/
#include "results_ui_priv.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "../core/export.h"
#include "../core/i18n.h"

/* {====================================================== history, debrief, delete */

void results_ui_open_history(Ui *ui) {
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

void results_ui_open_debrief(Ui *ui, int64_t id) {
    ResultsUi *r = ui->res;
    const PlaythroughInfo *found = results_ui_find(ui, id);
    if (!r || !r->db || !found) return;
    if (!found->finished[0]) { /* no debrief yet: go on with it */
        results_ui_resume(ui, id);
        return;
    }
    PlaythroughInfo info = *found;
    char path[sizeof info.scenario_path];
    snprintf(path, sizeof path, "%s", results_ui_case_path(ui, &info));
    ui_open_case(ui, path);
    if (!ui->sc) {
        results_ui_open_history(ui);
        history_note(ui, true, _("The debrief of “%s” cannot be shown: the case file %s cannot "
                                 "be opened."), info.scenario_title, path);
        return;
    }
    Play *p = NULL;
    DiagList dl = {0};
    if (results_replay(r->db, ui->sc, id, &p, &dl) != BLK_OK) {
        char msg[1200];
        results_ui_diag_text(&dl, msg, sizeof msg);
        diag_free(&dl);
        results_ui_open_history(ui);
        history_note(ui, true, _("The debrief of “%s” cannot be shown: the case has changed since "
                                 "it was played (%s)."), info.scenario_title, msg);
        return;
    }
    diag_free(&dl);
    ui->play = p;
    ui->mode = info.mode == MODE_TEST ? FEEDBACK_END : FEEDBACK_EACH;
    results_ui_reset_debrief(r);
    r->from_history = true;
    r->id = 0;
    ui_goto(ui, SCR_RESULT);
}

void results_ui_ask_confirm(Ui *ui, ConfirmKind kind, int64_t id) {
    ResultsUi *r = ui->res;
    if (!r || !r->db || !results_ui_find(ui, id)) return;
    r->confirm = kind;
    r->confirm_id = id;
    /* Cancelling comes back to the button that asked. */
    bool has = ui->focus >= 0 && (size_t)ui->focus < ui->L.nwidgets;
    ui->under_dialog[0] = has ? ui->L.widgets[ui->focus].action : ACT_NONE;
    ui->under_dialog[1] = has ? ui->L.widgets[ui->focus].arg : 0;
    ui->focus = -2; /* the dialog's own first focus */
    ui->relayout = true;
}

void results_ui_delete_confirmed(Ui *ui) {
    ResultsUi *r = ui->res;
    if (!r) return;
    const PlaythroughInfo *p = results_ui_find(ui, r->confirm_id);
    char title[sizeof p->scenario_title] = "";
    if (p) snprintf(title, sizeof title, "%s", p->scenario_title);
    DiagList dl = {0};
    if (p && r->db && results_delete(r->db, r->confirm_id, &dl) != BLK_OK) {
        char msg[1200];
        results_ui_diag_text(&dl, msg, sizeof msg);
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
        if (st != BLK_OK && dl.count) results_ui_diag_text(&dl, err, errsize);
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

void results_ui_export_to_documents(Ui *ui) {
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
