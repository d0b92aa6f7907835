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
    /// All pending steps run in one `BEGIN IMMEDIATE` transaction, each followed by its `PRAGMA user_version = N`,
    /// which SQLite rolls back with it: a failing step leaves the version found, and no other process ever sees a
    /// version in between (two first runs at once once met a new diary half-way, at version 1 of 2, and both took
    /// the copy an upgrade takes). The version is read again inside the transaction: another process may have
    /// migrated meanwhile.
    @discardableResult
    public func migrate(_ db: Database) throws -> [Int] {
        // The common case on every run is "nothing to do": answer it without the write lock, so opening
        // the diary never waits behind (or fails as busy against) another process's write.
        if try Migrator.version(of: db) >= latestVersion { return [] }
        return try db.transaction {
            let current = try Migrator.version(of: db)
            var applied: [Int] = []
            for migration in migrations where migration.version > current {
                try db.executeScript(migration.sql)
                // PRAGMA takes no bound parameters; the version is an Int from the catalogue, never input.
                try db.executeScript("PRAGMA user_version = \(migration.version)")
                applied.append(migration.version)
            }
            return applied
        }
    }

    /// The database's `PRAGMA user_version`.
    public static func version(of db: Database) throws -> Int {
        Int(try db.scalarInt("PRAGMA user_version") ?? 0)
    }
}
