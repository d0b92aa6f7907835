import Diary
import DiaryAnalytics

/// The stretch under way in `cramp report --json`: `posture.underWay` is null, or `posture`, `start`,
/// `elapsedSeconds` (real time up to when the report was made), `breaks` (logged live so far) and `counted`
/// (false when it is open past the stretch-limit and left out until its real end is given).
enum ReportJSONStretch {
    static func underWay(_ open: StretchNow?) -> JSONValue {
        guard let open else { return .null }
        return .object([
            ("posture", .string(open.stretch.posture.rawValue)), ("start", .string(open.stretch.start.iso8601)),
            ("elapsedSeconds", .int(open.elapsedSeconds)), ("breaks", .int(open.breaks)), ("counted", .bool(!open.isStale)),
        ])
    }
}
