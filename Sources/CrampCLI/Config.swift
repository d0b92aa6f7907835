import ArgumentParser
import Diary
import DiaryStore

extension Cramp {
    /// `cramp config`: read and change settings.
    struct Config: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "config",
            abstract: "Show or change settings (night window, break interval, thresholds).",
            subcommands: [ListSettings.self, Get.self, Set.self, Reset.self],
            defaultSubcommand: ListSettings.self)

        struct ListSettings: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "list", abstract: "Show every setting.")
            @OptionGroup var global: GlobalOptions

            func run() throws {
                let context = try Context(global)
                let file = try context.openForReading()
                let stored = try file.map { try SettingsRepository($0.db).stored() } ?? [:]
                let settings = Settings(stored: stored)
                let width = SettingKey.allCases.map(\.rawValue.count).max() ?? 0
                for key in SettingKey.allCases {
                    let value = key.text(in: settings)
                    let name = key.rawValue + String(repeating: " ", count: width - key.rawValue.count)
                    let marker = stored[key.rawValue] == nil ? "default" : "set"
                    context.console.outLine("\(name)  \(value)  (\(marker)) \(key.help)")
                }
            }
        }

        struct Get: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "get", abstract: "Print one setting's value.")
            @OptionGroup var global: GlobalOptions
            @Argument(help: ArgumentHelp("The setting: \(SettingKey.acceptedList).", valueName: "key")) var key: String

            func run() throws {
                let context = try Context(global)
                let key = try SettingKey.parse(key)
                let settings = try context.openForReading().map { try SettingsRepository($0.db).load() } ?? .defaults
                context.console.outLine(key.text(in: settings))
            }
        }

        struct Set: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "set", abstract: "Change one setting (cramp undo reverts it).")
            @OptionGroup var global: GlobalOptions
            @Argument(help: ArgumentHelp("The setting: \(SettingKey.acceptedList).", valueName: "key")) var key: String
            @Argument(help: "The new value.") var value: String

            func run() throws {
                let context = try Context(global)
                let key = try SettingKey.parse(key)
                var probe = Settings.defaults
                try key.apply(value, to: &probe)
                let text = key.text(in: probe)
                let file = try context.openForWriting()
                let now = context.clock.nowUTC
                try file.write {
                    let operation = try Journal(file.db).begin(command: "config set", nowUTC: now)
                    try operation.willChangeSetting(key.rawValue)
                    try SettingsRepository(file.db).set(key, to: text)
                    try operation.describe("set \(key.rawValue) to \(text)")
                }
                context.console.message("set \(key.rawValue) to \(text); undo: cramp undo")
            }
        }

        struct Reset: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "reset", abstract: "Put one setting back to its default.")
            @OptionGroup var global: GlobalOptions
            @Argument(help: ArgumentHelp("The setting: \(SettingKey.acceptedList).", valueName: "key")) var key: String

            func run() throws {
                let context = try Context(global)
                let key = try SettingKey.parse(key)
                let defaultText = key.text(in: .defaults)
                guard let file = try context.openForReading(),
                      try SettingsRepository(file.db).stored()[key.rawValue] != nil else {
                    context.console.message("\(key.rawValue) is already the default, \(defaultText)")
                    return
                }
                let now = context.clock.nowUTC
                try file.write {
                    let operation = try Journal(file.db).begin(command: "config reset", nowUTC: now)
                    try operation.willChangeSetting(key.rawValue)
                    try SettingsRepository(file.db).reset(key)
                    try operation.describe("reset \(key.rawValue) to its default \(defaultText)")
                }
                context.console.message("reset \(key.rawValue) to its default \(defaultText); undo: cramp undo")
            }
        }
    }
}

extension SettingKey {
    /// The key as typed, or an error listing every key.
    static func parse(_ text: String) throws(InputError) -> SettingKey {
        guard let key = SettingKey(rawValue: text.lowercased()) else {
            throw InputError(field: "setting", value: text, accepted: SettingKey.acceptedList)
        }
        return key
    }
}
