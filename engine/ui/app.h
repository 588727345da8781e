/*
** app.h — the window's state (Ui) and what its parts share: the screens
** (screen_*.c) build a Layout from it, app.c turns SDL events into core
** actions and focus moves, draw.c paints. A Ui works the same on a real
** window and headless on a surface (screenshots, tests).
*/
#ifndef BLIKK_UI_APP_H
#define BLIKK_UI_APP_H

#include <SDL.h>
#include <limits.h>
#include <stdbool.h>
#include <stdint.h>

#include "../core/blikk.h"
#include "catalog.h"
#include "font.h"
#include "layout.h"
#include "settings.h"
#include "theme.h"

typedef enum {
    SCR_MENU, SCR_INTRO, SCR_SCENE, SCR_FEEDBACK, SCR_ENDING, SCR_RESULT,
    SCR_SETTINGS, SCR_ERROR,
    SCR_HISTORY,      /* results_ui.h: earlier playthroughs */
    SCR_CLASSROOM,    /* classroom.h: setup, audience and presenter views */
    SCR_COUNT
} ScreenId;

/* What a widget does when activated; `arg` says which one. */
typedef enum {
    ACT_NONE,
    ACT_OPEN_CASE,    /* arg: catalog index */
    ACT_SETTINGS,
    ACT_BACK,         /* leave settings / intro / error */
    ACT_START,        /* intro: start the case */
    ACT_CASE_MODE,    /* intro: arg FeedbackMode for this case */
    ACT_MARK,         /* arg: observation * 3 + Mark */
    ACT_CONCERN,      /* arg: level */
    ACT_CHOOSE,       /* arg: index among the offered choices */
    ACT_CONTINUE,
    ACT_FEEDBACK_DONE,
    ACT_SHOW_RESULT,
    ACT_TO_MENU,
    ACT_REPLAY,
    ACT_ASK_LEAVE,    /* "Avslutt" in the header: the dialog */
    ACT_DIALOG_STAY,
    ACT_DIALOG_LEAVE,
    ACT_TEXT_SIZE,    /* arg: per cent */
    ACT_CONTRAST,     /* arg: 0/1 */
    ACT_DEFAULT_MODE, /* arg: FeedbackMode */
    ACT_LANGUAGE,     /* arg: index into ui_languages */
    ACT_FONT,         /* arg: index into the known families */
    /* results (results_ui.h); arg: a playthrough's id where one is meant */
    ACT_HISTORY, ACT_RESUME, ACT_DISCARD, ACT_OPEN_DEBRIEF, ACT_DELETE, ACT_CONFIRM, ACT_CANCEL,
    ACT_SECTION,      /* debrief: arg DebriefSection, opens or closes it */
    ACT_EXPORT, ACT_NAME,
    ACT_CLASS,        /* classroom.h: arg ClassCmd * CL_ARG + a parameter */
    ACT_AUTHOR,       /* author.h: arg AuthorCmd << 16 | an index */
    ACT_COUNT
} Action;

typedef struct {
    char *path;
    SDL_Texture *tex;
    int w, h;
} ImageEntry;

typedef struct DrawCache DrawCache;

typedef struct Ui {
    /* output */
    SDL_Window *win;
    SDL_Renderer *ren;
    SDL_Surface *target; /* headless: what the renderer draws into */
    int out_w, out_h;    /* pixels */
    float dpi;           /* output pixels per window unit (high-DPI) */
    float scale;         /* pixels per theme unit */
    bool headless, fullscreen;
    /* look */
    Theme theme;
    const Palette *pal;
    FontSet *fonts;
    DrawCache *dc;
    /* settings */
    Settings settings;
    char settings_file[PATH_MAX];
    bool persist;        /* write settings when they change */
    char data_dir[PATH_MAX];
    /* the cases */
    Catalog cat;
    /* the case in hand */
    CaseInfo info;       /* its menu entry */
    Scenario *sc;
    Play *play;
    uint64_t seed;
    FeedbackMode mode;   /* for this playthrough */
    DiagList dl;
    /* screens */
    ScreenId screen, back;
    bool dialog;         /* "leave the case?" on top */
    bool need_concern;   /* tried to go on without a concern level */
    char notice[600];    /* a message on the menu (settings, font, theme) */
    char error_title[200];
    char *error_text;    /* what happened and what to do */
    char *error_lines;   /* the FILE:LINE lines */
    /* view */
    Layout L;
    int focus, hover, pressed; /* widget indices, -1 none */
    int under_dialog[2];       /* action and arg focused before the dialog */
    int scroll;
    bool relayout, redraw;
    /* pointer */
    bool down, dragging;
    int down_x, down_y, down_scroll;
    ImageEntry *images;
    size_t nimages;
    /* for tests: what the last frame drew */
    unsigned frames;
    int overflow;        /* text drawn outside its box */
    SDL_Rect focus_ring; /* w == 0: no ring drawn */
    struct ResultsUi *res; /* results_ui.h: the store, saving, debrief, history */
    struct Classroom *cls; /* classroom.h: a classroom session, or NULL */
    struct Author *author; /* author.h: author mode (--author), or NULL */
} Ui;

typedef struct {
    const char *code, *name; /* name in its own language, not translated */
} Language;
extern const Language ui_languages[];
extern const size_t ui_nlanguages;

/* {====================================================== app.c */

/* Creates the state: theme, settings (when `persist`), fonts. On failure
   returns NULL with the reason in err. */
Ui *ui_new(const char *data_dir, bool persist, char *err, size_t errsize);
void ui_free(Ui *ui);
/* Where output goes: a renderer of `w`×`h` pixels; `dpi` = pixels per
   window unit. Drops textures made for an earlier renderer. */
void ui_set_output(Ui *ui, SDL_Renderer *ren, int w, int h, float dpi);
/* Opens the menu, reading the case folders (through the cache). */
void ui_open_menu(Ui *ui);
/* Opens a case's intro (loads it; shows the error screen on errors). */
void ui_open_case(Ui *ui, const char *path);
/* Starts the playthrough (after the intro). */
void ui_start_case(Ui *ui);
/* Handles one event; returns false when the program should end. */
bool ui_event(Ui *ui, const SDL_Event *ev);
/* The first widget with this action (and arg, unless arg < 0), or -1. */
int ui_find_widget(const Ui *ui, int action, int arg);
/* Moves the focus to a widget and scrolls it into view. */
void ui_focus(Ui *ui, int idx);
/* How far the page can scroll. */
int ui_max_scroll(const Ui *ui);
/* Runs a widget's action (also used by keys and tests). */
void ui_activate(Ui *ui, int action, int arg);
/* Rebuilds the layout if needed and paints; true when a frame was drawn. */
bool ui_render(Ui *ui);
/* Sets the screen and its first focus; resets scroll. */
void ui_goto(Ui *ui, ScreenId s);
/* Drops the case's pictures (textures and paths); they load again when a
   screen needs them. */
void ui_free_images(Ui *ui);
/* Shows the error screen with a title and DiagList lines. */
void ui_show_error(Ui *ui, const char *title, const DiagList *dl, const char *text);
/* Settings changed: applies and saves them. */
void ui_settings_changed(Ui *ui, bool fonts_too);
const char *ui_screen_name(ScreenId s);
int ui_screen_by_name(const char *name);

/* }====================================================== */

/* {====================================================== window.c, screenshot.c */

/* The folder with assets/ and scenarios/: the executable's, or one of the
   two above it (build/, build/asan/). */
bool ui_data_dir(char *out, size_t size);

typedef struct {
    const char *out;      /* PNG to write */
    const char *scenario; /* NULL: the menu */
    const char *script;   /* play-script actions to run first */
    const char *screen;   /* which screen to show at the end */
    const char *keys;     /* key names to send before the shot */
    int w, h;
    long seed;
    bool high_contrast;
    int text_size;
    bool author;          /* --author: the scenario in author mode (author.h) */
} ShotOptions;

/* Renders a screen headless (offscreen video driver, software renderer on
   a surface) and writes it as PNG. Returns the exit status. */
int ui_screenshot(const ShotOptions *o);
/* Sends a key, as a person would press it, to a Ui (screenshots, tests). */
void ui_press(Ui *ui, SDL_Keycode key, Uint16 mod);

/* }====================================================== */

/* {====================================================== sizes and parts */

int ui_px(const Ui *ui, int units);           /* theme units to pixels */
TextStyle ui_text(const Ui *ui, TypeSize ts, FontStyle st, ColorRole c);
SDL_Color ui_color(const Ui *ui, ColorRole c);
/* A loaded image of the open case (lazy; NULL if it cannot be read). */
ImageEntry *ui_image(Ui *ui, const char *relpath);

typedef enum { BTN_PRIMARY, BTN_SECONDARY, BTN_QUIET } ButtonKind;

/* The header bar; returns its height. With a case open it names the case
   and offers "Avslutt"; settings is always there. */
int frame_header(Ui *ui, Layout *L);
/* A footer bar with up to two buttons, the primary on the right; returns
   its height (0 without buttons). */
int frame_footer(Ui *ui, Layout *L, const char *secondary, int sec_action,
                 const char *primary, int pri_action, bool pri_enabled, const char *hint);
/* The content column: the measure (max_units 0) or max_units wide at most. */
void frame_column(Ui *ui, int max_units, int *x, int *w);
/* A button of the given kind; w = 0 sizes it to the label. Returns the
   widget index; *out gets its box. */
int frame_button(Ui *ui, Layout *L, Layer layer, int x, int y, int w, ButtonKind kind,
                 const char *label, int action, int arg, bool enabled, SDL_Rect *out);
/* A button's height. */
int frame_button_h(const Ui *ui);
/* Sets a heading; returns the height used including the space after. */
int frame_heading(Ui *ui, Layout *L, int x, int y, int w, TypeSize ts, const char *text);
/* A scene text (paragraphs, speech with names and portraits); returns its height. */
int frame_textdoc(Ui *ui, Layout *L, int x, int y, int w, const TextDoc *doc);
/* Tones of a selectable chip. */
typedef enum { TONE_ACCENT, TONE_RISK, TONE_PROTECTIVE } Tone;
/* A selectable chip: a box with a radio mark (a ring, with a dot when
   selected, so that the state never rests on colour alone) and a label
   that wraps; w = 0 sizes it to the label. Returns its height. */
int frame_chip(Ui *ui, Layout *L, int x, int y, int w, const char *label, const char *note,
               bool selected, Tone tone, int action, int arg, SDL_Rect *out);
/* The natural width of a chip with this label. */
int frame_chip_width(Ui *ui, const char *label);
/* A row of chips that wraps onto more rows; returns the height. */
int frame_chips(Ui *ui, Layout *L, int x, int y, int w, const char *const *labels, size_t n,
                int selected, int action, const int *args);
/* The width of the readable measure (theme.measure characters of body text). */
int frame_measure(Ui *ui);
/* A tinted box with a small label over a text; returns its height. */
int frame_box(Ui *ui, Layout *L, int x, int y, int w, const char *label, const char *text);
/* A list item with a bullet and a hanging indent; returns its height. */
int frame_bullet(Ui *ui, Layout *L, int x, int y, int w, const char *text);
/* A small pill with a label (the outcome, how good a choice was). */
int frame_badge(Ui *ui, Layout *L, int x, int y, int w, const char *text, ColorRole fg,
                ColorRole bg);
/* A notice box (tone: C_NOTICE or C_ERROR) with wrapped text; returns height. */
int frame_notice(Ui *ui, Layout *L, int x, int y, int w, ColorRole tone, const char *text);
/* A modal question in a card `width` units wide: a title, a text, a safe
   answer (primary) and a risky one. Side by side the risky one is left
   (Tab goes left to right); stacked, `risky_first` puts it on top. Sets
   L->modal. L == NULL only measures; returns the card's height. */
typedef struct {
    const char *label;
    int action, arg;
} Answer;
int frame_question(Ui *ui, Layout *L, int width, const char *title, const char *text,
                   Answer safe, Answer risky, bool risky_first);

/* }====================================================== */

/* {====================================================== screens */

void screen_menu(Ui *ui, Layout *L);
void screen_intro(Ui *ui, Layout *L);
void screen_scene(Ui *ui, Layout *L);
void screen_feedback(Ui *ui, Layout *L);
void screen_ending(Ui *ui, Layout *L);
void screen_settings(Ui *ui, Layout *L);
void screen_error(Ui *ui, Layout *L);
void screen_dialog(Ui *ui, Layout *L);
/* The widget a screen focuses first (-1: none, e.g. a scene with choices). */
int screen_first_focus(const Ui *ui);

/* }====================================================== */

/* {====================================================== draw.c */

DrawCache *draw_cache_new(void);
void draw_cache_free(DrawCache *dc);
void draw_cache_drop(DrawCache *dc); /* textures of an old renderer */
void draw_layout(Ui *ui);

/* }====================================================== */

#endif
