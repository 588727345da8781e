/*
** author.c — author mode's front door: `blikk --author FILE` turns it on
** here (author_open), and the window hands it its events, its widgets'
** activations and --screenshot's screens. The work is done elsewhere —
** author_watch.c notices saves, author_replay.c loads the file again and
** comes back, author_state.c edits the state and keeps fixtures,
** screen_author*.c draw — and what those parts all need is here: the
** bar's notice, the error screen for a failed callback, scene lookups.
**
** Also here: opening and closing the overlay and typing into its edit
** field, since those are events too. The focus is kept by widget action
** and arg, so closing the overlay gives the page back the focus it had.
*/
#include "author_priv.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../core/i18n.h"
#include "app.h"
#include "results_ui.h"

/* {====================================================== shared helpers */

const char *author_tr(const char *key, const char *english) {
    const char *t = gettext(key);
    return t == key ? english : t;
}

char *author_sdup(const char *s) { return s ? strdup(s) : NULL; }

void author_stamp(char *buf, size_t size) {
    time_t t = time(NULL);
    struct tm tm;
    localtime_r(&t, &tm);
    strftime(buf, size, "%H:%M:%S", &tm);
}

void author_set_notice(Author *a, const Ui *ui, bool warn, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(a->notice, sizeof a->notice, fmt, ap);
    va_end(ap);
    a->notice_warn = warn;
    a->notice_play = ui->play;
    a->notice_actions = 0;
    if (ui->play) play_actions(ui->play, &a->notice_actions);
}

const char *author_scene_id(const Scenario *sc, int i) {
    return i >= 0 && (size_t)i < sc->nscenes ? sc->scenes[i].id : "?";
}

int author_find_scene(const Scenario *sc, const char *id) {
    NodeRef r;
    if (!id || !scenario_find_node(sc, id, &r) || r.is_ending) return -1;
    return r.index;
}

/* A callback of the scenario failed: its file and line, as app.c says it. */
void author_runtime_error(Ui *ui) {
    ui_show_error(ui, _("The case stopped because of an error in the scenario"), &ui->dl,
                  _("A function in the scenario file failed. Show this to the "
                    "person who wrote the case:"));
    diag_clear(&ui->dl);
}

/* }====================================================== */

/* {====================================================== life cycle */

void author_open(Ui *ui, const char *path, bool watch) {
    Author *a = calloc(1, sizeof *a);
    if (!a) {
        ui_open_case(ui, path);
        return;
    }
    ui->author = a;
    a->ifd = a->stop[0] = a->stop[1] = -1;
    snprintf(a->path, sizeof a->path, "%s", path);
    const char *slash = strrchr(path, '/');
    if (slash) {
        snprintf(a->dir, sizeof a->dir, "%.*s", (int)(slash - path), path);
        if (!a->dir[0]) snprintf(a->dir, sizeof a->dir, "/");
    } else {
        snprintf(a->dir, sizeof a->dir, ".");
    }
    snprintf(a->base, sizeof a->base, "%s", slash ? slash + 1 : path);
    snprintf(a->name, sizeof a->name, "%s", a->base);
    size_t n = strlen(a->name);
    if (n > 4 && strcmp(a->name + n - 4, ".lua") == 0) a->name[n - 4] = '\0';
    a->tab = AT_SCENE;
    /* An author's test runs are not a trainee's results: every save would
       leave another half playthrough in the history. */
    results_ui_read_only(ui);
    if (watch) author_watch_start(a);
    if (ui->win) SDL_SetWindowTitle(ui->win, _("Blikk – author mode"));
    author_stamp(a->loaded_at, sizeof a->loaded_at);
    ui_open_case(ui, path);
    if (ui->screen == SCR_ERROR) {
        a->broken = true;
        snprintf(ui->error_title, sizeof ui->error_title, "%s", _("The case file has errors"));
        free(ui->error_text);
        ui->error_text = strdup(_("Correct them and save the file: Blikk loads it again by "
                                  "itself. The window stays open."));
        return;
    }
    if (ui->sc) ui_start_case(ui);
    author_fixture_scan(ui);
}

void author_free(Ui *ui) {
    Author *a = ui->author;
    if (!a) return;
    author_watch_stop(a);
    for (size_t i = 0; i < a->nedits; i++) author_step_free(&a->edits[i].step);
    free(a->edits);
    author_pending_clear(a);
    for (size_t i = 0; i < a->nfixtures; i++) {
        free(a->fixtures[i].path);
        free(a->fixtures[i].scene);
    }
    free(a->fixtures);
    casemap_free(&a->map);
    layout_free(&a->scratch);
    free(a);
    ui->author = NULL;
}

const CaseMap *author_map(Ui *ui) {
    Author *a = ui->author;
    if (!ui->sc) return NULL;
    /* Keyed by the counts too, so that a map of another case can never be
       read with this one's indices. */
    if (a->map_sc != ui->sc || a->map.nnodes != ui->sc->nscenes + ui->sc->nendings) {
        casemap_free(&a->map);
        a->map_sc = NULL;
        if (casemap_build(ui->sc, &a->map) != BLK_OK) return NULL;
        a->map_sc = ui->sc;
    }
    return &a->map;
}

/* }====================================================== */

/* {====================================================== events */

void author_focus_later(Ui *ui, int action, int arg) {
    /* build() keeps the focus by the focused widget's action and arg: give
       the focused widget the ones wanted. */
    if (ui->L.nwidgets == 0) return;
    if (ui->focus < 0 || (size_t)ui->focus >= ui->L.nwidgets) ui->focus = 0;
    ui->L.widgets[ui->focus].action = action;
    ui->L.widgets[ui->focus].arg = arg;
    ui->relayout = true;
}

static void edit_start(Ui *ui, int index) {
    Author *a = ui->author;
    if (!ui->play) return;
    size_t n;
    StateVar *vars = play_state_list(ui->play, &n);
    if (vars && index >= 0 && (size_t)index < n) {
        snprintf(a->edit_name, sizeof a->edit_name, "%s", vars[index].name);
        if (vars[index].value.type == VAL_STRING)
            snprintf(a->edit_buf, sizeof a->edit_buf, "%s", vars[index].value.str);
        else
            value_format(&vars[index].value, a->edit_buf, sizeof a->edit_buf);
        a->editing = true;
        a->edit_index = index;
        a->edit_fresh = true;
        a->edit_error[0] = '\0';
        if (ui->win) SDL_StartTextInput();
    }
    state_list_free(vars, n);
    if (a->editing) author_focus_later(ui, ACT_AUTHOR, AUTHOR_ARG(AC_EDIT_SET, 1));
    ui->relayout = true;
}

static void edit_end(Ui *ui) {
    Author *a = ui->author;
    if (!a->editing) return;
    a->editing = false;
    a->edit_error[0] = '\0';
    if (ui->win) SDL_StopTextInput();
    if (a->open) author_focus_later(ui, ACT_AUTHOR, AUTHOR_ARG(AC_VAR, a->edit_index));
    ui->relayout = true;
}

static void edit_commit(Ui *ui) {
    Author *a = ui->author;
    if (author_set_var(ui, a->edit_name, a->edit_buf)) edit_end(ui);
    else ui->relayout = true;
}

bool author_in_play(const Ui *ui) {
    return ui->play && ui->sc &&
           (ui->screen == SCR_SCENE || ui->screen == SCR_FEEDBACK || ui->screen == SCR_ENDING ||
            ui->screen == SCR_RESULT);
}

static void toggle(Ui *ui) {
    Author *a = ui->author;
    if (!a->open && !author_in_play(ui)) {
        author_set_notice(a, ui, false, "%s",
                          _("The author panel opens while a case is being played."));
        ui->relayout = true;
        return;
    }
    if (a->editing) edit_end(ui);
    a->open = !a->open;
    if (a->open) {
        /* Into the panel; back to where it was on the page when it closes. */
        const Widget *w = ui->focus >= 0 && (size_t)ui->focus < ui->L.nwidgets
                              ? &ui->L.widgets[ui->focus] : NULL;
        a->page_focus[0] = w && w->action != ACT_AUTHOR ? w->action : ACT_NONE;
        a->page_focus[1] = w ? w->arg : 0;
        author_fixture_scan(ui);
        author_focus_later(ui, ACT_AUTHOR, AUTHOR_ARG(AC_TAB, a->tab));
    } else if (a->page_focus[0] != ACT_NONE) {
        author_focus_later(ui, a->page_focus[0], a->page_focus[1]);
    } else {
        ui->focus = -1;
    }
    ui->relayout = true;
}

void author_activate(Ui *ui, int arg) {
    Author *a = ui->author;
    if (!a) return;
    int idx = AUTHOR_INDEX(arg);
    switch (AUTHOR_CMD(arg)) {
    case AC_TOGGLE: toggle(ui); break;
    case AC_TAB:
        if (idx < AT_COUNT) a->tab = (AuthorTab)idx;
        if (a->editing) edit_end(ui);
        ui->relayout = true;
        break;
    case AC_VAR: edit_start(ui, idx); break;
    case AC_EDIT_SET:
        if (idx == 0) edit_commit(ui); /* 1 is the field itself */
        break;
    case AC_EDIT_CANCEL: edit_end(ui); break;
    case AC_JUMP: author_jump(ui, idx); break;
    case AC_FIXTURE_SAVE: author_fixture_save(ui, NULL, 0); ui->relayout = true; break;
    case AC_FIXTURE_LOAD:
        if ((size_t)idx < a->nfixtures) author_fixture_load(ui, a->fixtures[idx].path);
        break;
    case AC_DISMISS:
        a->notice[0] = '\0';
        ui->relayout = true;
        break;
    }
}

/* Deletes the last UTF-8 character. */
static void backspace(char *s) {
    size_t n = strlen(s);
    while (n > 0 && ((unsigned char)s[n - 1] & 0xC0) == 0x80) n--;
    if (n > 0) n--;
    s[n] = '\0';
}

bool author_event(Ui *ui, const SDL_Event *ev) {
    Author *a = ui->author;
    if (!a) return false;
    if (a->event && ev->type == a->event) {
        SDL_FlushEvent(a->event); /* one reload for saves close together */
        author_reload(ui);
        return true;
    }
    switch (ev->type) {
    case SDL_MOUSEMOTION:
        a->mouse_x = (int)lroundf((float)ev->motion.x * ui->dpi);
        a->mouse_y = (int)lroundf((float)ev->motion.y * ui->dpi);
        return false;
    case SDL_MOUSEBUTTONDOWN: {
        /* A click outside the field ends the typing (and does its own). */
        SDL_Point pt = {(int)lroundf((float)ev->button.x * ui->dpi),
                        (int)lroundf((float)ev->button.y * ui->dpi)};
        if (a->editing && !SDL_PointInRect(&pt, &a->field)) edit_end(ui);
        return false;
    }
    case SDL_MOUSEWHEEL: {
        SDL_Point pt = {a->mouse_x, a->mouse_y};
        if (!a->open || !(a->panel_modal || SDL_PointInRect(&pt, &a->panel))) return false;
        int dy = ev->wheel.y;
        if (ev->wheel.direction == SDL_MOUSEWHEEL_FLIPPED) dy = -dy;
        author_panel_scroll(ui, -dy);
        return true;
    }
    case SDL_TEXTINPUT:
        if (!a->editing) return false;
        if (a->edit_fresh) a->edit_buf[0] = '\0';
        a->edit_fresh = false;
        if (strlen(a->edit_buf) + strlen(ev->text.text) < sizeof a->edit_buf)
            strcat(a->edit_buf, ev->text.text);
        a->edit_error[0] = '\0';
        ui->relayout = true;
        return true;
    case SDL_KEYDOWN: {
        SDL_Keycode k = ev->key.keysym.sym;
        if (k == SDLK_F2) {
            toggle(ui);
            return true;
        }
        if (a->editing) {
            Uint16 mod = ev->key.keysym.mod;
            if (k == SDLK_RETURN || k == SDLK_KP_ENTER) edit_commit(ui);
            else if (k == SDLK_ESCAPE) edit_end(ui);
            else if (k == SDLK_BACKSPACE) {
                if (a->edit_fresh) a->edit_buf[0] = '\0';
                else backspace(a->edit_buf);
                a->edit_fresh = false;
                ui->relayout = true;
            } else if ((mod & KMOD_CTRL) && k == SDLK_u) {
                a->edit_buf[0] = '\0';
                ui->relayout = true;
            } else if (k == SDLK_TAB) {
                edit_end(ui);
                return false; /* and on to the next control */
            } else if (k == SDLK_F11 || (mod & KMOD_CTRL)) {
                return false;
            }
            return true; /* letters and digits come as text */
        }
        if (a->open) return author_panel_key(ui, &ev->key);
        return false;
    }
    default: return false;
    }
}

bool author_shot_screen(Ui *ui, const char *name) {
    Author *a = ui->author;
    static const char *const tabs[] = {"author", "author-state", "author-scenes", "author-map",
                                       "author-edit"};
    int t = -1;
    for (int i = 0; i < 5; i++)
        if (strcmp(name, tabs[i]) == 0) t = i;
    if (t < 0) {
        fprintf(stderr, _("blikk: --screen takes author, author-state, author-scenes, author-map "
                          "or author-edit in author mode, not '%s'\n"), name);
        return false;
    }
    if (!a) {
        fprintf(stderr, "%s\n", _("blikk: --screen author... goes with --author FILE"));
        return false;
    }
    if (!ui->play) {
        fprintf(stderr, _("blikk: the case is not in a state that has the %s screen; adjust "
                          "--script\n"), name);
        return false;
    }
    ui->relayout = true;
    ui_render(ui); /* the page under it, so that the focus can move into the panel */
    a->tab = t == 4 ? AT_STATE : (AuthorTab)t;
    if (!a->open) toggle(ui);
    if (t == 4) edit_start(ui, 0);
    ui->relayout = true;
    return true;
}

/* }====================================================== */
