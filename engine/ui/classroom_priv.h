/*
** classroom_priv.h — what the files of classroom mode share among
** themselves and the rest of the window has no use for. The session is
** one concept a file: its state and life (classroom.c), how the room
** moves through a case (classroom_flow.c), the keys (classroom_keys.c),
** the projector's window (classroom_second.c). The audience view's
** debrief pages (screen_audience_debrief.c) are built with the view's own
** parts (screen_audience.c), and the presenter view (screen_presenter.c)
** has its header and footer from the setup page (screen_class_setup.c).
*/
#ifndef BLIKK_UI_CLASSROOM_PRIV_H
#define BLIKK_UI_CLASSROOM_PRIV_H

#include "classroom.h"

/* {====================================================== classroom.c */

/* The event type of the timer's ticks; 0 until the timer first runs. */
extern Uint32 classroom_tick_type;

/* The Ui that shows the audience view now, or NULL (presenter up). */
Ui *classroom_audience_ui(Classroom *c);
/* Both windows build their page again (the step is the same). */
void classroom_changed(Classroom *c);
/* A new step: both pages from the top, with their own first focus. */
void classroom_show(Classroom *c);
/* Takes the hands of a scene newly entered: the core's, else none. */
void classroom_sync_visit(Classroom *c);
/* Gives the core the hands it does not have yet. */
BlkStatus classroom_commit_votes(Ui *ui);
/* Sets the hands for offered option `k` (0 to 9999). */
void classroom_set_votes(Ui *ui, size_t k, int n);
void classroom_timer_toggle(Classroom *c);
void classroom_timer_reset(Classroom *c);
/* The status of a move, after saving it: when saving failed, the group
   goes on unsaved (BLK_OK) and the presenter view says why. */
BlkStatus classroom_saved(Ui *ui, BlkStatus st);
/* A runtime error in the scenario: the error screen, as in self-study. */
void classroom_failed(Ui *ui);
/* The group's play from the first scene of the chosen case (setup's
   start, and F5). */
void classroom_start_session(Ui *ui);

/* }====================================================== */

/* {====================================================== classroom_flow.c */

/* Where `ph` is among the scene's steps, -1 if not there. */
int classroom_step_index(const ClassPhase *steps, int n, ClassPhase ph);
/* Whether the group's last move was a choice (its feedback can be shown
   again). */
bool classroom_last_was_choice(const Play *p);
void classroom_next(Ui *ui);
void classroom_back(Ui *ui);
/* The group back at decision `i` of its path, in a fork of its play. */
void classroom_replay(Ui *ui, int i);

/* }====================================================== */

/* {====================================================== classroom_second.c */

/* Lets go of the audience window; `destroy` closes it too. */
void classroom_free_second(Classroom *c, bool destroy);
/* Opens the audience window when there is a second display. */
void classroom_open_second(Ui *ui);

/* }====================================================== */

/* {====================================================== screen_audience.c */

/* A line of small muted help text; returns its height. */
int audience_help(Ui *ui, Layout *L, int x, int y, int w, const char *text);
/* A number in a small square, as the self-study scene numbers choices. */
void audience_number(Ui *ui, Layout *L, int x, int y, int size, int n, bool strong);
/* screen_audience_debrief.c: one page of the group's debrief; returns
   its height. */
int audience_debrief(Ui *ui, Layout *L, int x, int y, int w, const Play *g, DebriefPage page);

/* }====================================================== */

/* {====================================================== screen_class_setup.c */

/* The leader's header: the wordmark, what this is, and buttons on the
   right; returns its height. */
int leader_header(Ui *ui, Layout *L, const char *what, bool view_button, bool leave_button);
/* The leader's footer: back, what the room sees, next; returns its
   height. */
int leader_footer(Ui *ui, Layout *L, const char *back, int back_cmd, const char *next,
                  int next_cmd, const char *middle);
/* Wrapped text in one style; returns its height. */
int leader_text(Ui *ui, Layout *L, int x, int y, int w, TypeSize size, FontStyle st, ColorRole c,
                const char *s);

/* }====================================================== */

#endif
