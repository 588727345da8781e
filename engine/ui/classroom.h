/*
** classroom.h — classroom mode: a course leader projects a case for a
** group. The state of a session lives here (classroom.c, with the
** classroom_*.c files beside it; classroom_priv.h says which is which):
** the group's play and where the room is in it (a scene is shown in
** steps: the story, what we notice, how concerned we are, the options,
** the vote spread; then the consequence), the show of hands per option
** before it is given to the core, the black screen, the discussion
** timer, a replay of the road not taken, and saving. Two views draw it:
** the audience view for the projector (screen_audience.c) and the
** presenter view for the leader (screen_presenter.c), in a second window
** on a second display or toggled with P in one window.
**
** The story stays the core's: marks, concern levels, votes and the
** group's choice go through play_mark, play_concern, play_vote and
** play_choose; a replay is a play_fork of the group's play.
*/
#ifndef BLIKK_UI_CLASSROOM_H
#define BLIKK_UI_CLASSROOM_H

#include <SDL.h>
#include <stdbool.h>
#include <stdint.h>

#include "../core/results.h"
#include "app.h"

/* Where the room is. A scene's steps are shown in this order, each only
   when the scene has it (observations, a concern level, choices). */
typedef enum {
    CP_SETUP,    /* the leader picks the case and names the group */
    CP_TITLE,    /* the case's title page */
    CP_STORY,    /* the scene: text, speech, image */
    CP_NOTICE,   /* the observations, marked by the group */
    CP_CONCERN,  /* the group's concern level */
    CP_OPTIONS,  /* the numbered options, with the show of hands */
    CP_REVEAL,   /* the vote spread, a bar per option */
    CP_FEEDBACK, /* what the group chose, and why it was good or weak */
    CP_ENDING,
    CP_DEBRIEF,  /* the group's debrief, in pages */
    CP_COUNT
} ClassPhase;

/* The pages of the group debrief. */
typedef enum { DB_PATH, DB_VOTES, DB_CONCERN, DB_MISSED, DB_POINTS, DB_REPLAY, DB_COUNT } DebriefPage;

/* What a widget of classroom mode does: ACT_CLASS with arg = cmd *
   CL_ARG + a parameter. */
#define CL_ARG 1000
typedef enum {
    CL_NEXT, CL_BACK,
    CL_START,       /* setup: start the session */
    CL_PICK_CASE,   /* setup: param = catalogue index */
    CL_LABEL,       /* setup: the group name field */
    CL_OPTION,      /* param = offered index: the group's choice */
    CL_VOTE_UP, CL_VOTE_DOWN, /* param = offered index */
    CL_VIEW,        /* toggle presenter / audience in one window */
    CL_BLACK,
    CL_TIMER, CL_TIMER_RESET,
    CL_REPLAY,      /* param = decision index of the group's path */
    CL_REPLAY_END,  /* back from a replay to the group's debrief */
    CL_PAGE,        /* param = debrief page */
    CL_MARK,        /* param = observation * 3 + Mark: the group's mark */
    CL_CONCERN,     /* param = level: the group's concern */
    CL_ASK_LEAVE, CL_ASK_RESTART, CL_STAY, CL_LEAVE, CL_RESTART,
    CL_OPEN,        /* the menu's "Klasserom" */
    CL_COUNT
} ClassCmd;

typedef enum { ASK_NONE, ASK_LEAVE, ASK_RESTART } ClassAsk;

#define CL_MAX_OPTIONS 64

typedef struct Classroom {
    Ui *main;             /* the window's own Ui: owns the case and the play */
    Ui *second;           /* the audience window's Ui on a second display */
    bool show_presenter;  /* one window: the presenter view is up (P) */
    ClassPhase phase;
    int page;             /* CP_DEBRIEF: the DebriefPage */
    bool black;           /* the audience view is blanked (B or '.') */
    ClassAsk ask;         /* a question on top (leave, restart) */
    bool f5_down;         /* F5 pressed and not yet let go (a real window) */
    char notice[300];     /* why "next" did not go on, for the leader */
    /* setup */
    char label[120];      /* the group, saved as the participant */
    bool editing;         /* the label field has the keyboard */
    int pick;             /* catalogue index chosen in setup, -1 none */
    char path[4096];      /* the case file */
    /* the show of hands in this visit of the scene, before the core has it */
    size_t visit;         /* play_path length when they were set */
    int votes[CL_MAX_OPTIONS];
    int choice;           /* the group's choice (offered index), -1 none */
    int typed_k;          /* option a number is being typed into, -1 */
    Uint32 typed_at;
    /* the discussion timer: a 1 s SDL timer only while it runs */
    SDL_TimerID timer;
    Uint32 tick_event;
    bool running;
    Uint64 started_ms, acc_ms;
    /* a replay of the road not taken: the group's play waits here while
       the main Ui plays a fork of it */
    Play *original;
    int replay_from;      /* decision index, -1 when no replay is on */
    /* saving */
    Results *store;
    int64_t rec_id;
    bool saving;          /* the group's play is being saved */
    char save_note[400];  /* why it is not saved, "" when it is */
} Classroom;

/* {====================================================== the session (classroom*.c) */

/* Opens classroom mode: the setup page, with `path` chosen (NULL: the
   leader picks from the menu's cases). */
void classroom_open(Ui *ui, const char *path);
/* Ends it (the case is closed): stops the timer, closes the second
   window, detaches the saver. Called by close_case(). */
void classroom_close(Ui *ui);
/* Classroom keys, the timer's ticks and the second window's events;
   true when the event was handled here. */
bool classroom_event(Ui *ui, const SDL_Event *ev);
void classroom_activate(Ui *ui, int arg);
/* Builds the page of this Ui: setup, audience or presenter view. */
void classroom_screen(Ui *ui, Layout *L);
int classroom_first_focus(const Ui *ui);
/* Paints the second window, if there is one and it changed. */
void classroom_render_other(Ui *ui);
/* `--screenshot --screen NAME`: takes the Ui into classroom mode at the
   step named (setup, audience, title, notice, concern, options, reveal,
   presenter, class-feedback, class-ending, class-debrief, class-votes,
   class-concern, class-missed, class-points, class-replay). -1: not a
   classroom name; 0: failed; 1: ok. */
int classroom_shot(Ui *ui, const char *name);
/* The menu's entry into classroom mode; returns its height. */
int classroom_menu_entry(Ui *ui, Layout *L, int x, int y, int w);

/* Two windows: `aud` (another Ui, on its own renderer) shows the audience
   view and the main Ui the presenter view. Used by the real second window
   and by the tests. aud == NULL goes back to one window. */
void classroom_attach_audience(Ui *ui, Ui *aud);

/* Shared by the views. */
Classroom *classroom_of(const Ui *ui);
/* Whether this Ui shows the audience view now. */
bool classroom_is_audience(const Ui *ui);
/* The group's own play (the original while a replay is on). */
const Play *classroom_group_play(const Classroom *c);
/* The show of hands now: the core's once given, else what was typed. */
int classroom_votes(const Classroom *c, const Play *p, size_t k);
int classroom_total_votes(const Classroom *c, const Play *p);
/* The option the group chose or will choose (most hands), -1 if unclear. */
int classroom_group_choice(const Classroom *c, const Play *p);
/* The steps of the scene on screen, in order; returns how many. */
int classroom_steps(const Play *p, ClassPhase *out);
/* The name of a step, for both views. */
const char *classroom_phase_name(ClassPhase ph);
/* Seconds on the discussion timer. */
int classroom_timer_seconds(const Classroom *c);
/* The facilitator notes split: `notes` gets the text without the
   questions, `questions` the sentences that end in '?', one a line. */
void classroom_split_notes(const char *facilitator, char *notes, size_t nsize,
                           char *questions, size_t qsize);
/* A decimal for display in the interface's language. */
void classroom_decimal(char *buf, size_t size, double v);
/* The title of a scene or ending a jump leads to ("" for a function
   whose targets differ: then `several` is set). */
const char *classroom_target_title(const Scenario *sc, const Jump *j, bool *several);

/* }====================================================== */

/* {====================================================== the views */

void screen_audience(Ui *ui, Layout *L);
void screen_presenter(Ui *ui, Layout *L);
void screen_class_setup(Ui *ui, Layout *L);
/* The question on top (leave, restart), in the view's own scale. */
void classroom_dialog(Ui *ui, Layout *L);
/* The case map with the group's path, r.w wide from (r.x, r.y) on the
   page; returns its height. */
int classroom_map(Ui *ui, Layout *L, SDL_Rect r, const Play *p);

/* The − count + control for the hands on an option, in a view's sizes:
   the projector's is larger than the leader's. */
typedef struct {
    int button;         /* the side of the square − and + buttons, px */
    TypeSize count;     /* the type of the count (bold) */
    const char *widest; /* the count it makes room for, e.g. "000" */
    int gap;            /* between the buttons and the count, theme units */
} ClassStepper;
/* The stepper's width; its height is s->button. */
int classroom_stepper_width(Ui *ui, const ClassStepper *s);
/* The stepper for offered option `k` at (x, y), showing `count`. */
void classroom_stepper(Ui *ui, Layout *L, int x, int y, const ClassStepper *s, size_t k,
                       int count);

/* }====================================================== */

#endif
