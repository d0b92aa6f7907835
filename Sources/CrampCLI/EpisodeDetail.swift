import Diary
import DiaryExport

/// The multi-line view of one episode used by `show` and `edit`.
enum EpisodeDetail {
    static func text(_ episode: Episode, window: NightWindow) -> String {
        let nocturnal = episode.isNocturnal(window: window)
        var rows: [(String, String)] = [
            ("id", "#\(episode.id ?? 0)"),
            ("kind", episode.kind.rawValue),
            ("started", EpisodeText.when(episode.start)),
            ("night of", window.night(of: episode.start.local).label + (nocturnal ? " (nocturnal)" : "")),
            ("leg", episode.leg.rawValue),
            ("site", episode.site?.rawValue ?? "-"),
            ("duration", DurationText.format(episode.durationSeconds)),
            ("intensity", episode.intensity.map { "\($0)/10" } ?? "-"),
            ("woke", episode.woke.rawValue),
            ("triggers", episode.triggers.isEmpty ? "-" : episode.triggers.map(\.name).joined(separator: ", ")),
            ("reliefs", episode.reliefs.isEmpty ? "-" : episode.reliefs.map(\.description).joined(separator: ", ")),
            ("note", episode.note ?? "-"),
        ]
        if episode.isRedFlag { rows.append(("advice", Advice.longCramp)) }
        return rows.map { label, value in
            let padded = label + String(repeating: " ", count: max(0, 10 - label.count))
            return padded + value.split(separator: "\n", omittingEmptySubsequences: false)
                .joined(separator: "\n" + String(repeating: " ", count: 10))
        }.joined(separator: "\n") + "\n"
    }
}
