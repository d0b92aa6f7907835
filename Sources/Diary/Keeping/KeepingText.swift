/// How check-ins and gaps read back to the person, in echoes, lists and the undo journal.
public enum KeepingText {
    /// `quiet`, or `sleep disturbance 6/10`, then soreness and note when given.
    public static func what(_ checkIn: CheckIn) -> String {
        var parts = [checkIn.sleep == .quiet ? "quiet" : "sleep disturbance \(checkIn.sleep.score)/10"]
        if let soreness = checkIn.soreness { parts.append("soreness \(soreness)/10") }
        if let note = checkIn.note { parts.append("note: \"\(EpisodeText.oneLine(note))\"") }
        return parts.joined(separator: ", ")
    }

    /// `check-in #4 for Wed 2026-11-25: sleep disturbance 6/10, soreness 3/10`.
    public static func line(_ checkIn: CheckIn) -> String {
        "check-in #\(checkIn.id.map(String.init) ?? "-") for \(checkIn.night.label): \(what(checkIn))"
    }

    /// `Tue 2026-11-10 to Sat 2026-11-14 (5 nights)`, or `from Fri 2026-11-20 on (keeping ended)` for an open gap.
    public static func nights(_ gap: KeepingGap) -> String {
        guard let last = gap.last, let range = NightRange(from: gap.first, to: last) else {
            return "from \(gap.first.label) on (keeping ended)"
        }
        return range.label
    }

    /// `gap #2: Tue 2026-11-10 to Sat 2026-11-14 (5 nights), note: "travel"`.
    public static func line(_ gap: KeepingGap) -> String {
        var text = "gap #\(gap.id.map(String.init) ?? "-"): \(nights(gap))"
        if let note = gap.note { text += ", note: \"\(EpisodeText.oneLine(note))\"" }
        return text
    }
}
