/*
** window.c — `blikk [SCENARIO]`: the real window. Parses the window's
** options, opens an SDL window with the software renderer on the X11/Wayland
** framebuffer (no OpenGL: SDL would map ~90 MB of Mesa for nothing), and
** sleeps in SDL_WaitEvent between events, so an idle window costs no CPU.
**
** It stays one thread on purpose: once a process has a second thread,
** every getc() in it takes a lock, and Xlib reads the 500 KB Compose table
** for the input method with getc() inside SDL_Init: that alone costs more
** than a start-up thread could win. SDL_Init also switches the locale for
** a moment, which must not meet Lua parsing numbers on another thread.
**
** Only this file and screenshot.c create SDL windows or renderers; the
** tests link everything else.
*/
#include "image.h"
#include <SDL_ttf.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../core/i18n.h"
#include "app.h"
#include "classroom.h"
#include "author.h"
#include "ui.h"

static bool klasserom; /* --klasserom: classroom mode (classroom.h) */
static bool author_mode; /* --author FILE: author mode (author.h) */

static const char *const value_options[] = {"--screenshot", "--size", "--script", "--screen",
                                            "--seed", "--keys", "--text-size", "--author", NULL};

bool ui_is_option(const char *arg) {
    if (!arg) return false;
    for (size_t i = 0; value_options[i]; i++)
        if (strcmp(arg, value_options[i]) == 0) return true;
    if (strcmp(arg, "--klasserom") == 0) return true;
    return strcmp(arg, "--high-contrast") == 0;
}

static void fail(const char *what, const char *detail) {
    fprintf(stderr, "blikk: %s: %s\n", what, detail);
}

static bool parse_size(const char *s, int *w, int *h) {
    char *end;
    long a = strtol(s, &end, 10);
    if (*end != 'x' && *end != 'X') return false;
    long b = strtol(end + 1, &end, 10);
    if (*end || a < 200 || b < 150 || a > 8192 || b > 8192) return false;
    *w = (int)a;
    *h = (int)b;
    return true;
}

/* The window proper. */
static int run_window(const char *scenario) {
    char data[PATH_MAX];
    ui_data_dir(data, sizeof data);
    /* Software rendering on the window's own framebuffer; set before any
       window exists, and over the environment, which cannot do better. */
    SDL_SetHintWithPriority(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0", SDL_HINT_OVERRIDE);
    SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
    int status = 1;
    Ui *ui = NULL;
    SDL_Window *win = NULL;
    SDL_Renderer *ren = NULL;
    char err[600];
    ui = ui_new(data, true, err, sizeof err);
    if (!ui) {
        char msg[800];
        snprintf(msg, sizeof msg, "%s\n\n%s", err,
                 _("Install a font package, for example: sudo apt-get install fonts-dejavu-core"));
        fail(_("no font"), msg);
        SDL_ShowSimpleMessageBox(SDL_MESSAGEBOX_ERROR, "Blikk", msg, NULL);
        goto done;
    }
    if (TTF_Init() != 0) {
        fail(_("cannot start SDL_ttf"), TTF_GetError());
        goto done;
    }
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        fail(_("cannot open a window"), SDL_GetError());
        fprintf(stderr, "%s\n", _("blikk: without a display, 'blikk play SCENARIO' plays a case in the terminal"));
        goto done;
    }
    int w = 1280, h = 720;
    SDL_Rect usable;
    if (SDL_GetDisplayUsableBounds(0, &usable) == 0) {
        if (w > usable.w * 9 / 10) w = usable.w * 9 / 10;
        if (h > usable.h * 9 / 10) h = usable.h * 9 / 10;
    }
    win = SDL_CreateWindow("Blikk", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, w, h,
                           SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    ren = win ? SDL_CreateRenderer(win, -1, SDL_RENDERER_SOFTWARE) : NULL;
    if (!ren) {
        fail(_("cannot open a window"), SDL_GetError());
        goto done;
    }
    SDL_SetWindowMinimumSize(win, 480, 360);
    SDL_StopTextInput(); /* keys only; no input method needed */
    ui->win = win;
    int ow, oh;
    SDL_GetRendererOutputSize(ren, &ow, &oh);
    SDL_GetWindowSize(win, &w, &h);
    ui_set_output(ui, ren, ow, oh, w > 0 ? (float)ow / (float)w : 1);
    if (klasserom) classroom_open(ui, scenario);
    else if (author_mode) author_open(ui, scenario, true); /* watches the file */
    else if (scenario) ui_open_case(ui, scenario);
    else ui_open_menu(ui);
    ui_render(ui);
    /* The icon after the first frame: it is not needed to show the menu. */
    char icon[PATH_MAX + 32];
    snprintf(icon, sizeof icon, "%s/assets/icon.png", data);
    char why[400];
    SDL_Surface *is = image_load(icon, why, sizeof why);
    if (is) {
        SDL_SetWindowIcon(win, is);
        SDL_FreeSurface(is);
    }
    SDL_Event ev;
    for (;;) {
        ui_render(ui);
        if (!SDL_WaitEvent(&ev)) break;
        bool go = ui_event(ui, &ev);
        while (go && SDL_PollEvent(&ev)) go = ui_event(ui, &ev);
        if (!go) break;
    }
    status = 0;
done:
    ui_free(ui);
    if (ren) SDL_DestroyRenderer(ren);
    if (win) SDL_DestroyWindow(win);
    image_quit();
    TTF_Quit();
    SDL_Quit();
    return status;
}

static void usage(void) {
    printf("%s", _(
        "Usage: blikk [SCENARIO.lua]\n"
        "       blikk --screenshot OUT.png [OPTIONS] [SCENARIO.lua]\n"
        "\n"
        "Without options Blikk opens its window: the menu of cases, or the named\n"
        "case. Keys: Tab/arrows move, Enter/Space choose, 1-9 pick a choice,\n"
        "Escape goes back, F11 full screen, Ctrl +/-/0 text size.\n"
        "\n"
        "--screenshot renders one screen without a display and writes a PNG:\n"
        "  --size WxH          window size in pixels (default 1280x720)\n"
        "  --script FILE       play-script actions to take first (as blikk play)\n"
        "  --screen NAME       menu, intro, scene, feedback, ending, result,\n"
        "                      settings, error or dialog\n"
        "  --keys \"KEY ...\"    keys to press before the shot, e.g. \"Tab Tab Return\"\n"
        "  --seed N            seed for math.random in the case (default 1)\n"
        "  --high-contrast     the high-contrast palette\n"
        "  --text-size PCT     text size in per cent (80-200, default 100)\n"
        "Without a scenario the menu is shown; with one, its intro, or after\n"
        "--script the screen the actions lead to.\n"));
    printf("%s", _(
        "\nClassroom mode: blikk --klasserom [SCENARIO.lua] shows a case to a group\n"
        "(audience view on a second display, or P to switch views). With\n"
        "--screenshot, --screen also takes setup, audience, title, notice, concern,\n"
        "options, reveal, presenter, class-feedback, class-ending, class-debrief,\n"
        "class-votes, class-concern, class-missed, class-points or class-replay.\n"));
    printf("%s", _(
        "\nAuthor mode: blikk --author SCENARIO.lua plays a case while you write it.\n"
        "Saving the file loads it again and comes back to the same scene and state;\n"
        "F2 opens the author panel (scene, state, fixtures, jump, map). With\n"
        "--screenshot, --screen also takes author, author-state, author-scenes,\n"
        "author-map or author-edit.\n"));
}

int ui_main(int argc, char **argv) {
    ShotOptions o = {.w = 1280, .h = 720, .seed = 1, .text_size = 100};
    bool shot_only = false;
    /* Help anywhere wins, so that `blikk --screenshot --help` is not read
       as a file to write. */
    for (int i = 1; i < argc; i++)
        if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            usage();
            return 0;
        }
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        bool needs = false;
        for (size_t k = 0; value_options[k]; k++) needs |= strcmp(a, value_options[k]) == 0;
        if (needs && i + 1 >= argc) {
            fprintf(stderr, _("blikk: %s needs a value (see blikk --help)\n"), a);
            return 2;
        }
        if (strcmp(a, "--screenshot") == 0) {
            o.out = argv[++i];
        } else if (strcmp(a, "--size") == 0) {
            if (!parse_size(argv[++i], &o.w, &o.h)) {
                fprintf(stderr, _("blikk: --size takes WIDTHxHEIGHT, e.g. 1280x720, not '%s'\n"), argv[i]);
                return 2;
            }
            shot_only = true;
        } else if (strcmp(a, "--script") == 0) {
            o.script = argv[++i];
            shot_only = true;
        } else if (strcmp(a, "--screen") == 0) {
            o.screen = argv[++i];
            shot_only = true;
        } else if (strcmp(a, "--keys") == 0) {
            o.keys = argv[++i];
            shot_only = true;
        } else if (strcmp(a, "--seed") == 0 || strcmp(a, "--text-size") == 0) {
            char *end;
            errno = 0;
            long v = strtol(argv[++i], &end, 10);
            if (errno || *end || v < 0) {
                fprintf(stderr, _("blikk: %s takes a whole number, not '%s'\n"), a, argv[i]);
                return 2;
            }
            if (a[2] == 's') o.seed = v;
            else o.text_size = (int)v;
            shot_only = true;
        } else if (strcmp(a, "--high-contrast") == 0) {
            o.high_contrast = true;
            shot_only = true;
        } else if (strcmp(a, "--klasserom") == 0) {
            klasserom = true;
        } else if (strcmp(a, "--author") == 0) {
            if (o.scenario) {
                fprintf(stderr, _("blikk: one scenario at a time ('%s' is extra)\n"), argv[i + 1]);
                return 2;
            }
            o.scenario = argv[++i];
            o.author = author_mode = true;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, _("blikk: unknown option '%s' (see blikk --help)\n"), a);
            return 2;
        } else if (!o.scenario) {
            o.scenario = a;
        } else {
            fprintf(stderr, _("blikk: one scenario at a time ('%s' is extra)\n"), a);
            return 2;
        }
    }
    if (o.out && klasserom && !o.screen) o.screen = "setup";
    if (o.out) return ui_screenshot(&o);
    if (shot_only) {
        fprintf(stderr, "%s\n", _("blikk: --size, --script, --screen, --keys, --seed, "
                                  "--text-size and --high-contrast go with --screenshot"));
        return 2;
    }
    return run_window(o.scenario);
}
