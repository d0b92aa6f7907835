-- CrampDiary schema, version 1. Never edit this file once it has landed: add a new migration instead.
-- Ids use AUTOINCREMENT so a deleted id is never handed out again (exports and notes may cite it).
-- Times are UTC seconds since 1970 plus the UTC offset (seconds east) in force at that moment,
-- so a night never moves when the person travels or the clocks change.

CREATE TABLE episode (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        TEXT    NOT NULL CHECK (kind IN ('cramp', 'numbness')),
    start_utc   INTEGER NOT NULL,
    utc_offset  INTEGER NOT NULL CHECK (utc_offset BETWEEN -64800 AND 64800),
    leg         TEXT    NOT NULL CHECK (leg IN ('left', 'right', 'both')),
    site        TEXT             CHECK (site IN ('calf', 'foot', 'toes', 'shin', 'thigh', 'other')),
    duration_s  INTEGER NOT NULL CHECK (duration_s BETWEEN 1 AND 86400),
    intensity   INTEGER          CHECK (intensity BETWEEN 0 AND 10),
    woke        TEXT    NOT NULL DEFAULT 'unknown' CHECK (woke IN ('yes', 'no', 'unknown')),
    note        TEXT             CHECK (length(note) <= 10000),
    created_utc INTEGER NOT NULL,
    updated_utc INTEGER NOT NULL CHECK (updated_utc >= created_utc)
) STRICT;

-- Reports and lists read a time range; this keeps them independent of the diary's size.
CREATE INDEX episode_by_start ON episode (start_utc);

CREATE TABLE episode_trigger (
    episode_id INTEGER NOT NULL REFERENCES episode (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL CHECK (position >= 0),
    name       TEXT    NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 100),
    PRIMARY KEY (episode_id, position),
    UNIQUE (episode_id, name)
) STRICT, WITHOUT ROWID;

CREATE TABLE episode_relief (
    episode_id INTEGER NOT NULL REFERENCES episode (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL CHECK (position >= 0),
    name       TEXT    NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 100 AND instr(name, ':') = 0),
    outcome    TEXT    NOT NULL DEFAULT 'unsure' CHECK (outcome IN ('helped', 'partly', 'no-help', 'unsure')),
    PRIMARY KEY (episode_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE posture_session (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    posture      TEXT    NOT NULL CHECK (posture IN ('sitting', 'standing')),
    start_utc    INTEGER NOT NULL,
    utc_offset   INTEGER NOT NULL CHECK (utc_offset BETWEEN -64800 AND 64800),
    duration_s   INTEGER NOT NULL CHECK (duration_s BETWEEN 60 AND 86400),
    breaks_taken INTEGER NOT NULL DEFAULT 0 CHECK (breaks_taken BETWEEN 0 AND 1000),
    note         TEXT             CHECK (length(note) <= 10000),
    created_utc  INTEGER NOT NULL,
    updated_utc  INTEGER NOT NULL CHECK (updated_utc >= created_utc)
) STRICT;

CREATE INDEX posture_session_by_start ON posture_session (start_utc);

CREATE TABLE stretch_break (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    at_utc      INTEGER NOT NULL,
    utc_offset  INTEGER NOT NULL CHECK (utc_offset BETWEEN -64800 AND 64800),
    created_utc INTEGER NOT NULL
) STRICT;

CREATE INDEX stretch_break_by_time ON stretch_break (at_utc);

-- Only values the person changed are stored; defaults live in the code with their sources.
CREATE TABLE setting (
    key   TEXT PRIMARY KEY CHECK (key IN ('night-window', 'break-interval', 'long-standing', 'long-sitting',
                                          'nocturnal-mark', 'link-lookback')),
    value TEXT NOT NULL CHECK (length(value) BETWEEN 1 AND 100)
) STRICT, WITHOUT ROWID;

-- The operation journal behind `cramp undo`: one row per command that wrote, and the changes it made,
-- each with the row as it was before (JSON) so the whole command can be reverted in one transaction.
CREATE TABLE operation (
    id         INTEGER PRIMARY KEY,
    command    TEXT    NOT NULL CHECK (length(command) BETWEEN 1 AND 200),
    summary    TEXT    NOT NULL,
    at_utc     INTEGER NOT NULL,
    undone_utc INTEGER
) STRICT;

CREATE TABLE operation_change (
    operation_id INTEGER NOT NULL REFERENCES operation (id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL CHECK (seq >= 0),
    target       TEXT    NOT NULL CHECK (target IN ('episode', 'posture_session', 'stretch_break', 'setting')),
    row_id       INTEGER,
    row_key      TEXT,
    action       TEXT    NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    before       TEXT    CHECK (before IS NULL OR json_valid(before)),
    CHECK ((action = 'insert') = (before IS NULL)),
    CHECK ((row_id IS NULL) <> (row_key IS NULL)),
    PRIMARY KEY (operation_id, seq)
) STRICT, WITHOUT ROWID;
