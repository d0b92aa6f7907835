import Diary

/// Which nights were kept, so every rate has its denominator (README.md, "Kept nights").
///
/// A night before the diary's first record is not kept; a night inside a marked gap is a gap; from
/// the first record on, continuous keeping counts every other night as kept, strict keeping only
/// nights with an episode or a check-in; a trial's nights are always under strict keeping. A night that is not kept is unknown, never cramp-free.
///
/// Built once per report: the check-ins go into a table by night and the gaps stay a short list,
/// so asking about a night costs a comparison, a scan of the gaps and one lookup.
public struct KeptNights: Sendable {
    /// The facts the answers come from.
    public let keeping: DiaryKeeping
    private let tallies: NightTallies
    private let checkIns: [Night: CheckIn]

    /// The keeping of each night, from the keeping facts and the episodes counted per night.
    public init(keeping: DiaryKeeping, tallies: NightTallies) {
        self.keeping = keeping
        self.tallies = tallies
        var checkIns: [Night: CheckIn] = [:]
        checkIns.reserveCapacity(keeping.checkIns.count)
        // One check-in per night is stored; should two ever arrive, the later one stands.
        for checkIn in keeping.checkIns { checkIns[checkIn.night] = checkIn }
        self.checkIns = checkIns
    }

    /// Whether `night` was kept.
    public subscript(night: Night) -> NightKeeping {
        guard let first = keeping.firstRecord, first <= night else { return .notKept }
        // A gap is the person's word that these nights were not logged: it stands even over an entry,
        // which is still shown and counted as a cramp, but gives the night no place in a rate.
        for gap in keeping.gaps where gap.contains(night) { return .gap }
        switch keeping.rule(on: night) {
        case .continuous:
            return .kept
        case .strict:
            let tally = tallies[night]
            return tally.cramps + tally.numbness > 0 || checkIns[night] != nil ? .kept : .notKept
        }
    }

    /// True when `night` was kept.
    public func isKept(_ night: Night) -> Bool { self[night] == .kept }

    /// The check-in about `night`, if any.
    public func checkIn(_ night: Night) -> CheckIn? { checkIns[night] }

    /// Kept nights among `nights`.
    public func count(_ nights: some Sequence<Night>) -> Int {
        var count = 0
        for night in nights where isKept(night) { count += 1 }
        return count
    }
}
