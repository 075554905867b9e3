#include "CInterrupt.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static atomic_int pending;
static atomic_int untaken;
static atomic_int armed;
static _Atomic(char *) cleanup_path;

/* The third SIGINT that nobody took ends the process: a long step that does not poll
   must not make Ctrl-C useless. */
enum { FORCED_EXIT_AFTER = 3 };

static void handler(int signo) {
    (void)signo;
    atomic_store_explicit(&pending, 1, memory_order_relaxed);
    if (atomic_fetch_add(&untaken, 1) + 1 < FORCED_EXIT_AFTER) return;
    char *path = atomic_load(&cleanup_path);
    if (path != NULL) unlink(path);
    static const char message[] = "\ninterrupted\n";
    ssize_t ignored = write(STDERR_FILENO, message, sizeof message - 1);
    (void)ignored;
    _exit(130);
}

int timeline_interrupt_install(int restart, struct sigaction *previous) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = restart ? SA_RESTART : 0;
    return sigaction(SIGINT, &action, previous);
}

int timeline_interrupt_unblock(void) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    return pthread_sigmask(SIG_UNBLOCK, &set, NULL);
}

int timeline_interrupt_restore(const struct sigaction *previous) {
    return sigaction(SIGINT, previous, NULL);
}

void timeline_interrupt_arm(int on) { atomic_store(&armed, on ? 1 : 0); }

int timeline_interrupt_pending(void) {
    return atomic_load_explicit(&pending, memory_order_relaxed)
        && atomic_load_explicit(&armed, memory_order_relaxed);
}

int timeline_interrupt_take(void) {
    atomic_store(&untaken, 0);
    return atomic_exchange(&pending, 0);
}

void timeline_interrupt_request(void) { atomic_store(&pending, 1); }

void timeline_interrupt_set_cleanup(const char *path) {
    char *copy = path != NULL ? strdup(path) : NULL;
    /* The old copy is not freed: a handler on another thread may be reading it. One short
       string per file written is the price of never unlinking a freed (reused) buffer. */
    atomic_store(&cleanup_path, copy);
}
