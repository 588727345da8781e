/*
** screen_audience_debrief.c — the group's debrief in the audience view, a
** page at a time after the ending: the path on the case map, the votes at
** each decision, the group's concern against the expert's, what the group
** did not mark, the learning points, and the decisions to replay. The
** pages are built in the audience view's scale, which screen_audience.c
** sets, and with its parts, so that they look like the steps before them.
*/
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "../core/casemap.h"
#include "../core/i18n.h"
#include "casemap_draw.h"
#include "classroom_priv.h"

static SDL_Color none(void) { return (SDL_Color){0, 0, 0, 0}; }

/* {====================================================== the case map */

static ColorRole outcome_color(Outcome o) {
    return o == OUTCOME_GOOD ? C_PROTECTIVE : o == OUTCOME_POOR ? C_RISK : C_NOTICE;
}

/* The case map with the group's path (casemap_draw.c, shared with the
   self-study debrief and author mode), smaller when a large case would not
   fit r.h (the numbered list beside it names the scenes in large type);
   returns its height. */
int classroom_map(Ui *ui, Layout *L, SDL_Rect r, const Play *p) {
    const Scenario *sc = play_scenario(p);
    CaseMap m;
    if (casemap_build(sc, &m) != BLK_OK) return 0;
    size_t np;
    const NodeRef *path = play_path(p, &np);
    float saved = ui->scale;
    int gaps = m.layers > 1 ? m.layers - 1 : 0;
    for (int i = 0; i < 8 && r.h > 0; i++) {
        /* Given a height, the map closes its gaps between layers first
           (to 14 units from 30); then it takes a smaller scale. */
        int h = casemap_draw_height(ui, sc, &m, r.w) - gaps * (ui_px(ui, 30) - ui_px(ui, 14));
        if (h <= r.h || ui->scale <= saved * 0.4f) break;
        float f = (float)r.h / (float)h * 0.97f;
        ui->scale *= f < 0.5f ? 0.5f : f;
        if (ui->scale < saved * 0.4f) ui->scale = saved * 0.4f;
    }
    int h = casemap_draw(ui, L, LAYER_SCROLL, r, sc, &m, path, np, ACT_NONE, NULL);
    ui->scale = saved;
    casemap_free(&m);
    return h;
}

/* }====================================================== */

/* {====================================================== the debrief */

static const char *scene_name(const Scene *s) { return s->title && *s->title ? s->title : s->id; }

static int path_page(Ui *ui, Layout *L, int x, int y, int w, const Play *g) {
    const Scenario *sc = play_scenario(g);
    const PlayView *v = play_view(g);
    int y0 = y;
    int ax, aw;
    frame_column(ui, 4000, &ax, &aw);
    /* A wide window: the map on the left, the path as a list on the right. */
    bool side = ui->out_w * 10 >= ui->out_h * 14;
    y += frame_heading(ui, L, side ? ax : x, y, side ? aw : w, TS_H1, _("The group's path"));
    size_t np;
    const NodeRef *path = play_path(g, &np);
    TextStyle body = ui_text(ui, TS_BODY, FS_REGULAR, C_TEXT);
    int gap = ui_px(ui, 32);
    int mw = side ? (aw - gap) * 11 / 20 : w;
    int lx = side ? ax + mw + gap : x, lw = side ? aw - mw - gap : w;
    int mx = side ? ax : x;
    int room = L->view.h - y - ui_px(ui, 24); /* the map in one screen, if it can be */
    int mh = classroom_map(ui, L, (SDL_Rect){mx, y, mw, room > ui->out_h / 4 ? room : ui->out_h / 4}, g);
    int ly = side ? y : y + mh + ui_px(ui, 24);
    /* The path as a numbered list: scenes in the order met (first time). */
    int n = 0;
    for (size_t i = 0; i < np; i++) {
        bool again = false;
        for (size_t j = 0; j < i; j++)
            again |= path[j].is_ending == path[i].is_ending && path[j].index == path[i].index;
        if (again) continue;
        const char *t = path[i].is_ending
                            ? (sc->endings[path[i].index].title ? sc->endings[path[i].index].title
                                                                : sc->endings[path[i].index].id)
                            : scene_name(&sc->scenes[path[i].index]);
        int badge = ui_px(ui, 30);
        char s[16];
        snprintf(s, sizeof s, "%d", ++n);
        SDL_Rect b = {lx, ly + (body.line_h - badge) / 2 > ly ? ly + (body.line_h - badge) / 2 : ly,
                      badge, badge};
        ColorRole fill = path[i].is_ending ? outcome_color(sc->endings[path[i].index].outcome)
                                           : C_ACCENT;
        layout_rect(L, LAYER_SCROLL, b, ui_color(ui, fill), path[i].is_ending ? ui_px(ui, 3) : badge / 2,
                    none(), 0);
        TextStyle ns = ui_text(ui, TS_SMALL, FS_BOLD,
                               path[i].is_ending && sc->endings[path[i].index].outcome == OUTCOME_GOOD
                                   ? C_ON_PROTECTIVE
                                   : path[i].is_ending ? C_ON_RISK : C_ON_ACCENT);
        ns.align = ALIGN_CENTER;
        ns.line_h = badge;
        layout_line(L, ui->fonts, LAYER_SCROLL, &ns, b.x, b.y, badge, s, b);
        int tx = lx + badge + ui_px(ui, 12);
        ly += layout_text(L, ui->fonts, LAYER_SCROLL, &body, tx, ly, lx + lw - tx, t,
                          (SDL_Rect){tx, ly, lx + lw - tx, 1 << 20}) + ui_px(ui, 8);
    }
    if (v->ending) {
        ly += ui_px(ui, 8);
        const char *label = v->ending->outcome == OUTCOME_GOOD ? _("Good outcome")
                            : v->ending->outcome == OUTCOME_POOR ? _("Poor outcome")
                                                                 : _("Mixed outcome");
        ColorRole fg = outcome_color(v->ending->outcome);
        ColorRole bg = v->ending->outcome == OUTCOME_GOOD ? C_PROTECTIVE_SOFT
                       : v->ending->outcome == OUTCOME_POOR ? C_RISK_SOFT : C_NOTICE_SOFT;
        ly += frame_badge(ui, L, lx, ly, lw, label, fg, bg);
    }
    int end = side ? (y + mh > ly ? y + mh : ly) : ly;
    return end - y0;
}

static int votes_page(Ui *ui, Layout *L, int x, int y, int w, const Play *g) {
    const Scenario *sc = play_scenario(g);
    int y0 = y;
    y += frame_heading(ui, L, x, y, w, TS_H1, _("The votes at each decision"));
    size_t nd;
    const Decision *ds = play_decisions(g, &nd);
    TextStyle body = ui_text(ui, TS_BODY, FS_REGULAR, C_TEXT);
    TextStyle cs = ui_text(ui, TS_BODY, FS_BOLD, C_TEXT);
    for (size_t i = 0; i < nd; i++) {
        const Decision *d = &ds[i];
        const Scene *s = &sc->scenes[d->scene];
        char head[400];
        snprintf(head, sizeof head, "%zu. %s", i + 1, scene_name(s));
        y += ui_px(ui, 12);
        y += frame_heading(ui, L, x, y, w, TS_H2, head);
        int most = 0;
        for (size_t k = 0; k < d->noffered; k++) {
            int n = d->votes ? d->votes[k] : 0;
            if (n > most) most = n;
        }
        if (!d->votes) {
            y += audience_help(ui, L, x, y, w, _("No hands were counted here.")) + ui_px(ui, 6);
        }
        for (size_t k = 0; k < d->noffered; k++) {
            const Choice *ch = &s->choices[d->offered[k]];
            bool chosen = d->offered[k] == d->choice;
            bool best = ch->points >= d->best;
            int n = d->votes ? d->votes[k] : 0;
            TextStyle ts = body;
            ts.style = chosen ? FS_BOLD : FS_REGULAR;
            char lab[40];
            snprintf(lab, sizeof lab, "%zu", k + 1);
            int nwid = ui_px(ui, 34);
            layout_line(L, ui->fonts, LAYER_SCROLL, &cs, x, y, nwid, lab, (SDL_Rect){x, y, nwid, cs.line_h});
            int tx = x + nwid;
            y += layout_text(L, ui->fonts, LAYER_SCROLL, &ts, tx, y, w - nwid, ch->text,
                             (SDL_Rect){tx, y, w - nwid, 1 << 20});
            if (chosen || best) {
                int bx = tx;
                y += ui_px(ui, 4);
                int ph = 0;
                if (chosen) {
                    ph = frame_badge(ui, L, bx, y, w - nwid, _("The group's choice"), C_ACCENT,
                                     C_ACCENT_SOFT);
                    TextStyle ss = ui_text(ui, TS_SMALL, FS_BOLD, C_TEXT);
                    bx += font_measure(ui->fonts, ss.style, ss.px, _("The group's choice"),
                                       strlen(_("The group's choice"))) + ui_px(ui, 30);
                }
                if (best) {
                    TextStyle ss = ui_text(ui, TS_SMALL, FS_BOLD, C_TEXT);
                    int need = font_measure(ui->fonts, ss.style, ss.px, _("Best option"),
                                            strlen(_("Best option"))) + ui_px(ui, 20);
                    if (bx > tx && bx + need > x + w) {
                        y += ph + ui_px(ui, 6);
                        bx = tx;
                    }
                    ph = frame_badge(ui, L, bx, y, x + w - bx, _("Best option"), C_PROTECTIVE,
                                     C_PROTECTIVE_SOFT);
                }
                y += ph;
            }
            if (d->votes) {
                char cnt[64];
                snprintf(cnt, sizeof cnt, ngettext("%d hand", "%d hands", (unsigned long)n), n);
                int nw = font_measure(ui->fonts, cs.style, cs.px, "9999 hender", 11);
                int bh = ui_px(ui, 16), bw = w - nwid - nw - ui_px(ui, 14);
                y += ui_px(ui, 6);
                int by = y + (cs.line_h - bh) / 2;
                SDL_Rect track = {tx, by, bw, bh};
                layout_rect(L, LAYER_SCROLL, track, ui_color(ui, C_BORDER), bh / 2, none(), 0);
                if (n > 0 && most > 0) {
                    int fw = (int)lround((double)bw * n / most);
                    if (fw < bh) fw = bh;
                    layout_rect(L, LAYER_SCROLL, (SDL_Rect){tx, by, fw, bh},
                                ui_color(ui, chosen ? C_ACCENT : C_CONTROL), bh / 2, none(), 0);
                }
                if (ui->settings.high_contrast)
                    layout_rect(L, LAYER_SCROLL, track, none(), bh / 2, ui_color(ui, C_TEXT), ui_px(ui, 1));
                layout_line(L, ui->fonts, LAYER_SCROLL, &cs, tx + bw + ui_px(ui, 14), y, nw, cnt,
                            (SDL_Rect){x, y, w, cs.line_h});
                y += cs.line_h;
            }
            y += ui_px(ui, 14);
        }
    }
    return y - y0;
}

static int concern_page(Ui *ui, Layout *L, int x, int y, int w, const Play *g, const Score *s) {
    const Scenario *sc = play_scenario(g);
    int y0 = y;
    y += frame_heading(ui, L, x, y, w, TS_H1, _("The group's concern and the expert's"));
    int levels = scenario_concern_levels(sc);
    TextStyle small = ui_text(ui, TS_SMALL, FS_REGULAR, C_TEXT);
    TextStyle sb = ui_text(ui, TS_SMALL, FS_BOLD, C_TEXT);
    /* The legend: a filled dot for the group, a ring for the expert. */
    int dot = ui_px(ui, 22), gap = ui_px(ui, 10), lx = x;
    layout_rect(L, LAYER_SCROLL, (SDL_Rect){lx, y + (small.line_h - dot) / 2, dot, dot},
                ui_color(ui, C_ACCENT), dot / 2, none(), 0);
    lx += dot + gap;
    const char *gl = _("The group"), *el = _("The expert");
    lx += layout_line(L, ui->fonts, LAYER_SCROLL, &small, lx, y, w / 2, gl, (SDL_Rect){x, y, w, small.line_h});
    lx += ui_px(ui, 28);
    if (lx + dot + gap < x + w) {
        layout_rect(L, LAYER_SCROLL, (SDL_Rect){lx, y + (small.line_h - dot) / 2, dot, dot}, none(),
                    dot / 2, ui_color(ui, C_PROTECTIVE), ui_px(ui, 4));
        lx += dot + gap;
        layout_line(L, ui->fonts, LAYER_SCROLL, &small, lx, y, x + w - lx, el,
                    (SDL_Rect){x, y, w, small.line_h});
    }
    y += small.line_h + ui_px(ui, 16);
    for (size_t i = 0; i < s->nanswers; i++) {
        const ConcernAnswer *a = &s->answers[i];
        y += layout_text(L, ui->fonts, LAYER_SCROLL, &sb, x, y, w, scene_name(&sc->scenes[a->scene]),
                         (SDL_Rect){x, y, w, 1 << 20});
        y += ui_px(ui, 6);
        /* One cell per level, numbered; the dots in their cells. */
        int cell = levels > 0 ? w / levels : w, ch = dot + ui_px(ui, 14);
        for (int l = 1; l <= levels; l++) {
            int cx = x + (l - 1) * cell;
            SDL_Rect r = {cx + 1, y, cell - 2, ch};
            layout_rect(L, LAYER_SCROLL, r, ui_color(ui, C_SURFACE), ui_px(ui, 4), ui_color(ui, C_BORDER),
                        ui_px(ui, 1));
            int mid = cx + cell / 2;
            if (a->given == l && a->expert == l) {
                layout_rect(L, LAYER_SCROLL, (SDL_Rect){mid - dot / 2, y + (ch - dot) / 2, dot, dot},
                            ui_color(ui, C_ACCENT), dot / 2, none(), 0);
                layout_rect(L, LAYER_SCROLL,
                            (SDL_Rect){mid - dot / 2 - ui_px(ui, 5), y + (ch - dot) / 2 - ui_px(ui, 5),
                                       dot + ui_px(ui, 10), dot + ui_px(ui, 10)},
                            none(), dot, ui_color(ui, C_PROTECTIVE), ui_px(ui, 4));
            } else if (a->given == l) {
                layout_rect(L, LAYER_SCROLL, (SDL_Rect){mid - dot / 2, y + (ch - dot) / 2, dot, dot},
                            ui_color(ui, C_ACCENT), dot / 2, none(), 0);
            } else if (a->expert == l) {
                layout_rect(L, LAYER_SCROLL, (SDL_Rect){mid - dot / 2, y + (ch - dot) / 2, dot, dot},
                            none(), dot / 2, ui_color(ui, C_PROTECTIVE), ui_px(ui, 4));
            }
        }
        y += ch + ui_px(ui, 4);
        for (int l = 1; l <= levels; l++) {
            int cx = x + (l - 1) * cell;
            TextStyle ns = small;
            ns.align = ALIGN_CENTER;
            ns.color = ui_color(ui, C_MUTED);
            char n[16];
            snprintf(n, sizeof n, "%d", l);
            layout_line(L, ui->fonts, LAYER_SCROLL, &ns, cx, y, cell, n, (SDL_Rect){cx, y, cell, ns.line_h});
        }
        y += small.line_h + ui_px(ui, 18);
    }
    if (s->nanswers) {
        char a[32], line[300];
        classroom_decimal(a, sizeof a, s->concern_mae);
        snprintf(line, sizeof line,
                 _("On average the group was %s levels from the expert."), a);
        TextStyle body = ui_text(ui, TS_BODY, FS_REGULAR, C_TEXT);
        y += layout_text(L, ui->fonts, LAYER_SCROLL, &body, x, y, w, line, (SDL_Rect){x, y, w, 1 << 20});
    }
    return y - y0;
}

static int missed_page(Ui *ui, Layout *L, int x, int y, int w, const Play *g, const Score *s) {
    const Scenario *sc = play_scenario(g);
    int y0 = y;
    y += frame_heading(ui, L, x, y, w, TS_H1, _("What the group did not mark"));
    char line[400];
    snprintf(line, sizeof line,
             _("The group found %d of %d signs of concern and %d of %d resources; %d marks were "
               "false alarms."),
             s->hits, s->hits + s->misses, s->protective_hits,
             s->protective_hits + s->protective_misses, s->false_alarms);
    TextStyle body = ui_text(ui, TS_BODY, FS_REGULAR, C_TEXT);
    y += layout_text(L, ui->fonts, LAYER_SCROLL, &body, x, y, w, line, (SDL_Rect){x, y, w, 1 << 20});
    y += ui_px(ui, 20);
    int n = 0;
    for (size_t i = 0; i < sc->nobservations; i++) {
        const Observation *o = &sc->observations[i];
        if (!play_shown(g, (int)i) || o->kind == OBS_NEUTRAL) continue;
        Mark m = play_mark_of(g, (int)i);
        bool missed = o->kind == OBS_RISK ? m != MARK_RISK : m != MARK_PROTECTIVE;
        if (!missed) continue;
        n++;
        bool risk = o->kind == OBS_RISK;
        int pad = ui_px(ui, 14), bar = ui_px(ui, 6);
        SDL_Rect box = {x, y, w, 1 << 20};
        size_t bg = layout_rect(L, LAYER_SCROLL, box, ui_color(ui, C_SURFACE), ui_px(ui, 4),
                                ui_color(ui, C_BORDER), ui_px(ui, 1));
        size_t st = layout_rect(L, LAYER_SCROLL, (SDL_Rect){x, y, bar, 0},
                                ui_color(ui, risk ? C_RISK : C_PROTECTIVE), 0, none(), 0);
        int tx = x + bar + pad, tw = w - bar - 2 * pad, ty = y + pad;
        ty += frame_badge(ui, L, tx, ty, tw, risk ? _("Sign of concern") : _("Resource"),
                          risk ? C_RISK : C_PROTECTIVE, risk ? C_RISK_SOFT : C_PROTECTIVE_SOFT);
        ty += ui_px(ui, 6);
        TextStyle tb = ui_text(ui, TS_BODY, FS_BOLD, C_TEXT);
        ty += layout_text(L, ui->fonts, LAYER_SCROLL, &tb, tx, ty, tw, o->text, box);
        TextStyle ex = ui_text(ui, TS_SMALL, FS_REGULAR, C_TEXT);
        ty += layout_text(L, ui->fonts, LAYER_SCROLL, &ex, tx, ty, tw, o->explain, box);
        int h = ty + pad - y;
        if (!L->failed) {
            L->items[bg].r.h = L->items[bg].box.h = h;
            L->items[st].r.h = L->items[st].box.h = h;
            for (size_t k = st + 1; k < L->nitems; k++)
                if (L->items[k].box.h > h) L->items[k].box.h = h;
        }
        y += h + ui_px(ui, 12);
    }
    if (!n)
        y += layout_text(L, ui->fonts, LAYER_SCROLL, &body, x, y, w,
                         _("The group marked every sign of concern and every resource."),
                         (SDL_Rect){x, y, w, 1 << 20});
    return y - y0;
}

static int points_page(Ui *ui, Layout *L, int x, int y, int w, const Scenario *sc) {
    int y0 = y;
    y += frame_heading(ui, L, x, y, w, TS_H1, _("Key learning points"));
    for (size_t i = 0; i < sc->debrief.count; i++)
        y += frame_bullet(ui, L, x, y, w, sc->debrief.items[i]) + ui_px(ui, 10);
    if (sc->references.count) {
        y += ui_px(ui, 20);
        y += frame_heading(ui, L, x, y, w, TS_H2, _("Sources"));
        TextStyle small = ui_text(ui, TS_SMALL, FS_REGULAR, C_TEXT);
        for (size_t i = 0; i < sc->references.count; i++)
            y += layout_text(L, ui->fonts, LAYER_SCROLL, &small, x, y, w, sc->references.items[i],
                             (SDL_Rect){x, y, w, 1 << 20}) + ui_px(ui, 8);
    }
    return y - y0;
}

static int replay_page(Ui *ui, Layout *L, int x, int y, int w, const Play *g) {
    const Scenario *sc = play_scenario(g);
    int y0 = y;
    y += frame_heading(ui, L, x, y, w, TS_H1, _("What if we had chosen differently?"));
    y += audience_help(ui, L, x, y, w,
              _("Go back to a decision and take another road: press its number, or move to it "
                "and press Enter. The group's own path is kept."));
    y += ui_px(ui, 16);
    size_t nd;
    const Decision *ds = play_decisions(g, &nd);
    for (size_t i = 0; i < nd; i++) {
        const Scene *s = &sc->scenes[ds[i].scene];
        const Choice *ch = &s->choices[ds[i].choice];
        int pad = ui_px(ui, 14), badge = ui_px(ui, 36), radius = ui_px(ui, ui->theme.radius);
        SDL_Rect r = {x, y, w, 1 << 20};
        size_t bg = layout_rect(L, LAYER_SCROLL, r, ui_color(ui, C_SURFACE), radius,
                                ui_color(ui, C_CONTROL), ui_px(ui, 1));
        int tx = x + pad + badge + ui_px(ui, 14), tw = x + w - pad - tx;
        TextStyle tb = ui_text(ui, TS_BODY, FS_BOLD, C_TEXT);
        TextStyle ts = ui_text(ui, TS_SMALL, FS_REGULAR, C_TEXT);
        int ty = y + pad;
        ty += layout_text(L, ui->fonts, LAYER_SCROLL, &tb, tx, ty, tw, scene_name(s), r);
        char line[1200];
        snprintf(line, sizeof line, _("The group chose: %s"), ch->text);
        ty += layout_text(L, ui->fonts, LAYER_SCROLL, &ts, tx, ty, tw, line, r);
        int h = ty + pad - y;
        if (h < badge + 2 * pad) h = badge + 2 * pad;
        audience_number(ui, L, x + pad, y + pad, badge, (int)i + 1, false);
        r.h = h;
        if (!L->failed) {
            L->items[bg].r = L->items[bg].box = r;
            for (size_t k = bg + 1; k < L->nitems; k++)
                if (L->items[k].kind == DI_TEXT) L->items[k].box = r;
        }
        layout_widget(L, LAYER_SCROLL, r, radius, ACT_CLASS, CL_REPLAY * CL_ARG + (int)i, true,
                      scene_name(s));
        y += h + ui_px(ui, 12);
    }
    return y - y0;
}

/* The figures on the pages are the core's (score_compute), so the room
   sees what a participant's own debrief would say. */
int audience_debrief(Ui *ui, Layout *L, int x, int y, int w, const Play *g, DebriefPage page) {
    int y0 = y;
    Score s;
    bool have = score_compute(g, &s) == BLK_OK;
    switch (page) {
    case DB_PATH: y += path_page(ui, L, x, y, w, g); break;
    case DB_VOTES: y += votes_page(ui, L, x, y, w, g); break;
    case DB_CONCERN: if (have) y += concern_page(ui, L, x, y, w, g, &s); break;
    case DB_MISSED: if (have) y += missed_page(ui, L, x, y, w, g, &s); break;
    case DB_POINTS: y += points_page(ui, L, x, y, w, play_scenario(g)); break;
    case DB_REPLAY: y += replay_page(ui, L, x, y, w, g); break;
    case DB_COUNT: break;
    }
    if (have) score_free(&s);
    return y - y0;
}

/* }====================================================== */
