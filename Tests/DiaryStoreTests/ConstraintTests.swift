import DiaryStore
import Testing

/// The schema's CHECK, NOT NULL, UNIQUE, STRICT and FOREIGN KEY rules, exercised with raw SQL that bypasses
/// every Swift-side validation: the database is the last line of defence for the file's contents.
@Suite("Constraints")
struct ConstraintTests {
    /// Rows at the edges of every range, which must be accepted: the control group for the refusals below.
    static let accepted = [
        "INSERT INTO episode (kind, start_utc, utc_offset, leg, site, duration_s, intensity, woke, note, created_utc, updated_utc) VALUES ('numbness', 2, -64800, 'both', NULL, 86400, 0, 'no', NULL, 5, 6)",
        "INSERT INTO episode_trigger (episode_id, position, name) VALUES (1, 1, 'cold')",
        "INSERT INTO episode_relief (episode_id, position, name, outcome) VALUES (1, 1, 'walk', 'no-help')",
        "INSERT INTO episode_relief (episode_id, position, name) VALUES (1, 2, 'heat')",
        "INSERT INTO posture_session (posture, start_utc, utc_offset, duration_s, breaks_taken, created_utc, updated_utc) VALUES ('standing', 1, 64800, 60, 1000, 1, 1)",
        "INSERT INTO stretch_break (at_utc, utc_offset, created_utc) VALUES (1, 0, 1)",
        "INSERT INTO setting (key, value) VALUES ('link-lookback', '28')",
        "INSERT INTO operation (command, summary, at_utc) VALUES ('log', '', 1)",
        "INSERT INTO operation_change (operation_id, seq, target, row_key, action, before) VALUES (1, 1, 'setting', 'x', 'update', '{\"value\":\"1\"}')",
    ]

    /// Rows each constraint must refuse: (what is wrong, SQL).
    static let refused: [(String, String)] = [
        ("unknown kind", episode(kind: "'headache'")),
        ("offset beyond +18h", episode(offset: "64801")),
        ("offset beyond -18h", episode(offset: "-64801")),
        ("unknown leg", episode(leg: "'middle'")),
        ("missing leg", episode(leg: "NULL")),
        ("unknown site", episode(site: "'knee'")),
        ("zero duration", episode(duration: "0")),
        ("duration over a day", episode(duration: "86401")),
        ("duration as text (STRICT)", episode(duration: "'2m'")),
        ("intensity 11", episode(intensity: "11")),
        ("intensity -1", episode(intensity: "-1")),
        ("unknown woke", episode(woke: "'maybe'")),
        ("missing woke", episode(woke: "NULL")),
        ("note over 10000 characters", episode(note: "substr(hex(zeroblob(5001)), 1, 10001)")),
        ("updated before created", episode(updated: "9")),
        ("trigger of a missing episode", "INSERT INTO episode_trigger (episode_id, position, name) VALUES (999, 0, 'cold')"),
        ("negative trigger position", "INSERT INTO episode_trigger (episode_id, position, name) VALUES (1, -1, 'cold')"),
        ("blank trigger", "INSERT INTO episode_trigger (episode_id, position, name) VALUES (1, 0, '   ')"),
        ("trigger over 100 characters", "INSERT INTO episode_trigger (episode_id, position, name) VALUES (1, 0, substr(hex(zeroblob(51)), 1, 101))"),
        ("same trigger twice", "INSERT INTO episode_trigger (episode_id, position, name) VALUES (1, 0, 'standing')"),
        ("same trigger position twice", "INSERT INTO episode_trigger (episode_id, position, name) VALUES (1, 5, 'cold')"),
        ("relief of a missing episode", "INSERT INTO episode_relief (episode_id, position, name) VALUES (999, 0, 'walk')"),
        ("relief name with a colon", "INSERT INTO episode_relief (episode_id, position, name) VALUES (1, 0, 'stretch:helped')"),
        ("unknown relief outcome", "INSERT INTO episode_relief (episode_id, position, name, outcome) VALUES (1, 0, 'walk', 'great')"),
        ("unknown posture", posture(posture: "'lying'")),
        ("posture under a minute", posture(duration: "59")),
        ("posture over a day", posture(duration: "86401")),
        ("negative breaks", posture(breaks: "-1")),
        ("breaks over 1000", posture(breaks: "1001")),
        ("break offset out of range", "INSERT INTO stretch_break (at_utc, utc_offset, created_utc) VALUES (1, 99999, 1)"),
        ("unknown setting", "INSERT INTO setting (key, value) VALUES ('colour', 'blue')"),
        ("empty setting value", "INSERT INTO setting (key, value) VALUES ('break-interval', '')"),
        ("empty command", "INSERT INTO operation (command, summary, at_utc) VALUES ('', '', 1)"),
        ("change of a missing operation", change(operation: "999")),
        ("unknown change target", change(target: "'person'")),
        ("unknown change action", change(action: "'merge'", before: "'{}'")),
        ("insert with a before image", change(action: "'insert'", before: "'{}'")),
        ("update without a before image", change(action: "'update'", before: "NULL")),
        ("before image that is not JSON", change(action: "'delete'", before: "'{not json'")),
        ("neither row id nor key", change(rowID: "NULL", rowKey: "NULL")),
        ("both row id and key", change(rowID: "1", rowKey: "'x'")),
    ]

    @Test func validRowsAreAccepted() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let db = try prepared(folder)
        for sql in Self.accepted { try db.run(sql) }
        #expect(try db.scalarInt("SELECT count(*) FROM episode_relief WHERE outcome = 'unsure'") == 1)
        #expect(try db.scalarText("SELECT woke FROM episode WHERE id = 1") == "yes")
    }

    @Test(arguments: refused)
    func badRowIsRefused(_ problem: String, _ sql: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let db = try prepared(folder)
        let counts = try rowCounts(db)
        let error = #expect(throws: SQLiteError.self, "\(problem) was stored") { try db.run(sql) }
        #expect(error?.isConstraint == true, "\(problem): \(String(describing: error))")
        #expect(error?.sql == sql)
        #expect(try rowCounts(db) == counts, "\(problem) left a row behind")
    }

    @Test func deletingAnEpisodeRemovesItsTriggersAndReliefs() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let db = try prepared(folder)
        try db.run("DELETE FROM episode WHERE id = 1")
        #expect(try db.scalarInt("SELECT count(*) FROM episode_trigger") == 0)
        #expect(try db.scalarInt("SELECT count(*) FROM episode_relief") == 0)
    }

    /// A diary with episode #1 (trigger `standing` at position 5, relief `stretch`) and operation #1.
    private func prepared(_ folder: TemporaryFolder) throws -> Database {
        let file = try freshDiary(folder)
        try file.db.run(Self.episode())
        try file.db.run("INSERT INTO episode_trigger (episode_id, position, name) VALUES (1, 5, 'standing')")
        try file.db.run("INSERT INTO episode_relief (episode_id, position, name, outcome) VALUES (1, 5, 'stretch', 'helped')")
        try file.db.run("INSERT INTO operation (command, summary, at_utc) VALUES ('log', '', 1)")
        return file.db
    }

    private func rowCounts(_ db: Database) throws -> [Int64] {
        try ["episode", "episode_trigger", "episode_relief", "posture_session", "stretch_break", "setting", "operation",
             "operation_change"].map { try db.scalarInt("SELECT count(*) FROM \($0)") ?? -1 }
    }

    static func episode(
        kind: String = "'cramp'", offset: String = "3600", leg: String = "'left'", site: String = "'calf'",
        duration: String = "120", intensity: String = "7", woke: String = "'yes'", note: String = "'fine'",
        updated: String = "10"
    ) -> String {
        """
        INSERT INTO episode (kind, start_utc, utc_offset, leg, site, duration_s, intensity, woke, note, created_utc, updated_utc) \
        VALUES (\(kind), 1794879600, \(offset), \(leg), \(site), \(duration), \(intensity), \(woke), \(note), 10, \(updated))
        """
    }

    static func posture(posture: String = "'sitting'", duration: String = "3600", breaks: String = "0") -> String {
        """
        INSERT INTO posture_session (posture, start_utc, utc_offset, duration_s, breaks_taken, created_utc, updated_utc) \
        VALUES (\(posture), 1, 3600, \(duration), \(breaks), 1, 1)
        """
    }

    static func change(
        operation: String = "1", target: String = "'episode'", rowID: String = "1", rowKey: String = "NULL",
        action: String = "'insert'", before: String = "NULL"
    ) -> String {
        """
        INSERT INTO operation_change (operation_id, seq, target, row_id, row_key, action, before) \
        VALUES (\(operation), 0, \(target), \(rowID), \(rowKey), \(action), \(before))
        """
    }
}
