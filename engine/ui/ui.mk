# engine/ui/ui.mk — the window's tests, included by the Makefile.
#
# Each tests/test_ui_*.c links every object of the window except window.c
# (which holds ui_main and opens real windows), the core library, SDL and
# cmocka. They run headless: SDL's offscreen driver and the software
# renderer, so no display is needed.

UI_TEST_SRC := $(wildcard tests/test_ui_*.c)
UI_TEST_BIN := $(UI_TEST_SRC:tests/%.c=$(BUILD)/tests/%)
UI_TEST_OBJ := $(filter-out $(BUILD)/engine/ui/window.o,$(UI_OBJ))

$(BUILD)/tests/test_ui_%: tests/test_ui_%.c $(wildcard tests/test_ui_*.h) $(UI_TEST_OBJ) $(CORE_LIB)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(UI_CFLAGS) $(shell pkg-config --cflags $(PKGS_TEST)) -o $@ $< \
	    $(UI_TEST_OBJ) $(CORE_LIB) $(LDLIBS_CORE) $(UI_LIBS) $(shell pkg-config --libs $(PKGS_TEST))
