#!/bin/sh
# Installs the packages Blikk needs to build and test, when they are
# missing. Debian and Ubuntu: apt-get (through sudo when not root). Other
# systems: names what is missing and stops.
set -e
pkgs="build-essential pkg-config gettext liblua5.4-dev libjansson-dev libcmocka-dev libsqlite3-dev libsdl2-dev libsdl2-ttf-dev libsdl2-image-dev fonts-dejavu-core valgrind graphviz"
missing=""
if command -v dpkg-query >/dev/null 2>&1; then
    for p in $pkgs; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
    done
else
    for m in lua5.4 jansson cmocka sqlite3 sdl2 SDL2_ttf SDL2_image; do
        pkg-config --exists "$m" 2>/dev/null || missing="$missing $m"
    done
    if [ -n "$missing" ]; then
        echo "blikk: missing libraries:$missing" >&2
        echo "blikk: install them with your package manager (Lua 5.4, jansson, cmocka, SQLite 3, SDL2, SDL2_ttf, SDL2_image), then run make again" >&2
        exit 1
    fi
    exit 0
fi
# Node.js and npm run the xAPI validator in the tests; any recent version.
command -v npm >/dev/null 2>&1 || missing="$missing nodejs npm"
[ -z "$missing" ] && exit 0
echo "blikk: installing:$missing"
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing
