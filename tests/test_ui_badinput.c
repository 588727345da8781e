/*
** test_ui_badinput.c — the window against bad input, as the program:
** a folder of user cases full of traps (links to /dev/zero, a link to
** itself, a dangling link, a folder named like a case, a file name that is
** not UTF-8), a case whose picture is not a picture, and one whose picture
** claims 20,000 x 20,000 pixels. Each opens or is refused with a message;
** none crashes, hangs or takes more than a bounded amount of memory.
*/
#include <sys/resource.h>
#include <sys/stat.h>

#include <SDL_ttf.h>

#include "../engine/ui/font.h"
#include "testutil.h"

static char root[64];

static void sh(const char *fmt, const char *a) {
    char cmd[1024];
    snprintf(cmd, sizeof cmd, fmt, a, a, a, a, a, a);
    assert_int_equal(system(cmd), 0);
}

static int setup(void **state) {
    (void)state;
    snprintf(root, sizeof root, "/tmp/blikk-badinput-%d", (int)getpid());
    char cases[128];
    snprintf(cases, sizeof cases, "%s/data/blikk/scenarios", root);
    sh("rm -rf %s && mkdir -p %s/home %s/cache", root);
    sh("mkdir -p %s", cases);
    sh("cd %s && ln -s /dev/zero null.lua && ln -s selv.lua selv.lua && "
       "ln -s ingensteds.lua dinglende.lua && mkdir mappe.lua", cases);
    sh("cd %s && cp $OLDPWD/scenarios/demo.lua \"$(printf 'navn\\377.lua')\" && "
       "cp -r $OLDPWD/scenarios/demo \"$(printf 'navn\\377')\"", cases);
    sh("cd %s && cp $OLDPWD/scenarios/demo.lua korrupt.lua && mkdir korrupt && "
       "cp $OLDPWD/scenarios/demo/ida.png korrupt/ && "
       "head -c 3000 /dev/urandom > korrupt/venterom.png", cases);
    /* a PNG header claiming 20,000 x 20,000 pixels */
    sh("cd %s && cp $OLDPWD/scenarios/demo.lua stor.lua && mkdir stor && "
       "cp $OLDPWD/scenarios/demo/ida.png stor/ && "
       "printf '\\211PNG\\r\\n\\032\\n\\0\\0\\0\\rIHDR\\0\\0N \\0\\0N \\10\\2\\0\\0\\0' > stor/venterom.png",
       cases);
    char buf[256];
    snprintf(buf, sizeof buf, "%s/data", root);
    setenv("XDG_DATA_HOME", buf, 1);
    snprintf(buf, sizeof buf, "%s/home", root);
    setenv("HOME", buf, 1);
    snprintf(buf, sizeof buf, "%s/cache", root);
    setenv("XDG_CACHE_HOME", buf, 1);
    setenv("XDG_CONFIG_HOME", buf, 1);
    setenv("SDL_VIDEODRIVER", "offscreen", 1);
    return 0;
}

static int teardown(void **state) {
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", root);
    return system(cmd);
}

static long peak_child_kb(void) {
    struct rusage ru;
    getrusage(RUSAGE_CHILDREN, &ru);
    return ru.ru_maxrss;
}

/* The menu lists what it can and draws; the traps in the folder neither
   crash nor hang it (a link to /dev/zero would be read for ever). */
static void menu_survives_a_folder_of_traps(void **state) {
    (void)state;
    char args[256], png[160];
    snprintf(png, sizeof png, "%s/menu.png", root);
    snprintf(args, sizeof args, "--screenshot %s --size 1280x2400", png);
    Result *r = run(args, NULL);
    assert_int_equal(r->status, 0);
    struct stat st;
    assert_int_equal(stat(png, &st), 0);
    assert_true(st.st_size > 0);
    assert_true(peak_child_kb() < 300 * 1024);
}

/* A case whose picture is not a picture, and one whose picture is too
   large to open: each is refused with its file and line, as check does,
   and opening it costs no more than any case. */
static void bad_pictures_are_refused(void **state) {
    (void)state;
    const char *const names[] = {"korrupt", "stor"};
    const char *const why[] = {"not a PNG, JPEG, GIF, WebP or BMP picture",
                               "larger than 8192 pixels on a side"};
    for (int i = 0; i < 2; i++) {
        char args[512], expect[256];
        snprintf(args, sizeof args, "--screenshot %s/%s.png %s/data/blikk/scenarios/%s.lua",
                 root, names[i], root, names[i]);
        Result *r = run(args, NULL);
        assert_int_equal(r->status, 1);
        snprintf(expect, sizeof expect, "%s.lua:83: error: ", names[i]);
        expect_contains(r->err, expect);
        expect_contains(r->err, why[i]);
    }
    assert_true(peak_child_kb() < 300 * 1024);
}

/* Without SDL2_image (here a library name that does not exist) a case
   with pictures still opens: each picture is missing with a message that
   names the package to install, and only writing the PNG fails. */
static void missing_image_library_is_named(void **state) {
    (void)state;
    char out[128], args[256];
    snprintf(out, sizeof out, "%s/ingen-bilder.png", root);
    snprintf(args, sizeof args, "--screenshot %s --screen scene scenarios/demo.lua", out);
    setenv("BLIKK_SDL2_IMAGE", "libSDL2_image-missing.so.0", 1);
    Result *r = run(args, NULL);
    unsetenv("BLIKK_SDL2_IMAGE");
    assert_int_equal(r->status, 1);
    expect_contains(r->err, "venterom.png: pictures cannot be read or written");
    expect_contains(r->err, "Install the package libsdl2-image-2.0-0");
    expect_contains(r->err, "cannot write");
    assert_int_equal(access(out, F_OK), -1);
}

/* Opening the traps directly gives a message, not a hang. */
static void traps_opened_directly(void **state) {
    (void)state;
    const char *const names[] = {"null.lua", "selv.lua", "dinglende.lua", "mappe.lua"};
    for (int i = 0; i < 4; i++) {
        char args[512];
        snprintf(args, sizeof args, "--screenshot %s/t.png %s/data/blikk/scenarios/%s", root,
                 root, names[i]);
        Result *r = run(args, NULL);
        if (r->status != 1 || !strstr(r->err, names[i]))
            fail_msg("%s: exit %d, stderr:\n%s", names[i], r->status, r->err);
    }
}

/* A file name that is not UTF-8 opens like any other case. */
static void non_utf8_name_opens(void **state) {
    (void)state;
    char args[512];
    snprintf(args, sizeof args, "--screenshot %s/n.png --screen intro \"%s/data/blikk/scenarios/$(printf 'navn\\377.lua')\"",
             root, root);
    Result *r = run(args, NULL);
    assert_int_equal(r->status, 0);
}

/* A font in the settings that is not there, or is a file that is no font
   (or an empty one), falls back to the default sans, with a note naming
   the wish; text can still be drawn. */
static void missing_or_corrupt_font_falls_back(void **state) {
    (void)state;
    assert_int_equal(TTF_Init(), 0);
    char bad[128], empty[128];
    snprintf(bad, sizeof bad, "%s/skadet.ttf", root);
    snprintf(empty, sizeof empty, "%s/tom.ttf", root);
    FILE *f = fopen(bad, "wb");
    for (int i = 0; i < 4000; i++) fputc((i * 7919) & 0xFF, f);
    fclose(f);
    f = fopen(empty, "wb");
    fclose(f);
    const char *const wishes[] = {"/no/such/font.ttf", bad, empty};
    for (int i = 0; i < 3; i++) {
        char note[300], err[300];
        FontSet *fs = font_new(wishes[i], note, sizeof note, err, sizeof err);
        assert_non_null(fs);
        assert_string_equal(note, wishes[i]);
        assert_non_null(font_get(fs, FS_REGULAR, 20));
        assert_non_null(font_get(fs, FS_BOLD, 20));
        font_free(fs);
    }
    TTF_Quit();
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(menu_survives_a_folder_of_traps),
        cmocka_unit_test(bad_pictures_are_refused),
        cmocka_unit_test(missing_image_library_is_named),
        cmocka_unit_test(traps_opened_directly),
        cmocka_unit_test(non_utf8_name_opens),
        cmocka_unit_test(missing_or_corrupt_font_falls_back),
    };
    return cmocka_run_group_tests_name("window: bad input", tests, setup, teardown);
}
