-- CrampDiary schema, version 3. Never edit this file once it has landed: add a new migration instead.
-- Medicines the person takes (a timeline of starts, dose changes and stops) and treatment trials
-- planned as phases to compare cramps before and during something tried.
-- Nights are named by the date of the evening they began, as text 'YYYY-MM-DD' (sorts as it reads).

-- One step in a medicine's timeline. The name is kept as typed (trimmed): the vocabulary that maps names
-- to classes is read when reports are made, so a better vocabulary improves old records too.
-- A dose is free text ("40 mg", "1 puff twice daily"); a stop has none.
CREATE TABLE medicine_event (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    action      TEXT    NOT NULL CHECK (action IN ('start', 'change', 'stop')),
    dose        TEXT             CHECK (length(dose) BETWEEN 1 AND 100),
    at_utc      INTEGER NOT NULL,
    utc_offset  INTEGER NOT NULL CHECK (utc_offset BETWEEN -64800 AND 64800),
    note        TEXT             CHECK (length(note) <= 10000),
    created_utc INTEGER NOT NULL,
    updated_utc INTEGER NOT NULL CHECK (updated_utc >= created_utc),
    CHECK (action <> 'stop' OR dose IS NULL),
    CHECK (action <> 'change' OR dose IS NOT NULL)
) STRICT;

CREATE INDEX medicine_event_by_time ON medicine_event (at_utc);

-- A planned comparison: a baseline, then the treatment, optionally repeated (cycles = 2 is ABAB).
-- Washout nights follow each switch between phases and count on neither side. A trial stopped early
-- keeps its plan and records the last night it covered.
CREATE TABLE trial (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    name             TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    first_night      TEXT    NOT NULL CHECK (first_night GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    baseline_nights  INTEGER NOT NULL CHECK (baseline_nights BETWEEN 14 AND 366),
    treatment_nights INTEGER NOT NULL CHECK (treatment_nights BETWEEN 1 AND 366),
    washout_nights   INTEGER NOT NULL DEFAULT 0 CHECK (washout_nights BETWEEN 0 AND 366),
    cycles           INTEGER NOT NULL DEFAULT 1 CHECK (cycles BETWEEN 1 AND 10),
    stopped_night    TEXT             CHECK (stopped_night GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    stop_note        TEXT             CHECK (length(stop_note) <= 10000),
    note             TEXT             CHECK (length(note) <= 10000),
    created_utc      INTEGER NOT NULL,
    updated_utc      INTEGER NOT NULL CHECK (updated_utc >= created_utc),
    CHECK (stopped_night IS NULL OR stopped_night >= first_night)
) STRICT;

CREATE INDEX trial_by_first_night ON trial (first_night);

-- The journal can revert the new tables too. SQLite cannot change a CHECK in place, so the table is
-- rebuilt with its rows (as version 2 did).
CREATE TABLE operation_change_v3 (
    operation_id INTEGER NOT NULL REFERENCES operation (id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL CHECK (seq >= 0),
    target       TEXT    NOT NULL CHECK (target IN ('episode', 'posture_session', 'stretch_break', 'setting',
                                                    'check_in', 'keeping_gap', 'open_stretch',
                                                    'medicine_event', 'trial')),
    row_id       INTEGER,
    row_key      TEXT,
    action       TEXT    NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    before       TEXT    CHECK (before IS NULL OR json_valid(before)),
    CHECK ((action = 'insert') = (before IS NULL)),
    CHECK ((row_id IS NULL) <> (row_key IS NULL)),
    PRIMARY KEY (operation_id, seq)
) STRICT, WITHOUT ROWID;
INSERT INTO operation_change_v3 (operation_id, seq, target, row_id, row_key, action, before)
    SELECT operation_id, seq, target, row_id, row_key, action, before FROM operation_change;
DROP TABLE operation_change;
ALTER TABLE operation_change_v3 RENAME TO operation_change;
