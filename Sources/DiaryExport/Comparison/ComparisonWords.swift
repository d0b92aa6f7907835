import Diary
import DiaryAnalytics

/// What a comparison is about, so its verdict names it: two periods, a trial, or a medicine's start or stop.
public enum ComparisonSubject: Hashable, Sendable {
    /// `cramp compare`: two periods as labelled.
    case periods(a: String, b: String)
    /// A trial's baseline nights against its treatment nights.
    case trial(name: String)
    /// The kept nights before a medicine's start against those after.
    case medicineStart(name: String)
    /// The kept nights before a medicine's stop against those after.
    case medicineStop(name: String)

    /// How side A and side B are named.
    public var labels: (a: String, b: String) {
        switch self {
        case .periods(let a, let b): (a, b)
        case .trial(let name): ("baseline", "with \(name)")
        case .medicineStart: ("before the start", "after the start")
        case .medicineStop: ("before the stop", "after the stop")
        }
    }
}

/// The words and numbers every view of a comparison shares (README.md, "Did it help?").
public enum ComparisonWords {
    /// The caution every before/after figure carries (README.md, "Did it help?").
    public static let caution = "A before/after figure needs care: in the Cochrane review of magnesium, cramps fell "
        + "27.8% on average under placebo, and 65.9% of people on placebo had at least 25% fewer cramps. A trial "
        + "started in a bad week tends to look good afterwards (regression to the mean), and cramps follow the "
        + "seasons: new quinine prescriptions roughly double from winter to summer (Garrison et al., CMAJ 2015). "
        + "The diary shows the counts; it cannot tell what changed them."

    /// The MHRA advice shown when the trial's name is quinine.
    public static let quinineAdvice = "Quinine (MHRA advice): not for routine use; stop if there is no benefit "
        + "after 4 weeks; pause about every 3 months to see whether it is still needed. Talk to the prescriber."

    /// True for quinine, whatever the case, also as "quinine sulfate" or "quinine sulphate".
    public static func isQuinine(_ name: String) -> Bool {
        let words = name.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).joined(separator: " ")
        return ["quinine", "quinine sulfate", "quinine sulphate"].contains(words)
    }

    /// The verdict as one sentence.
    public static func verdict(_ comparison: Comparison, _ subject: ComparisonSubject) -> String {
        let labels = subject.labels
        switch comparison.verdict {
        case .notEnoughData(let missing):
            let parts = missing.map { shortfall -> String in
                let more = shortfall.need - shortfall.have
                switch shortfall.what {
                case .keptNightsA:
                    return "\(labels.a) has \(shortfall.have) kept nights of the \(shortfall.need) needed (\(more) more)"
                case .keptNightsB:
                    return "\(labels.b) has \(shortfall.have) kept nights of the \(shortfall.need) needed (\(more) more)"
                case .cramps:
                    return "\(shortfall.have) cramp\(shortfall.have == 1 ? "" : "s") in all of the \(shortfall.need) needed (\(more) more)"
                }
            }
            return "not enough data: " + parts.joined(separator: "; ")
        case .noClearChange:
            return "no clear change: the interval holds 1"
        case .fewer:
            switch subject {
            case .periods(_, let b): return "fewer cramps during \(b)"
            case .trial(let name): return "fewer cramps during \(name)"
            case .medicineStart(let name): return "fewer cramps after starting \(name)"
            case .medicineStop(let name): return "fewer cramps after stopping \(name)"
            }
        case .more:
            let advice = " — worth discussing with the prescriber; do not stop a medicine without advice"
            switch subject {
            case .periods(_, let b): return "more cramps during \(b)" + advice
            case .trial(let name): return "more cramps during \(name)" + advice
            case .medicineStart(let name): return "more cramps after starting \(name)" + advice
            case .medicineStop(let name): return "more cramps after stopping \(name)" + advice
            }
        }
    }

    /// The verdict's stable word for JSON.
    public static func verdictKey(_ verdict: Comparison.Verdict) -> String {
        switch verdict {
        case .notEnoughData: "not enough data"
        case .noClearChange: "no clear change"
        case .fewer: "fewer"
        case .more: "more"
        }
    }

    /// `rate ratio 6.67 (exact 95% interval 1.72 to 37.7), p = 0.0016`; what stands when there is no test.
    public static func ratioLine(_ comparison: Comparison) -> String {
        guard let test = comparison.test else { return "rate ratio: none (no cramp on either side)" }
        let ratio = test.ratio.map(number) ?? "none (no cramp before)"
        return "rate ratio \(ratio) (exact 95% interval \(number(test.lower)) to \(number(test.upper))), p \(p(test.p))"
    }

    /// `-85.0%, the 25% mark reached`; `none` without cramps on side A.
    public static func changeLine(_ comparison: Comparison) -> String {
        guard let change = comparison.percentChange else { return "change: none (no cramp before, or no kept night)" }
        let mark = comparison.reachedResponseMark ? "reached" : "not reached"
        return "change in cramps per week: \(signed(change))%; the 25% fall trials count as a response: \(mark)"
    }

    /// A ratio to about three figures: `6.67`, `37.7`, `120`, `0.0037`; `no upper limit` for infinity.
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return "no upper limit" }
        if value == 0 { return "0" }
        if value >= 100 { return fixed(value, 0) }
        if value >= 10 { return fixed(value, 1) }
        if value >= 0.1 { return fixed(value, 2) }
        return fixed(value, value >= 0.01 ? 3 : 4)
    }

    /// `= 0.048`, `= 0.0016`, `< 0.0001`.
    public static func p(_ value: Double) -> String {
        if value < 0.0001 { return "< 0.0001" }
        return "= " + fixed(value, value < 0.01 ? 4 : 3)
    }

    /// `+566.7`, `-85.0`, `0.0`.
    public static func signed(_ value: Double) -> String {
        let text = fixed(abs(value), 1)
        if text == "0.0" { return text }
        return (value < 0 ? "-" : "+") + text
    }

    /// A non-negative number with exactly `places` decimals.
    public static func fixed(_ value: Double, _ places: Int) -> String {
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((value * Double(scale)).rounded())
        let whole = scaled / scale, fraction = scaled % scale
        guard places > 0 else { return "\(whole)" }
        var digits = String(fraction)
        while digits.count < places { digits = "0" + digits }
        return "\(whole).\(digits)"
    }

    /// An optional figure with `places` decimals, `-` for none.
    public static func optional(_ value: Double?, _ places: Int) -> String { value.map { fixed($0, places) } ?? "-" }
}
