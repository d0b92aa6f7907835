/// Nights the person marks as not logged (travel, hospital, a forgotten week), or, without a last
/// night, keeping ended and not restarted yet.
public struct KeepingGap: Hashable, Sendable {
    public var id: Int64?
    /// The first night not kept.
    public var first: Night
    /// The last night not kept; nil while keeping stays ended.
    public var last: Night?
    public var note: String?
    public var createdUTC: Int64
    public var updatedUTC: Int64

    /// Creates a gap value.
    public init(
        id: Int64? = nil, first: Night, last: Night?, note: String? = nil, createdUTC: Int64 = 0, updatedUTC: Int64 = 0
    ) {
        self.id = id
        self.first = first
        self.last = last
        self.note = note
        self.createdUTC = createdUTC
        self.updatedUTC = updatedUTC
    }

    /// True when `night` is inside the gap.
    public func contains(_ night: Night) -> Bool { first <= night && (last.map { night <= $0 } ?? true) }
}
