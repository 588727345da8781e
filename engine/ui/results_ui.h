/*
** results_ui.h — results in the window: the store (results.h) opened at
** start-up, every playthrough saved as it is played (results_ui.c),
** resuming an unfinished one from the menu (results_ui_menu.c), the
** trainee's optional name (results_ui_name.c), the debrief
** (screen_debrief.c), the history of earlier playthroughs with deletion
** and export (screen_history.c, results_ui_history.c). app.c, input.c,
** frame.c and the menu and settings screens call the hooks below;
** everything else about results is here.
*/
#ifndef BLIKK_UI_RESULTS_UI_H
#define BLIKK_UI_RESULTS_UI_H

#include <limits.h>
#include <stdbool.h>
#include <stdint.h>

#include "../core/results.h"
#include "app.h"

/* The parts of the debrief, each opened and closed with Enter. */
typedef enum {
    SEC_COMPETENCIES, SEC_SIGNALS, SEC_CONCERN, SEC_MAP, SEC_OBSERVATIONS, SEC_DECISIONS,
    SEC_LEARNING, SEC_REFERENCES, SEC_COUNT
} DebriefSection;

/* What a confirmation dialog would do. */
typedef enum { CONFIRM_NONE, CONFIRM_DELETE, CONFIRM_DISCARD } ConfirmKind;

typedef struct ResultsUi {
    Results *db;            /* NULL: results are not kept */
    char path[PATH_MAX];    /* the store's file */
    char problem[PATH_MAX + 1600];     /* why results are not kept (menu, history); "" */
    char warning[PATH_MAX + 1600];     /* a problem that did not stop saving (a damaged file moved aside) */
    bool record;            /* save playthroughs (false in screenshots) */
    bool created_file;      /* the store did not exist before this run */
    char created_dirs[4][PATH_MAX]; /* folders made for it, deepest first */
    int ncreated_dirs;
    /* the playthrough in hand */
    int64_t id;             /* its row, 0 when not saved */
    bool attached;          /* the saver is the play's observer */
    bool unsaved;           /* a case is in play and is not being saved */
    bool from_history;      /* the debrief was opened from the history */
    /* unfinished (menu) and all (history) playthroughs, newest first */
    PlaythroughInfo *open, *all;
    size_t nopen, nall;
    bool stale;             /* re-read the lists before showing them */
    /* debrief */
    bool section[SEC_COUNT];
    bool sections_set;      /* defaults chosen for the playthrough in hand */
    unsigned char *lit;     /* per map node: on the path (what the map drew) */
    size_t nlit;
    /* confirmation dialog (menu, history) */
    ConfirmKind confirm;
    int64_t confirm_id;
    char note[PATH_MAX + 600]; /* history: where the export went, or what failed */
    bool note_error;
    char menu_note[PATH_MAX + 1600];    /* menu: a resume that could not be done */
    /* the name field in settings */
    bool editing;
    char edit[128];
} ResultsUi;

/* {====================================================== life cycle (results_ui.c) */

/* Opens the store at results_default_path(); a store that cannot be
   opened leaves a notice and play goes on unsaved. */
void results_ui_init(Ui *ui);
void results_ui_free(Ui *ui);
/* Screenshots: read the store, never write it. */
void results_ui_read_only(Ui *ui);
/* A playthrough was just started (play_new): record it. */
void results_ui_begin(Ui *ui);
/* Stops recording the play in hand; call before play_free(ui->play). */
void results_ui_detach(Ui *ui);
/* The status of a play action: a failure to save (BLK_ERR_IO) is noted
   ("not saved") and the play goes on; other statuses are returned. */
BlkStatus results_ui_saved(Ui *ui, BlkStatus st);
/* Whether the play in hand is being saved. */
bool results_ui_saving(const Ui *ui);
/* Re-reads the lists of playthroughs if something changed. */
void results_ui_refresh(Ui *ui);

/* }====================================================== */

/* {====================================================== hooks */

/* The menu's part: a notice when results are not kept, "continue where
   you left off" with each unfinished playthrough, and the way to the
   history. Returns the height used. */
int results_ui_menu(Ui *ui, Layout *L, int x, int y, int w);
/* The name field of the settings page; returns the height used. */
int results_ui_settings(Ui *ui, Layout *L, int x, int y, int w);
/* The header's "not saved" label while a case is played unsaved,
   right-aligned to `right` in a bar of height h if it fits right of
   `left`; returns the new right edge. */
int results_ui_header(Ui *ui, Layout *L, int left, int right, int h);
/* Events for the name field while it is being edited; true when used. */
bool results_ui_event(Ui *ui, const SDL_Event *ev);
/* The actions of this part (ACT_HISTORY ... ACT_NAME). */
void results_ui_activate(Ui *ui, int action, int arg);
/* Escape on the debrief and the history. */
void results_ui_escape(Ui *ui);
/* The first focus of the history (and the menu's dialog). */
int results_ui_first_focus(const Ui *ui);
/* A confirmation dialog on top of the menu or the history. */
void results_ui_dialog(Ui *ui, Layout *L);

/* }====================================================== */

/* {====================================================== export (results_ui_history.c) */

/* The user's documents folder: `xdg-user-dir DOCUMENTS` when it names a
   folder, else ~/Dokumenter or ~/Documents if one exists, else ~. */
bool results_ui_documents(char *out, size_t size);
/* Writes the playthroughs as CSV (Norwegian style) and the xAPI
   statements into `dir`, each file atomically (a temporary file renamed
   into place). Fills `csv` and `xapi` with the files' paths; on failure
   returns false with a message in `err`. */
bool results_ui_export(Results *r, const char *dir, char *csv, char *xapi, size_t size,
                       char *err, size_t errsize);

/* }====================================================== */

/* {====================================================== helpers shared by the screens (results_ui.c) */

/* A number for display: the interface's decimal sign, no trailing ",0". */
void results_ui_decimal(char *buf, size_t size, double v);
/* An ISO 8601 UTC time as the trainee reads it, in local time: "i dag
   kl. 14.03", "i går kl. 09.12", "3. nov. 2025 kl. 14.03". */
void results_ui_when(const char *iso, char *buf, size_t size);
/* The colours and name of an outcome ("good", "mixed", "poor"). */
const char *results_ui_outcome(const char *name, ColorRole *fg, ColorRole *bg);

/* }====================================================== */

void screen_debrief(Ui *ui, Layout *L);
void screen_history(Ui *ui, Layout *L);

#endif
