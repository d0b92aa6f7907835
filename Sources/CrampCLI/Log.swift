import ArgumentParser
import Diary
import DiaryStore

extension Cramp {
    /// `cramp log`: record one episode, echo exactly what was stored.
    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a cramp (or numbness) in one line.",
            discussion: """
                Examples: `cramp log left calf 2m`, `cramp log r foot 90s stretch:helped --at 3am`. \
                Bare `cramp log` records a cramp now with the leg and site of your previous episode.
                """)

        @OptionGroup var global: GlobalOptions
        @OptionGroup var fields: EpisodeOptions

        @Flag(name: .long, help: "Show what would be stored, store nothing.")
        var dryRun = false

        @Flag(name: .long, help: "Accept a cramp longer than 60 minutes (usually a typo for seconds).")
        var yes = false

        func run() throws {
            let context = try Context(global)
            let draft = try fields.draft(clock: context.clock) { try StandardInput.readText() }
            // Refuse every input problem before the file is created: read the existing diary (if any)
            // for the previous episode and settings, and create one only once the episode is valid.
            let existing = try context.openForReading()
            let previous = try existing.map { try EpisodeRepository($0.db).latest() } ?? nil
            let settings = try existing.map { try SettingsRepository($0.db).load() } ?? .defaults

            var notes: [String] = []
            guard let leg = draft.leg ?? previous?.leg else {
                throw InputError(field: "leg", value: "", accepted: "left, right or both",
                                 hint: "there is no earlier episode to copy it from: e.g. cramp log left calf 2m")
            }
            var site = draft.site
            if draft.leg == nil, let previous {
                notes.append("leg copied from #\(previous.id!)")
                if site == nil, let previousSite = previous.site {
                    site = previousSite
                    notes[notes.count - 1] = "leg and site copied from #\(previous.id!)"
                }
            }
            var duration = draft.duration
            if duration == nil {
                if let previous {
                    duration = previous.durationSeconds
                    notes.append("duration not given, copied from #\(previous.id!)")
                } else {
                    duration = 60
                    notes.append("duration not given, 1m assumed")
                }
            }
            var episode = Episode(
                kind: draft.kind ?? .cramp, start: draft.start ?? context.clock.now, leg: leg, site: site,
                durationSeconds: duration!, intensity: draft.intensity, woke: draft.woke ?? .unknown,
                triggers: draft.triggers ?? [], reliefs: draft.reliefs ?? [], note: draft.note ?? nil)
            try episode.validate()
            try LongCrampGuard.check(episode, confirmed: yes)

            let window = settings.nightWindow
            let copied = notes.isEmpty ? "" : " (" + notes.joined(separator: "; ") + ")"
            if dryRun {
                context.console.message("would log " + EpisodeText.line(episode, window: window) + copied
                    + " (dry run: nothing stored)")
                return
            }
            let target = try existing ?? context.openForWriting()
            let now = context.clock.nowUTC
            let db = target.db
            episode.id = try target.write {
                let id = try EpisodeRepository(db).insert(episode, nowUTC: now)
                episode.id = id
                let operation = try Journal(db).begin(command: "log", nowUTC: now)
                try operation.inserted(.episode, rowID: id)
                try operation.describe("logged " + EpisodeText.line(episode, window: window))
                return id
            }
            context.console.message("logged " + EpisodeText.line(episode, window: window) + copied + "; undo: cramp undo")
            if episode.isRedFlag { context.console.message(Advice.longCramp) }
        }
    }
}

/// A cramp typed as lasting over an hour is far more often "90m" meant as "90s" than a real cramp.
enum LongCrampGuard {
    static let limitSeconds = 3600

    static func check(_ episode: Episode, confirmed: Bool) throws(InputError) {
        guard episode.kind == .cramp, episode.durationSeconds > limitSeconds, !confirmed else { return }
        throw InputError(field: "duration", value: DurationText.format(episode.durationSeconds),
                         accepted: "up to 60m without --yes",
                         hint: "a cramp that long is unusual (did you mean seconds?); if it is right, add --yes")
    }
}
