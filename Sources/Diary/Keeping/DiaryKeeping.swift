/// What decides which nights were kept: everything the analytics needs besides the episodes.
///
/// Check-ins and gaps are one row per night at most, so a store reads them whole.
public struct DiaryKeeping: Hashable, Sendable {
    /// The rule in force (setting `keeping`).
    public var rule: KeepingRule
    /// The night of the diary's first record (episode, posture record or check-in); nil for an empty diary.
    public var firstRecord: Night?
    /// Marked gaps, earliest first.
    public var gaps: [KeepingGap]
    /// Check-ins, earliest night first.
    public var checkIns: [CheckIn]

    /// Creates the keeping facts.
    public init(rule: KeepingRule, firstRecord: Night?, gaps: [KeepingGap] = [], checkIns: [CheckIn] = []) {
        self.rule = rule
        self.firstRecord = firstRecord
        self.gaps = gaps
        self.checkIns = checkIns
    }
}
