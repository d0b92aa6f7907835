/// Names read back from the diary file.
///
/// They were checked by `Trigger.init?(_:)` / `Relief.init?(name:outcome:)` before they were stored
/// (and the table CHECKs hold them to 1-100 characters), so reading does not check them again:
/// trimming, scanning for control characters and lower-casing every name cost more than the query
/// itself on a report or export of thousands of episodes.
extension Trigger {
    /// A trigger exactly as stored.
    public init(storedName: String) { name = storedName }
}

extension Relief {
    /// A relief exactly as stored.
    public init(storedName: String, outcome: ReliefOutcome) {
        name = storedName
        self.outcome = outcome
    }
}
