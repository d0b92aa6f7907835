/// A planned comparison: a baseline of nights, then nights of a treatment, optionally repeated.
///
/// Trials of treatments for cramps compare cramps per week over a baseline of 2 to 4 weeks against
/// 4 weeks of treatment; crossover trials left out the first nights after each switch (README.md,
/// "Did it help?"). The stored plan is the numbers below; which night falls in which phase is derived.
public struct Trial: Hashable, Sendable {
    public var id: Int64?
    /// What is tried, as typed ("magnesium", "a stretching routine").
    public var name: String
    /// The first night of the first baseline.
    public var firstNight: Night
    /// Nights in each baseline phase (at least 14).
    public var baselineNights: Int
    /// Nights in each treatment phase.
    public var treatmentNights: Int
    /// Nights after each switch between phases that count on neither side.
    public var washoutNights: Int
    /// How many baseline-then-treatment pairs: 1 is AB, 2 is ABAB.
    public var cycles: Int
    /// The last night covered when the trial was stopped early; nil while it runs or once it ran its course.
    public var stoppedNight: Night?
    /// Why it was stopped, as typed.
    public var stopNote: String?
    public var note: String?
    public var createdUTC: Int64
    public var updatedUTC: Int64

    /// The schema's bounds (migration 3): a baseline of at least two weeks, as the trials used.
    public static let baselineRange = 14...366
    /// Accepted lengths of a treatment phase, in nights.
    public static let treatmentRange = 1...366
    /// Accepted washout lengths, in nights.
    public static let washoutRange = 0...366
    /// Accepted numbers of baseline-then-treatment pairs.
    public static let cycleRange = 1...10

    /// Creates a trial value (not yet checked against the bounds above).
    public init(
        id: Int64? = nil, name: String, firstNight: Night, baselineNights: Int = 14, treatmentNights: Int = 28,
        washoutNights: Int = 0, cycles: Int = 1, stoppedNight: Night? = nil, stopNote: String? = nil,
        note: String? = nil, createdUTC: Int64 = 0, updatedUTC: Int64 = 0
    ) {
        self.id = id
        self.name = name
        self.firstNight = firstNight
        self.baselineNights = baselineNights
        self.treatmentNights = treatmentNights
        self.washoutNights = washoutNights
        self.cycles = cycles
        self.stoppedNight = stoppedNight
        self.stopNote = stopNote
        self.note = note
        self.createdUTC = createdUTC
        self.updatedUTC = updatedUTC
    }
}
