import Diary

/// Where output goes: data to standard output, messages to standard error, colour only for a terminal that
/// wants it. Every write to standard output is checked: a full disk ends the command with exit 74, a closed
/// pipe ends it quietly, never with exit 0 and half the output.
final class Console {
    let standardOutput: any ByteSink
    let standardError: any ByteSink
    /// True when standard output is a terminal.
    let stdoutIsTTY: Bool
    /// Colour for meaning: off when piped, with `NO_COLOR` (any value but empty) or `TERM=dumb`.
    let colour: Bool
    /// Unicode bars and box characters; off for `TERM=dumb` or a non-UTF-8 locale.
    let unicode: Bool
    /// The terminal's width in cells, when standard output is a terminal.
    let columns: Int?

    /// Bytes collected before one write(2): a long list is one write, not one per row.
    static let bufferSize = 65_536
    private var buffer: [UInt8] = []

    init(standardOutput: any ByteSink, standardError: any ByteSink, terminal: Terminal, environment: Environment) {
        self.standardOutput = standardOutput
        self.standardError = standardError
        stdoutIsTTY = terminal.stdoutIsTTY
        columns = terminal.columns
        let term = environment["TERM"] ?? ""
        // no-color.org: colour is off when NO_COLOR is present and not empty.
        let noColour = !(environment["NO_COLOR"] ?? "").isEmpty
        colour = terminal.stdoutIsTTY && !noColour && term != "dumb"
        let locale = (environment["LC_ALL"] ?? environment["LC_CTYPE"] ?? environment["LANG"] ?? "").uppercased()
        unicode = term != "dumb" && (locale.isEmpty || locale.contains("UTF-8") || locale.contains("UTF8"))
    }

    /// Writes data to standard output, as given.
    func out(_ text: String) throws(WriteFailure) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Console.bufferSize { try flush() }
    }

    /// Writes one line of data to standard output.
    func outLine(_ text: String) throws(WriteFailure) { try out(text + "\n") }

    /// Sends what `out` collected; the command's last write, checked like every other.
    func flush() throws(WriteFailure) {
        guard !buffer.isEmpty else { return }
        defer { buffer.removeAll(keepingCapacity: true) }
        try standardOutput.write(buffer)
    }

    /// Writes one message line to standard error. A message that cannot be written has nowhere else to go.
    /// Messages quote what was typed or stored, so anything that would act on the terminal is shown escaped.
    func message(_ text: String) {
        var line = TerminalText.visible(text) + "\n"
        _ = line.withUTF8 { try? standardError.write(UnsafeRawBufferPointer($0)) }
    }
}
