import Diary
@testable import DiaryStore
import Testing

/// The column enums (`Schema.tables`) and the undo journal's layouts, held to the schema the migrations
/// create: a column added, removed or moved on one side and not the other fails here.
@Suite("Schema columns")
struct SchemaColumnsTests {
    @Test func columnEnumsAndJournalLayoutsMatchAFreshlyMigratedDiary() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try freshDiary(folder)
        #expect(try SchemaDrift.differences(file.db) == [])
    }

    /// The comparison must notice what it is for, or its passing means nothing.
    @Test func aColumnOrTableAddedToTheSchemaAloneIsNoticed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try freshDiary(folder)
        try file.db.executeScript("ALTER TABLE episode ADD COLUMN mood TEXT")
        let added = try SchemaDrift.differences(file.db)
        #expect(added.contains { $0.hasPrefix("episode:") }, "\(added)")
        #expect(added.contains { $0.hasPrefix("journal episode:") }, "\(added)")

        try file.db.executeScript("ALTER TABLE episode_relief ADD COLUMN rating INTEGER; CREATE TABLE medicine (id INTEGER)")
        let more = try SchemaDrift.differences(file.db)
        #expect(more.contains { $0.hasPrefix("episode_relief:") }, "\(more)")
        #expect(more.contains { $0.hasPrefix("journal episode child episode_relief:") }, "\(more)")
        #expect(more.contains("medicine: a table with no column enum"), "\(more)")
    }

    @Test func everyCaseReadsThePositionItIsListedAt() {
        for table in Schema.tables {
            let inOrder = SchemaDrift.positionsFollowOrder(table)
            #expect(inOrder, "\(table)")
        }
    }
}

/// Differences between the schema of a database and what the store's column enums and journal expect.
enum SchemaDrift {
    /// One line per difference, each starting with the table it concerns; empty when they agree.
    static func differences(_ db: Database) throws -> [String] {
        var found: [String] = []
        let known = Set(Schema.tables.map { $0.table })
        let tables = try db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            .bind([]).all { $0.text(0) }
        for table in tables.sorted() where !known.contains(table) {
            found.append("\(table): a table with no column enum")
        }
        for table in Schema.tables {
            let stored = try columns(of: table.table, db)
            if stored != table.names { found.append("\(table.table): the schema has \(stored), the enum \(table.names)") }
        }
        for target in Journal.Target.allCases {
            let layout = target.layout
            if layout.table != target.rawValue {
                found.append("journal \(target.rawValue): stored as \(target.rawValue) but reverts \(layout.table)")
            }
            let stored = try columns(of: layout.table, db)
            if [layout.key] + layout.columns != stored {
                found.append("journal \(layout.table): the schema has \(stored), the journal \([layout.key] + layout.columns)")
            }
            let primaryKey = try db.prepare("SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk")
                .bind([layout.table]).all { $0.text(0) }
            if primaryKey != [layout.key] {
                found.append("journal \(layout.table): the key is \(primaryKey), the journal uses \(layout.key)")
            }
            for child in layout.children {
                let childColumns = try columns(of: child.table, db)
                if [child.owner] + child.columns != childColumns {
                    found.append("journal \(layout.table) child \(child.table): the schema has \(childColumns), "
                        + "the journal \([child.owner] + child.columns)")
                }
                let references = try db.prepare("SELECT \"from\" FROM pragma_foreign_key_list(?) WHERE \"table\" = ?")
                    .bind([child.table, layout.table]).all { $0.text(0) }
                if references != [child.owner] {
                    found.append("journal \(layout.table) child \(child.table): \(references) refer to it, not \(child.owner)")
                }
            }
        }
        return found
    }

    /// The table's columns as SQLite lists them, in order.
    static func columns(of table: String, _ db: Database) throws -> [String] {
        try db.prepare("SELECT name FROM pragma_table_info(?) ORDER BY cid").bind([table]).all { $0.text(0) }
    }

    /// True when every case's raw value (the position a decoder reads) is its place in `allCases` (the SELECT list).
    static func positionsFollowOrder<C: TableColumns>(_ table: C.Type) -> Bool {
        C.allCases.enumerated().allSatisfy { Int32($0.offset) == $0.element.rawValue }
    }
}
