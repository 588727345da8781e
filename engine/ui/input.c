/*
** input.c — keys, mouse and touch for the window: where the focus goes
** (Tab order, arrows to the nearest control, Tab that starts from what is
** in view), scrolling (wheel, keys, dragging the page, which is also how a
** finger scrolls: SDL turns touches into mouse events), hit-testing, and
** the keys that act (numbers pick a choice, Enter and Space activate,
** Escape goes back, F11, Ctrl +/-/0). Actions go to ui_activate() in app.c.
*/
#include <math.h>
#include <stdlib.h>

#include "app.h"
#include "results_ui.h"
#include "classroom.h"
#include "author.h"

/* {====================================================== focus and scroll */

int ui_find_widget(const Ui *ui, int action, int arg) {
    for (size_t i = 0; i < ui->L.nwidgets; i++)
        if (ui->L.widgets[i].action == action && (arg < 0 || ui->L.widgets[i].arg == arg))
            return (int)i;
    return -1;
}

int ui_max_scroll(const Ui *ui) {
    int m = ui->L.content_h - ui->L.view.h;
    return m > 0 ? m : 0;
}

static void set_scroll(Ui *ui, int s) {
    if (s > ui_max_scroll(ui)) s = ui_max_scroll(ui);
    if (s < 0) s = 0;
    if (s != ui->scroll) {
        ui->scroll = s;
        ui->redraw = true;
    }
}

/* Window-coordinate box of a widget. */
static SDL_Rect on_screen(const Ui *ui, const Widget *w) {
    SDL_Rect r = w->r;
    if (w->layer == LAYER_SCROLL) r.y += ui->L.view.y - ui->scroll;
    return r;
}

static bool visible(const Ui *ui, const Widget *w) {
    if (w->layer != LAYER_SCROLL) return true;
    SDL_Rect r = on_screen(ui, w);
    return r.y + r.h > ui->L.view.y && r.y < ui->L.view.y + ui->L.view.h;
}

static bool wholly_visible(const Ui *ui, const Widget *w) {
    if (w->layer != LAYER_SCROLL) return true;
    SDL_Rect r = on_screen(ui, w);
    return r.y >= ui->L.view.y && r.y + r.h <= ui->L.view.y + ui->L.view.h;
}

static void ensure_visible(Ui *ui, int idx) {
    if (idx < 0 || (size_t)idx >= ui->L.nwidgets) return;
    const Widget *w = &ui->L.widgets[idx];
    if (w->layer != LAYER_SCROLL) return;
    int m = ui_px(ui, 24), vh = ui->L.view.h;
    if (w->r.y - m < ui->scroll || w->r.h + 2 * m > vh) set_scroll(ui, w->r.y - m);
    else if (w->r.y + w->r.h + m > ui->scroll + vh) set_scroll(ui, w->r.y + w->r.h + m - vh);
}

static bool usable(const Ui *ui, size_t i) {
    return !ui->L.modal || ui->L.widgets[i].layer == LAYER_MODAL;
}

void ui_focus(Ui *ui, int idx) {
    if (idx != ui->focus) ui->redraw = true;
    ui->focus = idx;
    ensure_visible(ui, idx);
}

/* Tab order is the order the screen laid the widgets out: header, page,
   footer. With nothing focused, or the focus scrolled out of sight, Tab
   starts from what the trainee is looking at. */
static void focus_step(Ui *ui, int dir) {
    size_t n = ui->L.nwidgets;
    if (n == 0) return;
    int cur = ui->focus;
    if (cur < 0 || (size_t)cur >= n || !visible(ui, &ui->L.widgets[cur])) {
        /* On the page: wholly in view first, then partly, then the next
           one past the view in the direction of travel; the header and
           footer only when the page has nothing. */
        int pick = -1;
        int top = ui->scroll, bottom = ui->scroll + ui->L.view.h;
        for (int pass = 0; pass < 4 && pick < 0; pass++) {
            for (size_t k = 0; k < n && pick < 0; k++) {
                size_t i = dir > 0 ? k : n - 1 - k;
                const Widget *w = &ui->L.widgets[i];
                if (!usable(ui, i)) continue;
                if (pass < 3 && w->layer == LAYER_FIXED && !ui->L.modal) continue;
                if (pass == 0 && !wholly_visible(ui, w)) continue;
                if (pass == 1 && !visible(ui, w)) continue;
                if (pass == 2 && w->layer == LAYER_SCROLL &&
                    (dir > 0 ? w->r.y < top : w->r.y + w->r.h > bottom))
                    continue;
                pick = (int)i;
            }
        }
        ui_focus(ui, pick);
        return;
    }
    for (size_t k = 1; k <= n; k++) {
        size_t i = dir > 0 ? ((size_t)cur + k) % n : ((size_t)cur + n - k % n) % n;
        if (usable(ui, i)) {
            ui_focus(ui, (int)i);
            return;
        }
    }
}

/* Arrow keys move to the nearest widget in that direction; along a row
   (Left/Right) with nothing there they step through the tab order, and
   Up/Down with nothing there scroll. */
static void focus_arrow(Ui *ui, int dx, int dy) {
    size_t n = ui->L.nwidgets;
    int cur = ui->focus;
    if (cur < 0 || (size_t)cur >= n || !visible(ui, &ui->L.widgets[cur])) {
        focus_step(ui, dx + dy > 0 ? 1 : -1);
        return;
    }
    SDL_Rect c = on_screen(ui, &ui->L.widgets[cur]);
    int ccx = c.x + c.w / 2, ccy = c.y + c.h / 2;
    long best = -1;
    int pick = -1;
    for (size_t i = 0; i < n; i++) {
        if ((int)i == cur || !usable(ui, i)) continue;
        const Widget *w = &ui->L.widgets[i];
        if (w->layer == LAYER_FIXED && ui->L.widgets[cur].layer != LAYER_FIXED) continue;
        SDL_Rect r = on_screen(ui, w);
        int cx = r.x + r.w / 2, cy = r.y + r.h / 2;
        long along, across;
        if (dy) {
            if (dy > 0 ? r.y < c.y + c.h - 1 : r.y + r.h > c.y + 1) continue;
            along = labs((long)cy - ccy);
            across = labs((long)cx - ccx);
        } else {
            bool same_row = r.y < c.y + c.h && r.y + r.h > c.y;
            if (!same_row || (dx > 0 ? cx <= ccx : cx >= ccx)) continue;
            along = labs((long)cx - ccx);
            across = labs((long)cy - ccy);
        }
        long score = along + 3 * across;
        if (best < 0 || score < best) {
            best = score;
            pick = (int)i;
        }
    }
    if (pick >= 0) ui_focus(ui, pick);
    else if (dx) focus_step(ui, dx);
    else set_scroll(ui, ui->scroll + dy * ui_px(ui, 60));
}

static int hit(const Ui *ui, int x, int y) {
    const Layout *L = &ui->L;
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = L->nwidgets; i-- > 0;) {
            const Widget *w = &L->widgets[i];
            if (!usable(ui, i)) continue;
            if ((pass == 0) != (w->layer != LAYER_SCROLL)) continue;
            if (w->layer == LAYER_SCROLL &&
                (y < L->view.y || y >= L->view.y + L->view.h))
                continue;
            SDL_Rect r = on_screen(ui, w);
            SDL_Point p = {x, y};
            if (SDL_PointInRect(&p, &r)) return (int)i;
        }
    }
    return -1;
}

/* }====================================================== */

/* {====================================================== keys */

/* Escape goes one step back; inside a case it asks first. */
static void escape(Ui *ui) {
    if (ui->dialog) {
        ui_activate(ui, ACT_DIALOG_STAY, 0);
        return;
    }
    if (ui->res && ui->res->confirm) {
        results_ui_escape(ui);
        return;
    }
    switch (ui->screen) {
    case SCR_MENU: break;
    case SCR_SETTINGS:
    case SCR_INTRO:
    case SCR_ERROR: ui_activate(ui, ACT_BACK, 0); break;
    case SCR_RESULT:
    case SCR_HISTORY: results_ui_escape(ui); break;
    case SCR_CLASSROOM: break; /* classroom.c asks first */
    case SCR_SCENE:
    case SCR_FEEDBACK:
    case SCR_ENDING: ui_activate(ui, ACT_ASK_LEAVE, 0); break;
    case SCR_COUNT: break;
    }
}

static void activate_focus(Ui *ui) {
    if (ui->focus < 0 || (size_t)ui->focus >= ui->L.nwidgets) return;
    const Widget *w = &ui->L.widgets[ui->focus];
    if (w->enabled || w->action == ACT_CHOOSE || w->action == ACT_CONTINUE)
        ui_activate(ui, w->action, w->arg);
}

static void text_size(Ui *ui, int dir) {
    int s = settings_step_text_size(ui->settings.text_size, dir);
    if (s != ui->settings.text_size || dir == 0) {
        ui->settings.text_size = s;
        ui_settings_changed(ui, false);
    }
}

static void key(Ui *ui, const SDL_KeyboardEvent *k) {
    SDL_Keycode sym = k->keysym.sym;
    Uint16 mod = k->keysym.mod;
    bool ctrl = (mod & (KMOD_CTRL | KMOD_GUI)) != 0;
    if (ctrl) {
        if (sym == SDLK_PLUS || sym == SDLK_EQUALS || sym == SDLK_KP_PLUS) text_size(ui, 1);
        else if (sym == SDLK_MINUS || sym == SDLK_KP_MINUS) text_size(ui, -1);
        else if (sym == SDLK_0 || sym == SDLK_KP_0) text_size(ui, 0);
        return;
    }
    int digit = sym >= SDLK_1 && sym <= SDLK_9       ? (int)(sym - SDLK_1) + 1
                : sym >= SDLK_KP_1 && sym <= SDLK_KP_9 ? (int)(sym - SDLK_KP_1) + 1
                                                       : 0;
    if (digit && !ui->dialog && !ui->L.modal && !(mod & KMOD_ALT)) {
        if (ui->screen == SCR_SCENE && ui->play) ui_activate(ui, ACT_CHOOSE, digit - 1);
        else if (ui->screen == SCR_MENU) ui_activate(ui, ACT_OPEN_CASE, digit - 1);
        return;
    }
    switch (sym) {
    case SDLK_ESCAPE: escape(ui); break;
    case SDLK_AC_BACK: escape(ui); break;
    case SDLK_F11:
        if (ui->win) {
            ui->fullscreen = !ui->fullscreen;
            SDL_SetWindowFullscreen(ui->win, ui->fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
        }
        break;
    case SDLK_TAB: focus_step(ui, (mod & KMOD_SHIFT) ? -1 : 1); break;
    case SDLK_UP: focus_arrow(ui, 0, -1); break;
    case SDLK_DOWN: focus_arrow(ui, 0, 1); break;
    case SDLK_LEFT: focus_arrow(ui, -1, 0); break;
    case SDLK_RIGHT: focus_arrow(ui, 1, 0); break;
    case SDLK_PAGEUP: set_scroll(ui, ui->scroll - ui->L.view.h * 9 / 10); break;
    case SDLK_PAGEDOWN: set_scroll(ui, ui->scroll + ui->L.view.h * 9 / 10); break;
    case SDLK_HOME: set_scroll(ui, 0); break;
    case SDLK_END: set_scroll(ui, ui_max_scroll(ui)); break;
    case SDLK_RETURN:
    case SDLK_KP_ENTER: activate_focus(ui); break;
    case SDLK_SPACE:
        if (ui->focus >= 0) activate_focus(ui);
        else set_scroll(ui, ui->scroll + ((mod & KMOD_SHIFT) ? -1 : 1) * ui->L.view.h * 9 / 10);
        break;
    default: break;
    }
}

/* }====================================================== */

/* {====================================================== events */

static void pointer(const Ui *ui, int wx, int wy, int *x, int *y) {
    *x = (int)lroundf((float)wx * ui->dpi);
    *y = (int)lroundf((float)wy * ui->dpi);
}

bool ui_event(Ui *ui, const SDL_Event *ev) {
    if (ui->cls && classroom_event(ui, ev)) return true; /* clicker keys, timer, projector */
    int x, y;
    if (results_ui_event(ui, ev)) return true; /* typing a name in settings */
    if (ui->author && author_event(ui, ev)) return true; /* reload, F2, the overlay */
    switch (ev->type) {
    case SDL_QUIT: return false;
    case SDL_WINDOWEVENT:
        if (ev->window.event == SDL_WINDOWEVENT_SIZE_CHANGED && ui->win && ui->ren) {
            int w, h, ww, wh;
            SDL_GetRendererOutputSize(ui->ren, &w, &h);
            SDL_GetWindowSize(ui->win, &ww, &wh);
            ui_set_output(ui, ui->ren, w, h, ww > 0 ? (float)w / (float)ww : 1);
        } else if (ev->window.event == SDL_WINDOWEVENT_EXPOSED) {
            ui->redraw = true;
        } else if (ev->window.event == SDL_WINDOWEVENT_LEAVE && ui->hover >= 0) {
            ui->hover = -1;
            ui->redraw = true;
        }
        break;
    case SDL_KEYDOWN: key(ui, &ev->key); break;
    case SDL_MOUSEBUTTONDOWN:
        if (ev->button.button != SDL_BUTTON_LEFT) break;
        pointer(ui, ev->button.x, ev->button.y, &x, &y);
        ui->down = true;
        ui->dragging = false;
        ui->down_x = x;
        ui->down_y = y;
        ui->down_scroll = ui->scroll;
        ui->pressed = hit(ui, x, y);
        ui->redraw = true;
        break;
    case SDL_MOUSEMOTION:
        pointer(ui, ev->motion.x, ev->motion.y, &x, &y);
        if (ui->down) {
            /* Past a few pixels a press becomes a drag of the page (touch). */
            if (!ui->dragging && abs(y - ui->down_y) > ui_px(ui, 8) && !ui->L.modal) {
                ui->dragging = true;
                ui->pressed = -1;
                ui->redraw = true;
            }
            if (ui->dragging) set_scroll(ui, ui->down_scroll - (y - ui->down_y));
        } else if (ev->motion.which != SDL_TOUCH_MOUSEID) {
            int h = hit(ui, x, y);
            if (h != ui->hover) {
                ui->hover = h;
                ui->redraw = true;
            }
        }
        break;
    case SDL_MOUSEBUTTONUP:
        if (ev->button.button != SDL_BUTTON_LEFT) break;
        pointer(ui, ev->button.x, ev->button.y, &x, &y);
        if (ui->down && !ui->dragging && ui->pressed >= 0 && hit(ui, x, y) == ui->pressed) {
            const Widget w = ui->L.widgets[ui->pressed];
            ui->focus = ui->pressed;
            ui->pressed = -1;
            if (w.enabled || w.action == ACT_CHOOSE || w.action == ACT_CONTINUE)
                ui_activate(ui, w.action, w.arg);
        }
        ui->down = ui->dragging = false;
        ui->pressed = -1;
        ui->redraw = true;
        break;
    case SDL_MOUSEWHEEL: {
        int dy = ev->wheel.y;
        if (ev->wheel.direction == SDL_MOUSEWHEEL_FLIPPED) dy = -dy;
        set_scroll(ui, ui->scroll - dy * ui_px(ui, 48));
        break;
    }
    default: break;
    }
    return true;
}

/* }====================================================== */

