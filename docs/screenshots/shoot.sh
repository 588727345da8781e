#!/bin/sh
# Regenerates the window's screenshots in docs/screenshots/ with
# `blikk --screenshot` (no display needed). Run from the repository root
# after `make`:   sh docs/screenshots/shoot.sh [OUT_DIR]
# Every screen at 1280x720, 1920x1080 and 800x600, from the demo case.
set -e
root=$(pwd)
blikk=$root/blikk
out=${1:-docs/screenshots}
mkdir -p "$out"
out=$(cd "$out" && pwd)
case=scenarios/demo.lua
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Play scripts (the format of `blikk play --script`).
printf 'mark fravaer risk\nmark handball protective\nconcern 2\n' >"$tmp/marked"
{ cat "$tmp/marked"; echo 'choose 1'; } >"$tmp/chose"
{ cat "$tmp/chose"; printf 'mark venninne protective\nmark fest risk\nconcern 3\nchoose 1\n'; } >"$tmp/next"
{ cat "$tmp/next"; echo 'continue'; } >"$tmp/end"

# A case with mistakes, as a workshop participant might write it.
cat >"$tmp/min-case.lua" <<'LUA'
scenario { id = "min-case", title = "Min case", summary = "Et utkast.",
  role = "Du er lærer.", objectives = { "Øve" }, start = "start",
  competencies = { { id = "samtale", name = "Samtale" } } }
scene { id = "start", txet = "Eleven kommer for sent igjen.",
  choices = { { text = "Spør hvordan det går", next = "slutt" } } }
ending { id = "slutt", title = "Slutt", text = "Ferdig.", outcome = "bra" }
LUA

for size in 1280x720 1920x1080 800x600; do
    shot() { name=$1; shift; "$blikk" --screenshot "$out/$name-$size.png" --size "$size" "$@"; }
    shot menu
    shot intro "$case"
    shot scene --screen scene "$case"
    shot scene-tasks --script "$tmp/marked" --keys "End Tab" "$case"
    shot feedback --script "$tmp/chose" "$case"
    shot scene-continue --script "$tmp/next" --screen scene "$case"
    shot ending --script "$tmp/end" "$case"
    shot result --script "$tmp/end" --screen result "$case"
    shot settings --screen settings
    shot dialog --script "$tmp/marked" --screen dialog "$case"
    (cd "$tmp" && shot error min-case.lua) # a short path in the messages
    shot scene-high-contrast --high-contrast --script "$tmp/marked" --keys "End Tab" "$case"
done
echo "wrote $(ls "$out"/*.png | wc -l) screenshots to $out"
