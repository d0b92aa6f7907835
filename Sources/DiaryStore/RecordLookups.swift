import Diary

// Look-ups by natural key and by id, which an import needs to tell a row already in the diary from a new one.

extension EpisodeRepository {
    /// True when an episode has this id.
    public func contains(id: Int64) throws -> Bool {
        try db.scalarInt("SELECT 1 FROM episode WHERE id = ?", id) != nil
    }
}

extension PostureRepository {
    /// Id of a stored session with the same posture and start instant (the natural key used by import).
    public func existingID(posture: Posture, startUTC: Int64) throws -> Int64? {
        try db.scalarInt(
            "SELECT id FROM posture_session WHERE start_utc = ? AND posture = ? LIMIT 1", startUTC, posture.rawValue)
    }

    /// True when a session has this id.
    public func contains(id: Int64) throws -> Bool {
        try db.scalarInt("SELECT 1 FROM posture_session WHERE id = ?", id) != nil
    }
}
