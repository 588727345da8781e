/*
** state_edit.h — listing and setting a playthrough's state variables, for
** author mode. Internal to the core; front ends use play_state_list() and
** play_set_var() in blikk.h.
*/
#ifndef BLIKK_STATE_EDIT_H
#define BLIKK_STATE_EDIT_H

#include "blikk.h"

bool state_edit_set(const Scenario *sc, int state, const char *name, const Value *v);
StateVar *state_edit_list(const Scenario *sc, int state, size_t *n);

#endif
