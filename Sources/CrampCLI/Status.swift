import ArgumentParser
import Diary
import DiaryActions
import DiaryExport

extension Cramp {
    /// Bare `cramp`: a short status; writes nothing, creates nothing.
    struct Status: CrampCommand {
        static let configuration = CommandConfiguration(commandName: "status", abstract: "Show a short status: the last episode, last night, this week (the default command).")

        // For a shell prompt, run before every prompt: it must stay quick (cramp-bench `status-short`).
        @Flag(name: .long, help: "One line for a shell prompt: the stretch under way and its next break; nothing when none is open.")
        var short = false

        @OptionGroup var global: GlobalOptions

        func run(_ session: Session) throws {
            if short { return try StatusShort.print(session) }
            let console = session.console
            let reader = try session.reader()
            guard let status = try reader.status() else {
                // The warning on standard error already said what is wrong; "no diary yet" would contradict it.
                guard reader.warning == nil else { return }
                try console.outLine("No diary yet\(session.databasePath.map { " at \($0)" } ?? "").")
                try console.outLine("Log your first cramp with, for example: cramp log left calf 2m")
                try console.outLine("More: cramp --help")
                return
            }
            let count = status.episodeCount
            try console.outLine("Diary: \(reader.path) (\(count) episode\(count == 1 ? "" : "s"))")
            if let stretch = try reader.stretchNow() { try console.outLine(StretchText.status(stretch, zone: session.clock.zone)) }
            if let last = status.last {
                try console.outLine("Last episode: " + EpisodeText.line(last, window: status.window))
                let night = status.shownNight.label
                try console.outLine((status.inProgress ? "Tonight (\(night), so far): " : "Last night (\(night)): ")
                    + Status.text(status.shownNightCounts))
                try console.outLine("This week, \(status.week.label): " + Status.text(status.weekCounts))
            } else {
                try console.outLine("No episodes yet. Log one with, for example: cramp log left calf 2m")
            }
            if let checkIn = status.lastCheckIn { try console.outLine("Last check-in: " + KeepingText.line(checkIn)) }
            if let ended = status.keepingEnded {
                try console.outLine("Keeping ended from \(ended.first.label) on (gap #\(ended.id ?? 0)); to restart: cramp keeping start")
            }
            if let (trial, tonight) = status.trial { try console.outLine(TrialWords.tonight(trial, tonight)) }
        }

        /// "2 cramps on 2 nights, 1 numbness episode" or "nothing logged".
        static func text(_ counts: EpisodeCounts) -> String {
            guard counts.cramps + counts.numbness > 0 else { return "nothing logged" }
            var parts: [String] = []
            if counts.cramps > 0 {
                parts.append("\(counts.cramps) cramp\(counts.cramps == 1 ? "" : "s") on \(counts.crampNights) night\(counts.crampNights == 1 ? "" : "s")")
            }
            if counts.numbness > 0 { parts.append("\(counts.numbness) numbness episode\(counts.numbness == 1 ? "" : "s")") }
            return parts.joined(separator: ", ")
        }
    }
}
