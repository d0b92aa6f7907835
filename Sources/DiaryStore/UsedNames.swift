/// The trigger and relief names a diary already holds, most used first: what completion offers and what a
/// new name is compared with.
public struct UsedNames: Sendable, Equatable {
    /// Trigger names as stored, most used first (ties alphabetically).
    public let triggers: [String]
    /// Relief names as stored, most used first (ties alphabetically).
    public let reliefs: [String]

    /// Reads both lists; names are few (a diary of ten years holds dozens), so they are read whole.
    public init(_ db: Database) throws {
        triggers = try db.prepare("""
            SELECT name FROM episode_trigger GROUP BY name ORDER BY count(*) DESC, name
            """).bind([]).all { $0.text(0) }
        reliefs = try db.prepare("""
            SELECT name FROM episode_relief GROUP BY name ORDER BY count(*) DESC, name
            """).bind([]).all { $0.text(0) }
    }
}
