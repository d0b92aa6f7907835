import Diary

/// How one relief worked across the episodes it was used in.
public struct ReliefSummary: Hashable, Sendable {
    /// The relief's name (a vocabulary word or the person's own words).
    public let name: String
    /// Episodes it was used in.
    public var used: Int
    /// Times it helped.
    public var helped: Int
    /// Times it partly helped.
    public var partly: Int
    /// Times it did not help.
    public var noHelp: Int
    /// Times the outcome was not given.
    public var unsure: Int

    /// A relief not yet counted.
    public init(name: String) {
        self.name = name
        used = 0
        helped = 0
        partly = 0
        noHelp = 0
        unsure = 0
    }
}

/// What helped, counted per relief.
public enum Reliefs {
    /// One summary per relief name, most used first, then by name. A relief listed twice on one
    /// episode counts once, with its first outcome.
    public static func summarize(_ episodes: [Episode]) -> [ReliefSummary] {
        var byName: [String: ReliefSummary] = [:]
        for episode in episodes {
            var seen: Set<String> = []
            for relief in episode.reliefs where seen.insert(relief.name).inserted {
                var summary = byName[relief.name] ?? ReliefSummary(name: relief.name)
                summary.used += 1
                switch relief.outcome {
                case .helped: summary.helped += 1
                case .partly: summary.partly += 1
                case .noHelp: summary.noHelp += 1
                case .unsure: summary.unsure += 1
                }
                byName[relief.name] = summary
            }
        }
        return byName.values.sorted { ($1.used, $0.name) < ($0.used, $1.name) }
    }
}
