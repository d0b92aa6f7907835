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

        @Flag(name: .long, help: "List sitting and standing stretches instead of episodes.")
        var posture = false

        func run(_ session: Session) throws {
            let expression = try period.expression()
            let reader = try session.reader()
            let window = try reader.settings().nightWindow
            let current = session.clock.currentNight(window: window)
            // The default also shows tonight: the 7 nights before it and the one going on.
            let range = try expression.map { try reader.nights($0, window: window, posture: posture) } ?? NightRange(from: current.adding(-7), to: current)!
            let console = session.console
            if posture {
                let sessions = try reader.postureSessions(in: range)
                if json {
                    try console.outLine(JSONValue.array(sessions.map(PostureRecord.json)).pretty)
                } else {
                    console.message("\(range.label): \(sessions.count) sitting or standing stretch\(sessions.count == 1 ? "" : "es")")
                    for item in sessions { try console.outLine(EpisodeText.line(item)) }
                }
                return
            }
            let episodes = try reader.episodes(in: range, window: window)
            if json {
                try console.outLine(JSONValue.array(episodes.map { EpisodeRecord.json($0, nightWindow: window) }).pretty)
                return
            }
            console.message("\(range.label): \(episodes.count) episode\(episodes.count == 1 ? "" : "s")")
            try console.out(EpisodeTable.text(episodes, window: window))
        }
    }
}
