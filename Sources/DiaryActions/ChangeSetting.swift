import Diary
import DiaryStore

/// A setting as `config set` or `config reset` left it.
public struct ChangedSetting: Sendable {
    public let key: SettingKey
    /// The value now in force, as text.
    public let text: String
    /// False when `reset` found the default already in force (nothing was written).
    public let changed: Bool
}

extension Actions {
    /// Sets `key` to `value`, checked and normalised by the key's own rule.
    public func setSetting(_ key: SettingKey, to value: String) throws -> ChangedSetting {
        var probe = Settings.defaults
        try key.apply(value, to: &probe)
        let text = key.text(in: probe)
        let file = try fileForWriting()
        try file.journaled("config set", nowUTC: clock.nowUTC) { operation in
            try operation.willChangeSetting(key.rawValue)
            try SettingsRepository(file.db).set(key, to: text)
            return ((), "set \(key.rawValue) to \(text)")
        }
        return ChangedSetting(key: key, text: text, changed: true)
    }

    /// Puts `key` back to its default.
    public func resetSetting(_ key: SettingKey) throws -> ChangedSetting {
        let defaultText = key.text(in: .defaults)
        guard let file = try existingFile(), try SettingsRepository(file.db).stored()[key.rawValue] != nil else {
            return ChangedSetting(key: key, text: defaultText, changed: false)
        }
        try file.journaled("config reset", nowUTC: clock.nowUTC) { operation in
            try operation.willChangeSetting(key.rawValue)
            try SettingsRepository(file.db).reset(key)
            return ((), "reset \(key.rawValue) to its default \(defaultText)")
        }
        return ChangedSetting(key: key, text: defaultText, changed: true)
    }
}
