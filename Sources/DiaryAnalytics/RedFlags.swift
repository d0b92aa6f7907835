import Diary

/// An episode matching a red flag the diary can see.
public struct RedFlag: Hashable, Sendable {
    /// The episode.
    public let episode: Episode
    /// Its night.
    public let night: Night
    /// What matched, e.g. `cramp lasted 12m (over 10 minutes)`.
    public let reason: String
}

/// The red flags (README.md, "Clinical basis") that a diary entry can show: only a cramp over 10 minutes.
/// The others (a swollen or cold leg, one-sided weakness, saddle numbness...) are not recorded as
/// fields, so the advice names them without claiming to have checked.
public enum RedFlags {
    /// The advice shown with any red flag, in order (NHS and NICE CKS; README.md, "Clinical basis").
    public static let advice: [String] = [
        "A cramp over 10 minutes that is not easing is a reason to seek medical care now (NHS; NICE CKS).",
        "Seek care now too if one leg is swollen, warm, red or painful (possible blood clot); "
            + "with breathlessness or chest pain it is an emergency.",
    ]

    /// The red-flag episodes among `placed`, earliest first.
    public static func find(_ placed: [PlacedEpisode]) -> [RedFlag] {
        placed.filter(\.episode.isRedFlag)
            .sorted { $0.episode.start.utc < $1.episode.start.utc }
            .map {
                RedFlag(
                    episode: $0.episode, night: $0.night,
                    reason: "cramp lasted \(DurationText.format($0.episode.durationSeconds)) (over 10 minutes)"
                )
            }
    }
}
