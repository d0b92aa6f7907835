/// What `cramp check` found in a diary.
public struct IntegrityReport: Sendable, Equatable {
    /// The file checked.
    public let path: String
    /// Its `PRAGMA user_version`; nil when the file could not be read that far.
    public let schemaVersion: Int?
    /// One sentence per problem; empty when the diary is healthy.
    public let problems: [String]

    /// True when nothing is wrong.
    public var isHealthy: Bool { problems.isEmpty }
}

/// The health check behind `cramp check`: SQLite's own integrity check, the schema version, the foreign
/// keys, and the tables and indexes compared with what the migrations create. Only reads.
public enum IntegrityCheck {
    /// Checks the diary at `path`, which must exist.
    ///
    /// Problems with the file's content (damaged, not a database, not a diary, newer schema, broken links)
    /// come back in the report. Throws only when the file cannot be read at all (permissions, a read-only
    /// folder, a lock held beyond the busy timeout).
    public static func run(path: String, migrator: Migrator = Migrator()) throws(StoreError) -> IntegrityReport {
        if FileSystem.size(path) == 0 {
            // SQLite would take an empty file for an empty database; for a diary it means the entries are gone.
            return IntegrityReport(path: path, schemaVersion: nil, problems: [
                "it is empty (0 bytes): the diary was wiped or cut off, and every entry in it is gone",
            ])
        }
        let db: Database
        do {
            // Read-write so a clean close removes the WAL files; nothing is written.
            db = try Database.openExisting(path: path)
        } catch {
            throw StoreError(error, path: path)
        }
        var version: Int?
        do {
            let (found, objects) = try DiaryFile.versionAndTables(db)
            version = found
            let problems = try problems(in: db, version: found, objects: objects, migrator: migrator)
            return IntegrityReport(path: path, schemaVersion: version, problems: problems)
        } catch let error as SQLiteError where error.isNotADatabase {
            return IntegrityReport(path: path, schemaVersion: nil, problems: [
                "it is not a SQLite database (its first bytes are not a SQLite header)",
            ])
        } catch let error as SQLiteError where error.isCorrupt {
            return IntegrityReport(path: path, schemaVersion: version, problems: [
                "it is damaged: \(error.message) (the file is truncated, or parts of it were overwritten)",
            ])
        } catch {
            throw StoreError(any: error, path: path)
        }
    }

    private static func problems(in db: Database, version: Int, objects: Int, migrator: Migrator) throws -> [String] {
        let known = migrator.latestVersion
        if version == 0 && objects > 0 {
            return ["it is a SQLite database but not a cramp diary (it has tables and no cramp schema version)"]
        }
        if version > known {
            return ["it was written by a newer cramp (schema version \(version); this cramp knows up to \(known)), "
                + "so this cramp cannot vouch for it: check it with the newer cramp"]
        }
        var problems: [String] = []
        // At most 20 messages: a badly damaged file can produce thousands.
        let integrity = try db.prepare("PRAGMA integrity_check(20)").bind([]).all { $0.text(0) }
        if integrity != ["ok"] {
            problems += integrity.map { "SQLite's integrity check: \($0)" }
        }
        try db.prepare("SELECT \(BrokenLink.selectList) FROM pragma_foreign_key_check").bind([]).forEachRow { row in
            let table = row.text(BrokenLink.table)
            // WITHOUT ROWID tables (triggers, reliefs) report no rowid.
            let which = row.isNull(BrokenLink.rowID) ? "a row of \(table)" : "\(table) row \(row.int64(BrokenLink.rowID))"
            problems.append("\(which) points to a missing \(row.text(BrokenLink.parent)) row")
        }
        if version == known && version > 0 {
            problems += try schemaDifferences(db, migrator: migrator)
        }
        return problems
    }

    /// Tables, indexes and triggers the migrations create that are missing or altered in `db`.
    ///
    /// Extra objects are not reported: only what cramp itself relies on is checked.
    static func schemaDifferences(_ db: Database, migrator: Migrator) throws -> [String] {
        let expected = try Database(path: ":memory:")
        try migrator.migrate(expected)
        let query = "SELECT \(SchemaObject.selectList) FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY type, name"
        var actual: [String: String] = [:]
        try db.prepare(query).bind([]).forEachRow { actual[$0.text(SchemaObject.name)] = $0.text(SchemaObject.definition) }
        var differences: [String] = []
        try expected.prepare(query).bind([]).forEachRow { row in
            let (type, name, sql) = (row.text(SchemaObject.type), row.text(SchemaObject.name), row.text(SchemaObject.definition))
            guard let found = actual[name] else {
                differences.append("the \(type) \(name) is missing")
                return
            }
            if found != sql { differences.append("the \(type) \(name) differs from schema version \(migrator.latestVersion)") }
        }
        return differences
    }

    /// A row of `pragma_foreign_key_check`: a row whose reference finds no parent.
    private enum BrokenLink: Int32, SelectList {
        case table, rowID, parent

        var sql: String {
            switch self {
            case .table: "\"table\""
            case .rowID: "rowid"
            case .parent: "parent"
            }
        }
    }

    /// A row of `sqlite_schema`: a table, index or trigger and the SQL that created it.
    private enum SchemaObject: Int32, SelectList {
        case type, name, definition

        var sql: String {
            switch self {
            case .type: "type"
            case .name: "name"
            case .definition: "sql"
            }
        }
    }
}
