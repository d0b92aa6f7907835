extension Database {
    /// The statement for `sql`, prepared on first use and kept for the connection's life: code that runs the
    /// same statement once per row (an import of a million rows) prepares it once. Callers run it to the end
    /// or read one row with `first` (which resets it), so a kept statement never holds a read open.
    func cached(_ sql: String) throws(SQLiteError) -> Statement {
        if let statement = preparedStatements[sql] { return statement }
        let statement = try prepare(sql)
        preparedStatements[sql] = statement
        return statement
    }
}
