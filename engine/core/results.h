/*
** results.h — the trainee's results, kept on this machine in SQLite.
**
** Every action of a playthrough is written as it happens, each in its own
** transaction, so killing the program loses nothing; an unfinished
** playthrough is resumed by replaying its actions with the same seed, which
** gives the same state, marks and text. The file lives under the XDG data
** directory and is never silently replaced: a corrupt file is moved aside
** and the message says where.
*/
#ifndef BLIKK_RESULTS_H
#define BLIKK_RESULTS_H

#include "blikk.h"

typedef struct Results Results;

#define RESULTS_SCHEMA_VERSION 1

/* The default database path: $XDG_DATA_HOME/blikk/results.sqlite, or
   ~/.local/share/blikk/results.sqlite. Creates the folder. Writes the path
   into buf; returns false (with a message in dl) when there is no home. */
bool results_default_path(char *buf, size_t size, DiagList *dl);

/* Opens (creating or migrating) the database at `path`. On BLK_OK *out is
   new; close it with results_close(). Errors: a database from a newer
   Blikk, a locked or unwritable file (BLK_ERR_IO, nothing changed), a
   corrupt file (moved aside to PATH.corrupt-TIME, then a new one is made,
   with a warning in dl that names both). */
BlkStatus results_open(const char *path, Results **out, DiagList *dl);
void results_close(Results *r);

typedef enum { MODE_SELF_STUDY, MODE_TEST, MODE_CLASSROOM } PlayMode;
const char *play_mode_name(PlayMode m);

/* Starts recording `p` (just created by play_new) for `participant` (a name
   or pseudonym; NULL or "" for anonymous). Attaches itself as the play's
   observer, so every later action is saved; call results_detach() before
   play_free(). */
BlkStatus results_begin(Results *r, Play *p, const char *participant,
                        PlayMode mode, int64_t *id, DiagList *dl);
void results_detach(Play *p);

/* The playthrough's registration UUID (for xAPI), or NULL. */
const char *results_registration(const Results *r, int64_t id);

typedef struct {
    int64_t id;
    char uuid[37];
    char scenario_id[64], scenario_title[200], scenario_path[1024];
    char participant[200];
    char started[32], finished[32]; /* ISO 8601 UTC; finished "" if not */
    char ending[64], outcome[16];
    PlayMode mode;
    int scenario_version;
    uint64_t seed;
    double signals, actions, concern, total; /* NAN when null */
    int nactions;
} PlaythroughInfo;

/* Lists playthroughs, newest first: all (unfinished_only false) or only
   the unfinished ones. *out is a new array (free()). */
BlkStatus results_list(Results *r, bool unfinished_only, PlaythroughInfo **out,
                       size_t *n, DiagList *dl);

/* Rebuilds an unfinished (or finished) playthrough from its saved actions:
   plays `sc` anew with the saved seed and replays them. Fails if the case
   has changed so that an action no longer fits. The new Play is recorded
   further under the same id. */
BlkStatus results_resume(Results *r, const Scenario *sc, int64_t id,
                         Play **out, DiagList *dl);

/* The same, without recording further: for reading a saved playthrough
   (debrief, export). */
BlkStatus results_replay(Results *r, const Scenario *sc, int64_t id,
                         Play **out, DiagList *dl);

typedef struct {
    char kind[12], scene[64], target[64], value[16];
    char at[32];
} SavedAction;

/* The saved actions of a playthrough in order, as a new array (free()). */
BlkStatus results_actions(Results *r, int64_t id, SavedAction **out, size_t *n,
                          DiagList *dl);

/* The saved result object (section 8 JSON) of a finished playthrough, as a
   new string; NULL if not finished. */
char *results_json(Results *r, int64_t id);

/* Deletes a playthrough and its actions. */
BlkStatus results_delete(Results *r, int64_t id, DiagList *dl);

#endif
