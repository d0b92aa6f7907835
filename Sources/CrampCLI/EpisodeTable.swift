import Diary
import DiaryExport

/// The aligned table of `cramp list`: one row per episode, a header row first, fitted to `width` cells.
///
/// Without a width (standard output is a pipe or a file and `COLUMNS` is unset) nothing is cut: a list saved to a
/// file keeps every field. With one, the table gives up room in this order until it fits: the start loses its
/// date and offset (the night column has the date; `show` has the rest); then, when the note would keep fewer than
/// `noteRoom` cells, triggers, reliefs and note move to an indented line under their episode. Whatever is still
/// too long is cut with "…" at the width, so the note, last on its line, gives up its room first.
enum EpisodeTable {
    /// Headers as a person reads them.
    static let headers = ["id", "night of", "started", "where", "lasted", "intensity", "woke", "triggers", "reliefs", "note"]
    /// The fields of the main row in the two-line form; the rest go on the line under it.
    static let mainColumns = 7
    /// The fewest cells of note worth a column: below it the lists and the note get a line of their own.
    static let noteRoom = 12

    static func text(_ episodes: [Episode], window: NightWindow, width: Int?, unicode: Bool = true) -> String {
        guard !episodes.isEmpty else { return "" }
        let hasNotes = episodes.contains { $0.note != nil }
        func table(shortStart: Bool) -> [[String]] {
            let rows = [headers] + episodes.map { row($0, window: window, shortStart: shortStart) }
            // A note column with nothing under it is room given to nothing.
            return hasNotes ? rows : rows.map { Array($0.dropLast()) }
        }
        let full = table(shortStart: false)
        guard let width, total(naturalWidths(full)) > width else { return lines(full, width: nil, unicode: unicode) }
        let short = table(shortStart: true)
        let widths = naturalWidths(short)
        let beforeNote = total(Array(widths.dropLast())) + 2
        if !hasNotes ? total(widths) <= width : beforeNote + min(noteRoom, widths.last ?? 0) <= width {
            return lines(short, width: width, unicode: unicode)
        }
        // Two lines an episode: the fields that fit, then the lists and the note, indented.
        let main = short.map { Array($0.prefix(mainColumns)) }
        let mainWidths = naturalWidths(main)
        var out: [String] = []
        for (index, cells) in main.enumerated() {
            out.append(line(cells, widths: mainWidths, width: width, unicode: unicode))
            guard index > 0 else { continue }
            let rest = zip(headers.dropFirst(mainColumns), short[index].dropFirst(mainColumns))
                .filter { $0.1 != "-" && !$0.1.isEmpty }.map { "\($0.0): \($0.1)" }
            if !rest.isEmpty { out.append(TextWidth.truncated("    " + rest.joined(separator: "  "), to: width, unicode: unicode)) }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The rows as aligned lines, each cut at `width` when one is given.
    static func lines(_ rows: [[String]], width: Int?, unicode: Bool) -> String {
        let widths = naturalWidths(rows)
        return rows.map { line($0, widths: widths, width: width, unicode: unicode) }.joined(separator: "\n") + "\n"
    }

    static func line(_ cells: [String], widths: [Int], width: Int?, unicode: Bool) -> String {
        let text = cells.enumerated().map { i, cell in
            i == cells.count - 1 ? cell : TextWidth.padded(cell, to: widths[i])
        }.joined(separator: "  ").trimmingSpaces
        return width.map { TextWidth.truncated(text, to: $0, unicode: unicode) } ?? text
    }

    /// One episode's cells; `shortStart` gives the start as `Sat 03:10`.
    static func row(_ episode: Episode, window: NightWindow, shortStart: Bool) -> [String] {
        let start = episode.start.local
        let place = EpisodeText.place(episode) + (episode.kind == .cramp ? "" : " (\(episode.kind.rawValue))")
        return [
            "#\(episode.id ?? 0)", window.night(of: start).label,
            shortStart ? "\(start.date.weekdayName) \(start.hourMinute)" : EpisodeText.when(episode.start),
            place, DurationText.format(episode.durationSeconds),
            // Not said is "-", as for intensity: `unknown` would take a column of its own.
            episode.intensity.map(String.init) ?? "-", episode.woke == .unknown ? "-" : episode.woke.rawValue,
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
