import ArgumentParser
import Diary
import DiaryActions

extension Cramp {
    /// `cramp config`: read and change settings.
    struct Config: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "config",
            abstract: "Show or change settings (night window, break interval, thresholds).",
            subcommands: [ListSettings.self, Get.self, Set.self, Reset.self],
            defaultSubcommand: ListSettings.self)

        struct ListSettings: CrampCommand {
            static let configuration = CommandConfiguration(commandName: "list", abstract: "Show every setting.")
            @OptionGroup var global: GlobalOptions

            func run(_ session: Session) throws {
                let stored = try session.reader().storedSettings()
                let settings = Settings(stored: stored)
                let width = SettingKey.allCases.map(\.rawValue.count).max() ?? 0
                for key in SettingKey.allCases {
                    let name = key.rawValue + String(repeating: " ", count: width - key.rawValue.count)
                    let marker = stored[key.rawValue] == nil ? "default" : "set"
                    try session.console.outLine("\(name)  \(key.text(in: settings))  (\(marker)) \(key.help)")
                }
            }
        }

        struct Get: CrampCommand {
            static let configuration = CommandConfiguration(commandName: "get", abstract: "Print one setting's value.")
            @OptionGroup var global: GlobalOptions
            @OptionGroup var setting: SettingArgument

            func run(_ session: Session) throws {
                try session.console.outLine(try setting.parsed().text(in: try session.reader().settings()))
            }
        }

        struct Set: CrampCommand {
            static let configuration = CommandConfiguration(commandName: "set", abstract: "Change one setting (cramp undo reverts it).")
            @OptionGroup var global: GlobalOptions
            @OptionGroup var setting: SettingArgument
            @Argument(help: "The new value.") var value: String

            func run(_ session: Session) throws {
                let changed = try session.actions().setSetting(try setting.parsed(), to: value)
                session.console.message("set \(changed.key.rawValue) to \(changed.text); undo: cramp undo")
            }
        }

        struct Reset: CrampCommand {
            static let configuration = CommandConfiguration(commandName: "reset", abstract: "Put one setting back to its default.")
            @OptionGroup var global: GlobalOptions
            @OptionGroup var setting: SettingArgument

            func run(_ session: Session) throws {
                let reset = try session.actions().resetSetting(try setting.parsed())
                session.console.message(reset.changed
                    ? "reset \(reset.key.rawValue) to its default \(reset.text); undo: cramp undo"
                    : "\(reset.key.rawValue) is already the default, \(reset.text)")
            }
        }
    }
}
