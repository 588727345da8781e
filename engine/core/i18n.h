/*
** i18n.h — translation of user-visible strings through GNU gettext.
** Source strings are English; the catalogues live in po/ (nb is the
** default language of Blikk, en is the source).
*/
#ifndef BLIKK_I18N_H
#define BLIKK_I18N_H

#include <libintl.h>

#define _(s) gettext(s)
#define N_(s) (s)

/* Selects the interface language: `lang` if given, else $BLIKK_LANG, else
   Norwegian Bokmål ("nb"). Finds the catalogues beside the executable.
   Safe to call more than once. */
void i18n_init(const char *lang);
/* The language in use ("nb", "en", ...). */
const char *i18n_language(void);

#endif
