/*
** results_ui_priv.h — what the files of results in the window share among
** themselves and the rest of the window has no use for. results_ui.c is
** where the window calls in: it holds the store and the lists, and hands
** each action to the file that carries it out, resuming to the menu's
** part (results_ui_menu.c), the history's to results_ui_history.c, the
** name field's to results_ui_name.c. Not for the rest of the window: that
** goes through results_ui.h.
*/
#ifndef BLIKK_UI_RESULTS_UI_PRIV_H
#define BLIKK_UI_RESULTS_UI_PRIV_H

#include "results_ui.h"

/* {====================================================== results_ui.c */

/* A DiagList as one text, for notes and stderr. */
void results_ui_diag_text(const DiagList *dl, char *buf, size_t size);
/* A new playthrough in hand: its debrief opens with the default sections,
   and Escape goes back to the menu. */
void results_ui_reset_debrief(ResultsUi *r);
/* The saved playthrough `id` from the lists (read again if stale); NULL
   when it is not there. Points into the lists, which the next refresh
   frees: copy what must outlive that. */
const PlaythroughInfo *results_ui_find(Ui *ui, int64_t id);
/* The case file to open for a saved playthrough. */
const char *results_ui_case_path(const Ui *ui, const PlaythroughInfo *p);

/* }====================================================== */

/* {====================================================== results_ui_menu.c */

/* Goes on with unfinished playthrough `id` where it was left, recording
   further under the same id; when the case has changed too much, back to
   the menu with a note that says so. */
void results_ui_resume(Ui *ui, int64_t id);

/* }====================================================== */

/* {====================================================== results_ui_history.c */

/* The history page, with the case in hand closed and the lists read
   again. */
void results_ui_open_history(Ui *ui);
/* The debrief of saved playthrough `id` (an unfinished one is resumed
   instead); Escape there goes back to the history. */
void results_ui_open_debrief(Ui *ui, int64_t id);
/* Opens the confirmation dialog for deleting (CONFIRM_DELETE) or
   discarding (CONFIRM_DISCARD) playthrough `id`. */
void results_ui_ask_confirm(Ui *ui, ConfirmKind kind, int64_t id);
/* The dialog's yes: deletes the playthrough it asked about. */
void results_ui_delete_confirmed(Ui *ui);
/* The history's export button: exports to the documents folder and says
   where in the history's note, or what failed. */
void results_ui_export_to_documents(Ui *ui);

/* }====================================================== */

/* {====================================================== results_ui_name.c */

/* Ends editing the name field; `keep` saves what was typed as the
   participant's name, else it is dropped. */
void results_ui_stop_editing(Ui *ui, bool keep);

/* }====================================================== */

#endif
