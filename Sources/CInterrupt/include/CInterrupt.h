/*
 * Ctrl-C (SIGINT) for the whole process: one flag, one handler, in plain C so that the
 * handler is async-signal-safe (it only does atomic stores, unlink(2) and _exit(2)).
 *
 * This is the process's only global mutable state besides the line editor's bridge:
 * a signal handler cannot capture context, so the flag it sets must be a global.
 * It lives in a .c file (not a static inline function) so there is exactly one copy.
 *
 * - The handler sets `pending`. Long loops poll it (timeline_interrupt_pending, a relaxed
 *   atomic load) and stop; whoever handles the interruption clears it (timeline_interrupt_take).
 * - Polls see the flag only once the program has armed it (timeline_interrupt_arm): the
 *   command-line tool arms it, unit tests that raise SIGINT in-process do not, so they
 *   cannot interrupt other tests running in parallel.
 * - A program that does not poll in time is not stuck: the third SIGINT that nobody took
 *   removes the registered temporary file (timeline_interrupt_set_cleanup) and ends the
 *   process with _exit(130).
 */
#ifndef TIMELINE_CINTERRUPT_H
#define TIMELINE_CINTERRUPT_H

#include <signal.h>

#include "CMapGuard.h"  /* SIGBUS while reading a file mapping */
#include "CMemoryHint.h"  /* prefetch for hash tables */

/* Installs the handler, saving the previous action in `previous` (may be NULL). With `restart`
   0, a SIGINT makes a blocked read() fail with EINTR instead of being restarted. */
int timeline_interrupt_install(int restart, struct sigaction *previous);

/* Unblocks SIGINT for the calling thread: a parent (a test runner, a job-control shell's
   helper) may have started us with it blocked, and then Ctrl-C would never arrive. */
int timeline_interrupt_unblock(void);

/* Puts back an action saved by timeline_interrupt_install. */
int timeline_interrupt_restore(const struct sigaction *previous);

/* Lets timeline_interrupt_pending report the flag (1) or not (0). */
void timeline_interrupt_arm(int armed);

/* 1 when armed and a SIGINT (or timeline_interrupt_request) arrived and was not taken yet. */
int timeline_interrupt_pending(void);

/* Clears the flag and the count of untaken signals; returns whether the flag was set
   (armed or not). */
int timeline_interrupt_take(void);

/* Sets the flag as the handler does (for callers that are not a signal). */
void timeline_interrupt_request(void);

/* The file a forced exit removes first (a temporary file being written), or NULL for none.
   The string is copied. */
void timeline_interrupt_set_cleanup(const char *path);

#endif
