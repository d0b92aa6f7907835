import ArgumentParser
import Diary
import DiaryAnalytics
import DiaryExport
import DiaryActions

extension Cramp {
    /// `cramp report`: the weekly report, told honestly.
    struct Report: CrampCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "The report: nights, the 30-night count against the mark, triggers, reliefs, standing, sitting and breaks.",
            discussion: """
                Default: the last 7 complete nights, ending with last night. `--week` is this ISO week (Monday first), \
                `--week 2026-W46` a given one; `--period` takes \(PeriodExpression.acceptedForms). Ends are inclusive \
                and the resolved range is printed in the header. Links look back over the last 90 nights (a setting).
                """)

        @OptionGroup var global: GlobalOptions

        @Flag(name: .long, help: "This ISO week, or the week given after it (2026-W46).")
        var week = false

        @Option(name: .long, help: ArgumentHelp("The period, e.g. \"last month\", 2026-11, all.", valueName: "period"))
        var period: String?

        @Argument(help: ArgumentHelp("With --week: the week (2026-W46). Otherwise a period, as with --period.",
                                     valueName: "period"), completion: Completion.periods)
        var words: [String] = []

        @Flag(name: .long, help: "Write the report as JSON (schema cramp-report/1, documented in the README).")
        var json = false

        @Flag(name: .long, help: "Use plain ASCII bars and rules.")
        var ascii = false

        @Flag(name: .long, help: "Show each link's intervals, risk ratio and p-values (the default shows its counts and verdict; --json has them all).")
        var details = false

        func run(_ session: Session) throws {
            let expression = try resolveExpression()
            let reader = try session.reader()
            let settings = try reader.settings()
            let range = try reader.nights(expression, window: settings.nightWindow)
            let report = DiaryAnalytics.Report.build(input: try reader.reportInput(period: range, settings: settings))
            let console = session.console
            if json {
                try console.outLine(ReportJSON.value(report).pretty)
            } else {
                try console.out(ReportText.render(report, options: ReportTextOptions(
                    unicode: console.unicode && !ascii, color: console.colour, details: details)))
            }
        }

        private func resolveExpression() throws(InputError) -> PeriodExpression {
            let typed = words.joined(separator: " ")
            if week {
                guard period == nil else {
                    throw InputError(field: "--week", value: "with --period", accepted: "one of --week or --period")
                }
                guard !typed.isEmpty else { return .thisWeek }
                let parsed = try PeriodExpression.parse(typed, field: "--week")
                guard case .nights(let range) = parsed, range.count == 7, range.from.evening.isoWeekday == 1 else {
                    throw InputError(field: "--week", value: typed, accepted: "an ISO week such as 2026-W46, or nothing for this week")
                }
                return parsed
            }
            if let period {
                guard typed.isEmpty else {
                    throw InputError(field: "--period", value: period, accepted: "one period", hint: "also given: \(typed)")
                }
                return try PeriodExpression.parse(period, field: "--period")
            }
            return typed.isEmpty ? .standard : try PeriodExpression.parse(typed, field: "period")
        }
    }
}
