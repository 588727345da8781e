/*
** screen_settings.c — the settings page (text size, contrast, feedback
** mode for new cases, language, font), the error page (a scenario that does
** not load, or a callback that failed during play, with FILE:LINE lines),
** and the dialog that asks before a case is left.
*/
#include <stdio.h>
#include <string.h>

#include "../core/i18n.h"
#include "app.h"
#include "results_ui.h"

static int section(Ui *ui, Layout *L, int x, int y, int w, const char *title, const char *help) {
    int y0 = y;
    y += frame_heading(ui, L, x, y, w, TS_H2, title);
    if (help) {
        TextStyle hs = ui_text(ui, TS_SMALL, FS_REGULAR, C_MUTED);
        y += layout_text(L, ui->fonts, LAYER_SCROLL, &hs, x, y, w, help, (SDL_Rect){x, y, w, 1 << 20});
        y += ui_px(ui, 10);
    }
    return y - y0;
}

void screen_settings(Ui *ui, Layout *L) {
    frame_header(ui, L);
    int x, w;
    frame_column(ui, 0, &x, &w);
    int y = ui_px(ui, 32), gap = ui_px(ui, 32);
    y += frame_heading(ui, L, x, y, w, TS_H1, _("Settings"));
    TextStyle muted = ui_text(ui, TS_BODY, FS_REGULAR, C_MUTED);
    y += layout_text(L, ui->fonts, LAYER_SCROLL, &muted, x, y, w,
                     _("Changes take effect at once and are kept for next time."),
                     (SDL_Rect){x, y, w, 1 << 20});
    y += gap;

    char sizes[8][16];
    const char *labels[8];
    int args[8];
    size_t n = settings_ntext_sizes < 8 ? settings_ntext_sizes : 8;
    for (size_t i = 0; i < n; i++) {
        snprintf(sizes[i], sizeof sizes[i], "%d %%", settings_text_sizes[i]);
        labels[i] = sizes[i];
        args[i] = settings_text_sizes[i];
    }
    y += section(ui, L, x, y, w, _("Text size"),
                 _("Ctrl-plus and Ctrl-minus change it on any page; Ctrl-0 goes back to 100 %."));
    y += frame_chips(ui, L, x, y, w, labels, n, ui->settings.text_size, ACT_TEXT_SIZE, args);
    y += gap;

    const char *contrast[2] = {_("Standard"), _("High contrast")};
    int two[2] = {0, 1};
    y += section(ui, L, x, y, w, _("Contrast"),
                 _("High contrast shows light text on black with strong outlines."));
    y += frame_chips(ui, L, x, y, w, contrast, 2, ui->settings.high_contrast, ACT_CONTRAST, two);
    y += gap;

    const char *modes[2] = {_("After each choice"), _("Only at the end (test me)")};
    y += section(ui, L, x, y, w, _("Feedback in new cases"),
                 _("You can also choose this on a case's first page."));
    y += frame_chips(ui, L, x, y, w, modes, 2, (int)ui->settings.feedback, ACT_DEFAULT_MODE, two);
    y += gap;

    const char *langs[8];
    int largs[8], cur = -1;
    for (size_t i = 0; i < ui_nlanguages && i < 8; i++) {
        langs[i] = ui_languages[i].name;
        largs[i] = (int)i;
        if (strcmp(i18n_language(), ui_languages[i].code) == 0) cur = (int)i;
    }
    y += section(ui, L, x, y, w, _("Language"),
                 _("The language of Blikk itself. Each case keeps its own language."));
    y += frame_chips(ui, L, x, y, w, langs, ui_nlanguages, cur, ACT_LANGUAGE, largs);
    y += gap;

    const char *fams[8];
    int fargs[8], fcur = -1;
    size_t nf = font_known_families(fams, 8);
    for (size_t i = 0; i < nf; i++) {
        fargs[i] = (int)i;
        if (strcmp(fams[i], font_family(ui->fonts)) == 0) fcur = (int)i;
    }
    char using[PATH_MAX + 200];
    snprintf(using, sizeof using, _("In use: %s (%s). Another font can be named in the settings file."),
             font_family(ui->fonts), font_file(ui->fonts, FS_REGULAR));
    y += section(ui, L, x, y, w, _("Font"), using);
    y += frame_chips(ui, L, x, y, w, fams, nf, fcur, ACT_FONT, fargs);
    y += gap;

    y += results_ui_settings(ui, L, x, y, w) + gap; /* the name in the results */

    if (ui->settings_file[0]) {
        TextStyle hs = ui_text(ui, TS_SMALL, FS_REGULAR, C_MUTED);
        char where[PATH_MAX + 100];
        snprintf(where, sizeof where, _("Settings file: %s"), ui->settings_file);
        y += layout_text(L, ui->fonts, LAYER_SCROLL, &hs, x, y, w, where, (SDL_Rect){x, y, w, 1 << 20});
    }
    L->content_h = y + ui_px(ui, 32);
    frame_footer(ui, L, NULL, 0, _("Back"), ACT_BACK, true, _("Escape goes back"));
}

void screen_error(Ui *ui, Layout *L) {
    frame_header(ui, L);
    int x, w;
    frame_column(ui, 0, &x, &w);
    SDL_Rect box = {x, 0, w, 1 << 20};
    int y = ui_px(ui, 32);
    y += frame_heading(ui, L, x, y, w, TS_H1, ui->error_title);
    if (ui->error_text && *ui->error_text) {
        TextStyle body = ui_text(ui, TS_BODY, FS_REGULAR, C_TEXT);
        y += layout_text(L, ui->fonts, LAYER_SCROLL, &body, x, y, w, ui->error_text, box);
        y += ui_px(ui, 16);
    }
    if (ui->error_lines && *ui->error_lines)
        y += frame_notice(ui, L, x, y, w, C_ERROR, ui->error_lines);
    L->content_h = y + ui_px(ui, 32);
    frame_footer(ui, L, NULL, 0, _("Back to the menu"), ACT_BACK, true, NULL);
}

void screen_dialog(Ui *ui, Layout *L) {
    const char *text = results_ui_saving(ui)
        ? _("What you have done so far is saved. You can continue where you left off from the "
            "menu.")
        : _("What you have done in this case so far is not kept. You can start it "
            "again from the menu.");
    frame_question(ui, L, 540, _("Leave the case?"), text,
                   (Answer){_("Keep playing"), ACT_DIALOG_STAY, 0},
                   (Answer){_("Leave the case"), ACT_DIALOG_LEAVE, 0}, false);
}
