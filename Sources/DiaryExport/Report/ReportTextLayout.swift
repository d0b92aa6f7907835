import Diary
import DiaryAnalytics

/// How the terminal report is drawn. The CLI decides (TTY, `NO_COLOR`, `TERM=dumb`) and passes it in.
public struct ReportTextOptions: Hashable, Sendable {
    /// Unicode bars and rules; false gives plain ASCII throughout, user text included.
    public var unicode: Bool
    /// ANSI colour, used only for meaning (red flags, a count at the mark, a link worth mentioning).
    public var color: Bool
    /// Columns available, at least 72 (the widest table); every line fits. 80 by default.
    public var width: Int
    /// Intervals, risk ratios and p-values of the links (`cramp report --details`); without it each link is its
    /// counts and its verdict.
    public var details: Bool

    /// Creates options.
    public init(unicode: Bool = true, color: Bool = false, width: Int = 80, details: Bool = false) {
        self.unicode = unicode
        self.color = color
        self.width = max(72, width)
        self.details = details
    }
}

/// What a coloured line means; the colour follows from it.
enum Tint {
    /// Seek care now.
    case alarm
    /// Worth noticing: at the mark, a link worth mentioning.
    case notice
    /// A section heading (bold).
    case heading

    var ansi: String {
        switch self {
        case .alarm: "\u{1B}[1;31m"
        case .notice: "\u{1B}[33m"
        case .heading: "\u{1B}[1m"
        }
    }
}

/// Lines of text at a fixed width, with wrapping, bars and the ASCII fallback.
struct TextCanvas {
    let options: ReportTextOptions
    private(set) var lines: [String] = []

    init(options: ReportTextOptions) { self.options = options }

    var width: Int { options.width }
    var block: String { options.unicode ? "█" : "#" }
    var rule: String { options.unicode ? "─" : "-" }

    /// Adds one line, cut to the width if it is longer (tables are laid out to fit; this is the guard).
    /// Names from the diary are shown with `TerminalText.visible`, before the report's own colour is added.
    mutating func line(_ text: String = "", tint: Tint? = nil) {
        let shown = TerminalText.visible(text)
        var text = options.unicode ? shown : TextCanvas.ascii(shown)
        if TextWidth.cells(text) > width { text = fit(text, width) }
        if let tint, options.color, !text.isEmpty { text = tint.ansi + text + "\u{1B}[0m" }
        lines.append(text)
    }

    /// Adds a paragraph wrapped at word boundaries; continuation lines get `hang` extra spaces.
    mutating func paragraph(_ text: String, indent: Int = 0, hang: Int = 0, tint: Tint? = nil) {
        for wrapped in wrap(text, indent: indent, hang: hang) { line(wrapped, tint: tint) }
    }

    /// A section heading with a blank line before it.
    mutating func heading(_ text: String) {
        if !lines.isEmpty { line() }
        line(text, tint: .heading)
    }

    /// The whole text, one trailing newline.
    var text: String { lines.joined(separator: "\n") + "\n" }

    func wrap(_ text: String, indent: Int, hang: Int) -> [String] {
        var result: [String] = []
        var current = String(repeating: " ", count: indent)
        var currentWidth = indent
        var empty = true
        for word in text.split(separator: " ") {
            let w = TextWidth.cells(word)
            if !empty, currentWidth + 1 + w > width {
                result.append(current)
                current = String(repeating: " ", count: indent + hang)
                currentWidth = indent + hang
                empty = true
            }
            if !empty { current += " "; currentWidth += 1 }
            current += word
            currentWidth += w
            empty = false
        }
        if !empty { result.append(current) }
        return result
    }

    /// `text` cut to `columns`, ending in an ellipsis when cut.
    func fit(_ text: some StringProtocol, _ columns: Int) -> String {
        TextWidth.truncated(String(text), to: columns, unicode: options.unicode)
    }

    /// `text` cut or padded on the right to exactly `columns`.
    func left(_ text: some StringProtocol, _ columns: Int) -> String {
        TextWidth.padded(fit(text, columns), to: columns)
    }

    /// `text` padded on the left to `columns`.
    func right(_ text: some StringProtocol, _ columns: Int) -> String {
        String(repeating: " ", count: max(0, columns - TextWidth.cells(text))) + text
    }

    /// A bar of `value` blocks, scaled so `maximum` takes `columns`.
    func bar(_ value: Int, maximum: Int, columns: Int) -> String {
        guard value > 0, maximum > 0 else { return "" }
        let length = maximum <= columns ? value : max(1, (value * columns + maximum / 2) / maximum)
        return String(repeating: block, count: length)
    }

    /// Plain ASCII: the report's own symbols get ASCII stand-ins, anything else (a relief named in
    /// another script) becomes `?`, so a dumb terminal never shows mojibake.
    static func ascii(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case _ where scalar.isASCII: out.unicodeScalars.append(scalar)
            case "█": out += "#"
            case "─", "–", "—": out += "-"
            case "…": out += "..."
            case "·": out += "."
            case "≥": out += ">="
            default: out += "?"
            }
        }
        return out
    }
}

/// Numbers as the report prints them.
enum ReportFormat {
    /// `40%`; `-` when nil.
    static func percent(_ value: Double?) -> String {
        guard let value else { return "-" }
        return "\(Int((value * 100).rounded()))%"
    }

    /// `22-61%`.
    static func interval(_ value: Interval?) -> String {
        guard let value else { return "-" }
        return "\(Int((value.lower * 100).rounded()))-\(Int((value.upper * 100).rounded()))%"
    }

    /// `p = 0.048`, `p < 0.001`.
    static func p(_ value: Double?) -> String {
        guard let value else { return "-" }
        return value < 0.001 ? "< 0.001" : "= \(decimals(value, 3))"
    }

    /// A non-negative number with exactly `places` decimals: `2.50`.
    static func decimals(_ value: Double, _ places: Int) -> String {
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((value * Double(scale)).rounded())
        let whole = scaled / scale, fraction = scaled % scale
        return places == 0 ? "\(whole)" : "\(whole).\(pad(fraction, places))"
    }

    /// `4.5 h`, `-` for nil.
    static func hours(_ seconds: Int?) -> String {
        guard let seconds else { return "-" }
        return "\(decimals(Double(seconds) / 3600, 1)) h"
    }

    /// `3 cramps`, `1 cramp`.
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
    }

    /// `+2`, `-1`, `0`.
    static func signed(_ n: Int) -> String { n > 0 ? "+\(n)" : "\(n)" }
}
