import Diary
import DiaryAnalytics

/// A comparison as text: the figures of each side in two columns, the test, the verdict and the caution.
public enum ComparisonText {
    /// The full view, as `cramp compare` and `cramp trial report` print it; each line ends with a newline.
    public static func render(_ comparison: Comparison, _ subject: ComparisonSubject) -> String {
        let labels = subject.labels
        let a = comparison.a, b = comparison.b
        let rows: [(String, String, String)] = [
            ("", "A", "B"),
            ("nights", "\(a.nights)", "\(b.nights)"),
            ("kept nights", "\(a.keptNights)", "\(b.keptNights)"),
            ("cramps", "\(a.cramps)", "\(b.cramps)"),
            ("cramps per week", ComparisonWords.optional(a.crampsPerWeek, 2), ComparisonWords.optional(b.crampsPerWeek, 2)),
            ("cramp nights", "\(a.crampNights)", "\(b.crampNights)"),
            ("cramp-free nights", "\(a.crampFreeNights)", "\(b.crampFreeNights)"),
            ("median intensity", ComparisonWords.optional(a.intensityMedian, 1), ComparisonWords.optional(b.intensityMedian, 1)),
            ("median sleep disturbance", ComparisonWords.optional(a.sleepDisturbanceMedian, 1),
             ComparisonWords.optional(b.sleepDisturbanceMedian, 1)),
        ]
        let first = rows.map(\.0.count).max() ?? 0
        let second = max(6, rows.map(\.1.count).max() ?? 0), third = max(6, rows.map(\.2.count).max() ?? 0)
        func left(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
        func right(_ text: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - text.count)) + text }
        var out = "Cramps per kept night, B against A (only kept nights count):\n"
        out += "  A: \(labels.a)\n  B: \(labels.b)\n"
        for row in rows { out += "  " + left(row.0, first) + "  " + right(row.1, second) + "  " + right(row.2, third) + "\n" }
        out += ComparisonWords.ratioLine(comparison) + "\n"
        out += ComparisonWords.changeLine(comparison) + "\n"
        out += "verdict: " + ComparisonWords.verdict(comparison, subject) + "\n"
        out += "caution: " + ComparisonWords.caution + "\n"
        return out
    }

    /// One line for the doctor page: `0.75 → 5.00 cramps per week (14 and 28 kept nights); rate ratio ...; verdict`.
    public static func compact(_ comparison: Comparison, _ subject: ComparisonSubject) -> String {
        let a = comparison.a, b = comparison.b
        return "\(ComparisonWords.optional(a.crampsPerWeek, 2)) then \(ComparisonWords.optional(b.crampsPerWeek, 2)) "
            + "cramps per week (\(a.keptNights) and \(b.keptNights) kept nights); "
            + ComparisonWords.ratioLine(comparison) + "; " + ComparisonWords.verdict(comparison, subject)
    }
}
