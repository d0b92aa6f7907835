import Diary
import DiaryStore

/// One rule for every sitting or standing record: a person sits or stands, never both at once, so a stretch
/// that another covers in part is refused. Without it a stretch typed afterwards (`cramp sit 2h`) over one
/// recorded live would count the same hours twice.
enum PostureOverlap {
    /// Refuses `fromUTC ..< toUTC` when a stored session (other than `excluding`, the one being edited) or
    /// `openStretch` (which runs on to now) covers part of it. Ends may touch: a stretch may start the second the
    /// one before ended. The refusal names the record overlapped and how to correct that one.
    static func refuse(_ db: Database, fromUTC: Int64, toUTC: Int64, field: String, value: String,
                       openStretch: OpenStretch?, excluding: Int64? = nil) throws {
        let accepted = "a time no other sitting or standing record covers (you sit or stand, not both)"
        let others = try PostureRepository(db).sessions(overlappingFromUTC: fromUTC, toUTC: toUTC)
        if let other = others.first(where: { $0.id != excluding }) {
            let number = other.id.map(PostureNumber.text) ?? "s-"
            throw InputError(field: field, value: value, accepted: accepted,
                             hint: "it overlaps \(number) \(other.posture.rawValue), "
                                 + "\(EpisodeText.when(other.start)) to \(EpisodeText.when(other.end)); if that one is "
                                 + "wrong, correct it with cramp posture edit \(number) or remove it with cramp posture delete \(number)")
        }
        if let open = openStretch, open.start.utc < toUTC {
            throw InputError(field: field, value: value, accepted: accepted,
                             hint: "it overlaps the stretch under way, \(StretchText.since(open)); cramp status shows it")
        }
    }
}
