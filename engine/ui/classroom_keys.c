/*
** classroom_keys.c — classroom mode's input. A presentation clicker sends
** PageDown/PageUp, Right/Left or Space, B or '.', F5 and Escape; the
** leader types the hands as digits; the setup page takes the group's name
** as text. The audience window's events and the timer's ticks come
** through here too, and the control that has the focus when a page is
** built is chosen here, so that the keys act on the step on screen.
*/
#include "classroom_priv.h"

#include <string.h>

/* {====================================================== keys */

/* The offered option whose widget has the focus in this window, or -1. */
static int focused_option(const Ui *ui) {
    if (ui->focus < 0 || (size_t)ui->focus >= ui->L.nwidgets) return -1;
    const Widget *w = &ui->L.widgets[ui->focus];
    if (w->action != ACT_CLASS) return -1;
    int cmd = w->arg / CL_ARG;
    return cmd == CL_OPTION || cmd == CL_VOTE_UP || cmd == CL_VOTE_DOWN ? w->arg % CL_ARG : -1;
}

static bool counting(const Classroom *c) {
    return c->phase == CP_OPTIONS || c->phase == CP_REVEAL;
}

static bool focus_first(Ui *ui, int cmd) {
    for (size_t i = 0; i < ui->L.nwidgets; i++)
        if (ui->L.widgets[i].action == ACT_CLASS && ui->L.widgets[i].arg / CL_ARG == cmd) {
            ui_focus(ui, (int)i);
            return true;
        }
    return false;
}

/* The option the keys count for: the focused one, else the first. */
static int count_target(Ui *ui) {
    int k = focused_option(ui);
    if (k >= 0) return k;
    if (ui->relayout) ui_render(ui);
    focus_first(ui, CL_OPTION);
    k = focused_option(ui);
    return k >= 0 ? k : 0;
}

static void digit(Ui *ui, int d, Uint32 at) {
    Classroom *c = ui->cls;
    Ui *m = c->main;
    if (!m->play || c->ask || c->black) return;
    const PlayView *v = play_view(m->play);
    if (v->finished) {
        if (c->phase == CP_DEBRIEF && c->page == DB_REPLAY && d >= 1) classroom_replay(m, d - 1);
        return;
    }
    switch (c->phase) {
    case CP_NOTICE:
        if (d >= 1 && (size_t)d <= v->scene->nobserve) {
            int obs = v->scene->observe[d - 1];
            Mark now = play_mark_of(m->play, obs);
            Mark to = now == MARK_NONE ? MARK_RISK : now == MARK_RISK ? MARK_PROTECTIVE : MARK_NONE;
            if (classroom_saved(m, play_mark(m->play, obs, to, &m->dl)) != BLK_OK)
                diag_clear(&m->dl);
            classroom_changed(c);
        }
        break;
    case CP_CONCERN:
        if (d >= 1 && d <= scenario_concern_levels(m->sc))
            classroom_activate(m, CL_CONCERN * CL_ARG + d);
        break;
    case CP_OPTIONS:
    case CP_REVEAL: {
        classroom_sync_visit(c);
        int k = count_target(ui);
        int n = d;
        /* Digits typed in a row make one number: 1 then 2 is twelve. */
        if (k == c->typed_k && at - c->typed_at < 1500 && c->votes[k] < 1000)
            n = c->votes[k] * 10 + d;
        classroom_set_votes(m, (size_t)k, n);
        c->typed_k = k;
        c->typed_at = at;
        break;
    }
    default: break;
    }
}

static bool setup_key(Ui *ui, const SDL_KeyboardEvent *k) {
    Classroom *c = ui->cls;
    SDL_Keycode sym = k->keysym.sym;
    if (c->editing) {
        switch (sym) {
        case SDLK_BACKSPACE: {
            size_t n = strlen(c->label);
            while (n && ((unsigned char)c->label[n - 1] & 0xC0) == 0x80) n--;
            if (n) n--;
            c->label[n] = '\0';
            classroom_changed(c);
            return true;
        }
        case SDLK_RETURN:
        case SDLK_KP_ENTER:
        case SDLK_ESCAPE:
            classroom_activate(ui, CL_LABEL * CL_ARG);
            return true;
        case SDLK_TAB:
            c->editing = false;
            SDL_StopTextInput();
            classroom_changed(c);
            return false;
        case SDLK_F5: classroom_start_session(c->main); return true;
        default: return true; /* letters arrive as text */
        }
    }
    int d = sym >= SDLK_1 && sym <= SDLK_9 ? (int)(sym - SDLK_1) + 1 : 0;
    if (d) {
        /* The nth case that can be opened. */
        for (size_t i = 0, seen = 0; i < ui->cat.count; i++)
            if (ui->cat.items[i].ok && ++seen == (size_t)d) {
                classroom_activate(ui, CL_PICK_CASE * CL_ARG + (int)i);
                if (ui->relayout) ui_render(ui); /* the widgets of the page as it is now */
                int w = ui_find_widget(ui, ACT_CLASS, CL_PICK_CASE * CL_ARG + (int)i);
                if (w >= 0) ui_focus(ui, w);
            }
        return true;
    }
    switch (sym) {
    case SDLK_F5: classroom_start_session(c->main); return true;
    case SDLK_ESCAPE: ui_open_menu(c->main); return true;
    default: return false;
    }
}

static bool key(Ui *ui, const SDL_KeyboardEvent *k) {
    Classroom *c = ui->cls;
    SDL_Keycode sym = k->keysym.sym;
    Uint16 mod = k->keysym.mod;
    if (mod & (KMOD_CTRL | KMOD_GUI | KMOD_ALT)) return false;
    if (c->ask) {
        if (sym == SDLK_ESCAPE) {
            classroom_activate(ui, CL_STAY * CL_ARG);
            return true;
        }
        /* Tab, arrows and Enter move and press the question's buttons. */
        return !(sym == SDLK_TAB || sym == SDLK_RETURN || sym == SDLK_KP_ENTER ||
                 sym == SDLK_LEFT || sym == SDLK_RIGHT || sym == SDLK_UP || sym == SDLK_DOWN);
    }
    if (c->phase == CP_SETUP) return setup_key(ui, k);
    /* A key held down moves one step, not many. */
    bool act = sym != SDLK_UP && sym != SDLK_DOWN && sym != SDLK_TAB && sym != SDLK_RETURN &&
               sym != SDLK_KP_ENTER && sym != SDLK_HOME && sym != SDLK_END;
    if (k->repeat && act) return true;
    int d = sym >= SDLK_0 && sym <= SDLK_9       ? (int)(sym - SDLK_0)
            : sym >= SDLK_KP_1 && sym <= SDLK_KP_9 ? (int)(sym - SDLK_KP_1) + 1
            : sym == SDLK_KP_0                   ? 0
                                                 : -1;
    if (d >= 0) {
        digit(ui, d, k->timestamp);
        return true;
    }
    switch (sym) {
    case SDLK_PAGEDOWN:
    case SDLK_RIGHT:
    case SDLK_SPACE: classroom_next(ui); return true;
    case SDLK_PAGEUP:
    case SDLK_LEFT: classroom_back(ui); return true;
    case SDLK_b:
    case SDLK_PERIOD:
    case SDLK_KP_PERIOD: classroom_activate(ui, CL_BLACK * CL_ARG); return true;
    case SDLK_F5: classroom_activate(ui, CL_ASK_RESTART * CL_ARG); return true;
    case SDLK_ESCAPE:
    case SDLK_AC_BACK:
        if (c->black) classroom_activate(ui, CL_BLACK * CL_ARG);
        else classroom_activate(ui, CL_ASK_LEAVE * CL_ARG);
        return true;
    case SDLK_p: classroom_activate(ui, CL_VIEW * CL_ARG); return true;
    case SDLK_t: classroom_activate(ui, CL_TIMER * CL_ARG); return true;
    case SDLK_PLUS:
    case SDLK_EQUALS:
    case SDLK_KP_PLUS:
    case SDLK_MINUS:
    case SDLK_KP_MINUS:
        if (counting(c) && c->main->play && !c->black) {
            int kk = count_target(ui);
            bool up = sym == SDLK_PLUS || sym == SDLK_EQUALS || sym == SDLK_KP_PLUS;
            classroom_activate(ui, (up ? CL_VOTE_UP : CL_VOTE_DOWN) * CL_ARG + kk);
            c->typed_k = -1;
        }
        return true;
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
        return c->black; /* Enter presses the focused control */
    default: return c->black && sym != SDLK_F11;
    }
}

static Uint32 window_of(const SDL_Event *ev) {
    switch (ev->type) {
    case SDL_WINDOWEVENT: return ev->window.windowID;
    case SDL_KEYDOWN:
    case SDL_KEYUP: return ev->key.windowID;
    case SDL_TEXTINPUT: return ev->text.windowID;
    case SDL_MOUSEMOTION: return ev->motion.windowID;
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP: return ev->button.windowID;
    case SDL_MOUSEWHEEL: return ev->wheel.windowID;
    default: return 0;
    }
}

bool classroom_event(Ui *ui, const SDL_Event *ev) {
    Classroom *c = ui->cls;
    if (!c) return false;
    if (classroom_tick_type && ev->type == classroom_tick_type) {
        if (c->running) classroom_changed(c);
        return true;
    }
    /* The audience window's own events go to its Ui. */
    if (c->second && ui == c->main) {
        Uint32 id = window_of(ev);
        if (id && c->second->win && id == SDL_GetWindowID(c->second->win)) {
            if (ev->type == SDL_WINDOWEVENT && ev->window.event == SDL_WINDOWEVENT_CLOSE) {
                classroom_free_second(c, true);
                c->show_presenter = true;
                classroom_show(c);
                return true;
            }
            c->second->sc = ui->sc;
            c->second->play = ui->play;
            ui_event(c->second, ev);
            return true;
        }
        if (ev->type == SDL_WINDOWEVENT && ev->window.event == SDL_WINDOWEVENT_CLOSE) {
            SDL_Event q;
            SDL_zero(q);
            q.type = SDL_QUIT;
            SDL_PushEvent(&q);
            return true;
        }
    }
    if (ev->type == SDL_DISPLAYEVENT && ev->display.event == SDL_DISPLAYEVENT_CONNECTED &&
        ui == c->main && c->phase != CP_SETUP) {
        classroom_open_second(ui); /* a projector plugged in during the session */
        return false;
    }
    if (ui == c->second && c->ask) {
        /* The question is on the leader's screen only: keys go there, and
           the projector takes no clicks until it is answered. */
        if (ev->type == SDL_KEYDOWN && c->main->win) {
            SDL_Event copy = *ev;
            copy.key.windowID = SDL_GetWindowID(c->main->win);
            ui_event(c->main, &copy);
            return true;
        }
        if (ev->type == SDL_MOUSEBUTTONDOWN || ev->type == SDL_MOUSEBUTTONUP) return true;
    }
    if (ui->screen != SCR_CLASSROOM) return false;
    /* F5 still held when the window went full screen comes back as a new
       press when the focus returns (X11 replays the keys that are down):
       one press of F5 is one, until it is let go. */
    if ((ev->type == SDL_KEYDOWN || ev->type == SDL_KEYUP) && ev->key.keysym.sym == SDLK_F5) {
        if (ev->type == SDL_KEYUP) {
            c->f5_down = false;
            return true;
        }
        if (c->f5_down) return true;
        c->f5_down = !ui->headless;
    }
    if (ev->type == SDL_TEXTINPUT) {
        if (c->editing && c->phase == CP_SETUP) {
            size_t n = strlen(c->label), add = strlen(ev->text.text);
            if (n + add < 60 && n + add < sizeof c->label) {
                memcpy(c->label + n, ev->text.text, add + 1);
                classroom_changed(c);
            }
        }
        return true;
    }
    if (ev->type == SDL_KEYDOWN) return key(ui, &ev->key);
    return false;
}

/* }====================================================== */

/* {====================================================== the first focus */

static int find_cmd(const Ui *ui, int cmd, int param) {
    for (size_t i = 0; i < ui->L.nwidgets; i++) {
        const Widget *w = &ui->L.widgets[i];
        if (w->action == ACT_CLASS && w->arg / CL_ARG == cmd &&
            (param < 0 || w->arg % CL_ARG == param))
            return (int)i;
    }
    return -1;
}

int classroom_first_focus(const Ui *ui) {
    const Classroom *c = ui->cls;
    if (!c) return -1;
    if (c->ask) return find_cmd(ui, CL_STAY, -1);
    if (c->phase == CP_SETUP) {
        if (c->pick >= 0 || c->path[0]) return find_cmd(ui, CL_START, -1);
        return find_cmd(ui, CL_PICK_CASE, -1);
    }
    if (c->black) return -1;
    const Play *p = c->main->play;
    switch (c->phase) {
    case CP_NOTICE: return find_cmd(ui, CL_MARK, -1);
    case CP_CONCERN: {
        int lv = p ? play_view(p)->concern : 0;
        int w = find_cmd(ui, CL_CONCERN, lv > 0 ? lv : -1);
        return w;
    }
    case CP_OPTIONS:
    case CP_REVEAL: {
        int k = p ? classroom_group_choice(c, p) : -1;
        int w = find_cmd(ui, CL_OPTION, k >= 0 ? k : -1);
        return w >= 0 ? w : find_cmd(ui, CL_OPTION, -1);
    }
    case CP_DEBRIEF:
        if (c->page == DB_REPLAY && classroom_is_audience(ui)) return find_cmd(ui, CL_REPLAY, -1);
        return -1;
    default: return -1;
    }
}

/* }====================================================== */
