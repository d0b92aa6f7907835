import Diary
import Seeded

/// The episodes of one night, as the synthetic person would log them.
///
/// Proportions follow README.md, "Clinical basis", where it has them (calf most often, then foot or thigh; seconds to
/// about 10 minutes, a few longer); the rest are plausible guesses that only need to look like a diary.
struct NightEpisodes {
    let zone = CentralEuropeanZone()
    /// Nothing is created after this instant (the benchmark's pinned now).
    let nowUTC: Int64

    /// Own-words triggers, one with a `;` so the export's list escaping is exercised.
    static let ownTriggers = ["long drive", "new shoes", "Wanderung; steil", "late coffee"]
    /// Notes with the characters CSV writers get wrong: commas, quotes, newlines, formula starts, non-ASCII.
    static let notes = [
        "woke up twice", "after the long walk, calves tight", "\"charley horse\" again", "=not a formula",
        "-2 °C outside, cold bedroom", "Wadenkrampf, sehr stark", "line one\nline two", "@home", " leading space",
    ]

    /// `count` episodes of the night that begins on `evening`, oldest first.
    func make(count: Int, evening: CivilDate, standingHours: Double, random: inout SeededRandom) -> [Episode] {
        guard count > 0 else { return [] }
        let midnight = Int64(evening.daysSinceEpoch) * 86_400
        var moments: [(naive: Int64, nocturnal: Bool)] = []
        moments.reserveCapacity(count)
        for _ in 0..<count {
            if random.chance(0.85) {
                // 22:30 plus a triangular 0-9 h: most around 03:00, the hours sleep studies point to.
                let offset = Int64((random.unit() + random.unit()) / 2 * 32_400)
                moments.append((midnight + 81_000 + offset, true))
            } else {
                moments.append((midnight + 28_800 + Int64(random.int(in: 0...50_399)), false))
            }
        }
        moments.sort { $0.naive < $1.naive }
        return moments.map { moment in
            episode(at: LocalDateTime(naiveEpochSeconds: moment.naive), nocturnal: moment.nocturnal,
                    standingHours: standingHours, random: &random)
        }
    }

    private func episode(at local: LocalDateTime, nocturnal: Bool, standingHours: Double,
                         random: inout SeededRandom) -> Episode {
        let start = zone.timestamp(local: local)
        let kind: EpisodeKind = random.chance(nocturnal ? 0.95 : 0.4) ? .cramp : .numbness
        let cramp = kind == .cramp
        let leg = random.pick([(Leg.left, 0.45), (.right, 0.40), (.both, 0.15)])
        let site: Site? = cramp
            ? random.pick([(Site.calf, 0.70), (.foot, 0.15), (.toes, 0.04), (.thigh, 0.06), (.shin, 0.02),
                           (.other, 0.01), (nil, 0.02)])
            : random.pick([(Site.foot, 0.35), (.toes, 0.20), (.thigh, 0.20), (.calf, 0.10), (.shin, 0.10),
                           (.other, 0.05)])
        let duration = cramp
            ? min(1800, max(5, Int(random.logNormal(median: 90, sigma: 0.8))))
            : min(7200, max(30, Int(random.logNormal(median: 600, sigma: 0.9))))
        let intensity: Int? = random.chance(0.7) ? (cramp ? random.int(in: 3...9) : random.int(in: 1...5)) : nil
        let woke: Woke = nocturnal
            ? (cramp ? random.pick([(Woke.yes, 0.7), (.unknown, 0.2), (.no, 0.1)])
                     : random.pick([(Woke.yes, 0.3), (.unknown, 0.4), (.no, 0.3)]))
            : random.pick([(Woke.no, 0.8), (.unknown, 0.2)])

        var triggers: [Trigger] = []
        if standingHours > 4, random.chance(0.5) { triggers.append(Trigger(.standing)) }
        if !cramp, random.chance(0.25) { triggers.append(Trigger(.crossedLegs)) }
        if !cramp, standingHours < 1, random.chance(0.3) { triggers.append(Trigger(.sitting)) }
        if !cramp, random.chance(0.08) { triggers.append(Trigger(.tightClothing)) }
        if random.chance(0.08) { triggers.append(Trigger(.exercise)) }
        if random.chance(0.06) { triggers.append(Trigger(.dehydration)) }
        if random.chance(0.04) { triggers.append(Trigger(.cold)) }
        if random.chance(0.02) { triggers.append(Trigger(.medication)) }
        if random.chance(0.02) {
            triggers.append(Trigger(Self.ownTriggers[random.int(in: 0...Self.ownTriggers.count - 1)])!)
        }

        var reliefs: [Relief] = []
        let tried: [(Relief.Known, Double)] = cramp
            ? [(.stretch, 0.6), (.flexFoot, 0.2), (.walk, 0.15), (.massage, 0.1), (.heat, 0.03)]
            : [(.walk, 0.4), (.massage, 0.1)]
        for (known, p) in tried where random.chance(p) {
            let outcome = random.pick([(ReliefOutcome.helped, 0.55), (.partly, 0.25), (.noHelp, 0.1), (.unsure, 0.1)])
            reliefs.append(Relief(known, outcome: outcome))
        }
        let note: String? = random.chance(0.06) ? Self.notes[random.int(in: 0...Self.notes.count - 1)] : nil

        // Most are logged right after; some nocturnal ones the next morning with --at.
        let end = start.utc + Int64(duration)
        var created = nocturnal && random.chance(0.15)
            ? max(end, Int64(local.date.adding(days: local.secondsOfDay < 43_200 ? 0 : 1).daysSinceEpoch) * 86_400
                    + 27_000 - Int64(start.offset) + Int64(random.int(in: 0...5_400)))
            : end + Int64(random.int(in: 20...900))
        created = min(created, nowUTC)
        let updated = random.chance(0.03) ? min(nowUTC, created + Int64(random.int(in: 600...86_400))) : created
        return Episode(
            kind: kind, start: start, leg: leg, site: site, durationSeconds: duration, intensity: intensity,
            woke: woke, triggers: triggers, reliefs: reliefs, note: note, createdUTC: created,
            updatedUTC: max(created, updated))
    }
}
