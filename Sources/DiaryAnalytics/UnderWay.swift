import Diary

/// The stretch under way in the analytics: counted exactly as a recorded stretch up to now, so a report made
/// during a long sitting day already sees it. Its live breaks are stretch breaks like any other, counted toward
/// it by their times, and nothing is stored for it until it stops, so nothing is counted twice. A stretch open
/// past the stretch-limit is left out until its real end is given (`StretchNow.sessionSoFar`).
public enum UnderWay {
    /// The stored sessions, plus the stretch under way up to now when it is believed.
    public static func sessions(_ stored: [PostureSession], adding open: StretchNow?) -> [PostureSession] {
        guard let counted = open?.sessionSoFar else { return stored }
        return stored + [counted]
    }

    /// The stretch under way when it started on a day before one of `nights` (the days a report shows), else nil.
    public static func shown(_ open: StretchNow?, days nights: [Night]) -> StretchNow? {
        guard let open, nights.contains(where: { $0.evening == open.stretch.start.local.date }) else { return nil }
        return open
    }
}
