import Diary
import DiaryAnalytics

/// The report's words on breaks logged live and on the stretch under way.
enum ReportTextStretch {
    /// ` Of the 3 logged live, 2 on time and 1 late (on time: within 40 min of the stretch's start or the break
    /// before).`; empty when no break was logged live.
    static func timeliness(_ report: Report) -> String {
        let b = report.breaks
        guard b.onTime + b.late > 0 else { return "" }
        return " Of the \(b.onTime + b.late) logged live, \(b.onTime) on time and \(b.late) late (on time: within "
            + "\(report.settings.breakIntervalMinutes) min of the stretch's start or the break before)."
    }

    /// The stretch under way, when it started on one of the report's days: counted up to now, or left out.
    static func underWay(_ report: Report, _ canvas: inout TextCanvas) {
        guard let open = report.underWay else { return }
        let since = StretchText.since(open.stretch)
        canvas.paragraph(open.isStale
            ? "Left out: a stretch \(since), \(StretchText.stale(open)); it counts once its real end is given "
                + "(cramp stop --at TIME)."
            : "Under way: \(since), counted up to now (\(DurationText.minutes(open.elapsedSeconds)), "
                + "\(StretchText.breaks(open.breaks)) so far).", indent: 2, hang: 2)
    }
}
