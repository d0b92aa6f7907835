/// Which phase a night of a trial falls in, derived from the stored plan (README.md, "Did it help?").
///
/// A trial runs `cycles` times a baseline of `baselineNights` then a treatment of `treatmentNights`. After each
/// switch between phases the first `washoutNights` nights count on neither side (the crossover trials dropped the
/// first weeks of each period); the very first baseline follows no switch, so it keeps all its nights.
public struct TrialPhase: Hashable, Sendable {
    /// Baseline (A) or treatment (B).
    public enum Kind: String, Hashable, Sendable {
        case baseline
        case treatment
    }

    public let kind: Kind
    /// Which baseline-then-treatment pair, from 1.
    public let cycle: Int
    /// Every night of the phase, washout included.
    public let nights: NightRange
    /// The washout nights at its start; nil when none.
    public let washout: NightRange?

    /// The nights that count on its side: the phase without its washout; nil when washout fills it.
    public var counted: NightRange? {
        guard let washout else { return nights }
        return NightRange(from: washout.to.adding(1), to: nights.to)
    }

    /// `baseline 1`, `treatment 2`.
    public var name: String { "\(kind.rawValue) \(cycle)" }
}

extension Trial {
    /// The last night the plan covers, were it to run its course.
    public var plannedLastNight: Night { firstNight.adding(cycles * (baselineNights + treatmentNights) - 1) }

    /// The last night the trial covers: the night it was stopped on, or the planned end.
    public var lastNight: Night { stoppedNight.map { min($0, plannedLastNight) } ?? plannedLastNight }

    /// Every night the trial covers (strict keeping is on over them).
    public var nights: NightRange { NightRange(from: firstNight, to: max(firstNight, lastNight))! }

    /// True when `night` is inside the trial's nights.
    public func covers(_ night: Night) -> Bool { nights.contains(night) }

    /// The phases of the plan, in order, whether or not the trial reached them.
    public var phases: [TrialPhase] {
        var phases: [TrialPhase] = []
        var start = firstNight
        for cycle in 1...max(1, cycles) {
            for (kind, length) in [(TrialPhase.Kind.baseline, baselineNights), (.treatment, treatmentNights)] {
                let range = NightRange(from: start, to: start.adding(length - 1))!
                let afterSwitch = !(cycle == 1 && kind == .baseline)
                let washout = afterSwitch && washoutNights > 0
                    ? NightRange(from: start, to: start.adding(min(washoutNights, length) - 1)) : nil
                phases.append(TrialPhase(kind: kind, cycle: cycle, nights: range, washout: washout))
                start = start.adding(length)
            }
        }
        return phases
    }

    /// The phase `night` belongs to, within the nights the trial covers; nil outside them.
    public func phase(of night: Night) -> TrialPhase? {
        guard covers(night) else { return nil }
        return phases.first { $0.nights.contains(night) }
    }

    /// The nights counted on each side, up to `last` (the last complete night) and the trial's own last night;
    /// washout nights are on neither side.
    public func countedNights(through last: Night) -> (baseline: [Night], treatment: [Night]) {
        let end = min(last, lastNight)
        var baseline: [Night] = [], treatment: [Night] = []
        for phase in phases {
            guard let counted = phase.counted, counted.from <= end else { continue }
            let nights = NightRange(from: counted.from, to: min(counted.to, end))!.nights
            switch phase.kind {
            case .baseline: baseline.append(contentsOf: nights)
            case .treatment: treatment.append(contentsOf: nights)
            }
        }
        return (baseline, treatment)
    }

    /// Washout nights up to `last`, for saying how many were left out.
    public func washoutNights(through last: Night) -> Int {
        let end = min(last, lastNight)
        return phases.compactMap(\.washout).reduce(0) { total, washout in
            washout.from > end ? total : total + washout.from.evening.days(to: min(washout.to, end).evening) + 1
        }
    }
}
