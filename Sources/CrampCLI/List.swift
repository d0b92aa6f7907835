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
                if json {
                    try console.outLine(JSONValue.array(try reader.postureSessions(in: range).map(PostureRecord.json)).pretty)
                    return
                }
                let items = try reader.postureSessionsWithBreaks(in: range, intervalMinutes: try reader.settings().breakIntervalMinutes)
                // The stretch under way is listed after the stored ones, marked, on the night its start counts for.
                let open = try reader.stretchNow(countedIn: range)
                console.message("\(range.label): \(items.count) sitting or standing stretch\(items.count == 1 ? "" : "es")"
                    + (open == nil ? "" : ", and 1 under way"))
                for item in items { try console.outLine(EpisodeText.line(item.session, liveBreaks: item.liveBreaks)) }
                if let open { try console.outLine(StretchText.listLine(open)) }
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
