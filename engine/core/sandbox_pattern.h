/*
** sandbox_pattern.h — an upper bound on the work of Lua's pattern matcher,
** so that the sandbox can refuse a string.find/match/gsub/gmatch call
** before it starts rather than after it has run for hours.
*/
#ifndef BLIKK_SANDBOX_PATTERN_H
#define BLIKK_SANDBOX_PATTERN_H

#include <stdbool.h>
#include <stddef.h>

/* Lua's pattern matcher backtracks in C, where no instruction is counted:
   ("a"):rep(40):find(("a*"):rep(20) .. "b") runs for hours, and ".-x" on a
   long text is quadratic. Before a call the guard bounds the matcher's
   work from above and refuses calls that could take more than
   PATTERN_STEPS_MAX steps (about half a second). The bound: start
   positions x the ways the quantified items can split the text x the
   cost of one way. An item can take at most run + 1 lengths, where run is
   the longest stretch of the text that its class matches; so "%s*" on
   prose is cheap and "a*a*a*b" on "aaaa..." is not. */
#define PATTERN_STEPS_MAX 1e8

/* The bound for matching pattern p[0..m) against s[0..n); `can_anchor`:
   a leading '^' anchors the match (not so for gmatch). Past
   PATTERN_STEPS_MAX it may stop early and return any larger value. */
double pattern_steps(const char *s, size_t n, const char *p, size_t m,
                     bool can_anchor);

#endif
