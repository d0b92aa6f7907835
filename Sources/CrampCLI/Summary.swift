import ArgumentParser
import Diary
import DiaryAnalytics
import DiaryExport
import DiaryActions

extension Cramp {
    /// `cramp summary [PERIOD]`: one page for a doctor visit, as text or a printable HTML page.
    struct Summary: CrampCommand {
        static let configuration = CommandConfiguration(
            commandName: "summary",
            abstract: "A one-page summary for a doctor visit (default: the last 90 nights), as text or printable HTML.",
            discussion: """
                Since when and how many nights were kept, how often (cramp-free nights and cramps per week over kept \
                nights, duration, intensity and sleep disturbance, per month from the first record, and the 30-night \
                count against the mark with its source), the pattern (time of night, legs, sites, triggers), better or \
                worse (the last 30 nights against the 30 before, when both have 14 kept nights), what was tried and how it worked, links with enough data behind them, red flags, and \
                medicines noted as triggers. `--format html -o visit.html` writes a self-contained page with charts \
                that prints on at most two A4 pages. Periods: \(PeriodExpression.acceptedForms).
                """)

        /// The output formats.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, html
        }

        @OptionGroup var global: GlobalOptions

        @OptionGroup var period: PeriodWords

        @OptionGroup var output: OutputFile

        @Flag(name: .long, help: "Use plain ASCII in the text format.")
        var ascii = false

        @Option(name: .long, help: "The output format: text, or html (a self-contained page that prints on A4).")
        var format: Format = .text

        func run(_ session: Session) throws {
            let expression = try period.expression() ?? VisitSummary.standardPeriod
            let reader = try session.reader()
            let settings = try reader.settings()
            let range = try reader.nights(expression, window: settings.nightWindow)
            let trend = VisitSummary.trendNights(period: range, currentNight: session.clock.currentNight(window: settings.nightWindow))
            let input = try reader.reportInput(period: range, settings: settings, counting: trend.utcBounds)
            let treatments = SummaryTreatments(events: try reader.medicineEvents(), changes: try reader.medicineChanges(),
                                               trials: try reader.trials().map(reader.trialResult))
            let summary = VisitSummary.build(input: input, firstEpisode: try reader.earliestStart(), madeAt: session.clock.now,
                                             treatments: treatments)

            let console = session.console
            let sink = try OutputSink(output.destination, console: console)
            defer { sink.abandon() }
            switch format {
            case .text: sink.write(SummaryText.render(summary, unicode: console.unicode && !ascii))
            case .html: sink.write(SummaryHTML.render(summary))
            }
            try sink.commit()
            if sink.destination != .standardOutput {
                console.message("wrote the summary of \(range.label) to \(sink.destination.label)")
            }
        }
    }
}
