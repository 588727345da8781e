/*
** author_watch.c — noticing that the case file was saved. A thread started
** after SDL_Init blocks in poll() on an inotify descriptor for the file's
** folder and pushes an SDL event when the file has been written or
** replaced; the window's SDL_WaitEvent wakes on it. Nothing polls: an idle
** window stays at zero CPU. The thread only reads the inotify descriptor;
** loading the file happens on the main thread, in the event loop
** (author_event calls author_reload).
*/
#include "author_priv.h"

#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/inotify.h>
#include <unistd.h>

/* {====================================================== the watcher */

/* Reads what inotify has; true when it names the case file written or
   moved into place (editors save either way). */
static bool drain(Author *a) {
    union {
        struct inotify_event ev;
        char buf[8192];
    } u;
    bool hit = false;
    for (;;) {
        ssize_t n = read(a->ifd, u.buf, sizeof u.buf);
        if (n <= 0) break;
        for (char *p = u.buf; p < u.buf + n;) {
            const struct inotify_event *e = (const struct inotify_event *)(void *)p;
            if (e->len && (e->mask & (IN_CLOSE_WRITE | IN_MOVED_TO)) &&
                strcmp(e->name, a->base) == 0)
                hit = true;
            p += sizeof *e + e->len;
        }
    }
    return hit;
}

static int watch_main(void *data) {
    Author *a = data;
    struct pollfd pf[2] = {{a->ifd, POLLIN, 0}, {a->stop[0], POLLIN, 0}};
    for (;;) {
        int r = poll(pf, 2, -1);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0 || pf[1].revents) break;
        if (!drain(a)) continue;
        /* One save can be several events (a write, then a rename): wait
           until the folder has been quiet for a moment, then reload once. */
        for (;;) {
            r = poll(pf, 2, 150);
            if (r < 0 && errno == EINTR) continue;
            if (r <= 0) break;
            if (pf[1].revents) return 0;
            drain(a);
        }
        SDL_Event ev;
        SDL_zero(ev);
        ev.type = a->event;
        SDL_PushEvent(&ev);
    }
    return 0;
}

void author_watch_start(Author *a) {
    a->event = SDL_RegisterEvents(1);
    if (a->event == (Uint32)-1) {
        a->event = 0;
        return;
    }
    a->ifd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (a->ifd < 0 || pipe(a->stop) != 0) {
        fprintf(stderr, "blikk: %s: %s\n", a->dir, strerror(errno));
        return;
    }
    if (inotify_add_watch(a->ifd, a->dir, IN_CLOSE_WRITE | IN_MOVED_TO) < 0) {
        fprintf(stderr, "blikk: %s: %s\n", a->dir, strerror(errno));
        return;
    }
    a->thread = SDL_CreateThread(watch_main, "blikk-watch", a);
    a->watching = a->thread != NULL;
}

void author_watch_stop(Author *a) {
    if (a->thread) {
        ssize_t w = write(a->stop[1], "x", 1);
        (void)w;
        SDL_WaitThread(a->thread, NULL);
        a->thread = NULL;
    }
    if (a->ifd >= 0) close(a->ifd);
    for (int i = 0; i < 2; i++)
        if (a->stop[i] >= 0) close(a->stop[i]);
    a->ifd = a->stop[0] = a->stop[1] = -1;
    a->watching = false;
}

/* }====================================================== */
