import Diary
import DiaryStore

/// What `cramp posture edit` changes; nil fields stay as stored. The record is read as `sit` and `stand` take it:
/// a duration that ended at a time. A new duration keeps the end; a new end keeps the duration.
public struct PostureChange: Sendable, Equatable {
    public var posture: Posture?
    public var durationSeconds: Int?
    /// When it ended.
    public var end: Timestamp?
    public var breaksTaken: Int?
    /// A new note; an empty one clears it.
    public var note: String?

    /// A change of the given fields.
    public init(posture: Posture? = nil, durationSeconds: Int? = nil, end: Timestamp? = nil, breaksTaken: Int? = nil,
                note: String? = nil) {
        self.posture = posture
        self.durationSeconds = durationSeconds
        self.end = end
        self.breaksTaken = breaksTaken
        self.note = note
    }

    /// `session` with this change applied; the start carries the offset in force at the new start.
    func applied(to session: PostureSession, zone: any ZoneRules) -> PostureSession {
        var after = session
        if let posture { after.posture = posture }
        let duration = durationSeconds ?? session.durationSeconds
        let endUTC = end?.utc ?? session.end.utc
        if durationSeconds != nil || end != nil {
            after.durationSeconds = duration
            after.start = zone.timestamp(utc: endUTC - Int64(duration))
        }
        if let breaksTaken { after.breaksTaken = breaksTaken }
        if let note { after.note = note.isEmpty ? nil : note }
        return after
    }
}

/// A sitting or standing record before and after `posture edit`; equal when nothing changed (nothing written).
public struct EditedPosture: Sendable {
    public let before: PostureSession
    public let after: PostureSession
    /// True when the diary was changed.
    public var changed: Bool { before != after }
}

extension Actions {
    /// Applies `change` to stored sitting or standing record `id`, refusing a result that overlaps another record.
    public func editPosture(id: Int64, _ change: PostureChange) throws -> EditedPosture {
        let (file, before) = try storedPosture(id)
        var after = change.applied(to: before, zone: clock.zone)
        try after.validate()
        let edited = EditedPosture(before: before, after: after)
        guard edited.changed else { return edited }
        let now = clock.nowUTC
        try file.journaled("posture edit", nowUTC: now) { operation in
            try PostureOverlap.refuse(file.db, fromUTC: after.start.utc, toUTC: after.end.utc, field: "the stretch",
                                      value: "\(EpisodeText.when(after.start)) to \(EpisodeText.when(after.end))",
                                      openStretch: try OpenStretchRepository(file.db).current(), excluding: id)
            try operation.willChange(.postureSession, rowID: id, .update)
            try PostureRepository(file.db).update(after, nowUTC: now)
            return ((), "edited " + EpisodeText.line(after))
        }
        after.updatedUTC = max(after.createdUTC, now)
        return EditedPosture(before: before, after: after)
    }

    /// Deletes stored sitting or standing record `id`; `undo` brings it back with the same id.
    public func deletePosture(id: Int64) throws -> PostureSession {
        let (file, session) = try storedPosture(id)
        try file.journaled("posture delete", nowUTC: clock.nowUTC) { operation in
            try operation.willChange(.postureSession, rowID: id, .delete)
            try PostureRepository(file.db).delete(id: id)
            return ((), "deleted " + EpisodeText.line(session))
        }
        return session
    }

    /// The open diary and stored record `id`, or the not-found refusal (also when there is no diary yet).
    func storedPosture(_ id: Int64) throws -> (file: DiaryFile, session: PostureSession) {
        guard let file = try existingFile(), let session = try PostureRepository(file.db).fetch(id: id) else {
            throw PostureNumber.notFound(id)
        }
        return (file, session)
    }
}
