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
    echo "== window: start-up, memory, idle CPU (peers.sh, 5 rounds)"
    BLIKK_CMD="./blikk" ONLY="floor blikk" RUNS=5 ../shared/bench/peers.sh
fi
