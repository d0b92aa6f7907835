-- CrampDiary schema, version 2. Never edit this file once it has landed: add a new migration instead.
-- Which nights were kept (check-ins and marked gaps), and a stretch of sitting or standing under way.
-- Nights are named by the date of the evening they began, as text 'YYYY-MM-DD' (sorts as it reads).

-- A morning check-in: either the night was quiet (no cramp) or it scores cramp-related sleep
-- disturbance 0-10; next-day soreness 0-10 may be added to either. One per night: a second replaces it.
CREATE TABLE check_in (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    night             TEXT    NOT NULL UNIQUE CHECK (night GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    quiet             INTEGER NOT NULL CHECK (quiet IN (0, 1)),
    sleep_disturbance INTEGER          CHECK (sleep_disturbance BETWEEN 0 AND 10),
    soreness          INTEGER          CHECK (soreness BETWEEN 0 AND 10),
    note              TEXT             CHECK (length(note) <= 10000),
    at_utc            INTEGER NOT NULL,
    utc_offset        INTEGER NOT NULL CHECK (utc_offset BETWEEN -64800 AND 64800),
    created_utc       INTEGER NOT NULL,
    updated_utc       INTEGER NOT NULL CHECK (updated_utc >= created_utc),
    -- A quiet night has no disturbance score; a night that is not quiet has one.
    CHECK ((quiet = 1) = (sleep_disturbance IS NULL))
) STRICT;

-- Nights the person marks as not logged (travel, hospital, a forgotten week). A gap without a last
-- night means keeping was ended and not restarted yet; at most one such open gap exists.
CREATE TABLE keeping_gap (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    first_night TEXT    NOT NULL CHECK (first_night GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    last_night  TEXT             CHECK (last_night GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    note        TEXT             CHECK (length(note) <= 10000),
    created_utc INTEGER NOT NULL,
    updated_utc INTEGER NOT NULL CHECK (updated_utc >= created_utc),
    CHECK (last_night IS NULL OR last_night >= first_night)
) STRICT;

CREATE INDEX keeping_gap_by_first_night ON keeping_gap (first_night);
CREATE UNIQUE INDEX keeping_gap_one_open ON keeping_gap (last_night IS NULL) WHERE last_night IS NULL;

-- A stretch of sitting or standing started and not stopped yet: at most one (slot is always 1).
-- Stopping it turns it into a posture_session row; breaks taken meanwhile are stretch_break rows.
CREATE TABLE open_stretch (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    slot        INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (slot = 1),
    posture     TEXT    NOT NULL CHECK (posture IN ('sitting', 'standing')),
    start_utc   INTEGER NOT NULL,
    utc_offset  INTEGER NOT NULL CHECK (utc_offset BETWEEN -64800 AND 64800),
    note        TEXT             CHECK (length(note) <= 10000),
    created_utc INTEGER NOT NULL
) STRICT;

-- Two new settings: how nights count as kept, and when an open stretch is too old to be believed.
-- SQLite cannot change a CHECK in place, so the table is rebuilt with its rows.
CREATE TABLE setting_v2 (
    key   TEXT PRIMARY KEY CHECK (key IN ('night-window', 'break-interval', 'long-standing', 'long-sitting',
                                          'nocturnal-mark', 'link-lookback', 'keeping', 'stretch-limit')),
    value TEXT NOT NULL CHECK (length(value) BETWEEN 1 AND 100)
) STRICT, WITHOUT ROWID;
INSERT INTO setting_v2 (key, value) SELECT key, value FROM setting;
DROP TABLE setting;
ALTER TABLE setting_v2 RENAME TO setting;

-- The journal can revert the new tables too: same rebuild for its target list.
CREATE TABLE operation_change_v2 (
    operation_id INTEGER NOT NULL REFERENCES operation (id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL CHECK (seq >= 0),
    target       TEXT    NOT NULL CHECK (target IN ('episode', 'posture_session', 'stretch_break', 'setting',
                                                    'check_in', 'keeping_gap', 'open_stretch')),
    row_id       INTEGER,
    row_key      TEXT,
    action       TEXT    NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    before       TEXT    CHECK (before IS NULL OR json_valid(before)),
    CHECK ((action = 'insert') = (before IS NULL)),
    CHECK ((row_id IS NULL) <> (row_key IS NULL)),
    PRIMARY KEY (operation_id, seq)
) STRICT, WITHOUT ROWID;
INSERT INTO operation_change_v2 (operation_id, seq, target, row_id, row_key, action, before)
    SELECT operation_id, seq, target, row_id, row_key, action, before FROM operation_change;
DROP TABLE operation_change;
ALTER TABLE operation_change_v2 RENAME TO operation_change;
