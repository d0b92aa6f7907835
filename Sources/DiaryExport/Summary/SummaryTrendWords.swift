import Diary
import DiaryAnalytics

/// The summary's sentences about kept nights and about better or worse.
extension SummaryWords {
    /// Where keeping starts, how many nights were kept and by which rule; nil for an empty diary.
    static func kept(_ s: VisitSummary) -> String? {
        guard let first = s.firstRecord else { return nil }
        let t = s.report.totals
        var text = ""
        if s.nightsBeforeFirstRecord > 0 {
            text = "The diary begins on the night of \(first), its first record: the "
                + "\(ReportFormat.count(s.nightsBeforeFirstRecord, "night")) of the period before it were not kept, "
                + "so no figure counts them and the tables start there. "
        }
        return text + "Kept nights: \(KeptWords.keptOf(t)) (\(KeptWords.rule(s.report.keepingRule)))."
    }

    /// Cramp-free nights and the weekly rate over the period's kept nights.
    static func rates(_ s: VisitSummary) -> String {
        let rates = KeptWords.rates(s.report.totals)
        return rates.prefix(1).uppercased() + rates.dropFirst() + "."
    }

    /// `2026-10-22 to 2026-11-20: 4 nocturnal cramps, 4 cramp nights, 30 kept nights`; the weekly rates are
    /// in the change sentence.
    static func trendLine(_ t: PeriodTotals) -> String {
        "\(t.range.from) to \(t.range.to): \(ReportFormat.count(t.nocturnalCramps, "nocturnal cramp")), "
            + "\(ReportFormat.count(t.crampNights, "cramp night")), "
            + (t.keptNights == 0 ? "no night kept" : ReportFormat.count(t.keptNights, "kept night"))
    }

    /// The change in the weekly rate when both windows have enough kept nights; otherwise what is missing.
    static func trendChange(_ s: VisitSummary) -> String {
        let t = s.trend
        guard t.comparable, let change = t.crampsPerWeek, let now = t.recent.nocturnalCrampsPerWeek,
              let then = t.before.nocturnalCrampsPerWeek else {
            return notCompared(t)
        }
        // Compared at one decimal, as shown: a change too small to show is no change.
        let shown = (change * 10).rounded() / 10
        let direction = shown == 0 ? "about the same" : shown > 0 ? "more cramps recently" : "fewer cramps recently"
        return "Change: from \(ReportFormat.decimals(then, 1)) to \(ReportFormat.decimals(now, 1)) nocturnal cramps per "
            + "week over kept nights (\(direction); counts only, not a test, and a small change can be chance)."
    }

    /// Why the two windows are not compared, naming each window that lacks kept nights.
    static func notCompared(_ t: Trend) -> String {
        let minimum = Trend.minimumKeptNights
        var missing: [String] = []
        for (name, window) in [("earlier", t.before), ("last", t.recent)] where window.keptNights < minimum {
            let kept = window.keptNights == 0 ? "no kept night" : "only \(ReportFormat.count(window.keptNights, "kept night"))"
            var reason = "the \(name) 30 nights (\(window.range.from) to \(window.range.to)) have \(kept)"
            if let first = t.firstRecord, first > window.range.from {
                reason += first > window.range.to
                    ? ", as the diary's first record is on the night of \(first)"
                    : " (the diary's first record is on the night of \(first))"
            }
            missing.append(reason)
        }
        return "Not compared: " + missing.joined(separator: ", and ") + ". A comparison needs at least \(minimum) "
            + "kept nights in each (our convention: two weeks, the shortest diary period of the trials)."
    }
}
