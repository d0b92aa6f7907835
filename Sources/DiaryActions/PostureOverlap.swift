import Diary
import DiaryStore

/// One rule for every sitting or standing record: a person sits or stands, never both at once, so a stretch
/// that another covers in part is refused. Without it a stretch typed afterwards (`cramp sit 2h`) over one
/// recorded live would count the same hours twice.
enum PostureOverlap {
    /// Refuses `fromUTC ..< toUTC` when a stored session or `openStretch` (which runs on to now) covers part of it.
    /// Ends may touch: a stretch may start the second the one before ended.
    static func refuse(_ db: Database, fromUTC: Int64, toUTC: Int64, field: String, value: String,
                       openStretch: OpenStretch?) throws {
        let accepted = "a time no other sitting or standing record covers (you sit or stand, not both)"
        if let other = try PostureRepository(db).sessions(overlappingFromUTC: fromUTC, toUTC: toUTC).first {
            throw InputError(field: field, value: value, accepted: accepted,
                             hint: "it overlaps #\(other.id.map(String.init) ?? "-") \(other.posture.rawValue), "
                                 + "\(EpisodeText.when(other.start)) to \(EpisodeText.when(other.end)); cramp list --posture shows them")
        }
        if let open = openStretch, open.start.utc < toUTC {
            throw InputError(field: field, value: value, accepted: accepted,
                             hint: "it overlaps the stretch under way, \(StretchText.since(open)); cramp status shows it")
        }
    }
}
