#!/bin/sh
# make bench: the core's quality targets from product.md, measured.
#   1. a generated 10,000-scene scenario loads and passes check (target <= 1 s)
#   2. headless random playthroughs per second of each built-in case
#      (target >= 10,000 per second)
#   3. the window's start-up, memory and idle CPU against the floor are
#      measured with ../shared/bench/peers.sh (see the README there).
set -e
B=${BUILD:-build}
$B/bench/genbig 10000 > $B/bench/stor.lua
echo "== check of a generated 10,000-scene scenario"
/usr/bin/time -f "   %e s wall, %M KB peak" ./blikk check -q --no-advice $B/bench/stor.lua
echo "== random playthroughs"
$B/bench/playbench 10000 scenarios/*.lua
if [ -d ../shared/bench ] && [ -n "$UI" ]; then
    echo "== window: start-up, memory, idle CPU (peers.sh, 7 rounds)"
    # framewatch counts the first frame when enough pixels of one colour
    # on another are seen: the menu's accent text (case titles, buttons)
    # on its white cards, the theme's "accent" on "surface".
    BLIKK_CMD="./blikk" BLIKK_TEXT_RGB=1B5E9E BLIKK_BG_RGB=FFFFFF \
        ONLY="floor blikk" RUNS=7 IDLE_S=10 ../shared/bench/peers.sh
fi
