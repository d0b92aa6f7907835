/// A check-in, gap or keeping change the diary as it stands does not allow; nothing was written.
///
/// Facts only: the CLI adds what to type next (it exits 65, data, as the input itself was well formed).
public enum KeepingRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    /// A quiet check-in for a night that already has this many nocturnal cramps logged.
    case quietButCramps(night: Night, cramps: Int)
    /// The nights asked for share nights with a gap already marked.
    case overlapsGap(asked: String, gap: KeepingGap)
    /// Keeping is already ended, by this open gap.
    case alreadyEnded(KeepingGap)
    /// Keeping was not ended, so there is nothing to restart.
    case notEnded
    /// A restart on or before the night keeping was ended from would leave no night in the gap.
    case restartNotAfterEnd(restart: Night, gap: KeepingGap)

    /// What the diary holds that stops the change.
    public var description: String {
        switch self {
        case .quietButCramps(let night, let cramps):
            "the night of \(night.label) already has \(cramps) nocturnal cramp\(cramps == 1 ? "" : "s") logged, "
                + "so it was not quiet; nothing was written"
        case .overlapsGap(let asked, let gap):
            "\(asked) overlaps \(KeepingText.line(gap)); nothing was written"
        case .alreadyEnded(let gap):
            "keeping is already ended, \(KeepingText.line(gap)); nothing was written"
        case .notEnded:
            "keeping was not ended, so there is nothing to restart; nothing was written"
        case .restartNotAfterEnd(let restart, let gap):
            "keeping was ended from \(gap.first.label) (gap #\(gap.id.map(String.init) ?? "-")); a restart from "
                + "\(restart.label) would leave no night not kept; nothing was written"
        }
    }
}
