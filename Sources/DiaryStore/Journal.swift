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
    public enum Target: String, CaseIterable, Sendable {
        case episode
        case postureSession = "posture_session"
        case stretchBreak = "stretch_break"
        case setting
        case checkIn = "check_in"
        case keepingGap = "keeping_gap"
        case openStretch = "open_stretch"
        case medicineEvent = "medicine_event"
        case trial

        /// The table, its key and its children, from the column enums.
        var layout: Layout {
            switch self {
            case .episode:
                Layout(key: EpisodeTable.id,
                       children: [Layout.Child(owner: EpisodeTriggerTable.episodeID),
                                  Layout.Child(owner: EpisodeReliefTable.episodeID)])
            case .postureSession: Layout(key: PostureSessionTable.id)
            case .stretchBreak: Layout(key: StretchBreakTable.id)
            case .setting: Layout(key: SettingTable.key)
            case .checkIn: Layout(key: CheckInTable.id)
            case .keepingGap: Layout(key: KeepingGapTable.id)
            case .openStretch: Layout(key: OpenStretchTable.id)
            case .medicineEvent: Layout(key: MedicineEventTable.id)
            case .trial: Layout(key: TrialTable.id)
            }
        }
    }

    /// What the journal copies and restores of one target: fixed names from a column enum, never input.
    struct Layout {
        /// The table's name.
        let table: String
        /// The column identifying a row (`operation_change.row_id` or `row_key` holds its value).
        let key: String
        /// The other columns, in table order.
        let columns: [String]
        /// Tables whose rows belong to a row of this one and are copied and restored with it.
        let children: [Child]

        init<C: TableColumns>(key: C, children: [Child] = []) {
            table = C.table
            self.key = key.columnName
            columns = C.names(excluding: key)
            self.children = children
        }

        /// A table of rows owned by one row of the target.
        struct Child {
            /// The table's name.
            let table: String
            /// The column holding the owning row's key.
            let owner: String
            /// The other columns, in table order: a snapshot stores each child row as an array in this order.
            let columns: [String]

            init<C: TableColumns>(owner: C) {
                table = C.table
                self.owner = owner.columnName
                columns = C.names(excluding: owner)
            }
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
            // Cached: an import records one change per row, a million for a large file.
            try db.cached("""
                INSERT INTO operation_change (operation_id, seq, target, row_id, action) VALUES (?, ?, ?, ?, 'insert')
                """).bind([id, next(), target.rawValue, rowID]).run()
        }

        /// Records that the command inserted every row of `target` whose id is in `ids` (undo deletes them all):
        /// one change for a run of consecutive ids, as an import stores them (see `IDRun`).
        public func inserted(_ target: Target, ids: ClosedRange<Int64>) throws {
            precondition(target != .setting, "settings are keyed by name, not by id")
            guard ids.lowerBound != ids.upperBound else { return try inserted(target, rowID: ids.lowerBound) }
            try db.cached("""
                INSERT INTO operation_change (operation_id, seq, target, row_key, action) VALUES (?, ?, ?, ?, 'insert')
                """).bind([id, next(), target.rawValue, IDRun.text(ids)]).run()
        }

        /// Snapshots row `rowID` before the command updates or deletes it. Call before the change.
        public func willChange(_ target: Target, rowID: Int64, _ action: Action) throws {
            precondition(action != .insert && target != .setting)
            let layout = target.layout
            try db.run("""
                INSERT INTO operation_change (operation_id, seq, target, row_id, action, before)
                SELECT ?, ?, ?, \(layout.key), ?, \(Journal.snapshot(layout)) FROM \(layout.table) AS t
                WHERE \(layout.key) = ?
                """, id, next(), target.rawValue, action.rawValue, rowID)
        }

        /// Snapshots a setting before the command sets or resets it (nothing stored: undo removes it).
        public func willChangeSetting(_ key: String) throws {
            let layout = Target.setting.layout
            let before = try db.scalarText("""
                SELECT \(Journal.snapshot(layout)) FROM \(layout.table) AS t WHERE \(layout.key) = ?
                """, key)
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
            SELECT \(OperationTable.selectList) FROM \(OperationTable.table)
            WHERE undone_utc IS NULL ORDER BY id DESC LIMIT 1
            """).bind([]).first {
            ($0.int64(OperationTable.id), $0.text(OperationTable.command), $0.text(OperationTable.summary),
             $0.int64(OperationTable.atUTC))
        }
    }

    /// Reverts the most recent command not yet undone; nil when there is none. Call inside a transaction.
    public func undoLast(nowUTC: Int64) throws -> Undone? {
        guard let last = try last() else { return nil }
        typealias Change = OperationChangeTable
        let changes = try db.prepare("""
            SELECT \(OperationChangeTable.selectList) FROM \(OperationChangeTable.table)
            WHERE operation_id = ? ORDER BY seq DESC
            """).bind([last.id]).all { row in
            guard let target = Target(rawValue: row.text(Change.target)),
                  let action = Action(rawValue: row.text(Change.action)) else {
                throw db.damaged("change \(row.int64(Change.seq)) of operation \(last.id) in the undo journal names "
                    + "\"\(row.text(Change.target))/\(row.text(Change.action))\", which this cramp does not know")
            }
            // The table's CHECK lets exactly one of the two identify the row.
            if !row.isNull(Change.rowID) {
                return (target, ChangedRows.one(row.int64(Change.rowID)), action, row.optionalText(Change.before))
            }
            let key = row.text(Change.rowKey)
            // A setting is named by its key; a table keyed by id names a run of inserted rows (`IDRun`).
            if target == .setting { return (target, ChangedRows.one(key), action, row.optionalText(Change.before)) }
            guard action == .insert, let ids = IDRun.parse(key) else {
                throw db.damaged("change \(row.int64(Change.seq)) of operation \(last.id) in the undo journal names "
                    + "the rows \"\(key)\" of \(target.rawValue), which this cramp cannot read")
            }
            return (target, ChangedRows.run(ids), action, nil)
        }
        var rows = 0
        for (target, changed, action, before) in changes {
            switch changed {
            case .one(let key):
                try revert(target, key: key, action: action, before: before)
                rows += 1
            case .run(let ids):
                // Inserted by this command, every one: children go with them (ON DELETE CASCADE).
                let layout = target.layout
                try db.run("DELETE FROM \(layout.table) WHERE \(layout.key) BETWEEN ? AND ?", ids.lowerBound, ids.upperBound)
                rows += ids.count
            }
        }
        try db.run("UPDATE operation SET undone_utc = ? WHERE id = ?", nowUTC, last.id)
        return Undone(command: last.command, summary: last.summary, atUTC: last.atUTC, changes: rows)
    }

    /// The rows one change names: one row (by id, or a setting by key), or a run of rows inserted together.
    private enum ChangedRows {
        case one(any SQLBindable)
        case run(ClosedRange<Int64>)
    }

    /// Puts back the row `key` of `target` as `before` holds it, or removes it when the command inserted it.
    private func revert(_ target: Target, key: any SQLBindable, action: Action, before: String?) throws {
        let layout = target.layout
        // Deleting first makes insert, update and delete one path: remove what is there, put back what was.
        try db.run("DELETE FROM \(layout.table) WHERE \(layout.key) = ?", key)
        guard action != .insert, let before else { return }
        let values = layout.columns.map { "json_extract(?2, '$.\($0)')" }.joined(separator: ", ")
        try db.run("""
            INSERT INTO \(layout.table) (\(layout.key), \(layout.columns.joined(separator: ", "))) SELECT ?1, \(values)
            """, key, before)
        for child in layout.children {
            let picks = child.columns.indices.map { "json_extract(value, '$[\($0)]')" }.joined(separator: ", ")
            try db.run("""
                INSERT INTO \(child.table) (\(child.owner), \(child.columns.joined(separator: ", ")))
                SELECT ?1, \(picks) FROM json_each(?2, '$.\(child.table)')
                """, key, before)
        }
    }

    /// SQL building the JSON snapshot of row `t` (and its children) from the schema's own column names.
    static func snapshot(_ layout: Layout) -> String {
        var members = layout.columns.map { "'\($0)', t.\($0)" }
        for child in layout.children {
            let array = child.columns.map { "c.\($0)" }.joined(separator: ", ")
            members.append("""
                '\(child.table)', json((SELECT json_group_array(json_array(\(array))) FROM \(child.table) c \
                WHERE c.\(child.owner) = t.\(layout.key)))
                """)
        }
        return "json_object(\(members.joined(separator: ", ")))"
    }
}
