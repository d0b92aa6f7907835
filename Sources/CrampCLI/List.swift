import ArgumentParser
import Diary
import DiaryActions
import DiaryExport

extension Cramp {
    /// `cramp list [PERIOD]`: the episodes of a period, one line each.
    struct List: CrampCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List episodes (default: the last 7 nights and tonight).",
            discussion: "Periods: \(PeriodExpression.acceptedForms).")

        @OptionGroup var global: GlobalOptions

        @OptionGroup var period: PeriodWords

        @Flag(name: .long, help: "Write JSON (an array of episodes) instead of a table.")
        var json = false

        @Flag(name: .long, help: "List sitting and standing records instead of episodes (as cramp posture list does).")
        var posture = false

        func run(_ session: Session) throws {
            if posture { return try PostureListing.print(session, period: period, json: json) }
            let expression = try period.expression()
            let reader = try session.reader()
            let window = try reader.settings().nightWindow
            let range = try ListNights.range(expression, session, reader: reader, window: window, posture: false)
            let console = session.console
            let episodes = try reader.episodes(in: range, window: window)
            if json {
                try console.outLine(JSONValue.array(episodes.map { EpisodeRecord.json($0, nightWindow: window) }).pretty)
                return
            }
            console.message("\(range.label): \(episodes.count) episode\(episodes.count == 1 ? "" : "s")")
            try console.out(EpisodeTable.text(episodes, window: window, width: session.listWidth, unicode: console.unicode))
        }
    }
}

/// The nights `list` and `posture list` show.
enum ListNights {
    /// The period typed, or by default the last 7 nights and tonight, the one going on.
    static func range(_ expression: PeriodExpression?, _ session: Session, reader: DiaryReader, window: NightWindow,
                      posture: Bool) throws -> NightRange {
        let current = session.clock.currentNight(window: window)
        return try expression.map { try reader.nights($0, window: window, posture: posture) }
            ?? NightRange(from: current.adding(-7), to: current)!
    }
}
