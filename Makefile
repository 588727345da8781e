# Blikk — one flat Makefile.
#
#   make          build ./blikk
#   make run      install missing packages, build, open Blikk
#   make test     install missing packages, build, run every test, then the
#                 unit and command-line tests again under ASan + UBSan
#   make asan     only the sanitizer run
#   make clean
#
# The core (engine/core) is built as a library with no SDL in it; the unit
# tests link against it alone, so an SDL include in the core breaks them.

CC      ?= cc
BUILD   ?= build
PKGS_CORE := lua5.4 jansson sqlite3
PKGS_TEST := cmocka

WARN := -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
        -Wmissing-prototypes -Wformat=2 -Wno-format-nonliteral -Wvla
CFLAGS  ?= -O2 -g
ALL_CFLAGS = -std=c11 $(WARN) $(CFLAGS) $(SANFLAGS) -D_XOPEN_SOURCE=700 \
             -MMD -MP $(shell pkg-config --cflags $(PKGS_CORE) 2>/dev/null)
LDLIBS_CORE = $(shell pkg-config --libs $(PKGS_CORE) 2>/dev/null) -lm

CORE_SRC := $(wildcard engine/core/*.c)
TOOL_SRC := $(wildcard tools/*.c) engine/main.c
CORE_OBJ := $(CORE_SRC:%.c=$(BUILD)/%.o)
TOOL_OBJ := $(TOOL_SRC:%.c=$(BUILD)/%.o)
CORE_LIB := $(BUILD)/libblikk_core.a

# The window (engine/ui) links SDL; its rules and UI tests are in ui.mk.
UI_SRC   := $(wildcard engine/ui/*.c)
UI_OBJ   := $(UI_SRC:%.c=$(BUILD)/%.o)
PKGS_UI  := sdl2 SDL2_ttf SDL2_image
ifneq ($(UI_SRC),)
TOOL_OBJ += $(UI_OBJ)
UI_CFLAGS = $(shell pkg-config --cflags $(PKGS_UI) 2>/dev/null)
# SDL2_image is opened when the first picture is needed (engine/ui/image.c),
# so it is not linked: its codecs would cost every start.
UI_LIBS   = $(shell pkg-config --libs $(filter-out SDL2_image,$(PKGS_UI)) 2>/dev/null)
$(BUILD)/engine/main.o: ALL_CFLAGS += -DBLIKK_WITH_UI
$(UI_OBJ): ALL_CFLAGS += $(UI_CFLAGS)
endif

TEST_SRC := $(filter-out tests/test_ui%,$(wildcard tests/test_*.c))
# valgrind runs the normal build once; the sanitizer pass skips it.
ifneq ($(SANFLAGS),)
TEST_SRC := $(filter-out tests/test_valgrind.c,$(TEST_SRC))
endif
TEST_BIN := $(TEST_SRC:tests/%.c=$(BUILD)/tests/%)
UI_TEST_BIN :=
# Defines UI_TEST_BIN and the rules that build the window's tests.
-include engine/ui/ui.mk

# Catalogues: po/LANG/*.po (one per part of the program) make one .mo.
LANGS := $(notdir $(wildcard po/*))
LANGS := $(filter-out %.pot,$(LANGS))
MO    := $(LANGS:%=build/locale/%/LC_MESSAGES/blikk.mo)

BIN := $(if $(filter build,$(BUILD)),blikk,$(BUILD)/blikk)

.PHONY: all run test unit asan bench fuzz fuzz-regress deps lint clean pot
all: $(BIN) $(MO)

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(CORE_LIB): $(CORE_OBJ)
	$(AR) rcs $@ $^

$(BIN): $(TOOL_OBJ) $(CORE_LIB)
	$(CC) $(CFLAGS) $(SANFLAGS) -o $@ $(TOOL_OBJ) $(CORE_LIB) $(LDLIBS_CORE) $(UI_LIBS)

.SECONDEXPANSION:
build/locale/%/LC_MESSAGES/blikk.mo: $$(wildcard po/%/*.po)
	@mkdir -p $(dir $@)
	msgcat --use-first $^ | msgfmt --check -o $@ -

$(BUILD)/tests/%: tests/%.c tests/testutil.h $(CORE_LIB)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(shell pkg-config --cflags $(PKGS_TEST)) -o $@ $< \
	    $(CORE_LIB) $(LDLIBS_CORE) $(shell pkg-config --libs $(PKGS_TEST))

# Installs what is missing (apt-get on Debian/Ubuntu), else names it.
deps:
	@sh tools/deps.sh

run: deps
	@$(MAKE) --no-print-directory all
	$(if $(UI_SRC),./blikk,./blikk play scenarios/demo.lua)

# Unit tests, then the command-line tests against the built binary.
# Learning Locker's xAPI validator, used by test_export.
XAPI_VALIDATOR := tests/xapi/node_modules/xapi-validation
$(XAPI_VALIDATOR): tests/xapi/package-lock.json
	cd tests/xapi && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

unit: $(TEST_BIN) $(UI_TEST_BIN) $(BIN) $(MO) $(XAPI_VALIDATOR) $(FUZZ_REGRESS)
	@$(MAKE) --no-print-directory fuzz-regress
	@BLIKK=./$(BIN) BLIKK_LANG=en sh tests/run.sh $(if $(SANFLAGS),sanitizers,tests) \
	    $(TEST_BIN) $(UI_TEST_BIN)

test: deps
	@$(MAKE) --no-print-directory unit
	@$(MAKE) --no-print-directory asan

asan:
	@$(MAKE) --no-print-directory BUILD=build/asan CFLAGS="-O1 -g" \
	    SANFLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" unit

$(BUILD)/bench/%: bench/%.c $(CORE_LIB)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(CORE_LIB) $(LDLIBS_CORE)

# Fuzz targets (fuzz/fuzz_*.c). In the tests they run over their corpus
# and every crash reproducer with a plain driver; `make fuzz` runs them
# under libFuzzer (clang) for FUZZ_SECONDS each.
FUZZ_TARGETS := scenario script text results report settings
# Sources a target needs beyond the core (the settings code is the window's,
# but has no SDL in it).
fuzz_extra = $(if $(filter settings,$(1)),engine/ui/settings.c)
FUZZ_REGRESS := $(FUZZ_TARGETS:%=$(BUILD)/fuzz/regress_%)
FUZZ_SECONDS ?= 60

$(BUILD)/fuzz/regress_%: fuzz/fuzz_%.c fuzz/driver.c $(CORE_LIB) $$(call fuzz_extra,%)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(call fuzz_extra,$*) fuzz/driver.c $(CORE_LIB) $(LDLIBS_CORE)

fuzz-regress: $(FUZZ_REGRESS)
	@set -e; for t in $(FUZZ_TARGETS); do mkdir -p tests/fuzz/corpus/$$t tests/fuzz/regress/$$t; \
	    $(BUILD)/fuzz/regress_$$t tests/fuzz/corpus/$$t tests/fuzz/regress/$$t; done

FUZZ_FLAGS := -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
fuzz:
	@$(MAKE) --no-print-directory BUILD=build/fuzz CC=clang CFLAGS="-g -O1" \
	    SANFLAGS="-fsanitize=fuzzer-no-link,address,undefined" build/fuzz/libblikk_core.a
	@set -e; for t in $(FUZZ_TARGETS); do \
	    clang -std=c11 -g -O1 $(FUZZ_FLAGS) -D_XOPEN_SOURCE=700 \
	        $$(pkg-config --cflags $(PKGS_CORE)) -o build/fuzz/fuzz_$$t fuzz/fuzz_$$t.c \
	        $$( [ $$t = settings ] && echo engine/ui/settings.c ) \
	        build/fuzz/libblikk_core.a $(LDLIBS_CORE); done
	@set -e; for t in $(FUZZ_TARGETS); do \
	    mkdir -p build/fuzz/corpus/$$t tests/fuzz/corpus/$$t tests/fuzz/regress/$$t; \
	    echo "== fuzz_$$t for $(FUZZ_SECONDS) s"; \
	    build/fuzz/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 \
	        -print_final_stats=1 -artifact_prefix=tests/fuzz/regress/$$t/ \
	        build/fuzz/corpus/$$t tests/fuzz/corpus/$$t 2>&1 | \
	        grep -E "stat::number_of_executed_units|ERROR|SUMMARY|Done" || true; \
	done

# Performance is measured here, never by timing assertions in tests.
bench: $(BIN) $(BUILD)/bench/playbench $(BUILD)/bench/genbig
	@UI="$(UI_SRC)" sh bench/run.sh

# The core must not know about SDL.
lint:
	@! grep -n '#include <SDL' engine/core/*.c engine/core/*.h || \
	    { echo "engine/core must not include SDL"; exit 1; }

pot:
	xgettext --keyword=_ --keyword=N_ --keyword=P_:1c,2 --from-code=UTF-8 -o po/blikk.pot \
	    engine/core/*.c engine/*.c tools/*.c $(UI_SRC)

clean:
	rm -rf build blikk

-include $(CORE_OBJ:.o=.d) $(TOOL_OBJ:.o=.d)
# Test binaries are compiled from one .c each; -MMD leaves their headers here.
-include $(TEST_BIN:=.d) $(UI_TEST_BIN:=.d)
