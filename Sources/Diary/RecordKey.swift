/// What makes two episodes the same one when a file is imported: kind, start instant and leg.
///
/// The instant is compared in UTC, so the same moment written with another offset is still a
/// duplicate; note, duration and the rest may differ (an edited copy of a row is still that row).
public struct EpisodeKey: Hashable, Sendable, CustomStringConvertible {
    public let kind: EpisodeKind
    /// Start, UTC seconds.
    public let startUTC: Int64
    public let leg: Leg

    /// Creates a key.
    public init(kind: EpisodeKind, startUTC: Int64, leg: Leg) {
        self.kind = kind
        self.startUTC = startUTC
        self.leg = leg
    }

    /// `cramp left at UTC second 1763343600`, for messages that have no offset at hand.
    public var description: String { "\(kind.rawValue) \(leg.rawValue) at UTC second \(startUTC)" }
}

/// What makes two posture sessions the same one when a file is imported: posture and start instant.
public struct PostureKey: Hashable, Sendable {
    public let posture: Posture
    /// Start, UTC seconds.
    public let startUTC: Int64

    /// Creates a key.
    public init(posture: Posture, startUTC: Int64) {
        self.posture = posture
        self.startUTC = startUTC
    }
}

extension Episode {
    /// The duplicate-recognition key (see `EpisodeKey`).
    public var key: EpisodeKey { EpisodeKey(kind: kind, startUTC: start.utc, leg: leg) }
}

extension PostureSession {
    /// The duplicate-recognition key (see `PostureKey`).
    public var key: PostureKey { PostureKey(posture: posture, startUTC: start.utc) }
}
