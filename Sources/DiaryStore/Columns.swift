import CSQLite
import Diary

/// The items of one SELECT list, in order.
///
/// Each case's raw value is its position in the result row, and the compiler numbers the cases in the
/// order they are written, so the list built from `allCases` and the positions a decoder reads can never
/// disagree, and reading a column by case costs what reading it by number does (no lookup per row).
protocol SelectList: CaseIterable, RawRepresentable where RawValue == Int32 {
    /// The item as written in the SELECT list: a column name or an expression.
    var sql: String { get }
}

extension SelectList {
    /// Every item, comma separated, in case order.
    static var selectList: String { allCases.map(\.sql).joined(separator: ", ") }
}

/// The columns of one table of the schema, in table order (as `pragma_table_info` lists them).
///
/// A test compares every such enum with the migrated schema, so a column added to a table without
/// its case (or the other way round) fails the tests rather than a decoder.
protocol TableColumns: SelectList {
    /// The table's name in the schema.
    static var table: String { get }
    /// The column's name in the table.
    var columnName: String { get }
}

extension TableColumns {
    var sql: String { columnName }

    /// Every column as `alias.name`, comma separated, in table order (for queries that join).
    static func selectList(alias: String) -> String {
        allCases.map { "\(alias).\($0.columnName)" }.joined(separator: ", ")
    }

    /// Every column's name, in table order.
    static var names: [String] { allCases.map(\.columnName) }

    /// The names of all columns but `excluded`, in table order.
    static func names(excluding excluded: Self) -> [String] {
        allCases.filter { $0.rawValue != excluded.rawValue }.map(\.columnName)
    }

    /// `?, ?, ...`: one parameter per column, for an INSERT of every column.
    static var placeholders: String { allCases.map { _ in "?" }.joined(separator: ", ") }
}

extension Database {
    /// Inserts one row of every column of `Table`, `value` giving each column's value by name; returns the new
    /// row's id. Callers switch over the columns exhaustively, so a column added to the enum does not compile
    /// until it is given a value.
    func insertRow<Table: TableColumns>(into _: Table.Type, _ value: (Table) -> any SQLBindable) throws -> Int64 {
        try cached("INSERT INTO \(Table.table) (\(Table.selectList)) VALUES (\(Table.placeholders))")
            .bind(Table.allCases.map(value)).run()
        return lastInsertRowID
    }
}

extension Database {
    /// Inserts `items` as rows of every column of `Table`, up to `rowsPerStatement` per INSERT, `value` giving
    /// each column's value (callers switch over the columns exhaustively, as for `insertRow`).
    ///
    /// Why several rows per statement: each run of a statement costs a reset and a pass through its opening
    /// instructions, which a row-by-row import pays a million times.
    func insertRows<Table: TableColumns, Items: Collection>(
        into _: Table.Type, _ items: Items, _ value: (Items.Element, Table) -> SQLValue
    ) throws {
        try insertRows(Table.self, items, value, check: nil)
    }

    /// Inserts like `insertRows`, each row first checked against the table's CHECKs in Swift (`SwiftCheckedTable`);
    /// a row they refuse is refused as SQLite refuses it (SQLITE_CONSTRAINT_CHECK), before anything of its
    /// statement is written. For use inside `withChecksInSwift`.
    func insertCheckedRows<Table: SwiftCheckedTable, Items: Collection>(
        into _: Table.Type, _ items: Items, _ value: (Items.Element, Table) -> SQLValue
    ) throws {
        try insertRows(Table.self, items, value) { row in Table.refused(row)?.columnName }
    }

    /// Runs `body` with SQLite's own evaluation of CHECK constraints set aside, for `insertCheckedRows`, which
    /// evaluates them in Swift; nothing else may write inside `body`. SQLite compiles the CHECKs into a statement
    /// when it prepares it, and setting `ignore_check_constraints` makes it prepare every statement again
    /// before its next run, so a statement kept from either side of `body` checks as it should when it runs.
    func withChecksInSwift<T>(_ body: () throws -> T) throws -> T {
        try executeScript("PRAGMA ignore_check_constraints = ON")
        let result: T
        do {
            result = try body()
        } catch {
            try? executeScript("PRAGMA ignore_check_constraints = OFF")
            throw error
        }
        try executeScript("PRAGMA ignore_check_constraints = OFF")
        return result
    }

    private func insertRows<Table: TableColumns, Items: Collection>(
        _: Table.Type, _ items: Items, _ value: (Items.Element, Table) -> SQLValue,
        check: ((ArraySlice<SQLValue>) -> String?)?
    ) throws {
        let rowsPerStatement = 64, width = Table.allCases.count
        let tuple = "(\(Table.placeholders))", head = "INSERT INTO \(Table.table) (\(Table.selectList)) VALUES "
        var start = items.startIndex
        var full: Statement?
        while start != items.endIndex {
            let end = items.index(start, offsetBy: rowsPerStatement, limitedBy: items.endIndex) ?? items.endIndex
            let count = items.distance(from: start, to: end)
            boundValues.removeAll(keepingCapacity: true)
            for item in items[start..<end] {
                for column in Table.allCases { boundValues.append(value(item, column)) }
                if let check, let column = check(boundValues[(boundValues.count - width)...]) {
                    // SQLITE_CONSTRAINT_CHECK, a macro Swift does not import.
                    throw SQLiteError(code: SQLITE_CONSTRAINT, extendedCode: SQLITE_CONSTRAINT | (1 << 8),
                                      message: "CHECK constraint failed: \(Table.table).\(column)")
                }
            }
            let statement: Statement
            if count == rowsPerStatement, let full {
                statement = full
            } else {
                let tuples = Array(repeating: tuple, count: count).joined(separator: ", ")
                statement = try cached(head + tuples)
                if count == rowsPerStatement { full = statement }
            }
            try statement.run(values: boundValues, through: &boundBytes)
            start = end
        }
    }
}

extension Row {
    /// True when `column` is NULL.
    func isNull(_ column: some SelectList) -> Bool { isNull(column.rawValue) }
    /// `column` as an integer (0 for NULL).
    func int64(_ column: some SelectList) -> Int64 { int64(column.rawValue) }
    /// `column` as an Int (0 for NULL).
    func int(_ column: some SelectList) -> Int { int(column.rawValue) }
    /// `column` as an Int, nil for NULL.
    func optionalInt(_ column: some SelectList) -> Int? { optionalInt(column.rawValue) }
    /// `column` as text ("" for NULL).
    func text(_ column: some SelectList) -> String { text(column.rawValue) }
    /// `column` as text, nil for NULL.
    func optionalText(_ column: some SelectList) -> String? { optionalText(column.rawValue) }
}

extension Row {
    /// The vocabulary word stored in `column` of the row `place` names ("episode 12").
    ///
    /// The table's CHECK refuses any other word, so one this cramp does not know means the file was altered
    /// or damaged. `place` is built only then, never for a good row.
    func word<W: VocabularyWord>(
        _ type: W.Type, _ column: some TableColumns, in place: @autoclosure () -> String, _ db: Database
    ) throws(StoreError) -> W {
        let stored = text(column)
        guard let word = W(rawValue: stored) else {
            throw db.damaged("\(place()) holds the \(column.columnName) \"\(stored)\", which this cramp does not know")
        }
        return word
    }
}
