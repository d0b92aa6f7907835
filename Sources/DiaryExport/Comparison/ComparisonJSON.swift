import Diary
import DiaryAnalytics

/// `cramp compare --json` (schema `cramp-compare/1`, README.md "Did it help?").
///
/// Stability: fields are only ever added; a change in meaning or a removal bumps `schema`.
/// - `a`, `b`: `label`, `from`, `to` (YYYY-MM-DD evenings, null when the side is not one run of nights), `nights`,
///   `keptNights`, `cramps` (nocturnal, on kept nights), `crampsPerWeek`, `crampNights`, `crampFreeNights`,
///   `intensityMedian`, `sleepDisturbanceMedian` (null when none).
/// - `rateRatio` (B over A per kept night; null when A has no cramp), `interval` (`lower`, `upper`; upper null when
///   unbounded; the whole object null without a cramp), `p` (two-sided, exact), `percentChange`, `responseMarkPercent`,
///   `reachedResponseMark`, `verdict` (`not enough data`, `no clear change`, `fewer`, `more`), `missing`
///   (`what`: keptNightsA, keptNightsB or cramps, `have`, `need`), `verdictText`, `caution`.
public enum ComparisonJSON {
    /// The schema name and version.
    public static let schema = "cramp-compare/1"

    /// The document, with each side's nights when they are one run.
    public static func value(_ comparison: Comparison, _ subject: ComparisonSubject,
                             ranges: (a: NightRange?, b: NightRange?) = (nil, nil)) -> JSONValue {
        .object([("schema", .string(schema))] + members(comparison, subject, ranges: ranges))
    }

    /// The members without the schema, for documents that embed a comparison (the summary).
    public static func members(_ comparison: Comparison, _ subject: ComparisonSubject,
                               ranges: (a: NightRange?, b: NightRange?) = (nil, nil)) -> [(String, JSONValue)] {
        let labels = subject.labels
        let test = comparison.test
        var missing: [JSONValue] = []
        if case .notEnoughData(let shortfalls) = comparison.verdict {
            missing = shortfalls.map { .object([("what", .string($0.what.rawValue)), ("have", .int($0.have)), ("need", .int($0.need))]) }
        }
        return [
            ("a", side(comparison.a, label: labels.a, range: ranges.a)),
            ("b", side(comparison.b, label: labels.b, range: ranges.b)),
            ("rateRatio", .number(test?.ratio)),
            ("interval", test.map { .object([("lower", .number($0.lower)), ("upper", .number($0.upper))]) } ?? .null),
            ("p", .number(test?.p)),
            ("percentChange", .number(comparison.percentChange)),
            ("responseMarkPercent", .number(Comparison.responseMarkPercent)),
            ("reachedResponseMark", .bool(comparison.reachedResponseMark)),
            ("verdict", .string(ComparisonWords.verdictKey(comparison.verdict))),
            ("missing", .array(missing)),
            ("verdictText", .string(ComparisonWords.verdict(comparison, subject))),
            ("caution", .string(ComparisonWords.caution)),
        ]
    }

    private static func side(_ side: ComparisonSide, label: String, range: NightRange?) -> JSONValue {
        .object([
            ("label", .string(label)),
            ("from", .optional(range?.from.description)), ("to", .optional(range?.to.description)),
            ("nights", .int(side.nights)), ("keptNights", .int(side.keptNights)), ("cramps", .int(side.cramps)),
            ("crampsPerWeek", .number(side.crampsPerWeek)), ("crampNights", .int(side.crampNights)),
            ("crampFreeNights", .int(side.crampFreeNights)), ("intensityMedian", .number(side.intensityMedian)),
            ("sleepDisturbanceMedian", .number(side.sleepDisturbanceMedian)),
        ])
    }
}
