#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Diary
import Seeded

/// What to generate: how many rows, over which nights, from which seed.
struct DiaryShape: Hashable, Sendable {
    /// Episodes in the whole diary.
    var episodes: Int
    /// Sitting and standing sessions in the whole diary.
    var sessions: Int
    /// Years of history ending with the night before `now`.
    var years: Int = 10
    /// The seed every random choice derives from.
    var seed: UInt64
    /// The moment the benchmark pins as "now" (`CRAMP_NOW`), Europe/Berlin.
    var now: LocalDateTime
    /// When set, the last `recentNights` nights hold exactly the episodes a diary of this many
    /// episodes (same seed) has there, and all the others go to the nights before: a diary that
    /// differs from the smaller one only in its history.
    var recentLike: Int? = nil

    /// Nights at the end that `recentLike` keeps as in the smaller diary: a year, more than any
    /// report looks back (90 nights of links, 30 of counts, the period and the one before it).
    static let recentNights = 365

    /// The last complete night: the evening before `now`'s date (now is after the night window ends).
    var lastEvening: CivilDate { now.date.adding(days: -1) }
    /// Days (and nights) covered: `years` of 365.2425 days.
    var days: Int { Int((Double(years) * 365.2425).rounded()) }
    /// The first day and night of the diary.
    var firstEvening: CivilDate { lastEvening.adding(days: 1 - days) }
}

/// One sitting or standing stretch, planned before anything is written.
struct PlannedSession {
    var posture: Posture
    /// Seconds after the day's local midnight.
    var startSecond: Int
    var durationSeconds: Int
    /// Breaks the person says they took (`--breaks`), or breaks logged live with `cramp break`.
    var breaks: Int
    var loggedLive: Bool
}

/// The synthetic person's days: a job that changes every few months (some jobs stand all day),
/// weekends, and how faithfully they take stretch breaks. Nights follow from the days.
struct DayPlans {
    /// Sessions per day, in time order.
    var sessions: [[PlannedSession]]
    /// Hours spent standing per day.
    var standingHours: [Double]

    /// Plans every day of `shape` from its own random stream, so episode sizes never change the sessions.
    init(_ shape: DiaryShape) {
        var random = SeededRandom(seed: shape.seed ^ 0x5E55_1045)
        let first = shape.firstEvening
        var weights: [Double] = []
        var standingJob: [Bool] = []
        var compliance: [Double] = []
        var phaseLeft = 0, phaseStanding = false, phaseCompliance = 0.5
        for day in 0..<shape.days {
            if phaseLeft == 0 {
                phaseLeft = random.int(in: 60...240)
                phaseStanding = random.chance(0.4)
                phaseCompliance = 0.15 + 0.75 * random.unit()
            }
            phaseLeft -= 1
            let weekend = first.adding(days: day).isoWeekday >= 6
            weights.append(weekend ? 0.6 : 1.2)
            standingJob.append(phaseStanding && !weekend)
            compliance.append(phaseCompliance)
        }
        let perDay = Allocation.counts(total: shape.sessions, weights: weights, random: &random)
        sessions = []
        standingHours = []
        sessions.reserveCapacity(shape.days)
        for day in 0..<shape.days {
            var plans: [PlannedSession] = []
            var standing = 0
            let count = perDay[day]
            // Waking hours 07:00-22:00, cut into equal slots: a session fills part of its slot.
            let slot = count == 0 ? 0 : 54_000 / count
            for index in 0..<count {
                let posture: Posture = random.chance(standingJob[day] ? 0.75 : 0.2) ? .standing : .sitting
                let duration = max(60, Int(Double(slot) * (0.5 + 0.3 * random.unit())))
                let start = 25_200 + index * slot + Int(Double(slot) * 0.15 * random.unit())
                let expected = Double(duration) / 2400 * compliance[day]
                let breaks = min(1000, Int(expected + random.unit()))
                plans.append(PlannedSession(
                    posture: posture, startSecond: min(start, 86_399), durationSeconds: duration, breaks: breaks,
                    loggedLive: posture == .sitting && breaks > 0 && random.chance(0.3)))
                if posture == .standing { standing += duration }
            }
            sessions.append(plans)
            standingHours.append(Double(standing) / 3600)
        }
    }

    /// How likely each night is to bring cramps: more in summer, after long standing days, and in
    /// spells of bad weeks, the way real nocturnal cramps cluster.
    func nightWeights(_ shape: DiaryShape, random: inout SeededRandom) -> [Double] {
        var weights: [Double] = []
        weights.reserveCapacity(shape.days)
        var inSpell = false
        var weekly = 1.0
        let first = shape.firstEvening
        for night in 0..<shape.days {
            let date = first.adding(days: night)
            let dayOfYear = date.daysSinceEpoch - CivilDate(year: date.year, month: 1, day: 1)!.daysSinceEpoch
            // Peak in mid-July, trough in mid-January (0.5x to 1.5x).
            let season = 1 + 0.5 * cos(2 * Double.pi * Double(dayOfYear - 196) / 365.25)
            let hours = standingHours[night]
            let standing = hours > 4 ? 2.5 : hours > 2 ? 1.4 : 1
            inSpell = inSpell ? !random.chance(0.12) : random.chance(0.03)
            if night % 7 == 0 { weekly = exp(0.6 * random.normal()) }
            weights.append(season * standing * (inSpell ? 3 : 1) * weekly)
        }
        return weights
    }
}

/// Spreads a total over buckets in proportion to weights, exactly and reproducibly.
enum Allocation {
    /// `total` draws, each landing in a bucket with probability weight/sum; returns the count per bucket.
    static func counts(total: Int, weights: [Double], random: inout SeededRandom) -> [Int] {
        var cumulative: [Double] = []
        cumulative.reserveCapacity(weights.count)
        var sum = 0.0
        for weight in weights {
            sum += weight
            cumulative.append(sum)
        }
        var counts = [Int](repeating: 0, count: weights.count)
        guard sum > 0 else { return counts }
        for _ in 0..<total {
            let target = random.unit() * sum
            // First bucket whose cumulative weight exceeds the target.
            var low = 0, high = cumulative.count - 1
            while low < high {
                let mid = (low + high) / 2
                if cumulative[mid] > target { high = mid } else { low = mid + 1 }
            }
            counts[low] += 1
        }
        return counts
    }
}
