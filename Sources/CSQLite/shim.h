#ifndef CRAMP_CSQLITE_SHIM_H
#define CRAMP_CSQLITE_SHIM_H

#include <sqlite3.h>

// Swift cannot call C variadic functions, so the few sqlite3_db_config calls we need are wrapped here.

/// Turns on defensive mode: ordinary SQL can no longer corrupt the file (e.g. via writable_schema).
static inline int cramp_sqlite3_enable_defensive(sqlite3 *db) {
    return sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, (int *)0);
}

#if defined(__linux__) && __has_include(<malloc.h>)
#include <malloc.h>
#endif

/// Lets glibc keep up to `bytes` of freed heap instead of returning it with brk(2) at every free. SQLite builds and
/// drops a small b-tree for each IN list of a CHECK on every inserted row; with the default 128 KiB threshold the heap
/// shrinks and grows a few times per row, a quarter of a large import's time. Does nothing elsewhere.
static inline void cramp_keep_freed_heap(int bytes) {
#if defined(M_TRIM_THRESHOLD)
    mallopt(M_TRIM_THRESHOLD, bytes);
#else
    (void)bytes;
#endif
}

#endif
