import Diary

/// Which rows an export covers: everything, or the nights of a period.
public struct ExportScope: Sendable {
    /// UTC bounds for the store's start-time index.
    public let fromUTC: Int64
    public let toUTC: Int64
    /// The nights, or nil for the whole diary.
    public let range: NightRange?

    /// The rows `expression` covers in this diary.
    public init(_ expression: PeriodExpression, reader: DiaryReader, window: NightWindow) throws {
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

    /// True when rows of `night` are exported.
    public func contains(_ night: Night) -> Bool { range?.contains(night) ?? true }

    /// `all` or the range's label, for the closing message.
    public var label: String { range?.label ?? "whole diary" }
}
