import Diary

/// The one read behind `cramp status --short`, which a shell prompt runs before every prompt: the open stretch,
/// its breaks so far and the two settings it needs, and nothing more.
///
/// It skips what opening a diary otherwise does (`DiaryFile.open`): the damage guard's check and record, the
/// mode fix, the switch to WAL, the migrations and the backup before one. None of them may write on every prompt,
/// and none changes what this read finds: an older diary has no open stretch; a newer one is refused. It never
/// creates the file.
public enum StretchGlance {
    /// What the prompt line is made of.
    public struct Found: Sendable {
        public let stretch: OpenStretch
        /// Live breaks from the stretch's start through `nowUTC`.
        public let breaks: Int
        public let lastBreakUTC: Int64?
        /// Stored `break-interval` and `stretch-limit` values; nil where the default applies.
        public let storedInterval: String?
        public let storedLimit: String?
    }

    /// The open stretch of the diary at `path` as of `nowUTC`; nil when there is no diary, none is open, or the
    /// diary predates open stretches (schema version 1).
    public static func read(path: String, nowUTC: Int64) throws(StoreError) -> Found? {
        guard let size = FileSystem.size(path), size > 0 else { return nil }
        do {
            let db = try Database(path: path, create: false)
            let (version, objects) = try DiaryFile.versionAndTables(db)
            let known = MigrationCatalogue.latestVersion
            if version > known { throw StoreError.newerVersion(path: path, found: version, known: known) }
            if version == 0 && objects > 0 { throw StoreError.notADiary(path: path) }
            // Version 2 brought the table; an older diary is upgraded by the next command that opens it fully.
            guard version >= 2 else { return nil }
            return try db.prepare("""
                SELECT \(OpenStretchTable.selectList(alias: "s")),
                    (SELECT count(*) FROM stretch_break b WHERE b.at_utc >= s.start_utc AND b.at_utc <= ?1),
                    (SELECT max(b.at_utc) FROM stretch_break b WHERE b.at_utc >= s.start_utc AND b.at_utc <= ?1),
                    (SELECT value FROM setting WHERE key = ?2),
                    (SELECT value FROM setting WHERE key = ?3)
                FROM open_stretch s LIMIT 1
                """).bind([nowUTC, SettingKey.breakInterval.rawValue, SettingKey.stretchLimit.rawValue]).first { row in
                let extra = Int32(OpenStretchTable.allCases.count)
                return Found(stretch: try OpenStretchRepository(db).decode(row, db), breaks: row.int(extra),
                             lastBreakUTC: row.isNull(extra + 1) ? nil : row.int64(extra + 1),
                             storedInterval: row.optionalText(extra + 2), storedLimit: row.optionalText(extra + 3))
            }
        } catch {
            throw StoreError(any: error, path: path)
        }
    }
}
