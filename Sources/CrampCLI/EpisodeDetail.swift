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
            ("triggers", episode.triggers.isEmpty ? "-" : EpisodeText.names(episode.triggers.map(\.name))),
            ("reliefs", episode.reliefs.isEmpty ? "-" : EpisodeText.names(episode.reliefs.map(\.description))),
            ("note", episode.note ?? "-"),
        ]
        if episode.isRedFlag { rows.append(("advice", Advice.longCramp)) }
        return rows.map { label, value in
            let padded = label + String(repeating: " ", count: max(0, 10 - label.count))
            // A note keeps its line breaks (CRLF or LF), each line shown safely under the one before.
            return padded + value.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
                .map { TerminalText.visible(String($0)) }
                .joined(separator: "\n" + String(repeating: " ", count: 10))
        }.joined(separator: "\n") + "\n"
    }
}
