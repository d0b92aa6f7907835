import Diary
import DiaryAnalytics
import DiaryStore

extension DiaryReader {
    /// Kept nights each side of a medicine's start or stop (README.md, "Did it help?").
    public static let medicineSideKeptNights = 28
    /// How far from a start or stop the kept nights are looked for.
    public static let medicineSearchNights = 366

    /// The comparison of the complete nights of `b` against those of `a` (nights after last night do not count).
    public func comparison(a: NightRange, b: NightRange) throws -> Comparison {
        let settings = try settings()
        let last = clock.currentNight(window: settings.nightWindow).adding(-1)
        func complete(_ range: NightRange) -> [Night] { NightRange(from: range.from, to: min(range.to, last)).map { Array($0.nights) } ?? [] }
        let nightsA = complete(a), nightsB = complete(b)
        let facts = try nightFacts(NightRange(from: min(a.from, b.from), to: max(a.to, b.to))!, settings: settings)
        return Comparison(a: facts.pick(nightsA), b: facts.pick(nightsB))
    }

    /// Every trial, earliest first.
    public func trials() throws -> [Trial] {
        try reading { try $0.map { try TrialRepository($0.db).all() } ?? [] }
    }

    /// Trial `id`'s result so far; nil when there is no such trial.
    public func trialResult(id: Int64) throws -> TrialResult? {
        guard let trial = try reading({ try $0.flatMap { try TrialRepository($0.db).fetch(id: id) } }) else { return nil }
        return try trialResult(trial)
    }

    /// The result of `trial` so far.
    public func trialResult(_ trial: Trial) throws -> TrialResult {
        let settings = try settings()
        let last = clock.currentNight(window: settings.nightWindow).adding(-1)
        let sides = trial.countedNights(through: last)
        let facts = try nightFacts(trial.nights, settings: settings)
        return TrialResult(trial: trial, comparison: Comparison(a: facts.pick(sides.baseline), b: facts.pick(sides.treatment)),
                           washoutNights: trial.washoutNights(through: last), through: min(last, trial.lastNight))
    }

    /// Each start and stop of the medicine timeline, earliest first, with the 28 kept nights before it against the
    /// 28 from its night on (fewer when the diary holds fewer complete kept nights within a year).
    public func medicineChanges() throws -> [MedicineChange] {
        let events = try medicineEvents().filter { $0.action != .change }
        guard !events.isEmpty else { return [] }
        let settings = try settings()
        let window = settings.nightWindow
        let last = clock.currentNight(window: window).adding(-1)
        let nights = events.map { window.night(of: $0.at.local) }
        let span = NightRange(from: nights.min()!.adding(-Self.medicineSearchNights),
                              to: max(nights.max()!, min(last, nights.max()!.adding(Self.medicineSearchNights))))!
        let facts = try nightFacts(span, settings: settings)
        return zip(events, nights).map { event, night in
            var before: [ComparedNight] = [], after: [ComparedNight] = []
            var probe = night.adding(-1)
            while before.count < Self.medicineSideKeptNights, probe >= span.from {
                if let fact = facts.byNight[probe], fact.keeping == .kept { before.append(fact) }
                probe = probe.adding(-1)
            }
            probe = night
            while after.count < Self.medicineSideKeptNights, probe <= last, probe <= span.to {
                if let fact = facts.byNight[probe], fact.keeping == .kept { after.append(fact) }
                probe = probe.adding(1)
            }
            return MedicineChange(event: event, night: night, comparison: Comparison(a: before.reversed(), b: after))
        }
    }

    /// The comparison facts of every night of `range`, from its episodes and the keeping facts.
    private func nightFacts(_ range: NightRange, settings: Settings) throws -> NightFacts {
        let window = settings.nightWindow
        let episodes = try episodes(in: range, window: window)
        let keeping = try keeping(settings: settings)
        let kept = KeptNights(keeping: keeping, tallies: NightTallies(episodes.lazy.map(\.outline), window: window))
        let facts = ComparedNight.facts(range.nights, episodes: episodes, window: window, kept: kept)
        return NightFacts(byNight: Dictionary(uniqueKeysWithValues: facts.map { ($0.night, $0) }))
    }
}

/// Facts by night, for picking the nights of each side.
private struct NightFacts {
    let byNight: [Night: ComparedNight]

    func pick(_ nights: [Night]) -> [ComparedNight] { nights.compactMap { byNight[$0] } }
}
