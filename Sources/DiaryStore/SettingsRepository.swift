import Diary

/// Settings the person changed; everything else keeps its sourced default.
public struct SettingsRepository {
    let db: Database

    /// A repository over an open connection.
    public init(_ db: Database) { self.db = db }

    /// Stored `key → value` pairs.
    public func stored() throws -> [String: String] {
        var pairs: [String: String] = [:]
        try db.prepare("SELECT \(SettingTable.selectList) FROM \(SettingTable.table)").bind([]).forEachRow {
            pairs[$0.text(SettingTable.key)] = $0.text(SettingTable.value)
        }
        return pairs
    }

    /// Defaults overlaid with stored values.
    public func load() throws -> Settings { Settings(stored: try stored()) }

    /// Stores a value (already validated by `SettingKey.apply`).
    public func set(_ key: SettingKey, to value: String) throws {
        try db.run("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                   key.rawValue, value)
    }

    /// Removes a stored value so the default applies again; false when none was stored.
    @discardableResult
    public func reset(_ key: SettingKey) throws -> Bool {
        try db.run("DELETE FROM setting WHERE key = ?", key.rawValue)
        return db.changes > 0
    }
}
