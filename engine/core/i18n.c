/*
** i18n.c — picks the interface language and binds the gettext catalogue.
** Blikk's default language is Norwegian Bokmål whatever the system locale
** says, because the courses it serves are held in Norwegian.
*/
#include "i18n.h"

#include <stdio.h>
#include "paths.h"

#include <limits.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef BLIKK_LOCALEDIR
#define BLIKK_LOCALEDIR "/usr/local/share/locale"
#endif

static char language[32] = "nb";

/* The catalogues are looked for in the data folder's build tree first
   (running from the source tree), then in the compiled-in directory. */
static void bind_catalogue(void) {
    char dir[PATH_MAX];
    snprintf(dir, sizeof dir, "%s/build/locale", blikk_data_dir());
    bindtextdomain("blikk", access(dir, R_OK) == 0 ? dir : BLIKK_LOCALEDIR);
}

void i18n_init(const char *lang) {
    if (!lang || !*lang) lang = getenv("BLIKK_LANG");
    if (!lang || !*lang) lang = "nb";
    size_t len = strspn(lang, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-");
    if (len == 0 || len >= sizeof language) lang = "nb", len = 2;
    memcpy(language, lang, len);
    language[len] = '\0';

    setlocale(LC_ALL, "");
    /* gettext ignores LANGUAGE in the "C" locale, which is what a machine
       with no LANG set has; C.UTF-8 behaves the same otherwise. */
    const char *cur = setlocale(LC_MESSAGES, NULL);
    if (!cur || strcmp(cur, "C") == 0 || strcmp(cur, "POSIX") == 0)
        setlocale(LC_MESSAGES, "C.UTF-8");
    /* Numbers are written with a full stop (JSON, scripts) whatever the
       locale; the window formats decimals for display itself. */
    setlocale(LC_NUMERIC, "C");
    setenv("LANGUAGE", language, 1);
    bind_catalogue();
    bind_textdomain_codeset("blikk", "UTF-8");
    textdomain("blikk");
}

const char *i18n_language(void) { return language; }
