import Diary

/// One posture-session row of an import file, checked field by field.
enum PostureRow {
    /// The session, or nil with every problem of the row recorded in `fields`.
    static func parse(_ fields: inout RowFields) -> PostureSession? {
        let id = fields.id()
        let posture = fields.word("posture", Posture.self)
        let start = fields.timestamp("start_local")
        let end = fields.timestamp("end_local", bounded: false)
        let day = fields.date("day")
        let duration = fields.number("duration_s", in: PostureSession.durationRange)
        let breaks = fields.number("breaks_taken", in: PostureSession.breaksRange)
        let note = fields.note()
        guard let id, let posture, let start, let end, let day, let duration, let duration,
              let breaks, let breaks, let note, fields.problems.isEmpty else { return nil }
        let session = PostureSession(
            id: id, posture: posture, start: start, durationSeconds: duration, breaksTaken: breaks, note: note
        )
        // end_local and day are derived from start and duration; a row where they disagree was
        // edited by hand and it is not clear which value is meant.
        if end.utc != session.end.utc {
            let cell = fields.text("end_local")
            fields.refuse("end_local", cell, accepted: "start_local plus duration_s, here \(session.end.iso8601); change both together")
        }
        if day != start.local.date {
            let cell = fields.text("day")
            fields.refuse("day", cell, accepted: "the date of start_local, here \(start.local.date)")
        }
        do {
            try session.validate()
        } catch {
            fields.refuse(error.field, error.value, accepted: error.accepted)
        }
        return fields.problems.isEmpty ? session : nil
    }
}
