#include "CMapGuard.h"

#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static _Atomic(uintptr_t) guard_start;
static _Atomic(uintptr_t) guard_end;
static atomic_int guard_tripped;
static atomic_int installed;
static atomic_long page_size;

static void bus_handler(int signo, siginfo_t *info, void *context) {
    (void)context;
    uintptr_t address = (uintptr_t)info->si_addr;
    uintptr_t start = atomic_load(&guard_start);
    uintptr_t end = atomic_load(&guard_end);
    long page = atomic_load(&page_size);
    if (start != 0 && address >= start && address < end && page > 0) {
        void *at = (void *)(address & ~((uintptr_t)page - 1));
        /* mmap is a plain system call on Linux, safe here though POSIX does not list it. */
        if (mmap(at, (size_t)page, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) != MAP_FAILED) {
            atomic_store(&guard_tripped, 1);
            return;
        }
    }
    /* Not ours: the default action, taken when the access faults again on return. */
    signal(signo, SIG_DFL);
}

int timeline_map_guard(const void *base, size_t length) {
    if (!atomic_load(&installed)) {
        atomic_store(&page_size, sysconf(_SC_PAGESIZE));
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_sigaction = bus_handler;
        action.sa_flags = SA_SIGINFO | SA_RESTART;
        sigemptyset(&action.sa_mask);
        if (sigaction(SIGBUS, &action, NULL) != 0) return -1;
        atomic_store(&installed, 1);
    }
    atomic_store(&guard_tripped, 0);
    atomic_store(&guard_end, (uintptr_t)base + length);
    atomic_store(&guard_start, (uintptr_t)base);
    return 0;
}

void timeline_map_unguard(const void *base) {
    uintptr_t expected = (uintptr_t)base;
    if (atomic_compare_exchange_strong(&guard_start, &expected, 0)) atomic_store(&guard_end, 0);
}

int timeline_map_guard_tripped(void) { return atomic_load(&guard_tripped); }
