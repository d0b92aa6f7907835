import Diary

// Look-ups by natural key and by id, which an import needs to tell a row already in the diary from a new one.
// "Unclaimed" means not in the running import's `temp.import_claimed` (see `ImportLedger`).

extension EpisodeRepository {
    /// True when an episode has this id.
    public func contains(id: Int64) throws -> Bool {
        try db.cached("SELECT 1 FROM episode WHERE id = ?").bind([id]).first { _ in true } ?? false
    }

    /// True when episode `id` has this kind, start instant and leg and no row of the running import took it yet.
    public func hasUnclaimed(id: Int64, kind: EpisodeKind, startUTC: Int64, leg: Leg) throws -> Bool {
        try db.cached("""
            SELECT 1 FROM episode WHERE id = ? AND start_utc = ? AND kind = ? AND leg = ?
            AND id NOT IN (SELECT id FROM temp.import_claimed)
            """).bind([id, startUTC, kind.rawValue, leg.rawValue]).first { _ in true } ?? false
    }

    /// The lowest id of an episode with this kind, start instant and leg that no row of the running import took yet.
    public func unclaimedID(kind: EpisodeKind, startUTC: Int64, leg: Leg) throws -> Int64? {
        try db.cached("""
            SELECT id FROM episode WHERE start_utc = ? AND kind = ? AND leg = ?
            AND id NOT IN (SELECT id FROM temp.import_claimed) ORDER BY id LIMIT 1
            """).bind([startUTC, kind.rawValue, leg.rawValue]).first { $0.int64(0) }
    }
}

extension PostureRepository {
    /// True when a session has this id.
    public func contains(id: Int64) throws -> Bool {
        try db.cached("SELECT 1 FROM posture_session WHERE id = ?").bind([id]).first { _ in true } ?? false
    }

    /// True when session `id` has this posture and start instant and no row of the running import took it yet.
    public func hasUnclaimed(id: Int64, posture: Posture, startUTC: Int64) throws -> Bool {
        try db.cached("""
            SELECT 1 FROM posture_session WHERE id = ? AND start_utc = ? AND posture = ?
            AND id NOT IN (SELECT id FROM temp.import_claimed)
            """).bind([id, startUTC, posture.rawValue]).first { _ in true } ?? false
    }

    /// The lowest id of a session with this posture and start instant that no row of the running import took yet.
    public func unclaimedID(posture: Posture, startUTC: Int64) throws -> Int64? {
        try db.cached("""
            SELECT id FROM posture_session WHERE start_utc = ? AND posture = ?
            AND id NOT IN (SELECT id FROM temp.import_claimed) ORDER BY id LIMIT 1
            """).bind([startUTC, posture.rawValue]).first { $0.int64(0) }
    }
}
