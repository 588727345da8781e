/*
** test_export.c — exports of saved results: CSV that a Norwegian
** spreadsheet opens with every value in the right column and the right
** decimal mark, plain RFC 4180 CSV, and xAPI statements that Learning
** Locker's validator (npm xapi-validation, run under Node.js) accepts.
*/
#include <math.h>

#include "../engine/core/export.h"
#include "testutil.h"

static char dir[128], db[192];
static Results *res;

/* Plays the demo's golden scripts and saves them, as `play --save` does. */
static void save_play_as(const Scenario *sc, const char *const *actions, const char *name,
                         PlayMode mode) {
    Play *p;
    DiagList dl = {0};
    assert_int_equal(play_new(sc, 1, &p, &dl), BLK_OK);
    int64_t id;
    assert_int_equal(results_begin(res, p, name, mode, &id, &dl), BLK_OK);
    ScriptAction done;
    for (int i = 0; actions[i]; i++)
        assert_int_equal(play_run_line(p, actions[i], &done, &dl), BLK_OK);
    results_detach(p);
    play_free(p);
    diag_free(&dl);
}

static void save_play(const Scenario *sc, const char *const *actions, const char *name) {
    save_play_as(sc, actions, name, MODE_SELF_STUDY);
}

static int setup(void **state) {
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/blikk-export-%d", (int)getpid());
    snprintf(db, sizeof db, "%s/results.sqlite", dir);
    DiagList dl = {0};
    assert_int_equal(results_open(db, &res, &dl), BLK_OK);
    Scenario *demo;
    assert_int_equal(scenario_load("scenarios/demo.lua", NULL, &demo, &dl), BLK_OK);
    /* good: total 1; poor (glipp): total 1/9, concern 1/3 — see
       tests/plays/demo for the working */
    const char *const good[] = {"mark fravaer risk", "mark handball protective",
        "concern 2", "choose 1", "mark venninne protective", "mark fest risk",
        "concern 3", "choose 1", "continue", NULL};
    const char *const poor[] = {"mark mobil risk", "concern 4", "choose 3", NULL};
    const char *const unfinished[] = {"concern 2", NULL};
    save_play(demo, good, "Kari; \"K\" =1+1");
    save_play(demo, poor, "Ola");
    save_play(demo, unfinished, NULL);
    /* a classroom session: the group's show of hands, then its choice */
    const char *const group[] = {"concern 3", "vote 1 14", "vote 2 2", "vote 3 6",
                                 "choose 3", NULL};
    save_play_as(demo, group, "Kurs Bergen 25.11", MODE_CLASSROOM);
    scenario_free(demo);
    diag_free(&dl);
    return 0;
}

static int teardown(void **state) {
    (void)state;
    results_close(res);
    char cmd[256];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    return system(cmd);
}

/* Splits one CSV record as a spreadsheet does: separator, "" escapes. */
static size_t split(char *line, char sep, char **fields, size_t max) {
    size_t n = 0;
    char *out = line, *p = line;
    while (n < max) {
        fields[n++] = out;
        bool quoted = *p == '"';
        if (quoted) p++;
        for (;;) {
            if (quoted && p[0] == '"' && p[1] == '"') { *out++ = '"'; p += 2; }
            else if (quoted && *p == '"') { quoted = false; p++; }
            else if (!quoted && (*p == sep || *p == '\r' || *p == '\n' || !*p)) break;
            else *out++ = *p++;
        }
        char end = *p;
        *out++ = '\0';
        if (end != sep) break;
        p++;
    }
    return n;
}

static char *export_to_string(CsvTable table, CsvStyle style) {
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    DiagList dl = {0};
    assert_int_equal(export_csv(res, table, style, f, &dl), BLK_OK);
    fclose(f);
    diag_free(&dl);
    return buf;
}

/* Norwegian CSV: BOM, ';', decimal comma, CRLF, one row per playthrough,
   values under their headers; a name with ';' and quotes survives, and a
   leading '=' cannot become a formula. */
static void norwegian_csv_columns_and_decimals(void **state) {
    (void)state;
    char *csv = export_to_string(CSV_PLAYTHROUGHS, CSV_NORWEGIAN);
    assert_memory_equal(csv, "\xEF\xBB\xBF", 3);
    char *line = strtok(csv + 3, "\n");
    char *head[32], *row[32];
    size_t nh = split(line, ';', head, 32);
    assert_int_equal(nh, 16);
    int col_total = -1, col_concern = -1, col_participant = -1, col_outcome = -1;
    for (size_t i = 0; i < nh; i++) {
        if (!strcmp(head[i], "total")) col_total = (int)i;
        if (!strcmp(head[i], "concern")) col_concern = (int)i;
        if (!strcmp(head[i], "participant")) col_participant = (int)i;
        if (!strcmp(head[i], "outcome")) col_outcome = (int)i;
    }
    assert_true(col_total >= 0 && col_concern >= 0 && col_participant >= 0);
    int rows = 0;
    while ((line = strtok(NULL, "\n"))) {
        assert_int_equal(line[strlen(line) - 1], '\r');
        size_t n = split(line, ';', row, 32);
        assert_int_equal(n, nh);
        rows++;
        if (rows == 1) {
            assert_string_equal(row[col_participant], "Kari; \"K\" =1+1");
            assert_string_equal(row[col_outcome], "good");
            assert_string_equal(row[col_total], "1");
        } else if (rows == 2) {
            assert_string_equal(row[col_participant], "Ola");
            assert_string_equal(row[col_concern], "0,3333");
            assert_string_equal(row[col_total], "0,1111");
        } else if (rows == 3) {
            assert_string_equal(row[col_total], ""); /* unfinished */
        } else {
            assert_string_equal(row[col_participant], "Kurs Bergen 25.11");
        }
    }
    assert_int_equal(rows, 4);
    free(csv);
}

/* RFC 4180: ',' and decimal points, no BOM; long format per decision. */
static void rfc_csv_decisions(void **state) {
    (void)state;
    char *csv = export_to_string(CSV_DECISIONS, CSV_RFC4180);
    assert_memory_not_equal(csv, "\xEF\xBB\xBF", 3);
    char *line = strtok(csv, "\n");
    char *f[32];
    assert_int_equal(split(line, ',', f, 32), 12);
    assert_string_equal(f[6], "choice");
    int rows = 0;
    while ((line = strtok(NULL, "\n"))) {
        assert_int_equal(split(line, ',', f, 32), 12);
        rows++;
        if (rows == 3) { /* the poor playthrough's only decision */
            assert_string_equal(f[6], "bare_plaster");
            assert_string_equal(f[8], "-2");
            assert_string_equal(f[9], "3");
            assert_string_equal(f[10], "no");
            assert_string_equal(f[11], "");
        }
        if (rows == 4) /* the group's, with its votes */
            assert_string_equal(f[11], "sporr_aapent:14, konfronter:2, bare_plaster:6");
    }
    assert_int_equal(rows, 4); /* 2 + 1 + 1; the unfinished one has none */
    free(csv);
}

/* Long format per observation: the expert's kind, the mark and the result. */
static void csv_observations(void **state) {
    (void)state;
    char *csv = export_to_string(CSV_OBSERVATIONS, CSV_RFC4180);
    assert_non_null(strstr(csv, ",mobil,Sjekker mobilen mens hun venter,neutral,risk,false_alarm,1\r\n"));
    assert_non_null(strstr(csv, ",fravaer,Mye fravær den siste måneden,risk,risk,hit,2\r\n"));
    free(csv);
}

/* Every xAPI statement passes Learning Locker's validator. */
static void xapi_passes_the_validator(void **state) {
    (void)state;
    char path[256], cmd[512];
    snprintf(path, sizeof path, "%s/statements.json", dir);
    FILE *f = fopen(path, "w");
    DiagList dl = {0};
    assert_int_equal(export_xapi(res, f, &dl), BLK_OK);
    fclose(f);
    diag_free(&dl);
    /* 2 finished: initialized + 3 or 5 observations + 1 or 2 concern
       answers + 1 or 2 decisions + completed */
    snprintf(cmd, sizeof cmd, "grep -c '\"verb\"' %s", path);
    FILE *p = popen(cmd, "r");
    int count = 0;
    assert_int_equal(fscanf(p, "%d", &count), 1);
    pclose(p);
    assert_int_equal(count, (1 + 5 + 2 + 2 + 1) + 2 * (1 + 3 + 1 + 1 + 1));
    /* the group is the actor of its statements */
    char buf[200000];
    slurp(path, buf, sizeof buf);
    expect_contains(buf, "\"objectType\": \"Group\"");
    expect_contains(buf, "\"https://blikk.invalid/xapi/ext/votes\": {");
    if (access("tests/xapi/node_modules/xapi-validation", R_OK) != 0)
        fail_msg("the validator is not installed: run 'make test' (it runs npm ci in tests/xapi)");
    snprintf(cmd, sizeof cmd, "node tests/xapi/validate.js %s", path);
    assert_int_equal(system(cmd), 0);
    /* The validator must be able to fail: a broken statement is caught. */
    f = fopen(path, "w");
    fputs("[{\"actor\":{\"mbox\":\"not-an-address\"},\"verb\":{\"id\":\"x\"},\"object\":{}}]", f);
    fclose(f);
    snprintf(cmd, sizeof cmd, "node tests/xapi/validate.js %s >/dev/null 2>&1", path);
    assert_int_not_equal(system(cmd), 0);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(norwegian_csv_columns_and_decimals),
        cmocka_unit_test(rfc_csv_decisions),
        cmocka_unit_test(csv_observations),
        cmocka_unit_test(xapi_passes_the_validator),
    };
    return cmocka_run_group_tests_name("export", tests, setup, teardown);
}
