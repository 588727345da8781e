/*
** test_ui_author.c — author mode in the window (`blikk --author FILE`),
** headless: a reload keeps the scene, the marks and the state and shows
** the new text, also when scenes were added above and through the real
** file watcher (inotify); a bad save shows FILE:LINE and the window stays
** usable; the next good save comes back; a scene that is gone or a choice
** that no longer fits gives a notice, and saving the old file brings all of
** it back; editing a variable in the overlay changes play_state_list and
** the choices offered; jumping from the list and from the map; state
** fixtures saved and loaded; the layout invariants of the bar and the
** overlay (every tab, editing, a notice) at 1280×720, 1920×1080 and
** 800×600, and the overlay's Norwegian words.
*/
#include "test_ui_util.h"

#include <jansson.h>

#include "../engine/ui/author.h"

static const int sizes[][2] = {{1280, 720}, {1920, 1080}, {800, 600}};

/* A small case with state, a `when`, a `next` scene and text that shows
   the state. `mid` is put into the text of 'siste'; `extra` comes before
   the first scene (scenes above shift every index). */
static void write_case(const char *path, const char *mid, const char *extra) {
    char buf[8192];
    snprintf(buf, sizeof buf,
             "scenario {\n"
             "  id = 'forfatter', title = 'Forfattertest', summary = 'En case for testene.',\n"
             "  role = 'Du er lærer.', objectives = { 'Øve' }, start = 'start',\n"
             "  competencies = { { id = 'k', name = 'Kompetanse' } },\n"
             "  state = { tillit = 0, navn = 'Ola', apen = false },\n"
             "}\n"
             "observation { id = 'trett', kind = 'risk', text = 'Virker trett',\n"
             "  explain = 'Trøtthet kan være et tidlig tegn.' }\n"
             "observation { id = 'venner', kind = 'protective', text = 'Har gode venner',\n"
             "  explain = 'Venner beskytter.' }\n"
             "observation { id = 'sekk', kind = 'neutral', text = 'Har med sekk',\n"
             "  explain = 'Sier lite.' }\n"
             "%s"
             "scene { id = 'start', title = 'Start', text = 'Første tekst. Tillit {tillit}.',\n"
             "  observe = { 'trett', 'venner', 'sekk' }, concern = 2,\n"
             "  choices = {\n"
             "    { text = 'Spør åpent', next = 'midt', score = { k = 2 }, add = { tillit = 1 },\n"
             "      feedback = 'Bra.' },\n"
             "    { text = 'Avslutt', next = 'slutt', score = { k = -1 }, feedback = 'Synd.' },\n"
             "  } }\n"
             "scene { id = 'midt', title = 'Midt', text = 'Midtscenen. Tillit {tillit}.',\n"
             "  choices = {\n"
             "    { text = 'Følg opp', next = 'siste', score = { k = 1 }, add = { tillit = 1 },\n"
             "      feedback = 'Godt.' },\n"
             "    { text = 'Vent', next = 'slutt', feedback = 'Kanskje.' },\n"
             "  } }\n"
             "scene { id = 'siste', title = 'Siste', text = '%s Tillit {tillit}. {navn}.',\n"
             "  choices = {\n"
             "    { text = 'Hemmelig vei', next = 'slutt', feedback = 'Hemmelig.',\n"
             "      when = function(s) return s.tillit >= 5 end },\n"
             "    { text = 'Vanlig vei', next = 'slutt', feedback = 'Vanlig.' },\n"
             "  } }\n"
             "scene { id = 'videre', title = 'Videre', text = 'Bare videre.', next = 'slutt' }\n"
             "ending { id = 'slutt', title = 'Slutt', text = 'Ferdig.', outcome = 'good' }\n",
             extra ? extra : "", mid);
    /* Written beside and renamed, as editors save: the watcher sees a
       file moved into place. */
    char tmp[PATH_MAX + 80];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    ut_write(tmp, buf);
    assert_int_equal(rename(tmp, path), 0);
}

/* A save with an error on line 3 (a misspelt key). */
static void write_broken(const char *path) {
    ut_write(path,
             "scenario { id = 'forfatter', title = 'T', summary = 'S', role = 'R',\n"
             "  objectives = { 'O' }, start = 'start', competencies = { { id = 'k', name = 'K' } } }\n"
             "scene { id = 'start', txet = 'skrivefeil', next = 'slutt' }\n"
             "ending { id = 'slutt', title = 'S', text = 'T', outcome = 'good' }\n");
}

static const char *case_path(void) {
    static char p[PATH_MAX + 64];
    snprintf(p, sizeof p, "%s/scenarios/forfatter.lua", ut_dir);
    return p;
}

static int find_scene_index(const Scenario *sc, const char *id) {
    NodeRef r;
    assert_true(scenario_find_node(sc, id, &r));
    assert_false(r.is_ending);
    return r.index;
}

static int scene_of(const Ui *ui) {
    const PlayView *v = play_view(ui->play);
    return v->finished ? -1 : v->scene_index;
}

static const char *scene_id_of(const Ui *ui) {
    const PlayView *v = play_view(ui->play);
    return v->scene ? v->scene->id : v->ending ? v->ending->id : "?";
}

static double num(const Ui *ui, const char *var) {
    Value v;
    assert_true(play_state_get(ui->play, var, &v));
    assert_int_equal(v.type, VAL_NUMBER);
    return v.num;
}

static Mark mark_of(const Ui *ui, const char *obs) {
    int i = scenario_find_observation(ui->sc, obs);
    assert_true(i >= 0);
    return play_mark_of(ui->play, i);
}

/* Plays two decisions through the window, as an author would: marks, a
   concern level, a choice with feedback, and a choice. Ends at 'siste'
   with tillit = 2. */
static void play_two(Ui *ui) {
    assert_int_equal(ui->screen, SCR_SCENE);
    assert_string_equal(scene_id_of(ui), "start");
    ui_activate(ui, ACT_MARK, scenario_find_observation(ui->sc, "trett") * 3 + MARK_RISK);
    ui_activate(ui, ACT_MARK, scenario_find_observation(ui->sc, "venner") * 3 + MARK_PROTECTIVE);
    ui_activate(ui, ACT_CONCERN, 3);
    ut_key(ui, SDLK_1, 0); /* the first choice, by its number */
    assert_int_equal(ui->screen, SCR_FEEDBACK);
    ut_key(ui, SDLK_RETURN, 0);
    assert_int_equal(ui->screen, SCR_SCENE);
    assert_string_equal(scene_id_of(ui), "midt");
    ut_key(ui, SDLK_1, 0);
    assert_int_equal(ui->screen, SCR_FEEDBACK);
    ut_key(ui, SDLK_RETURN, 0);
    assert_int_equal(ui->screen, SCR_SCENE);
    assert_string_equal(scene_id_of(ui), "siste");
    assert_true(num(ui, "tillit") == 2);
}

/* A widget's action, as a click or a key would run it, then the frame. */
static void act(Ui *ui, int action, int arg) {
    ui_activate(ui, action, arg);
    ui_render(ui);
}

static UtView open_author(int w, int h, bool watch) {
    write_case(case_path(), "SISTE_V1", NULL);
    UtView v = ut_open(w, h, false, 100);
    author_open(v.ui, case_path(), watch);
    ui_render(v.ui);
    assert_non_null(v.ui->author);
    assert_non_null(v.ui->play);
    assert_int_equal(v.ui->screen, SCR_SCENE);
    return v;
}

static void remove_fixtures(void) {
    char cmd[PATH_MAX + 64];
    snprintf(cmd, sizeof cmd, "rm -f '%s'/scenarios/forfatter.fixture-*.json", ut_dir);
    assert_int_equal(system(cmd), 0);
}

/* {====================================================== reload */

static void test_open_shows_the_bar(void **state) {
    (void)state;
    ut_language("en");
    UtView v = open_author(1280, 720, false);
    Ui *ui = v.ui;
    /* Straight into play (no intro), with the bar under the header. */
    assert_true(ut_has_text(ui, "Author mode"));
    assert_true(ut_has_text(ui, "forfatter.lua"));
    assert_true(ut_find(ui, ACT_AUTHOR, AUTHOR_ARG(AC_TOGGLE, 0)) >= 0);
    ut_check_layout(ui);
    ut_close(&v);
}

static void test_reload_keeps_scene_marks_and_state(void **state) {
    (void)state;
    ut_language("en");
    UtView v = open_author(1280, 720, false);
    Ui *ui = v.ui;
    play_two(ui);
    ui_render(ui);
    assert_true(ut_has_text(ui, "SISTE_V1"));
    uint64_t seed = play_seed(ui->play);
    /* New text, and a scene added above the others: every index moves. */
    write_case(case_path(), "SISTE_V2",
               "scene { id = 'ny', title = 'Ny', text = 'Ny scene.', next = 'start' }\n");
    assert_true(author_reload(ui));
    ui_render(ui);
    assert_int_equal(ui->screen, SCR_SCENE);
    assert_string_equal(scene_id_of(ui), "siste");
    assert_int_equal(scene_of(ui), 3); /* was 2: 'ny' came first */
    assert_true(num(ui, "tillit") == 2);
    assert_int_equal(mark_of(ui, "trett"), MARK_RISK);
    assert_int_equal(mark_of(ui, "venner"), MARK_PROTECTIVE);
    assert_int_equal(mark_of(ui, "sekk"), MARK_NONE);
    assert_int_equal(play_concern_at(ui->play, find_scene_index(ui->sc, "start"), NULL), 3);
    assert_true(play_seed(ui->play) == seed);
    size_t nd;
    play_decisions(ui->play, &nd);
    assert_int_equal(nd, 2);
    assert_true(ut_has_text(ui, "SISTE_V2"));
    assert_false(ut_has_text(ui, "SISTE_V1"));
    assert_int_equal(ui->author->reloads, 1);
    assert_int_equal(ui->author->notice[0], '\0'); /* all of it came back */
    ut_check_layout(ui);
    /* Playing on from there works. */
    ut_key(ui, SDLK_1, 0);
    ut_key(ui, SDLK_RETURN, 0);
    assert_int_equal(ui->screen, SCR_ENDING);
    ut_close(&v);
}

static void test_reload_on_feedback_and_ending(void **state) {
    (void)state;
    ut_language("en");
    UtView v = open_author(1280, 720, false);
    Ui *ui = v.ui;
    ui_activate(ui, ACT_CONCERN, 2);
    ut_key(ui, SDLK_1, 0);
    assert_int_equal(ui->screen, SCR_FEEDBACK);
    write_case(case_path(), "SISTE_V3", NULL);
    assert_true(author_reload(ui));
    assert_int_equal(ui->screen, SCR_FEEDBACK); /* the same page */
    ut_key(ui, SDLK_RETURN, 0);
    ut_key(ui, SDLK_2, 0); /* Vent: to the ending */
    ut_key(ui, SDLK_RETURN, 0);
    assert_int_equal(ui->screen, SCR_ENDING);
    write_case(case_path(), "SISTE_V4", NULL);
    assert_true(author_reload(ui));
    assert_int_equal(ui->screen, SCR_ENDING);
    assert_true(play_view(ui->play)->finished);
    ut_check_layout(ui);
    ut_close(&v);
}

static void test_reload_through_the_watcher(void **state) {
    (void)state;
    ut_language("en");
    UtView v = open_author(1280, 720, true);
    Ui *ui = v.ui;
    assert_true(ui->author->watching);
    play_two(ui);
    write_case(case_path(), "SISTE_WATCHED", NULL);
    /* The watcher's thread pushes one event for the save. */
    SDL_Event ev;
    bool got = false;
    for (int i = 0; i < 100 && !got; i++)
        if (SDL_WaitEventTimeout(&ev, 50) && ev.type == ui->author->event) got = true;
    assert_true(got);
    assert_true(ui_event(ui, &ev));
    ui_render(ui);
    assert_int_equal(ui->author->reloads, 1);
    assert_string_equal(scene_id_of(ui), "siste");
    assert_true(num(ui, "tillit") == 2);
    assert_true(ut_has_text(ui, "SISTE_WATCHED"));
    /* Writing another file in the folder does not reload. */
    char other[PATH_MAX + 64];
    snprintf(other, sizeof other, "%s/scenarios/annen.txt", ut_dir);
    ut_write(other, "x");
    got = false;
    for (int i = 0; i < 10 && !got; i++)
        if (SDL_WaitEventTimeout(&ev, 50) && ev.type == ui->author->event) got = true;
    assert_false(got);
    unlink(other);
    ut_close(&v); /* stops the thread */
}

static void test_bad_save_then_good_save(void **state) {
    (void)state;
    ut_language("en");
    UtView v = open_author(1280, 720, false);
    Ui *ui = v.ui;
    play_two(ui);
    write_broken(case_path());
    assert_false(author_reload(ui));
    ui_render(ui);
    assert_int_equal(ui->screen, SCR_ERROR);
    assert_non_null(ui->error_lines);
    assert_non_null(strstr(ui->error_lines, "forfatter.lua:3:"));
    assert_true(ut_has_text(ui, "The case file has errors"));
    assert_true(ui->author->broken);
    ut_check_layout(ui);
    /* The window stays usable: keys move the focus, settings open and
       close, F2 says why the panel is not there. */
    ut_key(ui, SDLK_TAB, 0);
    assert_true(ui->focus >= 0);
    ui_activate(ui, ACT_SETTINGS, 0);
    assert_int_equal(ui->screen, SCR_SETTINGS);
    ut_check_layout(ui);
    ui_activate(ui, ACT_BACK, 0);
    assert_int_equal(ui->screen, SCR_ERROR);
    ut_key(ui, SDLK_F2, 0);
    assert_false(ui->author->open);
    /* A second bad save, then a good one: back where it was. */
    write_broken(case_path());
    assert_false(author_reload(ui));
    write_case(case_path(), "SISTE_FIXED", NULL);
    assert_true(author_reload(ui));
    ui_render(ui);
    assert_false(ui->author->broken);
    assert_int_equal(ui->screen, SCR_SCENE);
    assert_string_equal(scene_id_of(ui), "siste");
    assert_true(num(ui, "tillit") == 2);
    assert_int_equal(mark_of(ui, "trett"), MARK_RISK);
    assert_true(ut_has_text(ui, "SISTE_FIXED"));
    ut_check_layout(ui);
    ut_close(&v);
}

static void test_bad_save_after_leaving_to_the_menu(void **state) {
    (void)state;
    ut_language("en");
    UtView v = open_author(1280, 720, false);
    Ui *ui = v.ui;
    play_two(ui);
    write_broken(case_path());
    assert_false(author_reload(ui));
    ui_activate(ui, ACT_BACK, 0); /* "Back to the menu": the case is closed */
    assert_int_equal(ui->screen, SCR_MENU);
    assert_null(ui->play);
    write_case(case_path(), "SISTE_MENU", NULL);
    assert_true(author_reload(ui));
    assert_string_equal(scene_id_of(ui), "siste"); /* kept from before the bad save */
    assert_true(num(ui, "tillit") == 2);
    ut_close(&v);
}

static void test_broken_file_at_open(void **state) {
    (void)state;
    ut_language("en");
    write_broken(case_path());
    UtView v = ut_open(800, 600, false, 100);
    Ui *ui = v.ui;
    author_open(ui, case_path(), false);
    ui_render(ui);
    assert_int_equal(ui->screen, SCR_ERROR);
    assert_non_null(strstr(ui->error_lines, "forfatter.lua:3:"));
    assert_true(ut_has_text(ui, "save the file"));
    ut_check_layout(ui);
    write_case(case_path(), "SISTE_V1", NULL);
    assert_true(author_reload(ui));
    assert_int_equal(ui->screen, SCR_SCENE);
    assert_string_equal(scene_id_of(ui), "start");
    ut_check_layout(ui);
    ut_close(&v);
}

static void test_scene_gone_and_choice_gone(void **state) {
    (void)state;
    ut_language("en");
    UtView v = open_author(1280, 720, false);
    Ui *ui = v.ui;
    play_two(ui);
    /* 'siste' renamed: the scene is gone, back to the start. */
    char *text = NULL;
    {
        write_case(case_path(), "SISTE_V1", NULL);
        FILE *f = fopen(case_path(), "rb");
        assert_non_null(f);
        text = calloc(1, 8192);
        assert_int_equal(fread(text, 1, 8191, f) > 0, 1);
        fclose(f);
    }
    char *renamed = strdup(text);
    char *p = strstr(renamed, "id = 'siste'");
    memcpy(p, "id = 'sist2'", 12);
    p = strstr(renamed, "next = 'siste'");
    memcpy(p, "next = 'sist2'", 14);
    ut_write(case_path(), renamed);
    assert_true(author_reload(ui));
    ui_render(ui);
    assert_string_equal(scene_id_of(ui), "start");
    assert_non_null(strstr(ui->author->notice, "'siste'"));
    assert_true(ut_has_text(ui, "no longer in the file"));
    ut_check_layout(ui);
    /* The old file again: all of it comes back. */
    ut_write(case_path(), text);
    assert_true(author_reload(ui));
    assert_string_equal(scene_id_of(ui), "siste");
    assert_true(num(ui, "tillit") == 2);
    assert_int_equal(ui->author->notice[0], '\0');
    /* A choice whose text changed is still the same choice (by its place,
       its id being made up). */
    char *retext = strdup(text);
    p = strstr(retext, "'Følg opp'");
    memcpy(p, "'Gjør opp'", strlen("'Gjør opp'"));
    ut_write(case_path(), retext);
    assert_true(author_reload(ui));
    assert_string_equal(scene_id_of(ui), "siste");
    assert_int_equal(ui->author->notice[0], '\0');
    /* A choice taken is no longer offered: the replay stops there, with a
       notice that names the scene. */
    size_t len = strlen(text) + 64;
    char *nochoice = calloc(1, len);
    p = strstr(text, "{ text = 'Følg opp'");
    snprintf(nochoice, len, "%.*s{ when = function(s) return false end, %s", (int)(p - text), text,
             p + 2);
    ut_write(case_path(), nochoice);
    assert_true(author_reload(ui));
    assert_string_equal(scene_id_of(ui), "midt");
    assert_non_null(strstr(ui->author->notice, "'midt'"));
    ui_render(ui);
    assert_true(ut_has_text(ui, "could not be taken all the way back"));
    ut_check_layout(ui);
    /* The notice goes when the author acts again ('Vent', the one left). */
    ut_key(ui, SDLK_1, 0);
    assert_int_equal(ui->author->notice[0], '\0');
    free(text);
    free(renamed);
    free(retext);
    free(nochoice);
    ut_close(&v);
}

/* }====================================================== */

/* {====================================================== the overlay */

static void type(Ui *ui, const char *s) {
    SDL_Event ev;
    memset(&ev, 0, sizeof ev);
    ev.type = SDL_TEXTINPUT;
    snprintf(ev.text.text, sizeof ev.text.text, "%s", s);
    assert_true(ui_event(ui, &ev));
    ui_render(ui);
}

static int focused_arg(const Ui *ui) {
    assert_true(ui->focus >= 0);
    assert_int_equal(ui->L.widgets[ui->focus].action, ACT_AUTHOR);
    return ui->L.widgets[ui->focus].arg;
}

static void test_edit_a_variable_in_the_overlay(void **state) {
    (void)state;
    ut_language("en");
    UtView v = open_author(1280, 720, false);
    Ui *ui = v.ui;
    play_two(ui);
    const PlayView *pv = play_view(ui->play);
    assert_int_equal(pv->noffered, 1); /* 'Hemmelig vei' needs tillit >= 5 */
    ut_key(ui, SDLK_F2, 0);
    assert_true(ui->author->open);
    assert_false(ui->author->panel_modal); /* beside the page at 1280×720 */
    assert_int_equal(focused_arg(ui), AUTHOR_ARG(AC_TAB, AT_SCENE));
    assert_true(ut_has_text(ui, "siste"));
    assert_true(ut_has_text(ui, "not offered"));
    assert_true(ut_has_text(ui, "when: false"));
    ut_check_layout(ui);
    ut_key(ui, SDLK_2, KMOD_LALT); /* the State tab */
    assert_int_equal(ui->author->tab, AT_STATE);
    /* Down to 'tillit' (apen, navn, tillit: sorted by name), Enter. */
    size_t n;
    StateVar *vars = play_state_list(ui->play, &n);
    int ti = -1;
    for (size_t i = 0; i < n; i++)
        if (strcmp(vars[i].name, "tillit") == 0) ti = (int)i;
    state_list_free(vars, n);
    assert_true(ti >= 0);
    for (int i = 0; i <= ti; i++) ut_key(ui, SDLK_DOWN, 0);
    assert_int_equal(focused_arg(ui), AUTHOR_ARG(AC_VAR, ti));
    ut_key(ui, SDLK_RETURN, 0);
    assert_true(ui->author->editing);
    assert_string_equal(ui->author->edit_buf, "2");
    ut_check_layout(ui);
    /* Digits are typing now, not choices. */
    ut_key(ui, SDLK_7, 0);
    assert_string_equal(scene_id_of(ui), "siste");
    type(ui, "x");
    ut_key(ui, SDLK_RETURN, 0);
    assert_true(ui->author->editing); /* not a number: it says so */
    assert_non_null(strstr(ui->author->edit_error, "number"));
    ut_check_layout(ui);
    ut_key(ui, SDLK_BACKSPACE, 0);
    type(ui, "7");
    ut_key(ui, SDLK_RETURN, 0);
    assert_false(ui->author->editing);
    assert_int_equal(focused_arg(ui), AUTHOR_ARG(AC_VAR, ti)); /* back on its row */
    /* play_state_list has it, the scene was entered again: 2 choices. */
    vars = play_state_list(ui->play, &n);
    assert_int_equal(vars[ti].value.type, VAL_NUMBER);
    assert_true(vars[ti].value.num == 7);
    state_list_free(vars, n);
    pv = play_view(ui->play);
    assert_string_equal(pv->scene->id, "siste");
    assert_int_equal(pv->noffered, 2);
    assert_true(ut_has_text(ui, "Tillit 7"));
    assert_true(ut_has_text(ui, "Hemmelig vei"));
    /* A text variable takes text as typed; a boolean takes true/false. */
    int ni = -1, ai = -1;
    vars = play_state_list(ui->play, &n);
    for (size_t i = 0; i < n; i++) {
        if (strcmp(vars[i].name, "navn") == 0) ni = (int)i;
        if (strcmp(vars[i].name, "apen") == 0) ai = (int)i;
    }
    state_list_free(vars, n);
    assert_true(author_set_var(ui, "navn", "Kari Nordmann"));
    assert_true(author_set_var(ui, "apen", "sann"));
    assert_false(author_set_var(ui, "apen", "kanskje"));
    assert_true(author_set_var(ui, "tillit", "1,5"));
    assert_true(num(ui, "tillit") == 1.5);
    Value b;
    assert_true(play_state_get(ui->play, "apen", &b));
    assert_true(b.type == VAL_BOOL && b.b);
    ui_render(ui);
    assert_true(ut_has_text(ui, "Kari Nordmann"));
    (void)ni;
    (void)ai;
    /* The edits survive a reload: replayed where they were made. */
    assert_true(author_set_var(ui, "tillit", "9"));
    write_case(case_path(), "SISTE_EDITED", NULL);
    assert_true(author_reload(ui));
    assert_string_equal(scene_id_of(ui), "siste");
    assert_true(num(ui, "tillit") == 9);
    assert_int_equal(play_view(ui->play)->noffered, 2);
    assert_true(ui->author->open); /* still open */
    /* Escape cancels an edit, then closes the panel. */
    ut_key(ui, SDLK_2, KMOD_LALT);
    act(ui, ACT_AUTHOR, AUTHOR_ARG(AC_VAR, ti));
    assert_true(ui->author->editing);
    ut_key(ui, SDLK_ESCAPE, 0);
    assert_false(ui->author->editing);
    assert_true(num(ui, "tillit") == 9);
    ut_key(ui, SDLK_ESCAPE, 0);
    assert_false(ui->author->open);
    assert_false(ui->dialog); /* Escape closed the panel, it did not ask to leave */
    ut_close(&v);
}

static void test_jump_from_the_list_and_the_map(void **state) {
    (void)state;
    ut_language("en");
    UtView v = open_author(1280, 720, false);
    Ui *ui = v.ui;
    act(ui, ACT_AUTHOR, AUTHOR_ARG(AC_TOGGLE, 0));
    assert_true(author_set_var(ui, "tillit", "6"));
    act(ui, ACT_AUTHOR, AUTHOR_ARG(AC_TAB, AT_SCENES));
    int siste = find_scene_index(ui->sc, "siste");
    ut_click(ui, ACT_AUTHOR, AUTHOR_ARG(AC_JUMP, siste));
    assert_string_equal(scene_id_of(ui), "siste");
    assert_true(num(ui, "tillit") == 6); /* with the state as it was */
    assert_int_equal(play_view(ui->play)->noffered, 2);
    ut_check_layout(ui);
    /* The map: a modal card; a click on a box jumps there. */
    ut_key(ui, SDLK_4, KMOD_LALT);
    assert_int_equal(ui->author->tab, AT_MAP);
    assert_true(ui->L.modal);
    ut_check_layout(ui);
    int midt = find_scene_index(ui->sc, "midt");
    assert_true(ut_find(ui, ACT_AUTHOR, AUTHOR_ARG(AC_JUMP, midt)) >= 0);
    ut_click(ui, ACT_AUTHOR, AUTHOR_ARG(AC_JUMP, midt));
    assert_string_equal(scene_id_of(ui), "midt");
    /* Keys: arrows move between the boxes, Enter jumps. */
    int w = ut_find(ui, ACT_AUTHOR, AUTHOR_ARG(AC_JUMP, midt));
    ui_focus(ui, w);
    ut_key(ui, SDLK_DOWN, 0);
    int arg = focused_arg(ui);
    assert_int_equal(AUTHOR_CMD(arg), AC_JUMP);
    ut_key(ui, SDLK_RETURN, 0);
    assert_int_equal(scene_of(ui), AUTHOR_INDEX(arg));
    /* Endings are on the map but cannot be jumped to. */
    for (size_t i = 0; i < ui->L.nwidgets; i++)
        if (ui->L.widgets[i].action == ACT_AUTHOR && AUTHOR_CMD(ui->L.widgets[i].arg) == AC_JUMP)
            assert_true((size_t)AUTHOR_INDEX(ui->L.widgets[i].arg) < ui->sc->nscenes);
    ut_close(&v);
}

static void test_fixture_round_trip(void **state) {
    (void)state;
    ut_language("en");
    remove_fixtures();
    UtView v = open_author(1280, 720, false);
    Ui *ui = v.ui;
    play_two(ui);
    assert_true(author_set_var(ui, "navn", "Kari"));
    char path[PATH_MAX + 64];
    assert_true(author_fixture_save(ui, path, sizeof path));
    assert_non_null(strstr(path, "forfatter.fixture-1.json"));
    /* What is in the file. */
    json_error_t err;
    json_t *o = json_load_file(path, 0, &err);
    assert_non_null(o);
    assert_string_equal(json_string_value(json_object_get(o, "scene")), "siste");
    json_t *st = json_object_get(o, "state");
    assert_int_equal(json_integer_value(json_object_get(st, "tillit")), 2);
    assert_string_equal(json_string_value(json_object_get(st, "navn")), "Kari");
    assert_true(json_is_false(json_object_get(st, "apen")));
    json_decref(o);
    assert_int_equal(ui->author->nfixtures, 1);
    /* A second one gets the next number. */
    char second[PATH_MAX + 64];
    assert_true(author_fixture_save(ui, second, sizeof second));
    assert_non_null(strstr(second, "forfatter.fixture-2.json"));
    assert_int_equal(ui->author->nfixtures, 2);
    /* Elsewhere, with another state; then load the first from the panel. */
    assert_true(author_jump(ui, find_scene_index(ui->sc, "start")));
    assert_true(author_set_var(ui, "tillit", "0"));
    assert_true(author_set_var(ui, "navn", "Per"));
    act(ui, ACT_AUTHOR, AUTHOR_ARG(AC_TOGGLE, 0));
    act(ui, ACT_AUTHOR, AUTHOR_ARG(AC_TAB, AT_STATE));
    ut_check_layout(ui);
    ut_key(ui, SDLK_END, 0); /* the fixtures are at the end of the tab */
    ut_check_layout(ui);
    ut_click(ui, ACT_AUTHOR, AUTHOR_ARG(AC_FIXTURE_LOAD, 0));
    assert_string_equal(scene_id_of(ui), "siste");
    assert_true(num(ui, "tillit") == 2);
    Value s;
    assert_true(play_state_get(ui->play, "navn", &s));
    assert_string_equal(s.str, "Kari");
    assert_non_null(strstr(ui->author->notice, "fixture-1"));
    ut_check_layout(ui);
    /* A fresh playthrough: no actions, but a reload still comes back. */
    size_t na;
    play_actions(ui->play, &na);
    assert_int_equal(na, 0);
    write_case(case_path(), "SISTE_FIX", NULL);
    assert_true(author_reload(ui));
    assert_string_equal(scene_id_of(ui), "siste");
    assert_true(num(ui, "tillit") == 2);
    /* A fixture for a scene that is gone, and one that is not JSON. */
    ut_write(path, "{\"scene\": \"borte\", \"state\": {}}");
    assert_false(author_fixture_load(ui, path));
    assert_non_null(strstr(ui->author->notice, "borte"));
    ut_write(path, "{ not json");
    assert_false(author_fixture_load(ui, path));
    assert_non_null(strstr(ui->author->notice, "line 1"));
    assert_string_equal(scene_id_of(ui), "siste"); /* nothing changed */
    /* At an ending there is nothing to save. */
    ut_key(ui, SDLK_ESCAPE, 0);
    ut_key(ui, SDLK_1, 0);
    assert_true(play_view(ui->play)->finished);
    assert_false(author_fixture_save(ui, path, sizeof path));
    remove_fixtures();
    ut_close(&v);
}

/* Every tab of the overlay, editing and a notice, at one size. */
static void overlay_layouts(int w, int h, bool hc, int text_size) {
    remove_fixtures();
    write_case(case_path(), "SISTE_V1", NULL);
    UtView v = ut_open(w, h, hc, text_size);
    Ui *ui = v.ui;
    author_open(ui, case_path(), false);
    ut_check_layout(ui);
    ui_activate(ui, ACT_CONCERN, 2);
    ut_key(ui, SDLK_F2, 0);
    assert_true(ui->author->open);
    for (int t = 0; t < AT_COUNT; t++) {
        act(ui, ACT_AUTHOR, AUTHOR_ARG(AC_TAB, t));
        ut_check_layout(ui);
        /* Scrolled to the end of the tab, and back. */
        author_panel_scroll(ui, 100);
        ut_check_layout(ui);
        author_panel_scroll(ui, -100);
    }
    /* Keys through the State tab, all of it. */
    act(ui, ACT_AUTHOR, AUTHOR_ARG(AC_TAB, AT_STATE));
    ui_focus(ui, ut_find(ui, ACT_AUTHOR, AUTHOR_ARG(AC_TAB, AT_STATE)));
    assert_true(author_fixture_save(ui, NULL, 0));
    for (int i = 0; i < 8; i++) {
        ut_key(ui, SDLK_DOWN, 0);
        ut_check_layout(ui);
    }
    act(ui, ACT_AUTHOR, AUTHOR_ARG(AC_VAR, 0));
    assert_true(ui->author->editing);
    ut_check_layout(ui);
    type(ui, "a long text that the field has to cut at its edge somewhere soon");
    ut_check_layout(ui);
    ut_key(ui, SDLK_ESCAPE, 0);
    /* Side by side, the page still takes keys and clicks. */
    if (!ui->author->panel_modal) {
        ut_key(ui, SDLK_F6, 0);
        ut_click(ui, ACT_CHOOSE, 0);
        assert_int_equal(ui->screen, SCR_FEEDBACK);
        ut_check_layout(ui);
    }
    /* A notice in the bar. */
    write_case(case_path(), "SISTE_V1", "scene { id = 'x', title = 'X', text = 'X', next = 'slutt' }\n");
    char *p = NULL;
    {
        FILE *f = fopen(case_path(), "rb");
        char *t = calloc(1, 8192);
        assert_int_equal(fread(t, 1, 8191, f) > 0, 1);
        fclose(f);
        p = strstr(t, "id = 'start'");
        memcpy(p, "id = 'begin'", 12);
        p = strstr(t, "start = 'start'");
        memcpy(p, "start = 'begin'", 15);
        ut_write(case_path(), t);
        free(t);
    }
    assert_true(author_reload(ui));
    assert_true(ui->author->notice[0] != '\0');
    ut_check_layout(ui);
    act(ui, ACT_AUTHOR, AUTHOR_ARG(AC_TAB, AT_SCENE));
    ut_check_layout(ui);
    /* The error screen after a bad save, with the bar. */
    write_broken(case_path());
    assert_false(author_reload(ui));
    ut_check_layout(ui);
    remove_fixtures();
    ut_close(&v);
}

static void test_overlay_layout_at_every_size(void **state) {
    (void)state;
    ut_language("nb");
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
        overlay_layouts(sizes[i][0], sizes[i][1], false, 100);
}

static void test_overlay_layout_high_contrast_and_large_text(void **state) {
    (void)state;
    ut_language("nb");
    overlay_layouts(1280, 720, true, 100);
    overlay_layouts(800, 600, false, 200);
    overlay_layouts(1920, 1080, false, 150);
    ut_language("en");
    overlay_layouts(1280, 720, false, 100);
}

/* The side panel at 1280×720, a modal panel at 800×600. */
static void test_panel_beside_or_over_the_page(void **state) {
    (void)state;
    ut_language("en");
    UtView v = open_author(1280, 720, false);
    ut_key(v.ui, SDLK_F2, 0);
    assert_false(v.ui->author->panel_modal);
    assert_false(v.ui->L.modal);
    /* The page sits right of the panel. */
    for (size_t i = 0; i < v.ui->L.nitems; i++)
        if (v.ui->L.items[i].layer == LAYER_SCROLL)
            assert_true(v.ui->L.items[i].r.x >= v.ui->author->panel.x + v.ui->author->panel.w);
    ut_close(&v);
    v = open_author(800, 600, false);
    ut_key(v.ui, SDLK_F2, 0);
    assert_true(v.ui->author->panel_modal);
    assert_true(v.ui->L.modal);
    /* Modal: digits do not choose behind it. */
    ut_key(v.ui, SDLK_1, 0);
    assert_string_equal(scene_id_of(v.ui), "start");
    ut_key(v.ui, SDLK_F2, 0);
    assert_false(v.ui->author->open);
    ut_close(&v);
}

static void test_norwegian_words(void **state) {
    (void)state;
    ut_language("nb");
    UtView v = open_author(1280, 720, false);
    Ui *ui = v.ui;
    assert_true(ut_has_text(ui, "Forfattermodus"));
    ut_key(ui, SDLK_F2, 0);
    assert_true(ut_has_text(ui, "Forfatterpanel"));
    assert_true(ut_has_text(ui, "Scene-id"));
    assert_true(ut_has_text(ui, "Observasjoner (3)"));
    assert_true(ut_has_text(ui, "nøytral"));
    assert_true(ut_has_text(ui, "tilbys"));
    act(ui, ACT_AUTHOR, AUTHOR_ARG(AC_TAB, AT_STATE));
    assert_true(ut_has_text(ui, "Tilstand"));
    assert_true(ut_has_text(ui, "usann"));
    assert_false(ut_has_text(ui, "Author"));
    ut_close(&v);
    ut_language("en");
}

/* }====================================================== */

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_open_shows_the_bar),
        cmocka_unit_test(test_reload_keeps_scene_marks_and_state),
        cmocka_unit_test(test_reload_on_feedback_and_ending),
        cmocka_unit_test(test_reload_through_the_watcher),
        cmocka_unit_test(test_bad_save_then_good_save),
        cmocka_unit_test(test_bad_save_after_leaving_to_the_menu),
        cmocka_unit_test(test_broken_file_at_open),
        cmocka_unit_test(test_scene_gone_and_choice_gone),
        cmocka_unit_test(test_edit_a_variable_in_the_overlay),
        cmocka_unit_test(test_jump_from_the_list_and_the_map),
        cmocka_unit_test(test_fixture_round_trip),
        cmocka_unit_test(test_panel_beside_or_over_the_page),
        cmocka_unit_test(test_norwegian_words),
        cmocka_unit_test(test_overlay_layout_at_every_size),
        cmocka_unit_test(test_overlay_layout_high_contrast_and_large_text),
    };
    return cmocka_run_group_tests(tests, ut_setup_all, ut_teardown_all);
}
