/*
** settings.h — the trainee's window settings, kept as JSON in
** $XDG_CONFIG_HOME/blikk/settings.json (default ~/.config/blikk) and
** written atomically.
*/
#ifndef BLIKK_UI_SETTINGS_H
#define BLIKK_UI_SETTINGS_H

#include <stdbool.h>
#include <stddef.h>

typedef enum { FEEDBACK_EACH, FEEDBACK_END } FeedbackMode;

typedef struct {
    int text_size;         /* per cent, one of settings_text_sizes */
    bool high_contrast;
    FeedbackMode feedback; /* default for a new case */
    char language[16];     /* "nb", "en"; "" = the program's default */
    char font[256];        /* family, pattern or file; "" = default */
    char participant[128]; /* name or pseudonym saved with results; "" = none */
} Settings;

extern const int settings_text_sizes[];
extern const size_t settings_ntext_sizes;

void settings_defaults(Settings *s);
/* The settings file's path; false when no home can be found. */
bool settings_path(char *out, size_t size);
/* Reads the file over the defaults. A missing file is not a problem. On a
   problem (unreadable, not JSON, wrong values) returns false with a message
   in err; *s then holds the defaults and whatever was valid. */
bool settings_load(Settings *s, const char *path, char *err, size_t errsize);
/* Writes to a temporary file beside `path`, syncs it and renames it over
   `path`, so a crash leaves the old or the new file, never half of one. */
bool settings_save(const Settings *s, const char *path, char *err, size_t errsize);
/* The next size up or down from `cur` (dir = +1/-1), or 100 for dir 0. */
int settings_step_text_size(int cur, int dir);

#endif
