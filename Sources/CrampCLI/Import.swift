import ArgumentParser
import Diary
import DiaryActions
import DiaryExport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Cramp {
    /// `cramp import FILE`: read back a CSV that `cramp export` wrote, all or nothing.
    struct Import: CrampCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
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

        func run(_ session: Session) throws {
            let console = session.console
            let name = path == "-" ? "standard input" : path
            let bytes = path == "-" ? try session.context.standardInput.readAll(limit: .max) : try ImportFile.read(path)
            if let first = bytes.lazy.drop(while: { [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }).first,
               first == UInt8(ascii: "[") || first == UInt8(ascii: "{") {
                throw Failure("\(name) looks like JSON; cramp import reads the CSV that cramp export writes "
                    + "(the default format). Nothing was imported.", status: .badData)
            }
            let actions = try session.actions()
            // Settings come from the diary if there is one; a missing diary is created only after the file passed.
            let window = try actions.reader().settings().nightWindow
            let table: ImportedTable
            do {
                table = try DiaryImport.parse(bytes, nightWindow: window)
            } catch {
                throw Failure("\(name): \(error.description)", status: .badData)
            }
            let records: ImportRecords
            let lines: [Int]
            switch table {
            case .episodes(let found):
                records = .episodes(found.rows.map(\.value))
                lines = found.rows.map(\.line)
                if !found.derivedDisagreements.isEmpty {
                    console.message("note: night_of or nocturnal on " + ImportReport.lines(found.derivedDisagreements)
                        + " differ from this diary's night window (\(window)); the file was probably exported with "
                        + "another window. They were recomputed, as every report does.")
                }
            case .postureSessions(let found):
                records = .postureSessions(found.rows.map(\.value))
                lines = found.rows.map(\.line)
            }
            guard !lines.isEmpty else {
                console.message("nothing to import: \(name) has a header row and no \(records.noun.plural)")
                return
            }
            let result = try actions.importRecords(records, from: name)
            for line in ImportReport.details(result.outcomes, lines: lines, fileIDs: records.fileIDs) {
                console.message(line)
            }
            console.message(result.summary + (result.stored ? "; undo: cramp undo" : ""))
        }
    }
}

/// Reads the file to import.
enum ImportFile {
    /// Every byte of `path`. A missing or unreadable file, or a folder, is an input error (64); a read that fails
    /// half way an I/O failure (74).
    static func read(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw InputError(field: "file", value: path, accepted: "a readable CSV file written by cramp export",
                             hint: String(cString: strerror(errno)))
        }
        defer { close(fd) }
        do {
            return try FileDescriptorSource(fd: fd).readAll(limit: .max)
        } catch let failure as ReadFailure where failure.errno == EISDIR {
            throw InputError(field: "file", value: path, accepted: "a CSV file written by cramp export, not a folder")
        } catch let failure as ReadFailure {
            throw Failure("cannot read \(path): \(failure.reason); nothing was imported", status: .ioError)
        }
    }
}
