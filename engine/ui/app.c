/*
** app.c — the window's state machine: which screen is up, opening and
** leaving cases, the actions widgets and keys ask for, settings changes,
** and building and painting the screen when something changed. Input
** (focus, keys, pointer) is in input.c.
**
** The story is the core's: every move goes through play_mark,
** play_concern, play_choose or play_continue, and the screen then shows
** play_view(). The window only decides what to show next (feedback, the
** result) and how. Nothing here polls; state changes only on events.
*/
#include "app.h"
#include "../core/imageinfo.h"

#include "image.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "../core/i18n.h"
#include "../core/paths.h"
#include "results_ui.h"
#include "classroom.h"
#include "author.h"

const Language ui_languages[] = {{"nb", "Norsk bokmål"}, {"en", "English"}};
const size_t ui_nlanguages = sizeof ui_languages / sizeof ui_languages[0];

static const char *const screen_names[SCR_COUNT] = {
    "menu", "intro", "scene", "feedback", "ending", "result", "settings", "error",
    "history", "classroom"};

const char *ui_screen_name(ScreenId s) { return s < SCR_COUNT ? screen_names[s] : "?"; }

int ui_screen_by_name(const char *name) {
    for (int i = 0; i < SCR_COUNT; i++)
        if (strcmp(name, screen_names[i]) == 0) return i;
    return -1;
}

/* {====================================================== sizes */

int ui_px(const Ui *ui, int units) {
    int v = (int)lroundf((float)units * ui->scale);
    return units > 0 && v < 1 ? 1 : v;
}

SDL_Color ui_color(const Ui *ui, ColorRole c) { return ui->pal->color[c]; }

TextStyle ui_text(const Ui *ui, TypeSize ts, FontStyle st, ColorRole c) {
    int px = ui_px(ui, ui->theme.size[ts]);
    if (px < 10) px = 10;
    int line = px * ui->theme.line[ts] / 1000;
    return (TextStyle){st, px, line > px ? line : px + 2, ui_color(ui, c), ALIGN_LEFT};
}

/* Text grows with the window, gently (a square root), so that a projector
   or a big screen gets larger type and a small window stays usable; the
   text size setting multiplies on top. */
static void update_scale(Ui *ui) {
    float w = (float)ui->out_w / ui->dpi, h = (float)ui->out_h / ui->dpi;
    float f = sqrtf(fminf(w / 1280.0f, h / 720.0f));
    if (f < 0.85f) f = 0.85f;
    if (f > 1.6f) f = 1.6f;
    ui->scale = ui->dpi * f * (float)ui->settings.text_size / 100.0f;
}

/* }====================================================== */

/* {====================================================== life cycle */

static bool has_data(const char *dir) {
    char p[PATH_MAX + 32];
    struct stat sb;
    snprintf(p, sizeof p, "%s/assets/theme.json", dir);
    if (stat(p, &sb) == 0) return true;
    snprintf(p, sizeof p, "%s/scenarios", dir);
    return stat(p, &sb) == 0 && S_ISDIR(sb.st_mode);
}

bool ui_data_dir(char *out, size_t size) {
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0) {
        snprintf(out, size, ".");
        return false;
    }
    exe[n] = '\0';
    for (int up = 0; up < 4; up++) {
        char *slash = strrchr(exe, '/');
        if (!slash) break;
        *slash = '\0';
        if (has_data(exe)) {
            snprintf(out, size, "%s", *exe ? exe : "/");
            return true;
        }
    }
    snprintf(out, size, "%s", blikk_data_dir()); /* an installed Blikk */
    return false;
}


static void build(Ui *ui);

static void set_notice(Ui *ui, const char *fmt, const char *a, const char *b) {
    size_t n = strlen(ui->notice);
    if (n && n + 2 < sizeof ui->notice) ui->notice[n++] = '\n';
    snprintf(ui->notice + n, sizeof ui->notice - n, fmt, a, b);
}

Ui *ui_new(const char *data_dir, bool persist, char *err, size_t errsize) {
    Ui *ui = calloc(1, sizeof *ui);
    if (!ui) {
        snprintf(err, errsize, "out of memory");
        return NULL;
    }
    snprintf(ui->data_dir, sizeof ui->data_dir, "%s", data_dir);
    ui->persist = persist;
    ui->focus = ui->hover = ui->pressed = -1;
    ui->dpi = 1;
    ui->seed = 1;
    theme_defaults(&ui->theme);
    char path[PATH_MAX + 32], msg[PATH_MAX + 200];
    snprintf(path, sizeof path, "%s/assets/theme.json", data_dir);
    if (!theme_load(&ui->theme, path, msg, sizeof msg)) {
        fprintf(stderr, "blikk: %s\n", msg);
        set_notice(ui, _("The theme file could not be read (%s); the built-in theme is used."), msg, "");
    }
    settings_defaults(&ui->settings);
    if (persist && settings_path(ui->settings_file, sizeof ui->settings_file) &&
        !settings_load(&ui->settings, ui->settings_file, msg, sizeof msg)) {
        fprintf(stderr, "blikk: %s\n", msg);
        set_notice(ui, _("Your settings could not be read (%s). Blikk uses the default settings "
                         "and will write a new file when you change one."), msg, "");
    }
    if (persist && ui->settings.language[0] && !getenv("BLIKK_LANG"))
        i18n_init(ui->settings.language);
    char note[300];
    ui->fonts = font_new(ui->settings.font, note, sizeof note, msg, sizeof msg);
    if (!ui->fonts) {
        snprintf(err, errsize, "%s", msg);
        free(ui);
        return NULL;
    }
    if (note[0])
        set_notice(ui, _("The font '%s' was not found; Blikk uses %s."), note,
                   font_family(ui->fonts));
    ui->pal = &ui->theme.palette[ui->settings.high_contrast ? PAL_HIGH_CONTRAST : PAL_DEFAULT];
    ui->mode = ui->settings.feedback;
    ui->dc = draw_cache_new();
    catalog_init(&ui->cat, data_dir);
    ui->screen = ui->back = SCR_MENU;
    ui->relayout = true;
    results_ui_init(ui);
    return ui;
}

void ui_free_images(Ui *ui) {
    for (size_t i = 0; i < ui->nimages; i++) {
        if (ui->images[i].tex) SDL_DestroyTexture(ui->images[i].tex);
        free(ui->images[i].path);
    }
    free(ui->images);
    ui->images = NULL;
    ui->nimages = 0;
}

static void close_case(Ui *ui) {
    classroom_close(ui); /* first: it hands the group's play back */
    results_ui_detach(ui);
    play_free(ui->play);
    ui->play = NULL;
    scenario_free(ui->sc);
    ui->sc = NULL;
    ui_free_images(ui);
    diag_clear(&ui->dl);
    ui->need_concern = false;
    ui->dialog = false;
}

void ui_free(Ui *ui) {
    if (!ui) return;
    author_free(ui); /* stops the file watcher */
    close_case(ui);
    results_ui_free(ui);
    catalog_free(&ui->cat);
    catalog_info_free(&ui->info);
    diag_free(&ui->dl);
    free(ui->error_text);
    free(ui->error_lines);
    layout_free(&ui->L);
    draw_cache_free(ui->dc);
    font_free(ui->fonts);
    free(ui);
}

void ui_set_output(Ui *ui, SDL_Renderer *ren, int w, int h, float dpi) {
    if (ren != ui->ren) {
        font_drop_textures(ui->fonts);
        draw_cache_drop(ui->dc);
        ui_free_images(ui);
    }
    ui->ren = ren;
    ui->out_w = w;
    ui->out_h = h;
    ui->dpi = dpi > 0 ? dpi : 1;
    update_scale(ui);
    ui->relayout = true;
}

ImageEntry *ui_image(Ui *ui, const char *rel) {
    if (!ui->sc || !rel || !ui->ren) return NULL;
    for (size_t i = 0; i < ui->nimages; i++)
        if (strcmp(ui->images[i].path, rel) == 0)
            return ui->images[i].tex ? &ui->images[i] : NULL;
    ImageEntry *n = realloc(ui->images, (ui->nimages + 1) * sizeof *n);
    if (!n) return NULL;
    ui->images = n;
    ImageEntry *e = &ui->images[ui->nimages++];
    *e = (ImageEntry){strdup(rel), NULL, 0, 0};
    char path[PATH_MAX * 2];
    snprintf(path, sizeof path, "%s/%s", ui->sc->dir, rel);
    /* The header first: a small file can claim a picture that would take
       gigabytes to decode (the case may have changed since it was
       checked). */
    const char *refused = image_refusal(path);
    if (refused) {
        fprintf(stderr, "blikk: %s: %s\n", path, refused);
        return NULL;
    }
    char why[400];
    SDL_Surface *s = image_load(path, why, sizeof why);
    if (!s) {
        fprintf(stderr, "blikk: %s: %s\n", path, why);
        return NULL;
    }
    e->tex = SDL_CreateTextureFromSurface(ui->ren, s);
    e->w = s->w;
    e->h = s->h;
    SDL_FreeSurface(s);
    if (!e->tex) return NULL;
    SDL_SetTextureScaleMode(e->tex, SDL_ScaleModeLinear);
    return e;
}

/* }====================================================== */

/* {====================================================== screens */

void ui_goto(Ui *ui, ScreenId s) {
    ui->screen = s;
    ui->scroll = 0;
    ui->focus = -2; /* the screen's own first focus, once it is laid out */
    ui->hover = ui->pressed = -1;
    ui->down = ui->dragging = false;
    ui->relayout = true;
}

void ui_show_error(Ui *ui, const char *title, const DiagList *dl, const char *text) {
    snprintf(ui->error_title, sizeof ui->error_title, "%s", title);
    free(ui->error_text);
    free(ui->error_lines);
    ui->error_text = strdup(text ? text : "");
    size_t cap = 2;
    for (size_t i = 0; dl && i < dl->count; i++)
        cap += strlen(dl->items[i].message) + (dl->items[i].file ? strlen(dl->items[i].file) : 0) + 40;
    char *out = malloc(cap);
    if (out) {
        size_t n = 0;
        out[0] = '\0';
        for (size_t i = 0; dl && i < dl->count && n < cap; i++) {
            const Diag *d = &dl->items[i];
            const char *sev = d->severity == DIAG_ERROR ? _("error") : _("warning");
            /* A blank line between problems: each is a sentence of its own. */
            if (d->file)
                n += (size_t)snprintf(out + n, cap - n, "%s%s:%d: %s: %s", n ? "\n\n" : "",
                                      d->file, d->line, sev, d->message);
            else
                n += (size_t)snprintf(out + n, cap - n, "%s%s", n ? "\n\n" : "", d->message);
        }
    }
    ui->error_lines = out;
    ui_goto(ui, SCR_ERROR);
}

void ui_open_menu(Ui *ui) {
    close_case(ui);
    /* Read again each time: a case added to the user's folder shows up
       without a restart, and with the cache this is a stat per file. */
    catalog_free(&ui->cat);
    catalog_init(&ui->cat, ui->data_dir);
    catalog_scan(&ui->cat);
    ui_goto(ui, SCR_MENU);
}

void ui_open_case(Ui *ui, const char *path) {
    close_case(ui);
    catalog_info_free(&ui->info);
    DiagList dl = {0};
    if (scenario_load(path, NULL, &ui->sc, &dl) != BLK_OK) {
        ui->info.path = strdup(path);
        ui_show_error(ui, _("This case has errors and cannot be opened"), &dl,
                      _("Correct these problems in the scenario file, then open the "
                        "case again. 'blikk check FILE' lists them too."));
        diag_free(&dl);
        return;
    }
    diag_free(&dl);
    ui->info.path = strdup(path);
    ui->mode = ui->settings.feedback;
    ui_goto(ui, SCR_INTRO);
}

/* A callback of the scenario failed: say so with its file and line and keep
   the window; the trainee can go back to the menu. */
static void runtime_error(Ui *ui) {
    ui_show_error(ui, _("The case stopped because of an error in the scenario"), &ui->dl,
                  _("A function in the scenario file failed. Show this to the "
                    "person who wrote the case:"));
    diag_clear(&ui->dl);
}

void ui_start_case(Ui *ui) {
    if (!ui->sc) return;
    results_ui_detach(ui);
    play_free(ui->play);
    ui->play = NULL;
    diag_clear(&ui->dl);
    if (!ui->headless)
        ui->seed = (uint64_t)time(NULL) ^ (uint64_t)SDL_GetPerformanceCounter();
    if (play_new(ui->sc, ui->seed, &ui->play, &ui->dl) != BLK_OK) {
        runtime_error(ui);
        return;
    }
    results_ui_begin(ui);
    ui_goto(ui, SCR_SCENE);
}

static void after_move(Ui *ui) {
    const PlayView *v = play_view(ui->play);
    ui->need_concern = false;
    ui_goto(ui, v->finished ? SCR_ENDING : SCR_SCENE);
}

static bool in_case(const Ui *ui) {
    return ui->play && (ui->screen == SCR_SCENE || ui->screen == SCR_FEEDBACK ||
                        ui->screen == SCR_ENDING);
}

/* }====================================================== */

/* {====================================================== actions */

void ui_settings_changed(Ui *ui, bool fonts_too) {
    ui->pal = &ui->theme.palette[ui->settings.high_contrast ? PAL_HIGH_CONTRAST : PAL_DEFAULT];
    if (fonts_too) {
        char note[300], err[300];
        FontSet *fs = font_new(ui->settings.font, note, sizeof note, err, sizeof err);
        if (fs) {
            font_free(ui->fonts);
            ui->fonts = fs;
        }
    }
    update_scale(ui);
    if (ui->persist && ui->settings_file[0]) {
        char err[PATH_MAX + 100];
        if (!settings_save(&ui->settings, ui->settings_file, err, sizeof err)) {
            fprintf(stderr, "blikk: %s\n", err);
            ui->notice[0] = '\0';
            set_notice(ui, _("Your settings could not be saved (%s)."), err, "");
        }
    }
    ui->relayout = true;
}

static void choose(Ui *ui, size_t k) {
    const PlayView *v = play_view(ui->play);
    if (!v->scene || v->scene->has_next || k >= v->noffered) return;
    if (v->scene->concern && v->concern == 0) {
        /* The core would refuse; show why and take the trainee there. */
        ui->need_concern = true;
        build(ui);
        int w = ui_find_widget(ui, ACT_CONCERN, -1);
        if (w >= 0) ui_focus(ui, w);
        return;
    }
    BlkStatus st = results_ui_saved(ui, play_choose(ui->play, k, &ui->dl));
    if (st == BLK_ERR_RUNTIME || st == BLK_ERR_NOMEM) {
        runtime_error(ui);
        return;
    }
    if (st != BLK_OK) { /* a usage error: the window offered something stale */
        diag_print(&ui->dl, stderr);
        diag_clear(&ui->dl);
        ui->relayout = true;
        return;
    }
    v = play_view(ui->play);
    if (ui->mode == FEEDBACK_EACH && v->last_choice && v->last_choice->feedback &&
        v->last_choice->feedback[0])
        ui_goto(ui, SCR_FEEDBACK);
    else
        after_move(ui);
}

static void go_on(Ui *ui) {
    const PlayView *v = play_view(ui->play);
    if (!v->scene || !v->scene->has_next) return;
    if (v->scene->concern && v->concern == 0) {
        ui->need_concern = true;
        build(ui);
        int w = ui_find_widget(ui, ACT_CONCERN, -1);
        if (w >= 0) ui_focus(ui, w);
        return;
    }
    BlkStatus st = results_ui_saved(ui, play_continue(ui->play, &ui->dl));
    if (st == BLK_ERR_RUNTIME || st == BLK_ERR_NOMEM) {
        runtime_error(ui);
        return;
    }
    if (st != BLK_OK) {
        diag_print(&ui->dl, stderr);
        diag_clear(&ui->dl);
        return;
    }
    after_move(ui);
}

void ui_activate(Ui *ui, int action, int arg) {
    switch ((Action)action) {
    case ACT_OPEN_CASE:
        if (arg >= 0 && (size_t)arg < ui->cat.count) {
            const CaseInfo *ci = &ui->cat.items[arg];
            ui_open_case(ui, ci->path);
        }
        break;
    case ACT_SETTINGS:
        ui->back = ui->screen;
        ui_goto(ui, SCR_SETTINGS);
        break;
    case ACT_BACK: {
        ScreenId b = ui->back;
        bool can = b == SCR_ERROR || (b == SCR_INTRO && ui->sc) ||
                   ((b == SCR_SCENE || b == SCR_FEEDBACK || b == SCR_ENDING ||
                     b == SCR_RESULT) && ui->play) || b == SCR_HISTORY;
        if (ui->screen == SCR_SETTINGS && can) ui_goto(ui, b);
        else ui_open_menu(ui);
        break;
    }
    case ACT_START: ui_start_case(ui); break;
    case ACT_CASE_MODE:
        ui->mode = arg ? FEEDBACK_END : FEEDBACK_EACH;
        ui->relayout = true;
        break;
    case ACT_MARK:
        if (ui->play) {
            int obs = arg / 3;
            Mark m = (Mark)(arg % 3);
            if (play_mark_of(ui->play, obs) == m) m = MARK_NONE;
            if (results_ui_saved(ui, play_mark(ui->play, obs, m, &ui->dl)) != BLK_OK)
                diag_clear(&ui->dl);
            ui->relayout = true;
        }
        break;
    case ACT_CONCERN:
        if (ui->play) {
            if (results_ui_saved(ui, play_concern(ui->play, arg, &ui->dl)) != BLK_OK)
                diag_clear(&ui->dl);
            ui->need_concern = false;
            ui->relayout = true;
        }
        break;
    case ACT_CHOOSE: if (ui->play) choose(ui, (size_t)arg); break;
    case ACT_CONTINUE: if (ui->play) go_on(ui); break;
    case ACT_FEEDBACK_DONE: if (ui->play) after_move(ui); break;
    case ACT_SHOW_RESULT: ui_goto(ui, SCR_RESULT); break;
    case ACT_TO_MENU: ui_open_menu(ui); break;
    case ACT_REPLAY:
        results_ui_detach(ui);
        play_free(ui->play);
        ui->play = NULL;
        ui_goto(ui, SCR_INTRO);
        break;
    case ACT_ASK_LEAVE:
        if (in_case(ui) && !play_view(ui->play)->finished) {
            ui->dialog = true;
            ui->focus = -2;
            ui->relayout = true;
        } else {
            ui_open_menu(ui);
        }
        break;
    case ACT_DIALOG_STAY:
        ui->dialog = false;
        ui->focus = -3; /* back to where it was */
        ui->relayout = true;
        break;
    case ACT_DIALOG_LEAVE: ui_open_menu(ui); break;
    case ACT_TEXT_SIZE:
        ui->settings.text_size = arg;
        ui_settings_changed(ui, false);
        break;
    case ACT_CONTRAST:
        ui->settings.high_contrast = arg != 0;
        ui_settings_changed(ui, false);
        break;
    case ACT_DEFAULT_MODE:
        ui->settings.feedback = arg ? FEEDBACK_END : FEEDBACK_EACH;
        if (!ui->play) ui->mode = ui->settings.feedback;
        ui_settings_changed(ui, false);
        break;
    case ACT_LANGUAGE:
        if (arg >= 0 && (size_t)arg < ui_nlanguages) {
            snprintf(ui->settings.language, sizeof ui->settings.language, "%s",
                     ui_languages[arg].code);
            i18n_init(ui->settings.language);
            ui_settings_changed(ui, false);
        }
        break;
    case ACT_FONT: {
        const char *names[8];
        size_t n = font_known_families(names, 8);
        if (arg >= 0 && (size_t)arg < n) {
            snprintf(ui->settings.font, sizeof ui->settings.font, "%s", names[arg]);
            ui_settings_changed(ui, true);
        }
        break;
    }
    case ACT_HISTORY:
    case ACT_RESUME:
    case ACT_DISCARD:
    case ACT_OPEN_DEBRIEF:
    case ACT_DELETE:
    case ACT_CONFIRM:
    case ACT_CANCEL:
    case ACT_SECTION:
    case ACT_EXPORT:
    case ACT_NAME: results_ui_activate(ui, action, arg); break;
    case ACT_CLASS: classroom_activate(ui, arg); break;
    case ACT_AUTHOR: author_activate(ui, arg); break;
    case ACT_NONE:
    case ACT_COUNT: break;
    }
}

/* }====================================================== */

/* {====================================================== render */

static void build(Ui *ui) {
    int fa = ACT_NONE, farg = 0;
    bool keep = ui->focus >= 0 && (size_t)ui->focus < ui->L.nwidgets;
    if (keep) {
        fa = ui->L.widgets[ui->focus].action;
        farg = ui->L.widgets[ui->focus].arg;
    }
    int first = ui->focus;
    layout_reset(&ui->L);
    switch (ui->screen) {
    case SCR_MENU: screen_menu(ui, &ui->L); break;
    case SCR_INTRO: screen_intro(ui, &ui->L); break;
    case SCR_SCENE: screen_scene(ui, &ui->L); break;
    case SCR_FEEDBACK: screen_feedback(ui, &ui->L); break;
    case SCR_ENDING: screen_ending(ui, &ui->L); break;
    case SCR_RESULT: screen_debrief(ui, &ui->L); break;
    case SCR_HISTORY: screen_history(ui, &ui->L); break;
    case SCR_CLASSROOM: classroom_screen(ui, &ui->L); break;
    case SCR_SETTINGS: screen_settings(ui, &ui->L); break;
    case SCR_ERROR: screen_error(ui, &ui->L); break;
    case SCR_COUNT: break;
    }
    if (ui->author) author_build(ui, &ui->L); /* the bar, and the overlay (F2) */
    if (ui->dialog) {
        if (first == -2 && keep) { /* where to come back to */
            ui->under_dialog[0] = fa;
            ui->under_dialog[1] = farg;
        }
        screen_dialog(ui, &ui->L);
    }
    results_ui_dialog(ui, &ui->L); /* deleting a playthrough: asks first */
    if (first == -2) {
        ui->focus = screen_first_focus(ui);
    } else if (first == -3) {
        ui->focus = ui_find_widget(ui, ui->under_dialog[0], ui->under_dialog[1]);
    } else if (keep) {
        ui->focus = ui_find_widget(ui, fa, farg);
    } else if (ui->focus >= (int)ui->L.nwidgets) {
        ui->focus = -1;
    }
    if (ui->hover >= (int)ui->L.nwidgets) ui->hover = -1;
    if (ui->pressed >= (int)ui->L.nwidgets) ui->pressed = -1;
    if (ui->scroll > ui_max_scroll(ui)) ui->scroll = ui_max_scroll(ui);
    ui->relayout = false;
    ui->redraw = true;
}

bool ui_render(Ui *ui) {
    if (!ui->ren) return false;
    classroom_render_other(ui); /* a second window (projector), if any */
    if (ui->relayout) build(ui);
    if (!ui->redraw) return false;
    draw_layout(ui);
    if (!ui->headless) SDL_RenderPresent(ui->ren);
    ui->redraw = false;
    return true;
}

int screen_first_focus(const Ui *ui) {
    if (ui->dialog) return ui_find_widget(ui, ACT_DIALOG_STAY, -1);
    if (ui->screen == SCR_CLASSROOM) return classroom_first_focus(ui);
    if (ui->res && ui->res->confirm) return results_ui_first_focus(ui);
    switch (ui->screen) {
    case SCR_MENU: return ui_find_widget(ui, ACT_OPEN_CASE, -1);
    case SCR_INTRO: return ui_find_widget(ui, ACT_START, -1);
    case SCR_SCENE: return ui_find_widget(ui, ACT_CONTINUE, -1); /* -1 with choices */
    case SCR_FEEDBACK: return ui_find_widget(ui, ACT_FEEDBACK_DONE, -1);
    case SCR_ENDING: return ui_find_widget(ui, ACT_SHOW_RESULT, -1);
    case SCR_RESULT: return ui_find_widget(ui, ACT_TO_MENU, -1);
    case SCR_HISTORY: return results_ui_first_focus(ui);
    case SCR_CLASSROOM: return classroom_first_focus(ui);
    case SCR_SETTINGS:
    case SCR_ERROR: return ui_find_widget(ui, ACT_BACK, -1);
    case SCR_COUNT: break;
    }
    return -1;
}

/* }====================================================== */
