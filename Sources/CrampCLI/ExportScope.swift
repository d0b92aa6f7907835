import Diary
import DiaryActions

/// Thrown from inside a row loop to stop reading the diary once the output cannot be written.
struct OutputStopped: Error {}

/// Which rows an export covers: everything, or the nights of a period.
struct ExportScope {
    /// UTC bounds for the store's start-time index.
    let fromUTC: Int64
    let toUTC: Int64
    /// The nights, or nil for the whole diary.
    let range: NightRange?

    init(_ expression: PeriodExpression, reader: DiaryReader, window: NightWindow) throws {
        guard expression != .all else {
            // Everything, even rows dated after today's night (a clock set wrong when they were logged):
            // an export that drops rows would not import back to the same diary.
            (fromUTC, toUTC, range) = (Int64.min, Int64.max, nil)
            return
        }
        let range = try reader.nights(expression, window: window)
        (fromUTC, toUTC) = range.utcBounds
        self.range = range
    }

    func contains(_ night: Night) -> Bool { range?.contains(night) ?? true }

    /// `all` or the range's label, for the closing message.
    var label: String { range?.label ?? "whole diary" }

    static func stopIfFailed(_ sink: OutputSink) throws {
        if sink.failed { throw OutputStopped() }
    }
}
