/*
** classroom_second.c — the audience window on a second display (the
** projector): opened full screen on the display the leader's window is
** not on, when there is one at the start or one is plugged in later. It
** has a Ui of its own, for its own renderer, scale and focus, and borrows
** the main Ui's case and play, so that both windows show the one session.
*/
#include "classroom_priv.h"

#include <stdio.h>

#include "../core/i18n.h"

/* {====================================================== the second window */

void classroom_free_second(Classroom *c, bool destroy) {
    Ui *a = c->second;
    if (!a) return;
    c->second = NULL;
    a->sc = NULL; /* borrowed from the main Ui */
    a->play = NULL;
    a->cls = NULL;
    if (!destroy) return;
    SDL_Renderer *ren = a->ren;
    SDL_Window *win = a->win;
    ui_free(a);
    if (ren) SDL_DestroyRenderer(ren);
    if (win) SDL_DestroyWindow(win);
}

void classroom_attach_audience(Ui *ui, Ui *aud) {
    Classroom *c = ui->cls;
    if (!c) return;
    classroom_free_second(c, c->second && c->second->win && !c->second->headless);
    if (aud) {
        aud->cls = c;
        aud->sc = ui->sc;
        aud->play = ui->play;
        c->second = aud;
        c->show_presenter = true;
    } else {
        c->show_presenter = false;
    }
    classroom_show(c);
}

/* A window on the display the main window is not on, full screen, for the
   projector. */
void classroom_open_second(Ui *ui) {
    Classroom *c = ui->cls;
    if (ui->headless || !ui->win || c->second || SDL_GetNumVideoDisplays() < 2) return;
    int here = SDL_GetWindowDisplayIndex(ui->win);
    int there = here == 0 ? 1 : 0;
    SDL_Rect b;
    if (SDL_GetDisplayBounds(there, &b) != 0) return;
    SDL_Window *w = SDL_CreateWindow(_("Blikk – audience"), b.x, b.y, b.w, b.h,
                                     SDL_WINDOW_FULLSCREEN_DESKTOP | SDL_WINDOW_ALLOW_HIGHDPI);
    SDL_Renderer *r = w ? SDL_CreateRenderer(w, -1, SDL_RENDERER_SOFTWARE) : NULL;
    char err[300];
    Ui *a = r ? ui_new(ui->data_dir, false, err, sizeof err) : NULL;
    if (!a) {
        fprintf(stderr, "blikk: %s\n", SDL_GetError());
        if (r) SDL_DestroyRenderer(r);
        if (w) SDL_DestroyWindow(w);
        return;
    }
    a->win = w;
    a->settings = ui->settings;
    ui_settings_changed(a, false);
    int ow, oh, ww, wh;
    SDL_GetRendererOutputSize(r, &ow, &oh);
    SDL_GetWindowSize(w, &ww, &wh);
    ui_set_output(a, r, ow, oh, ww > 0 ? (float)ow / (float)ww : 1);
    classroom_attach_audience(ui, a);
    SDL_RaiseWindow(ui->win); /* the keys stay with the leader's window */
}

void classroom_render_other(Ui *ui) {
    Classroom *c = ui->cls;
    if (!c || ui != c->main || !c->second) return;
    c->second->sc = ui->sc;
    c->second->play = ui->play;
    ui_render(c->second);
}

/* }====================================================== */
