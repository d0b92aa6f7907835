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
    /// Nights under strict keeping whatever the rule: the nights of each trial (README.md, "Did it help?").
    public var strictNights: [NightRange]

    /// Creates the keeping facts.
    public init(rule: KeepingRule, firstRecord: Night?, gaps: [KeepingGap] = [], checkIns: [CheckIn] = [],
                strictNights: [NightRange] = []) {
        self.rule = rule
        self.firstRecord = firstRecord
        self.gaps = gaps
        self.checkIns = checkIns
        self.strictNights = strictNights
    }

    /// The rule that decides `night`: strict inside a trial, else the setting.
    public func rule(on night: Night) -> KeepingRule {
        rule == .strict || !strictNights.contains(where: { $0.contains(night) }) ? rule : .strict
    }
}
