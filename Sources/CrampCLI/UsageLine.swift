import ArgumentParser
import Diary

/// The argument parser's refusals as one line and a pointer to the command's help, in place of its several lines
/// of usage: `unknown option "--lge"; did you mean "--leg"? (cramp log --help)`.
enum UsageLine {
    /// The line for a parser error met while reading a line for `path` (`cramp log`).
    static func text(for error: any Error, path: String) -> String {
        let message = Cramp.message(for: error)
        let line = unknownOption(message, path: path)
            ?? message.split(whereSeparator: \.isNewline).map { $0.trimmingSpaces }.joined(separator: "; ")
        return lowercasedFirst(line) + " (\(path) --help)"
    }

    /// `Unknown option '--lge'…` with the nearest of the command's own options as the suggestion.
    private static func unknownOption(_ message: String, path: String) -> String? {
        let prefix = "Unknown option '"
        guard message.hasPrefix(prefix), let end = message.dropFirst(prefix.count).firstIndex(of: "'") else { return nil }
        let option = String(message[message.index(message.startIndex, offsetBy: prefix.count)..<end])
        let guess = option.hasPrefix("--") ? Spelling.nearest(to: option, among: longOptions(path)) : nil
        return "unknown option \(UnknownWord.quoted(option))" + (guess.map { "; did you mean \(UnknownWord.quoted($0))?" } ?? "")
    }

    /// The long options `path`'s help lists (read from the help text: the parser keeps its list to itself).
    static func longOptions(_ path: String) -> [String] {
        var command: any ParsableCommand.Type = Cramp.self
        for name in path.split(separator: " ").dropFirst() {
            guard let next = command.configuration.subcommands.first(where: { $0.configuration.commandName == String(name) }) else {
                break
            }
            command = next
        }
        let help = command == Cramp.self ? Cramp.helpMessage() : Cramp.helpMessage(for: command)
        var found: [String] = []
        var rest = Substring(help)
        while let start = rest.firstRange(of: "--") {
            let word = rest[start.lowerBound...].prefix { $0 == "-" || $0.isLetter || $0.isNumber }
            if word.count > 2, !found.contains(String(word)) { found.append(String(word)) }
            rest = rest[word.endIndex...]
        }
        return found
    }

    private static func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first, first.isUppercase, text.dropFirst().first?.isUppercase != true else { return text }
        return first.lowercased() + text.dropFirst()
    }
}
