/// "Now" and the local zone, injected so every command and test runs at a pinned moment.
public struct Clock: Sendable {
    /// The current instant, UTC seconds.
    public let nowUTC: Int64
    /// The local zone rules.
    public let zone: any ZoneRules

    /// Creates a clock at a fixed instant.
    public init(nowUTC: Int64, zone: any ZoneRules) {
        self.nowUTC = nowUTC
        self.zone = zone
    }

    /// Now, with the local offset.
    public var now: Timestamp { zone.timestamp(utc: nowUTC) }
}
