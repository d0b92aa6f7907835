import ArgumentParser
import Diary
import DiaryExport
import DiaryStore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Cramp {
    /// `cramp import FILE`: read back a CSV that `cramp export` wrote, all or nothing.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a CSV written by cramp export (episodes or posture sessions), all or nothing.",
            discussion: """
                Every row is checked first: one bad row and nothing is imported; each problem is listed with \
                its line and column (exit 65). A row already in the diary is skipped, recognised by kind, start \
                time and leg (posture sessions: posture and start time), so importing a file twice adds nothing. \
                Ids from the file are kept where the diary does not use them yet. cramp undo takes the whole import back.
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("The CSV file, or - for standard input.", valueName: "file"))
        var path: String

        func run() throws {
            let context = try Context(global)
            let console = context.console
            let name = path == "-" ? "standard input" : path
            let bytes: [UInt8]
            do {
                bytes = try ImportFile.read(path)
            } catch let failure as ReadFailure {
                console.message("cramp: \(failure.description)")
                throw ExitCode(ExitStatus.ioError)
            }
            if let first = bytes.lazy.drop(while: { [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }).first,
               first == UInt8(ascii: "[") || first == UInt8(ascii: "{") {
                throw DataError(description: "\(name) looks like JSON; cramp import reads the CSV that cramp export "
                    + "writes (the default format). Nothing was imported.")
            }
            // Settings come from the diary if there is one; a missing diary is created only after the file passed.
            let existing = try context.openForReading()
            let window = try existing.map { try SettingsRepository($0.db).load() }?.nightWindow
                ?? Settings.defaults.nightWindow
            let table: ImportedTable
            do {
                table = try DiaryImport.parse(bytes, nightWindow: window)
            } catch {
                throw DataError(description: "\(name): \(error.description)")
            }
            let lines: [Int]
            let noun: (singular: String, plural: String, key: String)
            switch table {
            case .episodes(let found):
                lines = found.rows.map(\.line)
                noun = ("episode", "episodes", "kind, start time and leg")
                if !found.derivedDisagreements.isEmpty {
                    console.message("note: night_of or nocturnal on " + ImportReport.lines(found.derivedDisagreements)
                        + " differ from this diary's night window (\(window)); the file was probably exported with "
                        + "another window. They were recomputed, as every report does.")
                }
            case .postureSessions(let found):
                lines = found.rows.map(\.line)
                noun = ("posture session", "posture sessions", "posture and start time")
            }
            guard !lines.isEmpty else {
                console.message("nothing to import: \(name) has a header row and no \(noun.plural)")
                return
            }
            let file = try existing ?? context.openForWriting()
            let writer = ImportWriter(file)
            let now = context.clock.nowUTC
            let summary = { (outcomes: [ImportRowOutcome]) in
                ImportReport.summary(outcomes, source: name, noun: noun)
            }
            let outcomes: [ImportRowOutcome]
            switch table {
            case .episodes(let found):
                outcomes = try writer.importEpisodes(found.rows.map(\.value), nowUTC: now, summary: summary)
            case .postureSessions(let found):
                outcomes = try writer.importPostureSessions(found.rows.map(\.value), nowUTC: now, summary: summary)
            }
            for line in ImportReport.details(outcomes, lines: lines, fileIDs: table.fileIDs, noun: noun) {
                console.message(line)
            }
            let stored = outcomes.contains { if case .duplicate = $0 { false } else { true } }
            console.message(ImportReport.summary(outcomes, source: name, noun: noun) + (stored ? "; undo: cramp undo" : ""))
        }
    }
}

extension ImportedTable {
    /// The `id` cell of each row, in file order.
    var fileIDs: [Int64?] {
        switch self {
        case .episodes(let found): found.rows.map(\.value.id)
        case .postureSessions(let found): found.rows.map(\.value.id)
        }
    }
}

/// The lines `cramp import` prints about what it did.
enum ImportReport {
    /// Lines named in one message before "and N more".
    static let shownLines = 20

    /// `imported 12 episodes from visit.csv; skipped 3 already in the diary (same kind, start time and leg)`.
    static func summary(
        _ outcomes: [ImportRowOutcome], source: String, noun: (singular: String, plural: String, key: String)
    ) -> String {
        let duplicates = outcomes.filter { if case .duplicate = $0 { true } else { false } }.count
        let imported = outcomes.count - duplicates
        if imported == 0 {
            return "nothing new in \(source): all \(duplicates) \(duplicates == 1 ? noun.singular + " is" : noun.plural + " are") "
                + "already in the diary (same \(noun.key))"
        }
        var text = "imported \(imported) \(imported == 1 ? noun.singular : noun.plural) from \(source)"
        if duplicates > 0 {
            text += "; skipped \(duplicates) already in the diary (same \(noun.key))"
        }
        return text
    }

    /// Renumbered rows, and duplicates whose stored version differs.
    static func details(
        _ outcomes: [ImportRowOutcome], lines: [Int], fileIDs: [Int64?], noun: (singular: String, plural: String, key: String)
    ) -> [String] {
        var messages: [String] = []
        var renumbered: [String] = []
        var differing: [String] = []
        for (index, outcome) in outcomes.enumerated() {
            switch outcome {
            case .renumbered(let id):
                if let fileID = fileIDs[index] { renumbered.append("line \(lines[index]): #\(fileID) → #\(id)") }
            case .duplicate(let existing, true):
                differing.append("line \(lines[index]) (#\(existing))")
            default:
                break
            }
        }
        if !renumbered.isEmpty {
            messages.append("new ids where the file's id is already used in this diary: " + shown(renumbered))
        }
        if !differing.isEmpty {
            messages.append("already in the diary with other values, the diary's version was kept: " + shown(differing)
                + "; change them with cramp edit if the file is right")
        }
        return messages
    }

    /// `lines 3, 7, 9` (at most `shownLines`, then "and N more").
    static func lines(_ numbers: [Int]) -> String {
        (numbers.count == 1 ? "line " : "lines ") + shown(numbers.map(String.init))
    }

    private static func shown(_ items: [String]) -> String {
        let head = items.prefix(shownLines).joined(separator: ", ")
        return items.count > shownLines ? head + " and \(items.count - shownLines) more" : head
    }
}

/// Reads the file to import.
enum ImportFile {
    /// Every byte of `path` (`-`: standard input). A missing or unreadable file is an input error (64).
    static func read(_ path: String) throws -> [UInt8] {
        let fd = path == "-" ? 0 : open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw InputError(field: "file", value: path, accepted: "a readable CSV file written by cramp export",
                             hint: String(cString: strerror(errno)))
        }
        defer { if fd != 0 { close(fd) } }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                if errno == EISDIR {
                    throw InputError(field: "file", value: path, accepted: "a CSV file written by cramp export, not a folder")
                }
                throw ReadFailure(description: "cannot read \(path): \(reason); nothing was imported")
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return bytes
    }
}

/// The import file could not be read to its end (exit 74).
struct ReadFailure: Error, CustomStringConvertible {
    let description: String
}
