import Diary

/// The episode table of `cramp export` and `cramp import`, one row per episode, columns in this order.
///
/// - `id`: the diary's row number (whole number; empty in a hand-made row).
/// - `kind`: `cramp` or `numbness`.
/// - `start_local`: when it started, local time with the offset then in force, ISO 8601 to the second.
/// - `night_of`: the night it belongs to, named by the evening's date (after midnight: the evening before).
/// - `nocturnal`: `yes` when it woke the person or started inside the night window, else `no`
///   (`Episode.isNocturnal`, the rule the reports use).
/// - `leg`: `left`, `right` or `both`.
/// - `site`: `calf`, `foot`, `toes`, `shin`, `thigh`, `other`, or empty when not given.
/// - `duration_s`: seconds, a whole number.
/// - `intensity`: 0-10, or empty when not given.
/// - `woke`: `yes`, `no` or `unknown`.
/// - `triggers`: names joined by `;` (see `NameList`).
/// - `reliefs`: `name:outcome` joined by `;`; outcome is `helped`, `partly`, `no-help` or `unsure`.
/// - `note`: the person's note, or empty.
///
/// `night_of` and `nocturnal` are derived from `start_local`, `woke` and the night window; import
/// checks their form but recomputes them.
public enum EpisodeColumn: String, CaseIterable, Sendable {
    case id, kind
    case startLocal = "start_local"
    case nightOf = "night_of"
    case nocturnal, leg, site
    case durationSeconds = "duration_s"
    case intensity, woke, triggers, reliefs, note

    /// The header row, in column order.
    public static let header: [String] = allCases.map(\.rawValue)
}

/// How one episode reads in the exports.
public enum EpisodeRecord {
    /// The CSV cells, in `EpisodeColumn` order.
    public static func csvCells(_ episode: Episode, nightWindow: NightWindow) -> [CSVCell] {
        [
            episode.id.map(CSVCell.number) ?? .empty,
            .text(episode.kind.rawValue),
            .text(episode.start.iso8601),
            .text(episode.night(window: nightWindow).description),
            .text(episode.isNocturnal(window: nightWindow) ? "yes" : "no"),
            .text(episode.leg.rawValue),
            .optional(episode.site?.rawValue),
            .number(episode.durationSeconds),
            .optional(episode.intensity),
            .text(episode.woke.rawValue),
            .text(NameList.join(episode.triggers.map(\.name))),
            .text(NameList.join(episode.reliefs.map(\.description))),
            .optional(episode.note),
        ]
    }

    /// The JSON object: the same fields in the same order; `nocturnal` is a boolean, `triggers` an
    /// array of names, `reliefs` an array of `{"name", "outcome"}`, absent values `null`.
    public static func json(_ episode: Episode, nightWindow: NightWindow) -> JSONValue {
        .object([
            ("id", episode.id.map { JSONValue.int($0) } ?? .null),
            ("kind", .string(episode.kind.rawValue)),
            ("start_local", .string(episode.start.iso8601)),
            ("night_of", .string(episode.night(window: nightWindow).description)),
            ("nocturnal", .bool(episode.isNocturnal(window: nightWindow))),
            ("leg", .string(episode.leg.rawValue)),
            ("site", .optional(episode.site?.rawValue)),
            ("duration_s", .int(episode.durationSeconds)),
            ("intensity", .optional(episode.intensity)),
            ("woke", .string(episode.woke.rawValue)),
            ("triggers", .array(episode.triggers.map { .string($0.name) })),
            ("reliefs", .array(episode.reliefs.map {
                .object([("name", .string($0.name)), ("outcome", .string($0.outcome.rawValue))])
            })),
            ("note", .optional(episode.note)),
        ])
    }
}
