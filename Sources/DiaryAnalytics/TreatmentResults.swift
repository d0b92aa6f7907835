import Diary

/// A trial with its comparison so far: baseline nights against treatment nights, washout left out.
public struct TrialResult: Hashable, Sendable {
    public let trial: Trial
    /// Figures over the complete nights up to last night (or the trial's last night).
    public let comparison: Comparison
    /// Washout nights left out so far.
    public let washoutNights: Int
    /// The last night counted: last night, or the trial's own last night when it ended.
    public let through: Night

    /// Creates a result.
    public init(trial: Trial, comparison: Comparison, washoutNights: Int, through: Night) {
        self.trial = trial
        self.comparison = comparison
        self.washoutNights = washoutNights
        self.through = through
    }
}

/// A medicine's start or stop with the kept nights around it compared.
public struct MedicineChange: Hashable, Sendable {
    public let event: MedicineEvent
    /// The night the start or stop falls on (its evening's night under the night window).
    public let night: Night
    /// Up to 28 kept nights before `night` against up to 28 from `night` on.
    public let comparison: Comparison

    /// Creates a change.
    public init(event: MedicineEvent, night: Night, comparison: Comparison) {
        self.event = event
        self.night = night
        self.comparison = comparison
    }
}
