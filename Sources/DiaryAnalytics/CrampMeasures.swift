import Diary

/// What a doctor asks first about the cramps of a period, and what trial diaries record each night:
/// how long they lasted, how strong they were (0-10), and how much they disturbed sleep (0-10,
/// from check-ins). Shown as recorded, never as a score of ours (README.md, "Kept nights").
public struct CrampMeasures: Hashable, Sendable {
    /// Cramps in the period, nocturnal or not.
    public let cramps: Int
    /// Median duration in seconds; nil without a cramp.
    public let durationMedianSeconds: Double?
    /// The longest cramp in seconds; nil without a cramp.
    public let longestSeconds: Int?
    /// Median intensity of the cramps that have one; nil when none has.
    public let intensityMedian: Double?
    /// The highest intensity given; nil when none was.
    public let intensityHighest: Int?
    /// Cramps logged without an intensity.
    public let intensityNotGiven: Int
    /// Nights with a nocturnal cramp in the period.
    public let crampNights: Int
    /// Of those, nights with a check-in.
    public let crampNightsWithCheckIn: Int
    /// Median sleep disturbance over those check-ins; nil without one.
    public let sleepDisturbanceMedian: Double?

    /// Measures the cramps placed on `rows` (the period's nights) and the check-ins of their cramp nights.
    public init(placed: [PlacedEpisode], rows: [NightRow]) {
        var durations: [Int] = [], intensities: [Int] = []
        for item in placed where item.episode.kind == .cramp {
            durations.append(item.episode.durationSeconds)
            if let intensity = item.episode.intensity { intensities.append(intensity) }
        }
        let crampNights = rows.filter { $0.nocturnalCramps > 0 }
        let scores = crampNights.compactMap { $0.checkIn?.sleep.score }
        cramps = durations.count
        durationMedianSeconds = CrampMeasures.median(durations)
        longestSeconds = durations.max()
        intensityMedian = CrampMeasures.median(intensities)
        intensityHighest = intensities.max()
        intensityNotGiven = durations.count - intensities.count
        self.crampNights = crampNights.count
        crampNightsWithCheckIn = scores.count
        sleepDisturbanceMedian = CrampMeasures.median(scores)
    }

    /// The middle value, or the mean of the two middle values; nil for no values.
    public static func median(_ values: [Int]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
    }
}
