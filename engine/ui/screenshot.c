/*
** screenshot.c — `blikk --screenshot OUT.png ...`: renders one screen
** without a display (SDL's offscreen video driver, the software renderer
** drawing into a surface) and writes it with image_save_png (SDL2_image). A play script
** (the format of `blikk play --script`) takes the case to the screen wanted;
** --keys then presses keys as a trainee would. Used for the documentation's
** screenshots and by authors to look at their scenes.
*/
#include "image.h"
#include <SDL_ttf.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "app.h"
#include "results_ui.h"
#include "classroom.h"
#include "author.h"

void ui_press(Ui *ui, SDL_Keycode key, Uint16 mod) {
    ui_render(ui); /* the layout the trainee would be looking at */
    SDL_Event ev;
    memset(&ev, 0, sizeof ev);
    ev.type = SDL_KEYDOWN;
    ev.key.state = SDL_PRESSED;
    ev.key.keysym.sym = key;
    ev.key.keysym.scancode = SDL_GetScancodeFromKey(key);
    ev.key.keysym.mod = mod;
    ui_event(ui, &ev);
    ui_render(ui);
}

static char *word(char **p) {
    while (**p == ' ' || **p == '\t') (*p)++;
    if (!**p) return NULL;
    char *w = *p;
    while (**p && **p != ' ' && **p != '\t') (*p)++;
    if (**p) *(*p)++ = '\0';
    return w;
}

/* Runs the play script through the core's own parser (play_run_line), so
   that it means what it means to `blikk play --script`. A callback that
   fails shows the error screen, as in the window; any other problem is an
   error naming the script line. */
static bool run_script(Ui *ui, const char *path, bool *last_chose) {
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, _("blikk: cannot open the script %s: %s\n"), path, strerror(errno));
        return false;
    }
    char buf[4096];
    int lineno = 0;
    bool ok = true;
    *last_chose = false;
    while (ok && fgets(buf, sizeof buf, f)) {
        lineno++;
        if (ui->screen == SCR_ERROR) break;
        ScriptAction done = SCRIPT_NOTHING;
        BlkStatus st = play_run_line(ui->play, buf, &done, &ui->dl);
        if (st == BLK_OK) {
            if (done != SCRIPT_NOTHING) *last_chose = done == SCRIPT_CHOOSE;
            continue;
        }
        for (size_t i = 0; i < ui->dl.count; i++) {
            const Diag *d = &ui->dl.items[i];
            fprintf(stderr, "%s:%d: error: %s\n", d->file ? d->file : path,
                    d->file ? d->line : lineno, d->message);
        }
        if (st == BLK_ERR_RUNTIME) {
            ui_show_error(ui, _("The case stopped because of an error in the scenario"), &ui->dl,
                          _("A function in the scenario file failed. Show this to the "
                            "person who wrote the case:"));
        } else {
            ok = false;
        }
        diag_clear(&ui->dl);
    }
    fclose(f);
    return ok;
}

/* "Tab", "Shift+Tab", "Return", "1", "Down", "Ctrl+=". */
static bool send_keys(Ui *ui, const char *keys) {
    char *copy = strdup(keys), *p = copy, *k;
    bool ok = copy != NULL;
    while (ok && (k = word(&p))) {
        Uint16 mod = 0;
        char *plus;
        while ((plus = strchr(k, '+')) && plus != k && plus[1]) {
            *plus = '\0';
            if (SDL_strcasecmp(k, "shift") == 0) mod |= KMOD_LSHIFT;
            else if (SDL_strcasecmp(k, "ctrl") == 0) mod |= KMOD_LCTRL;
            else if (SDL_strcasecmp(k, "alt") == 0) mod |= KMOD_LALT;
            k = plus + 1;
        }
        SDL_Keycode key = SDL_GetKeyFromName(k);
        if (key == SDLK_UNKNOWN) {
            fprintf(stderr, _("blikk: --keys: unknown key '%s'\n"), k);
            ok = false;
            break;
        }
        ui_press(ui, key, mod);
    }
    free(copy);
    return ok;
}

/* Takes the Ui to the screen asked for, as far as the case's state allows. */
static bool go_to_screen(Ui *ui, const char *name) {
    int cls = classroom_shot(ui, name); /* setup, audience, presenter, reveal, ... */
    if (cls >= 0) return cls == 1;
    if (strncmp(name, "author", 6) == 0) return author_shot_screen(ui, name); /* the overlay */
    if (strcmp(name, "dialog") == 0) {
        if (!ui->play || ui->screen == SCR_RESULT) {
            fprintf(stderr, "%s\n", _("blikk: --screen dialog needs a case in play (a scenario)"));
            return false;
        }
        ui->dialog = true;
        ui->focus = -2;
        ui->relayout = true;
        return true;
    }
    int s = ui_screen_by_name(name);
    const PlayView *v = ui->play ? play_view(ui->play) : NULL;
    switch (s) {
    case SCR_MENU: ui_open_menu(ui); return true;
    case SCR_SETTINGS: ui_activate(ui, ACT_SETTINGS, 0); return true;
    case SCR_INTRO:
        if (!ui->sc) break;
        ui_goto(ui, SCR_INTRO);
        return true;
    case SCR_SCENE:
        if (!v || v->finished) break;
        ui_goto(ui, SCR_SCENE);
        return true;
    case SCR_FEEDBACK: {
        size_t n = 0;
        if (ui->play) play_decisions(ui->play, &n);
        if (!n) break;
        ui_goto(ui, SCR_FEEDBACK);
        return true;
    }
    case SCR_ENDING:
    case SCR_RESULT:
        if (!v || !v->finished) break;
        ui_goto(ui, (ScreenId)s);
        return true;
    case SCR_ERROR:
        if (ui->screen != SCR_ERROR) break;
        return true;
    case SCR_HISTORY: ui_activate(ui, ACT_HISTORY, 0); return true;
    default:
        fprintf(stderr, _("blikk: --screen takes menu, intro, scene, feedback, ending, result, "
                          "settings, error or dialog, not '%s'\n"), name);
        return false;
    }
    fprintf(stderr, _("blikk: the case is not in a state that has the %s screen; adjust "
                      "--script\n"), name);
    return false;
}

int ui_screenshot(const ShotOptions *o) {
    char data[PATH_MAX];
    ui_data_dir(data, sizeof data);
    SDL_SetHint(SDL_HINT_VIDEODRIVER, "offscreen");
    int status = 1;
    Ui *ui = NULL;
    SDL_Surface *surf = NULL;
    SDL_Renderer *ren = NULL;
    if (SDL_Init(SDL_INIT_VIDEO) != 0 || TTF_Init() != 0) {
        fprintf(stderr, "blikk: %s\n", SDL_GetError());
        goto done;
    }
    char err[600];
    ui = ui_new(data, false, err, sizeof err);
    if (!ui) {
        fprintf(stderr, "blikk: %s\n", err);
        goto done;
    }
    ui->headless = true;
    results_ui_read_only(ui); /* a screenshot reads results, never adds any */
    ui->seed = (uint64_t)o->seed;
    ui->settings.high_contrast = o->high_contrast;
    ui->settings.text_size = o->text_size;
    ui_settings_changed(ui, false);
    surf = SDL_CreateRGBSurfaceWithFormat(0, o->w, o->h, 32, SDL_PIXELFORMAT_ARGB8888);
    ren = surf ? SDL_CreateSoftwareRenderer(surf) : NULL;
    if (!ren) {
        fprintf(stderr, "blikk: %s\n", SDL_GetError());
        goto done;
    }
    ui_set_output(ui, ren, o->w, o->h, 1);
    bool chose = false;
    bool load_failed = false;
    if (o->scenario) {
        if (o->author) author_open(ui, o->scenario, false); /* straight into play */
        else ui_open_case(ui, o->scenario);
        if (!ui->sc) {
            /* The picture shows the errors; scripts also get them on stderr
               as `blikk check` prints them, and exit status 1. */
            DiagList dl = {0};
            Scenario *sc = NULL;
            scenario_load(o->scenario, NULL, &sc, &dl);
            diag_print(&dl, stderr);
            scenario_free(sc);
            diag_free(&dl);
            load_failed = true;
        }
        bool play = o->script || (o->screen && strcmp(o->screen, "intro") != 0 &&
                                  strcmp(o->screen, "menu") != 0 &&
                                  strcmp(o->screen, "settings") != 0 &&
                                  strcmp(o->screen, "error") != 0);
        if (play && ui->screen == SCR_INTRO) ui_start_case(ui);
        if (o->script && ui->play && ui->screen == SCR_SCENE) {
            if (!run_script(ui, o->script, &chose)) {
                status = 1;
                goto done;
            }
            if (ui->screen != SCR_ERROR) {
                const PlayView *v = play_view(ui->play);
                bool fb = chose && v->last_choice && v->last_choice->feedback &&
                          v->last_choice->feedback[0] && ui->mode == FEEDBACK_EACH;
                ui_goto(ui, fb ? SCR_FEEDBACK : v->finished ? SCR_ENDING : SCR_SCENE);
            }
        }
    } else {
        ui_open_menu(ui);
    }
    if (o->screen && !go_to_screen(ui, o->screen)) {
        status = 2;
        goto done;
    }
    if (o->keys && !send_keys(ui, o->keys)) {
        status = 2;
        goto done;
    }
    ui->relayout = true;
    ui_render(ui);
    char why[400];
    if (!image_save_png(surf, o->out, why, sizeof why)) {
        fprintf(stderr, _("blikk: cannot write %s: %s\n"), o->out, why);
        goto done;
    }
    status = load_failed ? 1 : 0;
done:
    ui_free(ui);
    if (ren) SDL_DestroyRenderer(ren);
    if (surf) SDL_FreeSurface(surf);
    image_quit();
    TTF_Quit();
    SDL_Quit();
    return status;
}
