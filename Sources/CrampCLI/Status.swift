import ArgumentParser
import Diary
import DiaryStore

extension Cramp {
    /// Bare `cramp`: a short status; writes nothing, creates nothing.
    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a short status: the last episode, last night, this week (the default command).")

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let context = try Context(global)
            let console = context.console
            guard let file = try context.openForReading() else {
                console.outLine("No diary yet\(context.databasePath.map { " at \($0)" } ?? "").")
                console.outLine("Log your first cramp with, for example: cramp log left calf 2m")
                console.outLine("More: cramp --help")
                return
            }
            let repository = EpisodeRepository(file.db)
            let window = try SettingsRepository(file.db).load().nightWindow
            let count = try repository.count()
            console.outLine("Diary: \(file.path) (\(count) episode\(count == 1 ? "" : "s"))")
            guard let last = try repository.latest() else {
                console.outLine("No episodes yet. Log one with, for example: cramp log left calf 2m")
                return
            }
            console.outLine("Last episode: " + EpisodeText.line(last, window: window))
            let current = context.clock.currentNight(window: window)
            let week = NightRange(from: Night(evening: current.evening.startOfISOWeek), to: current)!
            // Inside the night window the current night is still going on: show it, not the one before.
            let inProgress = window.contains(context.clock.now.local)
            let shown = inProgress ? current : current.adding(-1)
            // On a Monday morning last night is Sunday's, before this week: fetch both.
            let bounds = NightRange(from: min(week.from, shown), to: current)!.utcBounds
            let recent = try repository.episodes(fromUTC: bounds.from, toUTC: bounds.to)
            let shownEpisodes = recent.filter { window.night(of: $0.start.local) == shown }
            console.outLine((inProgress ? "Tonight (\(shown.label), so far): " : "Last night (\(shown.label)): ")
                + StatusCounts.text(shownEpisodes, window: window))
            let weekEpisodes = recent.filter { week.contains(window.night(of: $0.start.local)) }
            console.outLine("This week, \(week.label): " + StatusCounts.text(weekEpisodes, window: window))
        }
    }
}

/// "2 cramps on 2 nights, 1 numbness" or "nothing logged".
enum StatusCounts {
    static func text(_ episodes: [Episode], window: NightWindow) -> String {
        let cramps = episodes.filter { $0.kind == .cramp }
        let numbness = episodes.count - cramps.count
        guard !episodes.isEmpty else { return "nothing logged" }
        let nights = Set(cramps.map { window.night(of: $0.start.local) }).count
        var parts: [String] = []
        if !cramps.isEmpty {
            parts.append("\(cramps.count) cramp\(cramps.count == 1 ? "" : "s") on \(nights) night\(nights == 1 ? "" : "s")")
        }
        if numbness > 0 { parts.append("\(numbness) numbness episode\(numbness == 1 ? "" : "s")") }
        return parts.joined(separator: ", ")
    }
}
