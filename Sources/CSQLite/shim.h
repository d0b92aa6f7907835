#ifndef CRAMP_CSQLITE_SHIM_H
#define CRAMP_CSQLITE_SHIM_H

#include <sqlite3.h>

// Swift cannot call C variadic functions, so the few sqlite3_db_config calls we need are wrapped here.

/// Turns on defensive mode: ordinary SQL can no longer corrupt the file (e.g. via writable_schema).
static inline int cramp_sqlite3_enable_defensive(sqlite3 *db) {
    return sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, (int *)0);
}

#endif
