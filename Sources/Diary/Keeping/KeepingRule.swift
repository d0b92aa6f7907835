/// Which nights count as kept (setting `keeping`).
///
/// Trials of night-cramp treatments count cramps and cramp-free nights over the nights a diary was
/// kept (README.md, "Kept nights"); a night without an entry is only a cramp-free night if the
/// person was keeping the diary that night.
public enum KeepingRule: String, VocabularyWord {
    /// From the first record on, every night is kept except those inside a marked gap (the default).
    case continuous
    /// Only nights with an episode or a check-in are kept, as a trial diary needs.
    case strict
}

/// Whether one night was kept, as the nights table and every rate see it.
public enum NightKeeping: String, Hashable, Sendable {
    /// Kept: a night without an episode was a night without one.
    case kept = "yes"
    /// Not kept: before the first record, or without an entry under strict keeping.
    case notKept = "no"
    /// Inside a gap the person marked (or after keeping was ended).
    case gap
}
