import Diary
import DiaryExport

/// The aligned table of `cramp list`: one row per episode, a header row first, fitted to `width` cells.
///
/// Without a width (standard output is a pipe or a file and `COLUMNS` is unset) nothing is cut: a list saved to a
/// file keeps every field. With one, the table gives up room in this order until it fits: the start loses its
/// date and offset (the night column has the date; `show` has the rest), then the note, the reliefs, the triggers
/// and the place are cut with "…", each down to a few cells; a line still too long is cut at the width.
enum EpisodeTable {
    /// Headers as a person reads them.
    static let headers = ["id", "night of", "started", "where", "lasted", "intensity", "woke", "triggers", "reliefs", "note"]
    /// The columns cut when the table is too wide, first to give up room first, with the fewest cells each keeps.
    static let shrinking: [(column: Int, least: Int)] = [(9, 8), (8, 9), (7, 9), (3, 10)]

    static func text(_ episodes: [Episode], window: NightWindow, width: Int?, unicode: Bool = true) -> String {
        guard !episodes.isEmpty else { return "" }
        var rows = [headers] + episodes.map { row($0, window: window, shortStart: false) }
        if episodes.allSatisfy({ $0.note == nil }) { rows = rows.map { Array($0.dropLast()) } }
        var widths = naturalWidths(rows)
        if let width, total(widths) > width {
            rows = [rows[0]] + episodes.map { Array(row($0, window: window, shortStart: true).prefix(rows[0].count)) }
            widths = naturalWidths(rows)
            for (column, least) in shrinking where column < widths.count {
                let excess = total(widths) - width
                guard excess > 0 else { break }
                widths[column] = max(min(least, widths[column]), widths[column] - excess)
            }
        }
        return rows.map { row in
            let line = row.enumerated().map { i, cell in
                let fitted = TextWidth.truncated(cell, to: widths[i], unicode: unicode)
                return i == row.count - 1 ? fitted : TextWidth.padded(fitted, to: widths[i])
            }.joined(separator: "  ").trimmingSpaces
            return width.map { TextWidth.truncated(line, to: $0, unicode: unicode) } ?? line
        }.joined(separator: "\n") + "\n"
    }

    /// One episode's cells; `shortStart` gives the start as `Sat 03:10`.
    static func row(_ episode: Episode, window: NightWindow, shortStart: Bool) -> [String] {
        let start = episode.start.local
        let place = EpisodeText.place(episode) + (episode.kind == .cramp ? "" : " (\(episode.kind.rawValue))")
        return [
            "#\(episode.id ?? 0)", window.night(of: start).label,
            shortStart ? "\(start.date.weekdayName) \(start.hourMinute)" : EpisodeText.when(episode.start),
            place, DurationText.format(episode.durationSeconds),
            episode.intensity.map(String.init) ?? "-", episode.woke.rawValue,
            episode.triggers.isEmpty ? "-" : EpisodeText.names(episode.triggers.map(\.name)),
            episode.reliefs.isEmpty ? "-" : EpisodeText.names(episode.reliefs.map(\.description)),
            episode.note.map(EpisodeText.oneLine) ?? "",
        ]
    }

    static func naturalWidths(_ rows: [[String]]) -> [Int] {
        var widths = [Int](repeating: 0, count: rows[0].count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], TextWidth.cells(cell)) } }
        return widths
    }

    /// The line width of columns this wide, two cells between each.
    static func total(_ widths: [Int]) -> Int { widths.reduce(0, +) + 2 * (widths.count - 1) }
}

extension Session {
    /// The width `list` fits: `COLUMNS` when set (as `ls` reads it), else the terminal's; nil for a pipe or a file,
    /// so that `cramp list > file` loses nothing.
    var listWidth: Int? {
        if let text = context.environment["COLUMNS"], let columns = Int(text.trimmingSpaces), columns > 0 { return columns }
        return console.stdoutIsTTY ? console.columns : nil
    }
}
