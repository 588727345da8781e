/*
** ui.h — the window front end's entry points, called by engine/main.c when
** Blikk is built with the window (BLIKK_WITH_UI). Everything else in
** engine/ui is internal to it.
*/
#ifndef BLIKK_UI_H
#define BLIKK_UI_H

#include <stdbool.h>

/* Opens the window: `blikk [SCENARIO.lua]`, or renders a screen to a PNG
   without a display: `blikk --screenshot OUT.png [--size WxH] [--script
   FILE] [--screen NAME] [--seed N] [--keys "KEY ..."] [--high-contrast]
   [--text-size PCT] [SCENARIO.lua]`. argv[0] is the program. Returns the
   exit status (0 ok, 1 failure, 2 usage error). */
int ui_main(int argc, char **argv);

/* Whether `arg` is one of ui_main's options, so that main() can hand a
   command line that starts with it to ui_main() rather than reject it. */
bool ui_is_option(const char *arg);

#endif
