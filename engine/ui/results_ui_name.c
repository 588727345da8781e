/*
** results_ui_name.c — the trainee's optional name on the settings page,
** saved with each playthrough started afterwards. It is edited in place
** with SDL's text input. Enter, Tab, a click or leaving the page keeps it
** and only Escape cancels, so that a name is never left half typed; what
** is typed or pasted never holds control characters nor ends in half a
** UTF-8 character.
*/
#include "results_ui_priv.h"

#include <stdio.h>
#include <string.h>

#include "../core/i18n.h"

static SDL_Color none(void) { return (SDL_Color){0, 0, 0, 0}; }

/* {====================================================== the name field */

void results_ui_stop_editing(Ui *ui, bool keep) {
    ResultsUi *r = ui->res;
    if (!r || !r->editing) return;
    r->editing = false;
    SDL_StopTextInput();
    if (keep) {
        /* Spaces at either end are not part of a name. */
        char *s = r->edit;
        while (*s == ' ') s++;
        size_t n = strlen(s);
        while (n && s[n - 1] == ' ') s[--n] = '\0';
        snprintf(ui->settings.participant, sizeof ui->settings.participant, "%s", s);
        ui_settings_changed(ui, false);
    }
    ui->relayout = true;
}

static void append(ResultsUi *r, const char *text) {
    size_t n = strlen(r->edit);
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        if (*p < 0x20 || *p == 0x7F) continue; /* no control characters */
        if (n + 1 >= sizeof r->edit) break;
        r->edit[n++] = (char)*p;
    }
    /* Never end in half a character. */
    while (n && ((unsigned char)r->edit[n - 1] & 0x80)) {
        size_t start = n - 1;
        while (start && ((unsigned char)r->edit[start] & 0xC0) == 0x80) start--;
        unsigned char lead = (unsigned char)r->edit[start];
        size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (n - start >= need) break;
        n = start;
    }
    r->edit[n] = '\0';
}

bool results_ui_event(Ui *ui, const SDL_Event *ev) {
    ResultsUi *r = ui->res;
    if (!r || !r->editing) return false;
    if (ui->screen != SCR_SETTINGS) {
        results_ui_stop_editing(ui, true);
        return false;
    }
    switch (ev->type) {
    case SDL_TEXTINPUT:
        append(r, ev->text.text);
        ui->relayout = true;
        return true;
    case SDL_KEYDOWN: {
        SDL_Keycode k = ev->key.keysym.sym;
        Uint16 mod = ev->key.keysym.mod;
        if (k == SDLK_RETURN || k == SDLK_KP_ENTER) {
            results_ui_stop_editing(ui, true);
        } else if (k == SDLK_ESCAPE) {
            results_ui_stop_editing(ui, false);
        } else if (k == SDLK_BACKSPACE) {
            size_t n = strlen(r->edit);
            while (n && ((unsigned char)r->edit[n - 1] & 0xC0) == 0x80) n--;
            if (n) n--;
            r->edit[n] = '\0';
            ui->relayout = true;
        } else if ((k == SDLK_v && (mod & KMOD_CTRL)) || (k == SDLK_INSERT && (mod & KMOD_SHIFT))) {
            char *clip = SDL_GetClipboardText();
            if (clip) append(r, clip);
            SDL_free(clip);
            ui->relayout = true;
        } else if (k == SDLK_TAB || k == SDLK_F11) {
            if (k == SDLK_TAB) results_ui_stop_editing(ui, true);
            return false; /* and move on as usual */
        }
        return true;
    }
    case SDL_MOUSEBUTTONDOWN:
        results_ui_stop_editing(ui, true);
        return false;
    default: return false;
    }
}

int results_ui_settings(Ui *ui, Layout *L, int x, int y, int w) {
    ResultsUi *r = ui->res;
    int y0 = y;
    SDL_Rect box = {x, y, w, 1 << 20};
    y += frame_heading(ui, L, x, y, w, TS_H2, _("Your name in the results"));
    TextStyle hs = ui_text(ui, TS_SMALL, FS_REGULAR, C_MUTED);
    y += layout_text(L, ui->fonts, LAYER_SCROLL, &hs, x, y, w,
                     _("Optional: a name or a pseudonym that goes with your saved results. They "
                       "are kept only on this machine; nothing leaves it unless you export it."),
                     box);
    y += ui_px(ui, 10);
    bool editing = r && r->editing;
    const char *name = editing ? r->edit : ui->settings.participant;
    int fw = ui_px(ui, 460) < w ? ui_px(ui, 460) : w;
    TextStyle ts = ui_text(ui, TS_BODY, FS_REGULAR, name[0] ? C_TEXT : C_MUTED);
    int pad = ui_px(ui, 12), py = ui_px(ui, 10);
    SDL_Rect f = {x, y, fw, ts.line_h + 2 * py};
    int radius = ui_px(ui, ui->theme.radius);
    layout_rect(L, LAYER_SCROLL, f, ui_color(ui, C_SURFACE), radius,
                ui_color(ui, editing ? C_ACCENT : C_CONTROL), ui_px(ui, editing ? 2 : 1));
    int room = fw - 2 * pad - ui_px(ui, 4);
    const char *shown = name;
    if (editing) {
        /* The end of the text stays in view while typing. */
        while (*shown && font_measure(ui->fonts, ts.style, ts.px, shown, strlen(shown)) > room) {
            shown++;
            while ((*shown & 0xC0) == 0x80) shown++;
        }
        int tw = font_measure(ui->fonts, ts.style, ts.px, shown, strlen(shown));
        int ch = ts.line_h * 3 / 4;
        layout_rect(L, LAYER_SCROLL,
                    (SDL_Rect){x + pad + tw + ui_px(ui, 1), y + py + (ts.line_h - ch) / 2,
                               ui_px(ui, 2) > 1 ? ui_px(ui, 2) : 1, ch},
                    ui_color(ui, C_TEXT), 0, none(), 0);
    } else if (!name[0]) {
        shown = _("No name: your results are saved without one");
    }
    if (*shown) layout_line(L, ui->fonts, LAYER_SCROLL, &ts, x + pad, y + py, room, shown, f);
    layout_widget(L, LAYER_SCROLL, f, radius, ACT_NAME, 0, true, _("Your name in the results"));
    y += f.h + ui_px(ui, 6);
    y += layout_text(L, ui->fonts, LAYER_SCROLL, &hs, x, y, w,
                     editing ? _("Type, then press Enter to keep it or Escape to cancel.")
                             : _("Press Enter or click to change it. Playthroughs you start "
                                 "afterwards are saved with the new name."),
                     box);
    return y - y0;
}

/* }====================================================== */
