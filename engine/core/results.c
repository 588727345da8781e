/*
** results.c — the results store: SQLite, one file per user.
**
** Provides the schema and its migrations, the observer that writes each
** action of a playthrough as it happens (autocommit: one transaction per
** action, synchronous=FULL so a committed action survives a power cut),
** resuming by replay, and listing. Uses SQLite and the public play API.
*/
#include "results.h"

#include <errno.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "i18n.h"

struct Results {
    sqlite3 *db;
    char *path;
};

/* What the observer needs: which store and which row. */
typedef struct {
    Results *r;
    int64_t id;
    int seq;
} Recorder;

/* {====================================================== helpers */

static void iso_now(char *buf, size_t size) {
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(buf, size, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static BlkStatus db_error(Results *r, DiagList *dl, const char *what) {
    diag_add(dl, DIAG_ERROR, r->path, 0, _("%s: %s"), what, sqlite3_errmsg(r->db));
    int code = sqlite3_errcode(r->db);
    return code == SQLITE_NOMEM ? BLK_ERR_NOMEM : BLK_ERR_IO;
}

static bool exec(Results *r, const char *sql) {
    return sqlite3_exec(r->db, sql, NULL, NULL, NULL) == SQLITE_OK;
}

/* mkdir -p for the folder that holds `path`. */
static bool make_parents(const char *path) {
    char *tmp = strdup(path);
    if (!tmp) return false;
    for (char *p = tmp + 1; *p; p++) {
        if (*p != '/') continue;
        *p = '\0';
        if (mkdir(tmp, 0700) != 0 && errno != EEXIST) {
            free(tmp);
            return false;
        }
        *p = '/';
    }
    free(tmp);
    return true;
}

const char *play_mode_name(PlayMode m) {
    return m == MODE_TEST ? "test" : m == MODE_CLASSROOM ? "classroom" : "self-study";
}

static PlayMode mode_from_name(const char *s) {
    if (s && strcmp(s, "test") == 0) return MODE_TEST;
    if (s && strcmp(s, "classroom") == 0) return MODE_CLASSROOM;
    return MODE_SELF_STUDY;
}

/* }====================================================== */

/* {====================================================== schema */

static const char *const migrations[] = {
    /* 0 -> 1 */
    "CREATE TABLE participant (\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  name TEXT NOT NULL UNIQUE,\n"
    "  kind TEXT NOT NULL DEFAULT 'person',\n"
    "  created TEXT NOT NULL);\n"
    "CREATE TABLE playthrough (\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  uuid TEXT NOT NULL UNIQUE,\n"
    "  participant_id INTEGER REFERENCES participant(id),\n"
    "  scenario_id TEXT NOT NULL,\n"
    "  scenario_version INTEGER NOT NULL,\n"
    "  scenario_title TEXT NOT NULL,\n"
    "  scenario_path TEXT NOT NULL,\n"
    "  seed INTEGER NOT NULL,\n"
    "  mode TEXT NOT NULL,\n"
    "  started TEXT NOT NULL,\n"
    "  finished TEXT,\n"
    "  ending TEXT, outcome TEXT,\n"
    "  signals REAL, actions REAL, concern REAL, total REAL,\n"
    "  result TEXT);\n"
    "CREATE TABLE action (\n"
    "  playthrough_id INTEGER NOT NULL REFERENCES playthrough(id) ON DELETE CASCADE,\n"
    "  seq INTEGER NOT NULL,\n"
    "  kind TEXT NOT NULL,\n"
    "  scene TEXT NOT NULL,\n"
    "  target TEXT,\n"
    "  value TEXT,\n"
    "  at TEXT NOT NULL,\n"
    "  PRIMARY KEY (playthrough_id, seq));\n",
};

static BlkStatus migrate(Results *r, DiagList *dl) {
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(r->db, "PRAGMA user_version", -1, &st, NULL) != SQLITE_OK)
        return db_error(r, dl, _("cannot read the results file"));
    int version = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : -1;
    sqlite3_finalize(st);
    if (version < 0) return db_error(r, dl, _("cannot read the results file"));
    int latest = (int)(sizeof migrations / sizeof migrations[0]);
    if (version > latest) {
        diag_add(dl, DIAG_ERROR, r->path, 0,
                 _("the results file was made by a newer Blikk (format %d; this "
                   "one knows %d); update Blikk. The file is left untouched."),
                 version, latest);
        return BLK_ERR_IO;
    }
    for (int v = version; v < latest; v++) {
        char setv[64];
        snprintf(setv, sizeof setv, "PRAGMA user_version = %d", v + 1);
        if (!exec(r, "BEGIN IMMEDIATE") || !exec(r, migrations[v]) || !exec(r, setv) ||
            !exec(r, "COMMIT")) {
            BlkStatus s = db_error(r, dl, _("cannot update the results file"));
            exec(r, "ROLLBACK");
            return s;
        }
    }
    return BLK_OK;
}

/* }====================================================== */

bool results_default_path(char *buf, size_t size, DiagList *dl) {
    const char *xdg = getenv("XDG_DATA_HOME");
    const char *home = getenv("HOME");
    int n;
    if (xdg && xdg[0] == '/') n = snprintf(buf, size, "%s/blikk/results.sqlite", xdg);
    else if (home && *home) n = snprintf(buf, size, "%s/.local/share/blikk/results.sqlite", home);
    else {
        diag_add(dl, DIAG_ERROR, NULL, 0, "%s",
                 _("neither XDG_DATA_HOME nor HOME is set: there is nowhere to keep results"));
        return false;
    }
    return n > 0 && (size_t)n < size;
}

static BlkStatus open_db(Results *r, DiagList *dl) {
    if (sqlite3_open_v2(r->path, &r->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) !=
        SQLITE_OK)
        return db_error(r, dl, _("cannot open the results file"));
    sqlite3_busy_timeout(r->db, 2000);
    /* WAL keeps readers and the writer apart; FULL makes each committed
       action durable. */
    if (!exec(r, "PRAGMA journal_mode = WAL") || !exec(r, "PRAGMA synchronous = FULL") ||
        !exec(r, "PRAGMA foreign_keys = ON")) {
        int code = sqlite3_errcode(r->db);
        if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT) return BLK_ERR_SCENARIO;
        return db_error(r, dl, _("cannot use the results file"));
    }
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(r->db, "PRAGMA quick_check", -1, &st, NULL);
    bool ok = rc == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW &&
              strcmp((const char *)sqlite3_column_text(st, 0), "ok") == 0;
    sqlite3_finalize(st);
    int code = sqlite3_errcode(r->db);
    if (!ok && (code == SQLITE_BUSY || code == SQLITE_LOCKED)) {
        diag_add(dl, DIAG_ERROR, r->path, 0, "%s",
                 _("the results file is in use by another program (another Blikk?)"));
        return BLK_ERR_IO;
    }
    if (!ok) return BLK_ERR_SCENARIO; /* corrupt: the caller moves it aside */
    return migrate(r, dl);
}

BlkStatus results_open(const char *path, Results **out, DiagList *dl) {
    *out = NULL;
    Results *r = calloc(1, sizeof *r);
    if (!r || !(r->path = strdup(path))) {
        free(r);
        return BLK_ERR_NOMEM;
    }
    if (!make_parents(path)) {
        diag_add(dl, DIAG_ERROR, path, 0, _("cannot create the folder for results: %s"),
                 strerror(errno));
        results_close(r);
        return BLK_ERR_IO;
    }
    BlkStatus st = open_db(r, dl);
    if (st == BLK_ERR_SCENARIO) {
        /* Corrupt: keep the old file for a rescue attempt, say where it is,
           and start a new one. Never delete. */
        sqlite3_close(r->db);
        r->db = NULL;
        char aside[4096], stamp[32];
        time_t t = time(NULL);
        strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", localtime(&t));
        snprintf(aside, sizeof aside, "%s.corrupt-%s", path, stamp);
        if (rename(path, aside) != 0) {
            diag_add(dl, DIAG_ERROR, path, 0,
                     _("the results file is damaged and cannot be moved aside: %s"),
                     strerror(errno));
            results_close(r);
            return BLK_ERR_IO;
        }
        char side[4200];
        snprintf(side, sizeof side, "%s-wal", path);
        remove(side); /* belongs to the damaged file */
        snprintf(side, sizeof side, "%s-shm", path);
        remove(side);
        diag_add(dl, DIAG_WARNING, path, 0,
                 _("the results file was damaged; it is kept as %s and a new "
                   "one was started"), aside);
        st = open_db(r, dl);
        if (st == BLK_ERR_SCENARIO) st = db_error(r, dl, _("cannot open the results file"));
    }
    if (st != BLK_OK) {
        results_close(r);
        return st;
    }
    *out = r;
    return BLK_OK;
}

void results_close(Results *r) {
    if (!r) return;
    sqlite3_close(r->db);
    free(r->path);
    free(r);
}

/* {====================================================== recording */

static void make_uuid(char out[37]) {
    unsigned char b[16];
    sqlite3_randomness(sizeof b, b);
    b[6] = (unsigned char)((b[6] & 0x0F) | 0x40); /* version 4 */
    b[8] = (unsigned char)((b[8] & 0x3F) | 0x80); /* RFC 4122 variant */
    snprintf(out, 37, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
             b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11],
             b[12], b[13], b[14], b[15]);
}

static int64_t participant_id(Results *r, const char *name) {
    if (!name || !*name) return 0;
    sqlite3_stmt *st;
    char now[32];
    iso_now(now, sizeof now);
    if (sqlite3_prepare_v2(r->db,
                           "INSERT INTO participant (name, created) VALUES (?, ?) "
                           "ON CONFLICT(name) DO NOTHING", -1, &st, NULL) != SQLITE_OK)
        return -1;
    sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, now, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) return -1;
    if (sqlite3_prepare_v2(r->db, "SELECT id FROM participant WHERE name = ?", -1, &st,
                           NULL) != SQLITE_OK)
        return -1;
    sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
    int64_t id = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_finalize(st);
    return id;
}

/* Saves the finished result in the same transaction as the last action. */
static bool save_result(Recorder *rec, const Play *p) {
    Score s;
    if (score_compute(p, &s) != BLK_OK) return false;
    char *json = score_to_json(p, &s, 0);
    const Ending *e = play_view(p)->ending;
    char now[32];
    iso_now(now, sizeof now);
    sqlite3_stmt *st;
    bool ok = json && sqlite3_prepare_v2(rec->r->db,
        "UPDATE playthrough SET finished = ?, ending = ?, outcome = ?, signals = ?, "
        "actions = ?, concern = ?, total = ?, result = ? WHERE id = ?", -1, &st, NULL) == SQLITE_OK;
    if (ok) {
        sqlite3_bind_text(st, 1, now, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 2, e->id, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 3, outcome_name(e->outcome), -1, SQLITE_STATIC);
        double v[4] = {s.signals_scaled, s.actions_scaled, s.concern_scaled, s.total_scaled};
        for (int i = 0; i < 4; i++) {
            if (isnan(v[i])) sqlite3_bind_null(st, 4 + i);
            else sqlite3_bind_double(st, 4 + i, v[i]);
        }
        sqlite3_bind_text(st, 8, json, -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 9, rec->id);
        ok = sqlite3_step(st) == SQLITE_DONE;
        sqlite3_finalize(st);
    }
    free(json);
    score_free(&s);
    return ok;
}

static BlkStatus record(void *ud, const Play *p, const PlayAction *a, DiagList *dl) {
    Recorder *rec = ud;
    const Scenario *sc = play_scenario(p);
    static const char *const kinds[] = {"mark", "concern", "choose", "continue", "vote"};
    char value[32] = "";
    const char *target = NULL;
    switch (a->kind) {
    case ACTION_MARK:
        target = sc->observations[a->observation].id;
        snprintf(value, sizeof value, "%s", mark_name(a->mark));
        break;
    case ACTION_CONCERN: snprintf(value, sizeof value, "%d", a->level); break;
    case ACTION_CHOOSE:
        target = sc->scenes[a->scene].choices[a->choice].id;
        snprintf(value, sizeof value, "%d", a->choice + 1);
        break;
    case ACTION_CONTINUE: break;
    case ACTION_VOTE:
        target = sc->scenes[a->scene].choices[a->choice].id;
        snprintf(value, sizeof value, "%d", a->level);
        break;
    }
    char now[32];
    iso_now(now, sizeof now);
    bool finishing = play_view(p)->finished;
    Results *r = rec->r;
    sqlite3_stmt *st;
    if (finishing && !exec(r, "BEGIN IMMEDIATE")) return db_error(r, dl, _("cannot save"));
    bool ok = sqlite3_prepare_v2(r->db,
        "INSERT INTO action (playthrough_id, seq, kind, scene, target, value, at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)", -1, &st, NULL) == SQLITE_OK;
    if (ok) {
        sqlite3_bind_int64(st, 1, rec->id);
        sqlite3_bind_int(st, 2, rec->seq + 1);
        sqlite3_bind_text(st, 3, kinds[a->kind], -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 4, sc->scenes[a->scene].id, -1, SQLITE_STATIC);
        if (target) sqlite3_bind_text(st, 5, target, -1, SQLITE_STATIC);
        else sqlite3_bind_null(st, 5);
        if (value[0]) sqlite3_bind_text(st, 6, value, -1, SQLITE_STATIC);
        else sqlite3_bind_null(st, 6);
        sqlite3_bind_text(st, 7, now, -1, SQLITE_STATIC);
        ok = sqlite3_step(st) == SQLITE_DONE;
        sqlite3_finalize(st);
    }
    if (ok && finishing) ok = save_result(rec, p);
    if (finishing) {
        if (ok) ok = exec(r, "COMMIT");
        if (!ok) {
            BlkStatus s = db_error(r, dl, _("cannot save the result"));
            exec(r, "ROLLBACK");
            return s;
        }
    }
    if (!ok) return db_error(r, dl, _("cannot save the last action"));
    rec->seq++;
    return BLK_OK;
}

static void attach(Play *p, Results *r, int64_t id, int seq) {
    Recorder *rec = malloc(sizeof *rec);
    if (!rec) return;
    *rec = (Recorder){r, id, seq};
    play_observe(p, record, rec);
}

void results_detach(Play *p) {
    /* The recorder is the observer's data; play_observe hands it back by
       replacing it, so it is freed here. */
    void *ud = play_observer_data(p);
    play_observe(p, NULL, NULL);
    free(ud);
}

BlkStatus results_begin(Results *r, Play *p, const char *participant, PlayMode mode,
                        int64_t *id, DiagList *dl) {
    const Scenario *sc = play_scenario(p);
    int64_t pid = participant_id(r, participant);
    if (pid < 0) return db_error(r, dl, _("cannot save the participant"));
    char uuid[37], now[32];
    make_uuid(uuid);
    iso_now(now, sizeof now);
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(r->db,
            "INSERT INTO playthrough (uuid, participant_id, scenario_id, scenario_version, "
            "scenario_title, scenario_path, seed, mode, started) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", -1, &st, NULL) != SQLITE_OK)
        return db_error(r, dl, _("cannot save"));
    sqlite3_bind_text(st, 1, uuid, -1, SQLITE_STATIC);
    if (pid) sqlite3_bind_int64(st, 2, pid);
    else sqlite3_bind_null(st, 2);
    sqlite3_bind_text(st, 3, sc->id, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 4, sc->version);
    sqlite3_bind_text(st, 5, sc->title, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 6, sc->path, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 7, (sqlite3_int64)play_seed(p));
    sqlite3_bind_text(st, 8, play_mode_name(mode), -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 9, now, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) return db_error(r, dl, _("cannot save"));
    *id = sqlite3_last_insert_rowid(r->db);
    attach(p, r, *id, 0);
    return BLK_OK;
}

/* }====================================================== */

/* {====================================================== reading */

static void copy_col(sqlite3_stmt *st, int col, char *buf, size_t size) {
    const unsigned char *t = sqlite3_column_text(st, col);
    snprintf(buf, size, "%s", t ? (const char *)t : "");
}

static double col_real(sqlite3_stmt *st, int col) {
    return sqlite3_column_type(st, col) == SQLITE_NULL ? NAN : sqlite3_column_double(st, col);
}

BlkStatus results_list(Results *r, bool unfinished_only, PlaythroughInfo **out, size_t *n,
                       DiagList *dl) {
    *out = NULL;
    *n = 0;
    char sql[1024];
    snprintf(sql, sizeof sql,
             "SELECT p.id, p.uuid, p.scenario_id, p.scenario_title, p.scenario_path, "
             "coalesce(t.name, ''), p.started, coalesce(p.finished, ''), "
             "coalesce(p.ending, ''), coalesce(p.outcome, ''), p.mode, p.scenario_version, "
             "p.seed, p.signals, p.actions, p.concern, p.total, "
             "(SELECT count(*) FROM action a WHERE a.playthrough_id = p.id) "
             "FROM playthrough p LEFT JOIN participant t ON t.id = p.participant_id %s "
             "ORDER BY p.started DESC, p.id DESC",
             unfinished_only ? "WHERE p.finished IS NULL" : "");
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(r->db, sql, -1, &st, NULL) != SQLITE_OK)
        return db_error(r, dl, _("cannot read the results file"));
    size_t cap = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (*n == cap) {
            cap = cap ? cap * 2 : 16;
            PlaythroughInfo *a = realloc(*out, cap * sizeof *a);
            if (!a) {
                sqlite3_finalize(st);
                return BLK_ERR_NOMEM;
            }
            *out = a;
        }
        PlaythroughInfo *p = &(*out)[(*n)++];
        memset(p, 0, sizeof *p);
        p->id = sqlite3_column_int64(st, 0);
        copy_col(st, 1, p->uuid, sizeof p->uuid);
        copy_col(st, 2, p->scenario_id, sizeof p->scenario_id);
        copy_col(st, 3, p->scenario_title, sizeof p->scenario_title);
        copy_col(st, 4, p->scenario_path, sizeof p->scenario_path);
        copy_col(st, 5, p->participant, sizeof p->participant);
        copy_col(st, 6, p->started, sizeof p->started);
        copy_col(st, 7, p->finished, sizeof p->finished);
        copy_col(st, 8, p->ending, sizeof p->ending);
        copy_col(st, 9, p->outcome, sizeof p->outcome);
        p->mode = mode_from_name((const char *)sqlite3_column_text(st, 10));
        p->scenario_version = sqlite3_column_int(st, 11);
        p->seed = (uint64_t)sqlite3_column_int64(st, 12);
        p->signals = col_real(st, 13);
        p->actions = col_real(st, 14);
        p->concern = col_real(st, 15);
        p->total = col_real(st, 16);
        p->nactions = sqlite3_column_int(st, 17);
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) return db_error(r, dl, _("cannot read the results file"));
    return BLK_OK;
}

/* Turns a saved row back into an PlayAction against `sc`. */
static bool parse_action(const Scenario *sc, const char *kind, const char *scene,
                         const char *target, const char *value, PlayAction *a) {
    NodeRef ref;
    if (!scene || !scenario_find_node(sc, scene, &ref) || ref.is_ending) return false;
    *a = (PlayAction){.scene = ref.index};
    if (strcmp(kind, "mark") == 0) {
        a->kind = ACTION_MARK;
        a->observation = target ? scenario_find_observation(sc, target) : -1;
        a->mark = value && strcmp(value, "risk") == 0 ? MARK_RISK
                : value && strcmp(value, "protective") == 0 ? MARK_PROTECTIVE : MARK_NONE;
        return a->observation >= 0;
    }
    if (strcmp(kind, "concern") == 0) {
        a->kind = ACTION_CONCERN;
        a->level = value ? atoi(value) : 0;
        return true;
    }
    if (strcmp(kind, "choose") == 0) {
        a->kind = ACTION_CHOOSE;
        const Scene *s = &sc->scenes[ref.index];
        /* By id: ids stay stable when choices are reordered. */
        for (size_t i = 0; target && i < s->nchoices; i++)
            if (strcmp(s->choices[i].id, target) == 0) a->choice = (int)i;
        return target != NULL;
    }
    if (strcmp(kind, "continue") == 0) {
        a->kind = ACTION_CONTINUE;
        return true;
    }
    if (strcmp(kind, "vote") == 0) {
        a->kind = ACTION_VOTE;
        a->level = value ? atoi(value) : 0;
        const Scene *s = &sc->scenes[ref.index];
        a->choice = -1;
        for (size_t i = 0; target && i < s->nchoices; i++)
            if (strcmp(s->choices[i].id, target) == 0) a->choice = (int)i;
        return a->choice >= 0;
    }
    return false;
}

BlkStatus results_replay(Results *r, const Scenario *sc, int64_t id, Play **out,
                         DiagList *dl) {
    *out = NULL;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(r->db, "SELECT seed, scenario_id FROM playthrough WHERE id = ?",
                           -1, &st, NULL) != SQLITE_OK)
        return db_error(r, dl, _("cannot read the results file"));
    sqlite3_bind_int64(st, 1, id);
    if (sqlite3_step(st) != SQLITE_ROW) {
        sqlite3_finalize(st);
        diag_add(dl, DIAG_ERROR, r->path, 0, _("there is no saved playthrough %lld"),
                 (long long)id);
        return BLK_ERR_USAGE;
    }
    uint64_t seed = (uint64_t)sqlite3_column_int64(st, 0);
    bool same = strcmp((const char *)sqlite3_column_text(st, 1), sc->id) == 0;
    sqlite3_finalize(st);
    if (!same) {
        diag_add(dl, DIAG_ERROR, r->path, 0, "%s",
                 _("the saved playthrough belongs to another case"));
        return BLK_ERR_USAGE;
    }
    Play *p = NULL;
    BlkStatus s = play_new(sc, seed, &p, dl);
    if (s != BLK_OK) return s;
    if (sqlite3_prepare_v2(r->db,
            "SELECT kind, scene, target, value FROM action WHERE playthrough_id = ? "
            "ORDER BY seq", -1, &st, NULL) != SQLITE_OK) {
        play_free(p);
        return db_error(r, dl, _("cannot read the results file"));
    }
    sqlite3_bind_int64(st, 1, id);
    int seq = 0;
    while (s == BLK_OK && sqlite3_step(st) == SQLITE_ROW) {
        PlayAction a;
        if (!parse_action(sc, (const char *)sqlite3_column_text(st, 0),
                          (const char *)sqlite3_column_text(st, 1),
                          (const char *)sqlite3_column_text(st, 2),
                          (const char *)sqlite3_column_text(st, 3), &a)) {
            diag_add(dl, DIAG_ERROR, r->path, 0,
                     _("saved action %d no longer fits the case; it has changed "
                       "since it was played"), seq + 1);
            s = BLK_ERR_USAGE;
            break;
        }
        s = play_apply(p, &a, dl);
        seq++;
    }
    sqlite3_finalize(st);
    if (s != BLK_OK) {
        play_free(p);
        return s;
    }
    *out = p;
    return BLK_OK;
}

BlkStatus results_resume(Results *r, const Scenario *sc, int64_t id, Play **out,
                         DiagList *dl) {
    BlkStatus s = results_replay(r, sc, id, out, dl);
    if (s != BLK_OK) return s;
    /* Every replayed action is one saved row, so recording goes on after
       the last of them. */
    int seq = 0;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(r->db, "SELECT max(seq) FROM action WHERE playthrough_id = ?",
                           -1, &st, NULL) == SQLITE_OK) {
        sqlite3_bind_int64(st, 1, id);
        if (sqlite3_step(st) == SQLITE_ROW) seq = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
    }
    attach(*out, r, id, seq);
    return BLK_OK;
}

BlkStatus results_actions(Results *r, int64_t id, SavedAction **out, size_t *n,
                          DiagList *dl) {
    *out = NULL;
    *n = 0;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(r->db,
            "SELECT kind, scene, coalesce(target, ''), coalesce(value, ''), at FROM action "
            "WHERE playthrough_id = ? ORDER BY seq", -1, &st, NULL) != SQLITE_OK)
        return db_error(r, dl, _("cannot read the results file"));
    sqlite3_bind_int64(st, 1, id);
    size_t cap = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (*n == cap) {
            cap = cap ? cap * 2 : 32;
            SavedAction *a = realloc(*out, cap * sizeof *a);
            if (!a) {
                sqlite3_finalize(st);
                return BLK_ERR_NOMEM;
            }
            *out = a;
        }
        SavedAction *a = &(*out)[(*n)++];
        copy_col(st, 0, a->kind, sizeof a->kind);
        copy_col(st, 1, a->scene, sizeof a->scene);
        copy_col(st, 2, a->target, sizeof a->target);
        copy_col(st, 3, a->value, sizeof a->value);
        copy_col(st, 4, a->at, sizeof a->at);
    }
    sqlite3_finalize(st);
    return BLK_OK;
}

const char *results_registration(const Results *r, int64_t id) {
    static char uuid[37];
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(r->db, "SELECT uuid FROM playthrough WHERE id = ?", -1, &st,
                           NULL) != SQLITE_OK)
        return NULL;
    sqlite3_bind_int64(st, 1, id);
    bool found = sqlite3_step(st) == SQLITE_ROW;
    if (found) copy_col(st, 0, uuid, sizeof uuid);
    sqlite3_finalize(st);
    return found ? uuid : NULL;
}

char *results_json(Results *r, int64_t id) {
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(r->db, "SELECT result FROM playthrough WHERE id = ?", -1, &st,
                           NULL) != SQLITE_OK)
        return NULL;
    sqlite3_bind_int64(st, 1, id);
    char *out = NULL;
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) == SQLITE_TEXT)
        out = strdup((const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    return out;
}

BlkStatus results_delete(Results *r, int64_t id, DiagList *dl) {
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(r->db, "DELETE FROM playthrough WHERE id = ?", -1, &st, NULL) !=
        SQLITE_OK)
        return db_error(r, dl, _("cannot delete"));
    sqlite3_bind_int64(st, 1, id);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? BLK_OK : db_error(r, dl, _("cannot delete"));
}

/* }====================================================== */
