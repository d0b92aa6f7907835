import ArgumentParser
import Diary
import DiaryAnalytics
import DiaryExport
import DiaryStore

extension Cramp {
    /// `cramp summary [PERIOD]`: one page for a doctor visit, as text or a printable HTML page.
    struct Summary: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "summary",
            abstract: "A one-page summary for a doctor visit (default: the last 90 nights), as text or printable HTML.",
            discussion: """
                Since when, how often (per month, and the 30-night count against the mark with its source), the \
                pattern (time of night, legs, sites, triggers), better or worse (the last 30 nights against the 30 \
                before), what was tried and how it worked, links with enough data behind them, red flags, and \
                medicines noted as triggers. `--format html -o visit.html` writes a self-contained page with charts \
                that prints on at most two A4 pages. Periods: \(PeriodExpression.acceptedForms).
                """)

        /// The output formats.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, html
        }

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("The period, e.g. last 90 nights, 2026-11, all (default: last 90 nights).",
                                     valueName: "period"))
        var period: [String] = []

        @Option(name: .long, help: "The output format.")
        var format: Format = .text

        @Option(name: [.short, .customLong("output")], help: ArgumentHelp(
            "Write to this file (created 0600, replaced only when complete); - or none: standard output.",
            valueName: "file"))
        var output: String?

        @Flag(name: .long, help: "Use plain ASCII in the text format.")
        var ascii = false

        func run() throws {
            let context = try Context(global)
            let expression = period.isEmpty ? VisitSummary.standardPeriod : try PeriodExpression.parse(period.joined(separator: " "))
            let file = try context.openForReading()
            let settings = try file.map { try SettingsRepository($0.db).load() } ?? .defaults
            let window = settings.nightWindow
            let current = context.clock.currentNight(window: window)
            let firstEpisode = try file.flatMap { try EpisodeRepository($0.db).earliestStart() }
            let range = expression.resolve(currentNight: current, earliest: firstEpisode.map { window.night(of: $0.local) })
            let input = try SummaryData.input(file: file, period: range, currentNight: current, settings: settings)
            let summary = VisitSummary.build(input: input, firstEpisode: firstEpisode, madeAt: context.clock.now)

            let sink = try OutputSink.open(OutputSink.Destination(option: output), console: context.console)
            defer { sink.abandon() }
            switch format {
            case .text: sink.write(SummaryText.render(summary, unicode: context.console.unicode && !ascii))
            case .html: sink.write(SummaryHTML.render(summary))
            }
            do {
                try sink.commit()
            } catch {
                throw error.exit(context.console)
            }
            if sink.destination != .standardOutput {
                context.console.message("wrote the summary of \(range.label) to \(sink.destination.label)")
            }
        }
    }
}

/// Loads the rows a summary reads: what the report over the period needs, and the 60 nights of the trend.
enum SummaryData {
    static func input(file: DiaryFile?, period: NightRange, currentNight: Night, settings: Settings) throws -> ReportInput {
        let trend = VisitSummary.trendNights(period: period, currentNight: currentNight).utcBounds
        return try ReportData.input(file: file, period: period, currentNight: currentNight, settings: settings,
                                    counting: trend)
    }
}
