/*
 * The C side of the line editor: libedit's native API, plus typed wrappers.
 *
 * `el_set`, `el_get` and `history` are variadic, and Swift cannot call C variadic functions,
 * so every call shape LineEditor uses has a typed `static inline` wrapper here (a system-library
 * target holds no .c files). `EL_BIND` argument lists end with a NULL.
 *
 * The SIGINT handler and its flag are not here but in the CInterrupt target (a .c file, so
 * there is one flag for the whole process, shared with the commands' Ctrl-C checks).
 */
#ifndef TIMELINE_CEDITLINE_SHIM_H
#define TIMELINE_CEDITLINE_SHIM_H

#include <histedit.h>
#include <errno.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/ioctl.h>

typedef char *(*timeline_prompt_fn)(EditLine *);
typedef unsigned char (*timeline_edit_fn)(EditLine *, int);

/* ---- el_set / el_get ---- */

/* EL_PROMPT_ESC: characters between two `escape` characters are not counted as visible
   (for colour sequences). */
static inline int timeline_el_set_prompt(EditLine *el, timeline_prompt_fn fn, char escape) {
    return el_set(el, EL_PROMPT_ESC, fn, escape);
}

/* EL_EDITOR: "emacs" or "vi". Resets all key bindings. */
static inline int timeline_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

/* EL_EDITOR (get): the current mode, "emacs" or "vi"; NULL on failure. */
static inline const char *timeline_el_get_editor(EditLine *el) {
    const char *mode = NULL;
    if (el_get(el, EL_EDITOR, &mode) != 0) return NULL;
    return mode;
}

/* EL_SIGNAL: when on, libedit restores the terminal before a signal reaches the program. */
static inline int timeline_el_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}

/* EL_HIST with the narrow (UTF-8) `history` function. */
static inline int timeline_el_set_history(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}

/* EL_ADDFN: registers an editor function under `name`. */
static inline int timeline_el_add_function(EditLine *el, const char *name, const char *help,
                                           timeline_edit_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}

/* EL_BIND: binds `key` (e.g. "^I") to the editor function `function` in the current keymap. */
static inline int timeline_el_bind(EditLine *el, const char *key, const char *function) {
    return el_set(el, EL_BIND, key, function, (const char *)NULL);
}

/* EL_CLIENTDATA (set). */
static inline int timeline_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

/* EL_CLIENTDATA (get); NULL when unset. */
static inline void *timeline_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}

/* EL_GETFP (get): the stream libedit writes to (0 = input, 1 = output, 2 = error). */
static inline FILE *timeline_el_get_file(EditLine *el, int which) {
    FILE *file = NULL;
    if (el_get(el, EL_GETFP, which, &file) != 0) return NULL;
    return file;
}

/* ---- history ---- */

static inline int timeline_history_set_size(History *h, int size) {
    HistEvent ev;
    return history(h, &ev, H_SETSIZE, size);
}

static inline int timeline_history_set_unique(History *h, int unique) {
    HistEvent ev;
    return history(h, &ev, H_SETUNIQUE, unique);
}

static inline int timeline_history_enter(History *h, const char *entry) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, entry);
}

static inline int timeline_history_clear(History *h) {
    HistEvent ev;
    return history(h, &ev, H_CLEAR);
}

/* H_LAST (the oldest entry), H_PREV (one newer), H_FIRST (newest), H_NEXT (one older):
   the entry's text, or NULL when there is none. Valid until the history changes. */
static inline const char *timeline_history_step(History *h, int op) {
    HistEvent ev;
    if (history(h, &ev, op) == -1) return NULL;
    return ev.str;
}

/* ---- small POSIX helpers Swift finds awkward ---- */

static inline int timeline_errno(void) { return errno; }

/* Columns of the terminal on `fd`, or 0 when unknown. */
static inline int timeline_terminal_columns(int fd) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0) return 0;
    return size.ws_col;
}

#endif
