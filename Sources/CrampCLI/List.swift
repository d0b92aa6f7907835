import ArgumentParser
import Diary
import DiaryExport
import DiaryStore

extension Cramp {
    /// `cramp list [PERIOD]`: the episodes of a period, one line each.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List episodes (default: the last 7 nights and tonight).",
            discussion: "Periods: \(PeriodExpression.acceptedForms).")

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("The period, e.g. last week, 2026-11, all.", valueName: "period"))
        var period: [String] = []

        @Flag(name: .long, help: "Write JSON (an array of episodes) instead of a table.")
        var json = false

        @Flag(name: .long, help: "List sitting and standing stretches instead of episodes.")
        var posture = false

        func run() throws {
            let context = try Context(global)
            let expression = period.isEmpty ? nil : try PeriodExpression.parse(period.joined(separator: " "))
            let file = try context.openForReading()
            let settings = try file.map { try SettingsRepository($0.db).load() } ?? .defaults
            let window = settings.nightWindow
            let current = context.clock.currentNight(window: window)
            let earliest = try file.flatMap { try EpisodeRepository($0.db).earliestStart() }.map { window.night(of: $0.local) }
            let range = expression?.resolve(currentNight: current, earliest: earliest)
                ?? NightRange(from: current.adding(-7), to: current)!
            let bounds = range.utcBounds
            if posture {
                let sessions = try file.map {
                    try PostureRepository($0.db).sessions(overlappingFromUTC: bounds.from, toUTC: bounds.to)
                } ?? []
                let inRange = sessions.filter { range.contains(Night(evening: $0.start.local.date)) }
                if json {
                    context.console.outLine(JSONValue.array(inRange.map(PostureRecord.json)).pretty)
                } else {
                    context.console.message("\(range.label): \(inRange.count) sitting or standing stretches")
                    for session in inRange { context.console.outLine(EpisodeText.line(session)) }
                }
                return
            }
            let episodes = try file.map { try EpisodeRepository($0.db).episodes(fromUTC: bounds.from, toUTC: bounds.to) } ?? []
            let inRange = episodes.filter { range.contains(window.night(of: $0.start.local)) }
            if json {
                context.console.outLine(JSONValue.array(inRange.map { EpisodeRecord.json($0, nightWindow: window) }).pretty)
                return
            }
            context.console.message("\(range.label): \(inRange.count) episode\(inRange.count == 1 ? "" : "s")")
            context.console.out(EpisodeTable.text(inRange, window: window))
        }
    }
}

/// The aligned table of `cramp list`: one row per episode, a header row first.
enum EpisodeTable {
    static func text(_ episodes: [Episode], window: NightWindow) -> String {
        guard !episodes.isEmpty else { return "" }
        var rows = [["id", "night of", "started", "kind", "where", "lasted", "int", "woke", "triggers", "reliefs", "note"]]
        for episode in episodes {
            let night = window.night(of: episode.start.local)
            rows.append([
                "#\(episode.id ?? 0)", night.label, EpisodeText.when(episode.start), episode.kind.rawValue,
                EpisodeText.place(episode), DurationText.format(episode.durationSeconds),
                episode.intensity.map(String.init) ?? "-", episode.woke.rawValue,
                episode.triggers.isEmpty ? "-" : episode.triggers.map(\.name).joined(separator: ","),
                episode.reliefs.isEmpty ? "-" : episode.reliefs.map(\.description).joined(separator: ","),
                episode.note.map(EpisodeText.oneLine) ?? "",
            ])
        }
        var widths = [Int](repeating: 0, count: rows[0].count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], TextWidth.cells(cell)) } }
        return rows.map { row in
            row.enumerated().map { i, cell in
                i == row.count - 1 ? cell : TextWidth.padded(cell, to: widths[i])
            }.joined(separator: "  ").trimmingSpaces
        }.joined(separator: "\n") + "\n"
    }
}
