import Diary
import DiaryExport

/// The aligned table of `cramp list`: one row per episode, a header row first.
enum EpisodeTable {
    static func text(_ episodes: [Episode], window: NightWindow) -> String {
        guard !episodes.isEmpty else { return "" }
        var rows = [["id", "night of", "started", "kind", "where", "lasted", "int", "woke", "triggers", "reliefs", "note"]]
        for episode in episodes {
            let night = window.night(of: episode.start.local)
            rows.append([
                "#\(episode.id ?? 0)", night.label, EpisodeText.when(episode.start), episode.kind.rawValue,
                EpisodeText.place(episode), DurationText.format(episode.durationSeconds),
                episode.intensity.map(String.init) ?? "-", episode.woke.rawValue,
                episode.triggers.isEmpty ? "-" : EpisodeText.names(episode.triggers.map(\.name), separator: ","),
                episode.reliefs.isEmpty ? "-" : EpisodeText.names(episode.reliefs.map(\.description), separator: ","),
                episode.note.map(EpisodeText.oneLine) ?? "",
            ])
        }
        var widths = [Int](repeating: 0, count: rows[0].count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], TextWidth.cells(cell)) } }
        return rows.map { row in
            row.enumerated().map { i, cell in
                i == row.count - 1 ? cell : TextWidth.padded(cell, to: widths[i])
            }.joined(separator: "  ").trimmingSpaces
        }.joined(separator: "\n") + "\n"
    }
}
