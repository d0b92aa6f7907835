/// How stored values read back to the person, in echoes, `show` and `list`.
public enum EpisodeText {
    /// `Tue 2026-11-17 02:40 +01:00`.
    public static func when(_ stamp: Timestamp) -> String {
        let local = stamp.local
        return "\(local.date.weekdayName) \(local.date) \(local.hourMinute) \(stamp.offsetText)"
    }

    /// `left calf` or `both legs` / `right leg` when no site was given.
    public static func place(_ episode: Episode) -> String {
        let leg = episode.leg == .both ? "both legs" : episode.leg.rawValue
        guard let site = episode.site else { return episode.leg == .both ? leg : "\(leg) leg" }
        return episode.leg == .both ? "both \(plural(site))" : "\(leg) \(site.rawValue)"
    }

    /// A site of both legs: `both calves`, `both feet`; `other` stays a site, not a count.
    static func plural(_ site: Site) -> String {
        switch site {
        case .calf: "calves"
        case .foot: "feet"
        case .toes: "toes"
        case .shin: "shins"
        case .thigh: "thighs"
        case .other: "legs, other site"
        }
    }

    /// Every stored field on one line, as echoed after a write:
    /// `#12 cramp, left calf, 2m, Tue 2026-11-17 02:40 +01:00, night of Mon 2026-11-16, woke: yes, ...`
    public static func line(_ episode: Episode, window: NightWindow) -> String {
        var parts = [
            "#\(episode.id.map(String.init) ?? "-") \(episode.kind.rawValue)",
            place(episode),
            DurationText.format(episode.durationSeconds),
            when(episode.start),
            "night of \(window.night(of: episode.start.local).label)",
            "woke: \(episode.woke.rawValue)",
        ]
        if let intensity = episode.intensity { parts.append("intensity \(intensity)/10") }
        if !episode.triggers.isEmpty { parts.append("triggers: " + names(episode.triggers.map(\.name))) }
        if !episode.reliefs.isEmpty { parts.append("reliefs: " + names(episode.reliefs.map(\.description))) }
        if let note = episode.note { parts.append("note: \"\(oneLine(note))\"") }
        return parts.joined(separator: ", ")
    }

    /// `s3 sitting 2h, Sat 2026-11-21 09:00 +01:00 to 11:00, breaks taken: 1`; with `liveBreaks`, the breaks logged
    /// live inside it are added and said (`breaks taken: 2 (2 logged live)`).
    public static func line(_ session: PostureSession, liveBreaks: Int = 0) -> String {
        let end = session.end.local
        var text = "\(session.id.map(PostureNumber.text) ?? "s-") \(session.posture.rawValue) "
            + "\(DurationText.format(session.durationSeconds)), \(when(session.start)) to "
            + (end.date == session.start.local.date ? end.hourMinute : "\(end.date.weekdayName) \(end.date) \(end.hourMinute)")
            + ", breaks taken: \(session.breaksTaken + liveBreaks)" + (liveBreaks > 0 ? " (\(liveBreaks) logged live)" : "")
        if let note = session.note { text += ", note: \"\(oneLine(note))\"" }
        return text
    }

    /// What separates trigger and relief names wherever a list is shown: the echo, `list`, `show` and the CSV
    /// cell all use the CSV's `;`, so a list reads the same everywhere (one separator, not three).
    public static let nameSeparator = ";"

    /// Trigger or relief names joined for a terminal, each shown with `TerminalText.visible`.
    public static func names(_ names: [String]) -> String {
        TerminalText.visible(names.joined(separator: nameSeparator))
    }

    /// Line breaks shown as ` / ` and tabs as spaces, so a note never breaks a one-line echo; other characters
    /// that would act on the terminal are shown escaped (`TerminalText.visible`).
    public static func oneLine(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "\n", "\r\n", "\r": out += " / "
            case "\t": out += " "
            default: out.append(ch)
            }
        }
        return TerminalText.visible(out)
    }
}
