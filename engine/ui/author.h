/*
** author.h — author mode in the window (`blikk --author FILE`): the case
** file is watched and loaded again when it is saved, and the playthrough
** comes back to the scene and state it had; an overlay (F2) shows the
** scene's insides, lets the author edit state variables, jump to any scene
** (from a list or the case map) and save and load state fixtures.
**
** author.c turns it on and routes the window's events; author_watch.c
** notices the saves; author_replay.c loads the file again and takes the
** playthrough back; author_state.c sets variables, jumps and keeps the
** fixtures; screen_author.c draws the bar and the overlay and takes the
** overlay's keys, with screen_author_rows.c (the list tabs) and
** screen_author_map.c (the map). What they share among themselves is in
** author_priv.h. The story stays the core's: edits go through
** play_set_var and play_goto, replays through play_apply.
*/
#ifndef BLIKK_UI_AUTHOR_H
#define BLIKK_UI_AUTHOR_H

#include <SDL.h>
#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "../core/blikk.h"
#include "../core/casemap.h"
#include "layout.h"

struct Ui;

/* The overlay's tabs. */
typedef enum { AT_SCENE, AT_STATE, AT_SCENES, AT_MAP, AT_COUNT } AuthorTab;

/* What an ACT_AUTHOR widget does: arg = command << 16 | index. */
typedef enum {
    AC_TOGGLE,       /* F2: open or close the overlay */
    AC_TAB,          /* index: AuthorTab */
    AC_VAR,          /* index: variable (in play_state_list order): edit it */
    AC_EDIT_SET,     /* the edit field's "Set" */
    AC_EDIT_CANCEL,
    AC_JUMP,         /* index: scene; from the list or the map */
    AC_FIXTURE_SAVE,
    AC_FIXTURE_LOAD, /* index: into the fixture list */
    AC_DISMISS       /* the bar's notice */
} AuthorCmd;

#define AUTHOR_ARG(cmd, index) ((int)(cmd) << 16 | (int)(index))
#define AUTHOR_CMD(arg) ((AuthorCmd)((arg) >> 16))
#define AUTHOR_INDEX(arg) ((arg) & 0xFFFF)

/* One step of a playthrough as the author took it, kept by ids so that it
   can be taken again on a case whose file has changed. */
typedef enum { STEP_ACTION, STEP_SET, STEP_GOTO } StepKind;

typedef struct {
    StepKind kind;
    PlayAction a;        /* STEP_ACTION: as recorded (indices of its case) */
    char *scene;         /* the scene it was taken in; STEP_GOTO: where to */
    char *obs;           /* ACTION_MARK */
    char *choice_id;     /* ACTION_CHOOSE, ACTION_VOTE */
    char *choice_text;
    bool choice_given;   /* the id was written in the file, not made up */
    char *name;          /* STEP_SET */
    Value v;             /* STEP_SET; str owned */
} Step;

/* An edit the author made on top of the playthrough's own actions. */
typedef struct {
    size_t at;           /* number of actions taken before it */
    Step step;           /* STEP_SET or STEP_GOTO */
} AuthorEdit;

typedef struct {
    char *path;          /* the JSON file */
    char *scene;         /* the scene it was saved in */
    char saved[32];      /* when, as shown */
    int number;
} Fixture;

typedef struct Author {
    char path[PATH_MAX];   /* the case file, as given */
    char dir[PATH_MAX];    /* its folder */
    char base[256];        /* its file name */
    char name[256];        /* the file name without .lua */
    /* the watcher: a thread blocked in poll() on inotify, which pushes an
       SDL event of type `event` when the file was written or replaced */
    SDL_Thread *thread;
    int ifd, stop[2];
    Uint32 event;
    bool watching;
    /* edits on top of the current Play (set, jump, fixture); `edits_play`
       and `edits_seed` tell which Play they belong to */
    AuthorEdit *edits;
    size_t nedits, cap_edits;
    const Play *edits_play;
    uint64_t edits_seed;
    /* the playthrough as it was before a reload that could not take all of
       it, kept so that the next good save can take it all again */
    Step *pending;
    size_t npending;
    const Play *pending_play;
    size_t pending_at, pending_nedits;
    uint64_t pending_seed;
    bool pending_finished;
    char *pending_target;  /* the scene or ending it had reached */
    /* status */
    unsigned reloads;
    bool broken;           /* the last load found errors */
    char loaded_at[16];    /* "14:32:05" */
    char notice[800];      /* after a reload: what could not be kept */
    bool notice_warn;      /* a problem (else only information) */
    size_t notice_actions; /* cleared when the trainee acts again */
    const Play *notice_play;
    /* the overlay */
    bool open;
    AuthorTab tab;
    int first[AT_COUNT];   /* first row shown in each tab */
    int rows[AT_COUNT], shown[AT_COUNT]; /* rows, and how many fit */
    bool editing;          /* a variable's value is being typed */
    char edit_name[128];
    int edit_index;        /* the variable's row, to come back to */
    char edit_buf[256];
    bool edit_fresh;       /* the first key replaces the whole value */
    char edit_error[300];
    SDL_Rect panel;        /* where the overlay is, for the wheel */
    SDL_Rect field;        /* the edit field, for clicks outside it */
    bool panel_modal;
    int body_w, body_h;    /* the tab's rows: width and room */
    int mouse_x, mouse_y;
    int page_focus[2];     /* action and arg focused before it opened */
    Layout scratch;        /* for measuring rows */
    /* fixtures beside the case file */
    Fixture *fixtures;
    size_t nfixtures;
    /* the map of the case in hand */
    CaseMap map;
    const Scenario *map_sc;
} Author;

/* {====================================================== author.c */

/* A translation with a context (gettext's msgctxt "author" in po/nb/ui.po),
   so that author mode's short labels never clash with the same English
   words elsewhere in the catalogue. */
const char *author_tr(const char *key, const char *english);
#define P_(s) author_tr("author\004" s, s)

/* Turns author mode on for `path` and opens the case straight into play.
   With `watch`, saving the file reloads it (needs SDL_Init first). A file
   with errors shows them; the next good save opens it. */
void author_open(struct Ui *ui, const char *path, bool watch);
/* Stops the watcher and frees the state (ui_free calls it). */
void author_free(struct Ui *ui);
/* Events for author mode: the watcher's, F2, the overlay's keys and
   wheel, typing in the edit field. True when the event was used. */
bool author_event(struct Ui *ui, const SDL_Event *ev);
/* An ACT_AUTHOR widget was activated. */
void author_activate(struct Ui *ui, int arg);

/* Focuses the widget with this action and arg once the layout is made
   again (the overlay's rows come and go as it scrolls). */
void author_focus_later(struct Ui *ui, int action, int arg);

/* The case map of the scenario in hand (built on first use). */
const CaseMap *author_map(struct Ui *ui);

/* --screenshot --screen author, author-state, author-scenes, author-map:
   opens the overlay at that tab. */
bool author_shot_screen(struct Ui *ui, const char *name);

/* }====================================================== */

/* {====================================================== author_replay.c */

/* Loads the file again and takes the playthrough back to where it was
   (the watcher's event calls it; tests call it directly). Returns false
   when the file has errors (they are shown). */
bool author_reload(struct Ui *ui);

/* }====================================================== */

/* {====================================================== author_state.c */

/* Sets a state variable to what the author typed, read as the variable's
   kind (a number, true/false or text), and enters the scene again so that
   its text and `when` see it. On a problem returns false with a message in
   the overlay's edit_error. */
bool author_set_var(struct Ui *ui, const char *name, const char *typed);
/* Enters a scene with the state as it is (from the list or the map). */
bool author_jump(struct Ui *ui, int scene);

/* Writes the current scene and state as `NAME.fixture-N.json` beside the
   case file; `out` gets its path. */
bool author_fixture_save(struct Ui *ui, char *out, size_t size);
/* Starts the case again from a fixture: its state, then its scene. */
bool author_fixture_load(struct Ui *ui, const char *path);
/* Reads the fixtures beside the case file into the overlay's list. */
void author_fixture_scan(struct Ui *ui);

/* }====================================================== */

/* {====================================================== screen_author.c */

/* Draws the author bar under the header and, when open, the overlay. Run
   after the screen has laid out its page. */
void author_build(struct Ui *ui, Layout *L);
/* A key while the overlay is open; true when it was used. */
bool author_panel_key(struct Ui *ui, const SDL_KeyboardEvent *k);
/* Scrolls the overlay's tab by `rows`. */
void author_panel_scroll(struct Ui *ui, int rows);

/* }====================================================== */

#endif
