/// The operation journal behind `cramp undo`.
///
/// Every command that writes records, in the same transaction, an `operation` row and one change per
/// row it touched, holding the row as it was before (JSON, captured by SQLite itself). `undo` replays
/// those changes backwards in one transaction, so a command is reverted as a whole or not at all.
public struct Journal {
    let db: Database

    /// A journal over an open connection.
    public init(_ db: Database) { self.db = db }

    /// A table the journal can revert.
    public enum Target: String, Sendable {
        case episode
        case postureSession = "posture_session"
        case stretchBreak = "stretch_break"
        case setting

        /// Columns besides the key, in table order; fixed names from the schema, never input.
        var columns: [String] {
            switch self {
            case .episode:
                ["kind", "start_utc", "utc_offset", "leg", "site", "duration_s", "intensity", "woke", "note",
                 "created_utc", "updated_utc"]
            case .postureSession:
                ["posture", "start_utc", "utc_offset", "duration_s", "breaks_taken", "note", "created_utc", "updated_utc"]
            case .stretchBreak: ["at_utc", "utc_offset", "created_utc"]
            case .setting: ["value"]
            }
        }

        var key: String { self == .setting ? "key" : "id" }

        /// Child tables copied with the row: (table, columns after episode_id).
        var children: [(table: String, columns: [String])] {
            self == .episode
                ? [("episode_trigger", ["position", "name"]), ("episode_relief", ["position", "name", "outcome"])]
                : []
        }
    }

    /// What a command did to one row.
    public enum Action: String, Sendable { case insert, update, delete }

    /// An operation being recorded inside a write transaction.
    public final class Operation {
        let db: Database
        /// The operation's id.
        public let id: Int64
        private var seq = 0

        init(db: Database, id: Int64) {
            self.db = db
            self.id = id
        }

        /// Records that the command inserted row `rowID` (undo deletes it).
        public func inserted(_ target: Target, rowID: Int64) throws {
            try db.run("""
                INSERT INTO operation_change (operation_id, seq, target, row_id, action) VALUES (?, ?, ?, ?, 'insert')
                """, id, next(), target.rawValue, rowID)
        }

        /// Snapshots row `rowID` before the command updates or deletes it. Call before the change.
        public func willChange(_ target: Target, rowID: Int64, _ action: Action) throws {
            precondition(action != .insert && target != .setting)
            try db.run("""
                INSERT INTO operation_change (operation_id, seq, target, row_id, action, before)
                SELECT ?, ?, ?, id, ?, \(Journal.snapshot(target)) FROM \(target.rawValue) AS t WHERE id = ?
                """, id, next(), target.rawValue, action.rawValue, rowID)
        }

        /// Snapshots a setting before the command sets or resets it (nothing stored: undo removes it).
        public func willChangeSetting(_ key: String) throws {
            let before = try db.scalarText("SELECT json_object('value', value) FROM setting WHERE key = ?", key)
            try db.run("""
                INSERT INTO operation_change (operation_id, seq, target, row_key, action, before)
                VALUES (?, ?, 'setting', ?, ?, ?)
                """, id, next(), key, before == nil ? "insert" : "update", before)
        }

        /// Sets the one-line summary shown by `undo` ("logged #12 cramp ...").
        public func describe(_ summary: String) throws {
            try db.run("UPDATE operation SET summary = ? WHERE id = ?", summary, id)
        }

        private func next() -> Int {
            defer { seq += 1 }
            return seq
        }
    }

    /// Starts recording a command. Must be called inside the command's write transaction.
    public func begin(command: String, nowUTC: Int64) throws -> Operation {
        precondition(db.isInTransaction, "journal entries belong to the command's transaction")
        try db.run("INSERT INTO operation (command, summary, at_utc) VALUES (?, '', ?)", command, nowUTC)
        return Operation(db: db, id: db.lastInsertRowID)
    }

    /// A command that was reverted.
    public struct Undone: Sendable {
        /// The command's name (`log`, `edit`, `delete`...).
        public let command: String
        /// The summary recorded with it.
        public let summary: String
        /// When it was run (UTC seconds).
        public let atUTC: Int64
        /// Rows it touched.
        public let changes: Int
    }

    /// The most recent command not yet undone, without reverting it.
    public func last() throws -> (id: Int64, command: String, summary: String, atUTC: Int64)? {
        try db.prepare("""
            SELECT id, command, summary, at_utc FROM operation WHERE undone_utc IS NULL ORDER BY id DESC LIMIT 1
            """).bind([]).first { ($0.int64(0), $0.text(1), $0.text(2), $0.int64(3)) }
    }

    /// Reverts the most recent command not yet undone; nil when there is none. Call inside a transaction.
    public func undoLast(nowUTC: Int64) throws -> Undone? {
        guard let last = try last() else { return nil }
        let changes = try db.prepare("""
            SELECT target, row_id, row_key, action, before FROM operation_change
            WHERE operation_id = ? ORDER BY seq DESC
            """).bind([last.id]).all { ($0.text(0), $0.optionalInt(1).map(Int64.init), $0.optionalText(2), $0.text(3), $0.optionalText(4)) }
        for (targetName, rowID, rowKey, actionName, before) in changes {
            guard let target = Target(rawValue: targetName), let action = Action(rawValue: actionName) else {
                throw SQLiteError(code: 11, message: "unknown journal entry \(targetName)/\(actionName)")
            }
            try revert(target, rowID: rowID, rowKey: rowKey, action: action, before: before)
        }
        try db.run("UPDATE operation SET undone_utc = ? WHERE id = ?", nowUTC, last.id)
        return Undone(command: last.command, summary: last.summary, atUTC: last.atUTC, changes: changes.count)
    }

    private func revert(_ target: Target, rowID: Int64?, rowKey: String?, action: Action, before: String?) throws {
        if target == .setting, let rowKey {
            try db.run("DELETE FROM setting WHERE key = ?", rowKey)
            if let before {
                try db.run("INSERT INTO setting (key, value) VALUES (?, json_extract(?, '$.value'))", rowKey, before)
            }
            return
        }
        guard let rowID else { return }
        // Deleting first makes insert, update and delete one path: remove what is there, put back what was.
        try db.run("DELETE FROM \(target.rawValue) WHERE id = ?", rowID)
        guard action != .insert, let before else { return }
        let columns = target.columns
        let values = columns.map { "json_extract(?2, '$.\($0)')" }.joined(separator: ", ")
        try db.run("INSERT INTO \(target.rawValue) (id, \(columns.joined(separator: ", "))) SELECT ?1, \(values)",
                   rowID, before)
        for child in target.children {
            let picks = child.columns.indices.map { "json_extract(value, '$[\($0)]')" }.joined(separator: ", ")
            try db.run("""
                INSERT INTO \(child.table) (episode_id, \(child.columns.joined(separator: ", ")))
                SELECT ?1, \(picks) FROM json_each(?2, '$.\(child.table)')
                """, rowID, before)
        }
    }

    /// SQL building the JSON snapshot of row `t` (and its children) from the schema's own column names.
    static func snapshot(_ target: Target) -> String {
        var members = target.columns.map { "'\($0)', t.\($0)" }
        for child in target.children {
            let array = child.columns.map { "c.\($0)" }.joined(separator: ", ")
            members.append("""
                '\(child.table)', json((SELECT json_group_array(json_array(\(array))) FROM \(child.table) c \
                WHERE c.episode_id = t.id))
                """)
        }
        return "json_object(\(members.joined(separator: ", ")))"
    }
}
