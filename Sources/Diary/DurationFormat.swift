/// Durations as people read and type them.
public enum DurationText {
    /// Compact form for echoes and reports: `45s`, `2m`, `1m30s`, `1h5m`, `2h`.
    public static func format(_ seconds: Int) -> String {
        if seconds < 0 { return "-" + format(-seconds) }
        if seconds < 60 { return "\(seconds)s" }
        let h = seconds / 3600, m = seconds / 60 % 60, s = seconds % 60
        var text = ""
        if h > 0 { text += "\(h)h" }
        if m > 0 { text += "\(m)m" }
        if s > 0 { text += "\(s)s" }
        return text
    }
}
