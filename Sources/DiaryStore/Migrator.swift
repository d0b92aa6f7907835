/// Brings a database up to the catalogue's latest version, one transaction per migration.
public struct Migrator {
    /// The migrations to apply, in order of version.
    public let migrations: [Migration]

    /// Creates a migrator; versions must be 1, 2, 3... with no gaps (a programmer mistake otherwise).
    public init(migrations: [Migration] = MigrationCatalogue.all) {
        for (index, migration) in migrations.enumerated() {
            precondition(migration.version == index + 1, "migration \(migration.fileName) is out of order")
        }
        self.migrations = migrations
    }

    /// The highest version known.
    public var latestVersion: Int { migrations.last?.version ?? 0 }

    /// Applies every migration above the database's `user_version`; returns the versions applied.
    ///
    /// Each runs in its own `BEGIN IMMEDIATE` transaction together with `PRAGMA user_version = N`,
    /// which SQLite rolls back with it, so a failing migration leaves the previous version intact.
    /// The version is read again inside the transaction: another process may have migrated meanwhile.
    @discardableResult
    public func migrate(_ db: Database) throws -> [Int] {
        // The common case on every run is "nothing to do": answer it without the write lock, so opening
        // the diary never waits behind (or fails as busy against) another process's write.
        if try Migrator.version(of: db) >= latestVersion { return [] }
        var applied: [Int] = []
        for migration in migrations {
            let done: Bool = try db.transaction {
                let current = try Migrator.version(of: db)
                guard current < migration.version else { return false }
                try db.executeScript(migration.sql)
                // PRAGMA takes no bound parameters; the version is an Int from the catalogue, never input.
                try db.executeScript("PRAGMA user_version = \(migration.version)")
                return true
            }
            if done { applied.append(migration.version) }
        }
        return applied
    }

    /// The database's `PRAGMA user_version`.
    public static func version(of db: Database) throws -> Int {
        Int(try db.scalarInt("PRAGMA user_version") ?? 0)
    }
}
