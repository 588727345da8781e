/*
** blikk.h — the public API of the Blikk core.
**
** The core loads a scenario file (Lua 5.4, run in a sandbox), checks it,
** plays it and scores the playthrough. It has no SDL in it: the window, the
** text mode, the command-line tools and the tests all drive this one API.
**
** Conventions
** - Functions that can fail return BlkStatus; details go into a DiagList
**   owned by the caller, each with file, line, severity and message.
** - Every x_new / x_load has an x_free. Pointers returned by getters are
**   borrowed from the object they came from and live as long as it does.
** - A Scenario is immutable once loaded and may be shared by any number of
**   Plays (one thread). A Play borrows its Scenario, which must outlive it.
*/
#ifndef BLIKK_H
#define BLIKK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define BLIKK_VERSION "0.1.0"
#define BLIKK_FORMAT_VERSION 1

typedef enum {
    BLK_OK = 0,
    BLK_ERR_IO,       /* a file could not be read */
    BLK_ERR_SCENARIO, /* the scenario has errors: see the DiagList */
    BLK_ERR_RUNTIME,  /* a scenario callback failed or broke a budget */
    BLK_ERR_USAGE,    /* the action is not allowed in the current state */
    BLK_ERR_NOMEM
} BlkStatus;

/* ---------------------------------------------------------------- diag */

typedef enum { DIAG_ERROR, DIAG_WARNING, DIAG_NOTE } DiagSeverity;

typedef struct {
    DiagSeverity severity;
    char *file;    /* NULL when the problem has no file (a usage error) */
    int line;      /* 0 when unknown */
    char *message; /* one line, no trailing newline */
} Diag;

typedef struct {
    Diag *items;
    size_t count, cap;
} DiagList;

/* Appends a formatted message; copies file. Never fails visibly: on memory
   exhaustion the message is dropped and `count` still reflects the rest. */
void diag_add(DiagList *dl, DiagSeverity sev, const char *file, int line,
              const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;
size_t diag_count(const DiagList *dl, DiagSeverity sev);
/* Prints every entry as `FILE:LINE: error: MESSAGE`, in the order added. */
void diag_print(const DiagList *dl, FILE *out);
void diag_clear(DiagList *dl);
void diag_free(DiagList *dl);

/* ------------------------------------------------------------- values */

typedef enum { VAL_NIL, VAL_NUMBER, VAL_BOOL, VAL_STRING } ValueType;

typedef struct {
    ValueType type;
    double num;
    bool b;
    const char *str; /* borrowed; see the function that produced it */
} Value;

/* Formats a state value as text shows it: integers without decimals. */
void value_format(const Value *v, char *buf, size_t size);

/* --------------------------------------------------------------- text */

#define SPEAKER_NONE (-1) /* narration */
#define SPEAKER_YOU (-2)  /* `du:` — the trainee */

typedef struct {
    char *text; /* UTF-8, owned by the TextDoc */
    bool emph;
} TextSpan;

typedef struct {
    int speaker; /* SPEAKER_NONE, SPEAKER_YOU or a character index */
    TextSpan *spans;
    size_t nspans;
} TextPara;

typedef struct {
    TextPara *paras;
    size_t nparas;
} TextDoc;

/* ----------------------------------------------------------- scenario */

typedef enum { OBS_RISK, OBS_PROTECTIVE, OBS_NEUTRAL } ObsKind;
typedef enum { MARK_NONE, MARK_RISK, MARK_PROTECTIVE } Mark;
typedef enum { OUTCOME_GOOD, OUTCOME_MIXED, OUTCOME_POOR } Outcome;

#define BLK_NOFN (-2) /* no Lua function (matches LUA_NOREF) */

/* A reference to a scene or an ending, which share one name space. */
typedef struct {
    bool is_ending;
    int index; /* -1 when unresolved */
} NodeRef;

/* Where a choice or a `next` scene leads: a fixed id or a function. */
typedef struct {
    const char *id;   /* fixed target id, or NULL for a function */
    int fn;           /* function reference, or BLK_NOFN */
    NodeRef target;   /* resolved fixed target */
    const char **target_ids; /* `targets`, for a function */
    NodeRef *targets;
    size_t ntargets;
} Jump;

typedef struct {
    const char *competency_id;
    int competency; /* index into Scenario.competencies */
    double points;
} ScoreItem;

typedef struct {
    const char *var;
    Value value;
} Assign;

typedef struct {
    const char *var;
    double amount;
} Increment;

typedef struct {
    const char *id; /* given, or "<scene>.<n>" */
    const char *text, *feedback;
    Jump next;
    ScoreItem *score;
    size_t nscore;
    double points; /* sum of score values */
    int when, effect; /* function references or BLK_NOFN */
    Assign *set;
    size_t nset;
    Increment *add;
    size_t nadd;
} Choice;

typedef struct {
    int line;
    const char *id, *title;
    const char *text; /* static text, or NULL when text_fn is set */
    int text_fn;
    const char *image; /* path relative to the scenario folder, or NULL */
    const char **observe_ids;
    int *observe;      /* observation indices, in display order */
    size_t nobserve;
    int concern;       /* expert level, 1-based; 0 = not asked */
    const char *facilitator;
    Choice *choices;
    size_t nchoices;
    bool has_next;     /* a `next` scene: no decision, just "continue" */
    Jump next;
    int on_enter;
} Scene;

typedef struct {
    int line;
    const char *id, *title;
    const char *text;
    int text_fn;
    Outcome outcome;
} Ending;

typedef struct {
    int line;
    const char *id, *name, *description, *portrait;
} Character;

typedef struct {
    int line;
    const char *id, *text, *explain;
    ObsKind kind;
    double weight;
    int scene; /* the scene that lists it, or -1 */
} Observation;

typedef struct {
    const char *id, *name;
} Competency;

typedef struct {
    const char *name;
    Value value;
} StateVar;

typedef struct {
    const char **items;
    size_t count;
} StrList;

typedef struct ScenarioLua ScenarioLua;

typedef struct Scenario {
    const char *path; /* as given to scenario_load */
    const char *dir;  /* asset folder: the path without ".lua" */
    int line;         /* of the scenario{} call */
    const char *id, *title, *summary, *role, *language;
    int version, minutes; /* minutes: 0 when not given */
    StrList audience, objectives, concern_scale, debrief, references, authors;
    Competency *competencies;
    size_t ncompetencies;
    const char *start_id;
    int start; /* scene index */
    StateVar *state;
    size_t nstate;
    Character *characters;
    size_t ncharacters;
    Observation *observations;
    size_t nobservations;
    Scene *scenes;
    size_t nscenes;
    Ending *endings;
    size_t nendings;
    ScenarioLua *lua; /* private: the sandbox and the strings' arena */
} Scenario;

typedef struct {
    /* Receives the scenario's print() output. NULL: written to stderr. */
    void (*log)(void *ud, const char *file, int line, const char *msg);
    void *log_ud;
    long load_budget;     /* instructions for the file; 0: 10 million */
    long callback_budget; /* instructions per callback; 0: 1 million */
    size_t memory_budget; /* bytes; 0: 64 MiB */
} LoadOptions;

/* Loads and validates the file at `path`. On BLK_OK *out is a new Scenario;
   free it with scenario_free(). Errors and warnings found while loading go
   into `dl`; with any error the status is BLK_ERR_SCENARIO and *out is NULL.
   `opt` may be NULL for defaults. */
BlkStatus scenario_load(const char *path, const LoadOptions *opt,
                        Scenario **out, DiagList *dl);
void scenario_free(Scenario *sc);

/* Static analysis beyond what loading requires: reachability, unused
   observations. Adds warnings to `dl`. Linear in the size of the scenario. */
void scenario_check(const Scenario *sc, DiagList *dl);
/* Advice on teaching quality, for authors (`blikk check` gives it unless
   --no-advice): no protective or neutral observation, a decision where
   every choice scores the same, feedback that only repeats the choice, a
   text too long for one screen (warnings), and an observation whose words
   are not in its scene's text (a note). */
void scenario_advise(const Scenario *sc, DiagList *dl);

/* Look-ups by id; -1 when there is none. */
int scenario_find_observation(const Scenario *sc, const char *id);
int scenario_find_character(const Scenario *sc, const char *id);
bool scenario_find_node(const Scenario *sc, const char *id, NodeRef *out);
/* Number of concern levels (the scale's length). */
int scenario_concern_levels(const Scenario *sc);
const char *scenario_concern_label(const Scenario *sc, int level);
const char *outcome_name(Outcome o);
const char *obs_kind_name(ObsKind k);
const char *mark_name(Mark m);

/* --------------------------------------------------------------- play */

typedef struct Play Play;

typedef struct {
    int scene;      /* scene index */
    int choice;     /* index into the scene's choices */
    int *offered;   /* choice indices offered at the time */
    size_t noffered;
    double points, best;
    int *votes;     /* classroom: show of hands per offered choice, or NULL */
} Decision;

typedef struct {
    bool finished;
    const Scene *scene;   /* current scene, NULL when finished */
    const Ending *ending; /* the ending reached, or NULL */
    int scene_index, ending_index;
    const TextDoc *text;  /* rendered text of the scene or ending */
    const int *offered;   /* choice indices offered now */
    size_t noffered;
    int concern;          /* level given in this scene (also on an earlier
                             visit), 0 if none */
    const int *votes;     /* classroom: votes per offered choice so far, or
                             NULL when none were entered in this visit */
    const Choice *last_choice; /* the choice that led here, or NULL */
} PlayView;

/* Starts a playthrough at the scenario's start scene, seeding math.random
   with `seed`. Returns a new Play in *out (free with play_free()); borrows
   `sc`. Fails with BLK_ERR_RUNTIME when a callback of the start scene
   fails (details in `dl`). */
BlkStatus play_new(const Scenario *sc, uint64_t seed, Play **out,
                   DiagList *dl);
void play_free(Play *p);

const PlayView *play_view(const Play *p);
const Scenario *play_scenario(const Play *p);
uint64_t play_seed(const Play *p);

/* The trainee's actions. Each checks that it is allowed now and returns
   BLK_ERR_USAGE with a message in `dl` if it is not. */
/* Classroom: the show-of-hands count for one offered choice (0-based among
   those offered) before the group decides; kept with the decision. An
   extension of the format: a scenario needs nothing for it. */
BlkStatus play_vote(Play *p, size_t offered, int count, DiagList *dl);
BlkStatus play_mark(Play *p, int observation, Mark mark, DiagList *dl);
BlkStatus play_concern(Play *p, int level, DiagList *dl);
/* `offered` is 0-based among the choices offered now. */
BlkStatus play_choose(Play *p, size_t offered, DiagList *dl);
BlkStatus play_continue(Play *p, DiagList *dl);

/* One action of the trainee, as recorded for saving and replaying. */
typedef enum {
    ACTION_MARK, ACTION_CONCERN, ACTION_CHOOSE, ACTION_CONTINUE, ACTION_VOTE
} ActionKind;

typedef struct {
    ActionKind kind;
    int scene;       /* the scene it was taken in */
    int observation; /* ACTION_MARK */
    Mark mark;       /* ACTION_MARK */
    int level;       /* ACTION_CONCERN; ACTION_VOTE: the count */
    int choice;      /* ACTION_CHOOSE, ACTION_VOTE: index into the scene's
                        choices */
} PlayAction;

/* Called after every action that succeeded (for saving as the play goes).
   An error it returns is passed back to the caller of the action, which
   has nevertheless happened. One observer per Play; NULL removes it. */
typedef BlkStatus (*PlayObserver)(void *ud, const Play *p, const PlayAction *a,
                                  DiagList *dl);
void play_observe(Play *p, PlayObserver fn, void *ud);
void *play_observer_data(const Play *p);

/* Replays a recorded action. The choice of ACTION_CHOOSE must be offered
   now; fails with BLK_ERR_USAGE otherwise (the case has changed). */
BlkStatus play_apply(Play *p, const PlayAction *a, DiagList *dl);

/* Runs one line of a play script (section 8): `mark OBS risk|protective|
   none`, `concern N`, `choose N|ID`, `continue`, and as an extension for
   classroom sessions `vote N|ID COUNT`; '#' starts a comment and
   a blank line does nothing. *done tells what was done. A malformed line
   or an action not allowed now is BLK_ERR_USAGE with a message (no file:
   the caller names the script line). */
typedef enum {
    SCRIPT_NOTHING, SCRIPT_MARK, SCRIPT_CONCERN, SCRIPT_CHOOSE, SCRIPT_CONTINUE,
    SCRIPT_VOTE
} ScriptAction;
BlkStatus play_run_line(Play *p, const char *line, ScriptAction *done,
                        DiagList *dl);

/* Every action so far, in order (votes included). */
const PlayAction *play_actions(const Play *p, size_t *n);
/* A new Play with the same seed that has replayed the first `nactions`
   actions of `p`: the way to go back to a decision and take another road
   without losing the original. No observer is attached. */
BlkStatus play_fork(const Play *p, size_t nactions, Play **out, DiagList *dl);

/* {- author mode: look into and steer a playthrough -} */

/* Every state variable now, sorted by name, as a new array; names and
   strings are copies. Free with state_list_free(). */
StateVar *play_state_list(const Play *p, size_t *n);
void state_list_free(StateVar *vars, size_t n);
/* Sets a state variable to a number, boolean or text (a fixture, or the
   author overlay). The scene on screen is not redrawn: call play_goto. */
BlkStatus play_set_var(Play *p, const char *name, const Value *v, DiagList *dl);
/* Enters a scene directly, as if a choice had led there: on_enter, text
   and `when` run with the state as it is. Marks, concern levels and
   decisions so far are kept. Not an action: it is not recorded. */
BlkStatus play_goto(Play *p, int scene, DiagList *dl);

/* The record of the playthrough so far. */
Mark play_mark_of(const Play *p, int observation);
bool play_shown(const Play *p, int observation);
/* Level given at a scene (0: none); `left` tells whether it was committed
   by leaving the scene. */
int play_concern_at(const Play *p, int scene, bool *left);
/* Scenes whose concern level was committed, in the order first left. */
const int *play_answer_order(const Play *p, size_t *n);
const NodeRef *play_path(const Play *p, size_t *n);
const Decision *play_decisions(const Play *p, size_t *n);
/* Current value of a state variable; strings are borrowed until the next
   action. Returns false when the variable does not exist. */
bool play_state_get(const Play *p, const char *var, Value *out);

/* A random playthrough from `seed`: random marks, concern levels and
   choices until an ending, or BLK_ERR_RUNTIME after `max_steps` actions.
   *out is the Play (free it) whenever play_new succeeded. */
BlkStatus play_random_walk(const Scenario *sc, uint64_t seed, size_t max_steps,
                           Play **out, DiagList *dl);

/* -------------------------------------------------------------- score */

typedef struct {
    double points, possible;
} CompetencyScore;

typedef struct {
    int scene, given, expert;
} ConcernAnswer;

/* Figures of section 6 of the format. A `scaled` value is NAN when there is
   nothing to score (null in JSON). */
typedef struct {
    int hits, misses, false_alarms, protective_hits, protective_misses;
    double signals_scaled;
    double points, possible, actions_scaled;
    CompetencyScore *competencies; /* Scenario.ncompetencies entries */
    ConcernAnswer *answers;        /* in order of first visit */
    size_t nanswers;
    double concern_mae, concern_scaled;
    double total_scaled;
} Score;

/* Scores the playthrough as it stands. Fills *out; free with score_free(). */
BlkStatus score_compute(const Play *p, Score *out);
void score_free(Score *s);

/* The JSON object of section 8 of the format, as a new string (free()).
   NULL on memory exhaustion. */
char *score_to_json(const Play *p, const Score *s, int indent);

/* --------------------------------------------------------------- text */

/* Renders markup (section 3) into paragraphs and spans, replacing {var}
   through `lookup`. On a problem returns BLK_ERR_SCENARIO and puts a
   message into `err` (size errsize). Free the doc with text_free(). */
typedef bool (*TextLookup)(void *ud, const char *name, size_t len, Value *out);
BlkStatus text_render(const char *markup, const Scenario *sc,
                      TextLookup lookup, void *ud, TextDoc *out, char *err,
                      size_t errsize);
void text_free(TextDoc *doc);
#endif
