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
# A results store of the shots' own, so that they never show the user's.
export XDG_DATA_HOME="$tmp/data"

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
    # a short path in the messages; a case with errors exits 1 by design
    (cd "$tmp" && shot error min-case.lua) || [ $? -eq 1 ]
    shot scene-high-contrast --high-contrast --script "$tmp/marked" --keys "End Tab" "$case"
    # Author mode (blikk --author): the overlay beside the page, its state
    # tab, the map of a larger case with a path on it, and a file with
    # errors as it shows after a bad save (exit status 1: it has errors).
    if [ "$size" != 800x600 ]; then
        grep -v '^#' tests/plays/gravid/god_start.script | awk '/^choose/{c++} {print} c==5{exit}' \
            >"$tmp/gravid5"
        shot author --author "$case" --script "$tmp/marked" --screen author
        shot author-state --author "$case" --script "$tmp/marked" --screen author-state
        shot author-map --author scenarios/gravid.lua --script "$tmp/gravid5" --screen author-map
        (cd "$tmp" && shot author-error --author min-case.lua) || true
    fi
done
# Results: the debrief after a good and a poor playthrough of the demo and
# after a real case (the map of the case scrolled into view), its text parts
# opened, then the history and the offer to resume, from playthroughs saved
# with `blikk play --save` as the window saves them.
rshot() { name=$1; size=$2; shift 2; "$blikk" --screenshot "$out/$name-$size.png" --size "$size" "$@"; }
for size in 1280x720 1920x1080 800x600; do
    rshot debrief-good "$size" --script tests/plays/demo/god.script --screen result "$case"
    rshot debrief-poor "$size" --script tests/plays/demo/glipp.script --screen result "$case"
    rshot debrief-case "$size" --script tests/plays/gravid/sen_hjelp_sent.script --screen result \
        --keys "Tab Tab Tab Tab Tab PageDown" scenarios/gravid.lua
done
rshot debrief-poor-details 1280x720 --script tests/plays/demo/glipp.script --screen result \
    --keys "Tab Tab Tab Tab Tab Tab Return Tab Return" "$case"
save() { "$blikk" play "$1" --save --name Kari --script "$2" >/dev/null; }
save "$case" tests/plays/demo/glipp.script
save "$case" tests/plays/demo/loop.script
save "$case" tests/plays/demo/god.script
save scenarios/gravid.lua tests/plays/gravid/uavklart.script
save scenarios/gravid.lua tests/plays/gravid/god_start.script
save "$case" "$tmp/chose" || true # stops in the middle: exit status 1
rshot history 1280x720 --screen history
rshot resume 1280x720
# Classroom mode (blikk --klasserom): the audience view for the projector
# and the presenter view at the same moment, also side by side; the scene
# as the room first sees it; the vote spread; the group's debrief (its path
# on the case map, the votes at every decision); the setup page.
kase=scenarios/barn-som-parorende.lua
printf 'mark matpakke risk\nmark mina protective\nconcern 2\nvote 1 9\nvote 2 7\nvote 3 3\nvote 4 2\n' \
    >"$tmp/class"
grep -v '^#' tests/plays/barn-som-parorende/god.script |
    awk '/^choose/{n++; printf "vote 1 %d\nvote 2 %d\n", 11 + n % 4, 3 + (n * 5) % 7} {print}' \
    >"$tmp/class-end"
for size in 1920x1080 1280x720 800x600; do
    rshot classroom-story "$size" --screen audience "$kase"
    rshot classroom-audience "$size" --script "$tmp/class" --screen options "$kase"
    rshot classroom-presenter "$size" --script "$tmp/class" --screen presenter "$kase"
    rshot classroom-reveal "$size" --script "$tmp/class" --screen reveal "$kase"
    rshot classroom-debrief "$size" --script "$tmp/class-end" --screen class-debrief "$kase"
    rshot classroom-votes "$size" --script "$tmp/class-end" --screen class-votes "$kase"
    if command -v convert >/dev/null; then
        convert "$out/classroom-audience-$size.png" "$out/classroom-presenter-$size.png" +append \
            "$out/classroom-both-$size.png"
    fi
done
rshot classroom-setup 1280x720 --klasserom
echo "wrote $(ls "$out"/*.png | wc -l) screenshots to $out"
