import Diary
import DiaryAnalytics

/// The sentences about kept nights and the measures of the cramps, shared by the report and the
/// summary so both say the same (README.md, "Kept nights").
enum KeptWords {
    /// `continuous keeping from the first record`.
    static func rule(_ rule: KeepingRule) -> String {
        switch rule {
        case .continuous: "continuous keeping from the first record"
        case .strict: "strict keeping: only nights with an entry or a check-in"
        }
    }

    /// `88 of 90, 2 in marked gaps`.
    static func keptOf(_ t: PeriodTotals) -> String {
        let gaps = t.gapNights > 0 ? ", \(t.gapNights) in marked \(t.gapNights == 1 ? "gap" : "gaps")" : ""
        return "\(t.keptNights) of \(t.nightsElapsed)\(gaps)"
    }

    /// `82 cramp-free nights, 0.7 nocturnal cramps per week over kept nights`, or what is missing.
    static func rates(_ t: PeriodTotals) -> String {
        guard let perWeek = t.nocturnalCrampsPerWeek else {
            return "cramp-free nights and cramps per week: not enough kept nights"
        }
        return "\(ReportFormat.count(t.crampFreeNights, "cramp-free night")), "
            + "\(ReportFormat.decimals(perWeek, 1)) nocturnal cramps per week over kept nights"
    }

    /// Duration, intensity and sleep disturbance of the period's cramps, as recorded.
    static func measures(_ m: CrampMeasures) -> [String] {
        guard m.cramps > 0, let median = m.durationMedianSeconds, let longest = m.longestSeconds else {
            return ["Duration and intensity: no cramp in this period."]
        }
        let duration = "Duration: median \(DurationText.format(Int(median.rounded()))), "
            + "longest \(DurationText.format(longest))."
        let intensity: String
        if let middle = m.intensityMedian, let highest = m.intensityHighest {
            let missing = m.intensityNotGiven > 0 ? ", not given for \(m.intensityNotGiven) of \(m.cramps)" : ""
            intensity = "Intensity (0-10): median \(number(middle)), highest \(highest)\(missing)."
        } else {
            intensity = "Intensity (0-10): none given."
        }
        return [duration, intensity, sleep(m)]
    }

    /// Sleep disturbance on cramp nights, from check-ins.
    static func sleep(_ m: CrampMeasures) -> String {
        guard m.crampNights > 0 else { return "Sleep disturbance (0-10): no cramp night in this period." }
        guard let median = m.sleepDisturbanceMedian else {
            return "Sleep disturbance (0-10) on cramp nights: no check-in."
        }
        return "Sleep disturbance (0-10) on cramp nights: median \(number(median)), from check-ins on "
            + "\(m.crampNightsWithCheckIn) of \(ReportFormat.count(m.crampNights, "cramp night"))."
    }

    /// `6`, `6.5`.
    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : ReportFormat.decimals(value, 1)
    }
}
