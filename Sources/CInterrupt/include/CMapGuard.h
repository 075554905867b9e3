/*
 * Reading a file through mmap(2) without dying if another program shortens it meanwhile.
 *
 * Touching a page of a mapping past the end of its (now shorter) file raises SIGBUS, which
 * would end the process. While a guard is up, the handler maps a page of zeros over the
 * faulting page instead, notes that it did (the reader then says the file changed while it
 * was read), and the access goes on. A SIGBUS outside the guarded range gets the default
 * action. One range at a time: the guard's range and flag are the process's only other
 * global state besides the SIGINT flag (a handler cannot capture context).
 */
#ifndef TIMELINE_CMAPGUARD_H
#define TIMELINE_CMAPGUARD_H

#include <stddef.h>

/* Guards `length` bytes at `base` (a file mapping) and clears the tripped flag; installs the
   SIGBUS handler the first time. Returns 0, or -1 if the handler could not be installed. */
int timeline_map_guard(const void *base, size_t length);

/* Ends the guard of the range at `base`, if it is the one guarded (a SIGBUS then gets the
   default action again); a later guard of another range is left alone. */
void timeline_map_unguard(const void *base);

/* 1 when a page of the guarded range was replaced by zeros since timeline_map_guard. */
int timeline_map_guard_tripped(void);

#endif
