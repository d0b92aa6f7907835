import ArgumentParser
import Diary
import DiaryExport
import DiaryStore

extension Cramp {
    /// `cramp export [PERIOD]`: the diary as CSV or JSON, streamed row by row.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export episodes (or posture sessions) as CSV for a spreadsheet, or as JSON.",
            discussion: """
                Without a period the whole diary is exported. Periods: \(PeriodExpression.acceptedForms). \
                CSV is RFC 4180, UTF-8, one row per episode with a header row; a text cell that begins with \
                = + - @ or a tab gets a ' in front so a spreadsheet cannot run it as a formula. \
                `cramp import` reads the CSV back.
                """)

        /// The file formats.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case csv, json
        }

        /// Which table.
        enum What: String, ExpressibleByArgument, CaseIterable {
            case episodes, posture
        }

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("The period, e.g. last 90 nights, 2026-11, all (default: all).", valueName: "period"))
        var period: [String] = []

        @Option(name: .long, help: "The file format.")
        var format: Format = .csv

        @Option(name: [.short, .customLong("output")], help: ArgumentHelp(
            "Write to this file (created 0600, replaced only when the export is complete); - or none: standard output.",
            valueName: "file"))
        var output: String?

        @Flag(name: .long, help: "Start the CSV with a UTF-8 byte order mark, for spreadsheets that need one to read UTF-8.")
        var bom = false

        @Option(name: .long, help: "Which table: episodes, or posture (sitting and standing sessions).")
        var what: What = .episodes

        func validate() throws {
            if bom && format == .json { throw ValidationError("--bom applies to CSV only; leave it out with --format json.") }
        }

        func run() throws {
            let context = try Context(global)
            let expression = period.isEmpty ? PeriodExpression.all : try PeriodExpression.parse(period.joined(separator: " "))
            let file = try context.openForReading()
            let window = try file.map { try SettingsRepository($0.db).load() }?.nightWindow ?? Settings.defaults.nightWindow
            let scope = try ExportScope(expression, file: file, clock: context.clock, window: window)

            let sink = try OutputSink.open(OutputSink.Destination(option: output), console: context.console)
            defer { sink.abandon() }
            let fileFormat: ExportFormat = format == .csv ? .csv(bom: bom) : .json
            var count = 0
            do {
                switch what {
                case .episodes:
                    var exporter = EpisodeExporter(sink: sink, format: fileFormat, nightWindow: window)
                    if let file {
                        try EpisodeRepository(file.db).forEach(fromUTC: scope.fromUTC, toUTC: scope.toUTC) { episode in
                            guard scope.contains(episode.night(window: window)) else { return }
                            try ExportScope.stopIfFailed(sink)
                            exporter.write(episode)
                            count += 1
                        }
                    }
                    _ = exporter.finish()
                case .posture:
                    var exporter = PostureExporter(sink: sink, format: fileFormat)
                    if let file {
                        try PostureRepository(file.db).forEach(fromUTC: scope.fromUTC, toUTC: scope.toUTC) { session in
                            // A session counts for the night after the day it started on (its exposure).
                            guard scope.contains(Night(evening: session.start.local.date)) else { return }
                            try ExportScope.stopIfFailed(sink)
                            exporter.write(session)
                            count += 1
                        }
                    }
                    _ = exporter.finish()
                }
            } catch is OutputStopped {
                // The sink holds the write error; commit() reports it below.
            }
            do {
                try sink.commit()
            } catch {
                throw error.exit(context.console)
            }
            let noun = what == .episodes ? (count == 1 ? "episode" : "episodes") : (count == 1 ? "posture session" : "posture sessions")
            let destination = sink.destination == .standardOutput ? "" : " to \(sink.destination.label)"
            context.console.message("exported \(count) \(noun) (\(scope.label))\(destination)")
        }
    }
}

/// Thrown from inside a row loop to stop reading the diary once the output cannot be written.
struct OutputStopped: Error {}

/// Which rows an export covers: everything, or the nights of a period.
struct ExportScope {
    /// UTC bounds for the store's start-time index.
    let fromUTC: Int64
    let toUTC: Int64
    /// The nights, or nil for the whole diary.
    let range: NightRange?

    init(_ expression: PeriodExpression, file: DiaryFile?, clock: Clock, window: NightWindow) throws {
        guard expression != .all else {
            // Everything, even rows dated after today's night (a clock set wrong when they were logged):
            // an export that drops rows would not import back to the same diary.
            (fromUTC, toUTC, range) = (Int64.min, Int64.max, nil)
            return
        }
        let earliest = try file.flatMap { try EpisodeRepository($0.db).earliestStart() }.map { window.night(of: $0.local) }
        let range = expression.resolve(currentNight: clock.currentNight(window: window), earliest: earliest)
        (fromUTC, toUTC) = range.utcBounds
        self.range = range
    }

    func contains(_ night: Night) -> Bool { range?.contains(night) ?? true }

    /// `all` or the range's label, for the closing message.
    var label: String { range?.label ?? "whole diary" }

    static func stopIfFailed(_ sink: OutputSink) throws {
        if sink.failed { throw OutputStopped() }
    }
}
