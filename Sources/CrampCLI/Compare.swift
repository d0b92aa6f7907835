import ArgumentParser
import Diary
import DiaryActions
import DiaryExport

extension Cramp {
    /// `cramp compare PERIOD_A PERIOD_B`: cramps per kept night in two periods, compared exactly.
    struct Compare: CrampCommand {
        static let configuration = CommandConfiguration(
            commandName: "compare",
            abstract: "Compare two periods: cramps per kept night, B against A, with an exact 95% interval.",
            discussion: """
                Quote each period: cramp compare "last month" "this month", or cramp compare 2026-09 2026-10. Only kept \
                nights count, and only complete ones. The verdict needs 14 kept nights on each side and 5 cramps in \
                all; a before/after figure always comes with its caution (README, "Did it help?"). Periods: \
                \(PeriodExpression.acceptedForms).
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("The earlier period (A), quoted when it has spaces.", valueName: "period-a"))
        var periodA: String

        @Argument(help: ArgumentHelp("The later period (B), quoted when it has spaces.", valueName: "period-b"))
        var periodB: String

        @Flag(name: .long, help: "Write the comparison as JSON (schema cramp-compare/1, documented in the README).")
        var json = false

        func run(_ session: Session) throws {
            let a = try PeriodExpression.parse(periodA, field: "period A")
            let b = try PeriodExpression.parse(periodB, field: "period B")
            let reader = try session.reader()
            let window = try reader.settings().nightWindow
            let rangeA = try reader.nights(a, window: window), rangeB = try reader.nights(b, window: window)
            let comparison = try reader.comparison(a: rangeA, b: rangeB)
            let subject = ComparisonSubject.periods(a: rangeA.label, b: rangeB.label)
            if json {
                try session.console.outLine(ComparisonJSON.value(comparison, subject, ranges: (rangeA, rangeB)).pretty)
            } else {
                try session.console.out(ComparisonText.render(comparison, subject))
            }
        }
    }
}
