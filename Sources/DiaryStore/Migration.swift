/// One schema step: version N is applied by the SQL of `Migrations/NNNN_name.sql`.
public struct Migration: Sendable {
    /// The `PRAGMA user_version` the database has after this step.
    public let version: Int
    /// The file name in `Migrations/`, e.g. `0001_init.sql`.
    public let fileName: String
    /// The SQL text, compiled into the binary.
    public let sql: String

    /// Creates a migration from the embedded bytes of its file.
    public init(version: Int, fileName: String, bytes: [UInt8]) {
        self.version = version
        self.fileName = fileName
        self.sql = String(decoding: bytes, as: UTF8.self)
    }
}

/// Every migration this binary knows, in order.
///
/// A test lists `Migrations/` on disk and checks this catalogue matches it exactly, so a new file
/// cannot be forgotten here. Shipped migrations are never edited.
public enum MigrationCatalogue {
    /// All migrations, version 1 first.
    public static let all: [Migration] = [
        Migration(version: 1, fileName: "0001_init.sql", bytes: PackageResources._001_init_sql),
        Migration(
            version: 2, fileName: "0002_kept_nights_and_open_stretches.sql",
            bytes: PackageResources._002_kept_nights_and_open_stretches_sql
        ),
        Migration(
            version: 3, fileName: "0003_medicines_and_trials.sql", bytes: PackageResources._003_medicines_and_trials_sql
        ),
    ]

    /// The schema version this binary writes.
    public static var latestVersion: Int { all.last?.version ?? 0 }
}
