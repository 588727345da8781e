/*
** classroom_parts.c — what the audience view and the presenter view have
** in common, so that the projector and the leader's screen name and draw
** it the same way: the names of the steps, decimals in the interface's
** language, where a choice leads, the facilitator notes apart from their
** questions, the − count + stepper for the hands (each view gives its own
** sizes), and the question asked before leaving or starting again.
*/
#include "classroom_priv.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "../core/i18n.h"

/* {====================================================== words */

void classroom_decimal(char *buf, size_t size, double v) {
    if (fabs(v - round(v)) < 0.05) snprintf(buf, size, "%.0f", v);
    else snprintf(buf, size, "%.1f", v);
    if (strcmp(i18n_language(), "en") != 0)
        for (char *p = buf; *p; p++)
            if (*p == '.') *p = ',';
}

const char *classroom_phase_name(ClassPhase ph) {
    switch (ph) {
    case CP_SETUP: return _("Setup");
    case CP_TITLE: return _("The case");
    case CP_STORY: return _("The situation");
    case CP_NOTICE: return _("What do we notice?");
    case CP_CONCERN: return _("How concerned are we?");
    case CP_OPTIONS: return _("What do we do?");
    case CP_REVEAL: return _("The votes");
    case CP_FEEDBACK: return _("The group's choice");
    case CP_ENDING: return _("How it went");
    case CP_DEBRIEF: return _("Debrief");
    case CP_COUNT: break;
    }
    return "";
}

const char *classroom_target_title(const Scenario *sc, const Jump *j, bool *several) {
    *several = false;
    NodeRef r = {false, -1};
    if (j->id) {
        r = j->target;
    } else if (j->ntargets) {
        r = j->targets[0];
        for (size_t i = 1; i < j->ntargets; i++)
            if (j->targets[i].is_ending != r.is_ending || j->targets[i].index != r.index)
                *several = true;
        if (*several) return "";
    }
    if (r.index < 0) return "";
    if (r.is_ending) {
        const Ending *e = &sc->endings[r.index];
        return e->title && *e->title ? e->title : e->id;
    }
    const Scene *s = &sc->scenes[r.index];
    return s->title && *s->title ? s->title : s->id;
}

/* Splits the facilitator text into notes and questions: a sentence that
   ends in '?' is a question (a lead-in such as "Spørsmål:" is dropped);
   the rest stays as notes, its whitespace folded. */
void classroom_split_notes(const char *f, char *notes, size_t nsize, char *qs, size_t qsize) {
    size_t nn = 0, nq = 0;
    notes[0] = qs[0] = '\0';
    if (!f) return;
    char sent[2000];
    size_t sl = 0;
    bool para = false; /* a blank line came before this sentence */
    for (const char *p = f;; p++) {
        char ch = *p;
        bool end = ch == '\0';
        if (!end) {
            if (ch == '\n') {
                /* a blank line ends a paragraph */
                const char *q = p + 1;
                while (*q == ' ' || *q == '\t') q++;
                if (*q == '\n') para = true;
                ch = ' ';
            }
            if (isspace((unsigned char)ch)) {
                if (sl && sent[sl - 1] != ' ' && sl + 1 < sizeof sent) sent[sl++] = ' ';
            } else if (sl + 1 < sizeof sent) {
                sent[sl++] = ch;
            }
        }
        bool stop = end || ((ch == '.' || ch == '?' || ch == '!') &&
                            (p[1] == ' ' || p[1] == '\n' || p[1] == '\0' || p[1] == '\t'));
        if (!stop) continue;
        while (sl && sent[sl - 1] == ' ') sl--;
        sent[sl] = '\0';
        if (sl) {
            const char *s = sent;
            if (sent[sl - 1] == '?') {
                /* "Spørsmål: Hva …?" — drop a short lead-in before a colon */
                const char *colon = strchr(s, ':');
                if (colon && colon - s < 40 && colon[1] == ' ') s = colon + 2;
                if (nq < qsize) nq += (size_t)snprintf(qs + nq, qsize - nq, "%s%s", nq ? "\n" : "", s);
            } else {
                /* a lead-in left alone, e.g. "Spørsmål:", is no note */
                size_t len = strlen(s);
                bool lead = len < 40 && s[len - 1] == ':';
                if (!lead && nn < nsize)
                    nn += (size_t)snprintf(notes + nn, nsize - nn, "%s%s",
                                           nn ? (para ? "\n\n" : " ") : "", s);
            }
            para = false;
        }
        sl = 0;
        if (end) break;
    }
    if (nn >= nsize) notes[nsize - 1] = '\0';
    if (nq >= qsize) qs[qsize - 1] = '\0';
}

/* }====================================================== */

/* {====================================================== the stepper for the hands */

/* A square button with one sign (− or +) centred in it. */
static void square_button(Ui *ui, Layout *L, int x, int y, int b, const char *sign, int arg) {
    SDL_Rect r = {x, y, b, b};
    int radius = ui_px(ui, ui->theme.radius);
    layout_rect(L, LAYER_SCROLL, r, ui_color(ui, C_SURFACE), radius, ui_color(ui, C_CONTROL),
                ui_px(ui, 1));
    TextStyle ts = ui_text(ui, TS_H3, FS_BOLD, C_ACCENT);
    ts.align = ALIGN_CENTER;
    ts.line_h = b;
    layout_line(L, ui->fonts, LAYER_SCROLL, &ts, x, y, b, sign, r);
    layout_widget(L, LAYER_SCROLL, r, radius, ACT_CLASS, arg, true, sign);
}

int classroom_stepper_width(Ui *ui, const ClassStepper *s) {
    TextStyle ts = ui_text(ui, s->count, FS_BOLD, C_TEXT);
    return 2 * s->button + font_measure(ui->fonts, ts.style, ts.px, s->widest, strlen(s->widest)) +
           2 * ui_px(ui, s->gap);
}

void classroom_stepper(Ui *ui, Layout *L, int x, int y, const ClassStepper *s, size_t k,
                       int count) {
    int b = s->button;
    TextStyle ts = ui_text(ui, s->count, FS_BOLD, C_TEXT);
    int cw = font_measure(ui->fonts, ts.style, ts.px, s->widest, strlen(s->widest));
    square_button(ui, L, x, y, b, "−", CL_VOTE_DOWN * CL_ARG + (int)k);
    char n[16];
    snprintf(n, sizeof n, "%d", count);
    ts.align = ALIGN_CENTER;
    ts.line_h = b;
    int cx = x + b + ui_px(ui, s->gap);
    layout_line(L, ui->fonts, LAYER_SCROLL, &ts, cx, y, cw, n, (SDL_Rect){cx, y, cw, b});
    square_button(ui, L, cx + cw + ui_px(ui, s->gap), y, b, "+", CL_VOTE_UP * CL_ARG + (int)k);
}

/* }====================================================== */

/* {====================================================== the question */

static int dialog_at(Ui *ui, Layout *L);

/* The question, in the view's scale, smaller when that does not fit. */
void classroom_dialog(Ui *ui, Layout *L) {
    float saved = ui->scale;
    for (int i = 0; i < 8 && dialog_at(ui, NULL) > ui->out_h - 2 * ui_px(ui, 20) && ui->scale > 0.5f;
         i++)
        ui->scale *= 0.85f;
    dialog_at(ui, L);
    ui->scale = saved;
}

/* Lays out the question (L == NULL: only measures); returns its height. */
static int dialog_at(Ui *ui, Layout *L) {
    Classroom *c = ui->cls;
    bool restart = c->ask == ASK_RESTART;
    const char *title = restart ? _("Start the case again?") : _("End the classroom session?");
    const char *msg = restart
        ? (c->saving ? _("The group starts again from the first scene. What it has done so far "
                         "stays saved as a playthrough of its own.")
                     : _("The group starts again from the first scene."))
        : (c->saving ? _("The group's path is saved; you find it with the earlier results.")
                     : _("This session is not saved."));
    const char *stay = _("Keep going"), *go = restart ? _("Start again") : _("End session");
    int go_cmd = restart ? CL_RESTART : CL_LEAVE;
    return frame_question(ui, L, 560, title, msg, (Answer){stay, ACT_CLASS, CL_STAY * CL_ARG},
                          (Answer){go, ACT_CLASS, go_cmd * CL_ARG}, false);
}

/* }====================================================== */
