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
            abstract: "Import a CSV written by cramp export (episodes, posture sessions, check-ins, gaps or medicines), all or nothing.",
            discussion: """
                The file is read and stored row by row in one transaction: one bad row and nothing is imported; \
                each problem is listed with its line and column (the first 50, then a count; exit 65). Ids from \
                a cramp export decide which rows the diary already holds: a row whose id names a record with the \
                same kind, start time and leg (posture sessions: posture and start time) is that record; \
                otherwise a record that was in the diary before, with that kind, start time and leg and not \
                matched by another row, is (check-ins: the night; gaps: the first night; medicines: the name in any case, the \
                action and the time). So importing a file twice \
                adds nothing, and two entries logged the same minute stay two. New rows keep their id where the diary does not use it yet, else get a \
                new one. Ids go up to 9007199254740991. cramp undo takes the whole import back.
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("The CSV file, or - for standard input.", valueName: "file"))
        var path: String

        func run(_ session: Session) throws {
            let name = path == "-" ? "standard input" : path
            let input = path == "-" ? session.context.standardInput : try ImportFile.openFile(path)
            let first = try ImportFile.read(input, name: name)
            if let start = first.lazy.drop(while: { [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }).first,
               start == UInt8(ascii: "[") || start == UInt8(ascii: "{") {
                throw Failure("\(name) looks like JSON; cramp import reads the CSV that cramp export writes "
                    + "(the default format). Nothing was imported.", status: .badData)
            }
            let actions = try session.actions()
            // Settings come from the diary if there is one; a missing diary is created only once the file passed.
            let window = try actions.reader().settings().nightWindow
            let bytes = ChunkedBytes(first: first) { try ImportFile.read(input, name: name) }
            var rows: ImportRows
            do {
                rows = try ImportRows(bytes, nightWindow: window)
            } catch {
                try ImportFile.check(rows: bytes, name: name)
                throw Failure("\(name): \(error.description)", status: .badData)
            }
            var disagreements = CappedList()
            let result: ImportResult
            do {
                switch rows.table {
                case .episodes:
                    result = try actions.importEpisodes(from: name) { writer in
                        try ImportFile.feed(&rows, into: writer, name: name) { row in
                            guard case .episode(let line, let episode, let differs) = row else { return nil }
                            if differs { disagreements.append(String(line)) }
                            return (line, episode)
                        }
                    }
                case .postureSessions:
                    result = try actions.importPostureSessions(from: name) { writer in
                        try ImportFile.feed(&rows, into: writer, name: name) { row in
                            guard case .postureSession(let line, let session) = row else { return nil }
                            return (line, session)
                        }
                    }
                case .checkIns:
                    result = try actions.importCheckIns(from: name) { try ImportFile.feed(&rows, into: $0, name: name, \.checkIn) }
                case .gaps:
                    result = try actions.importGaps(from: name) { try ImportFile.feed(&rows, into: $0, name: name, \.gap) }
                case .medicineEvents:
                    result = try actions.importMedicineEvents(from: name) {
                        try ImportFile.feed(&rows, into: $0, name: name, \.medicineEvent)
                    }
                }
            } catch let error as ImportError {
                throw Failure("\(name): \(error.description)", status: .badData)
            }
            let console = session.console
            guard result.rows > 0 else {
                console.message("nothing to import: \(name) has a header row and no \(result.plural)")
                return
            }
            if !disagreements.isEmpty {
                console.message("note: night_of or nocturnal on " + disagreements.lines
                    + " differ from this diary's night window (\(window)); the file was probably exported with "
                    + "another window. They were recomputed, as every report does.")
            }
            for line in result.details { console.message(line) }
            console.message(result.summary + (result.stored ? "; undo: cramp undo" : ""))
        }
    }
}

/// Reads the file to import, a chunk at a time.
enum ImportFile {
    /// Bytes asked for per read: large enough that reading costs nothing next to storing, small beside 64 MiB.
    static let chunkSize = 1 << 16

    /// The open file at `path`, closed when released. A missing or unreadable file, or a folder, is an input
    /// error (64).
    static func openFile(_ path: String) throws -> FileDescriptorSource {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw InputError(field: "file", value: path, accepted: "a readable CSV file written by cramp export",
                             hint: String(cString: strerror(errno)))
        }
        var status = stat()
        if fstat(fd, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            close(fd)
            throw InputError(field: "file", value: path, accepted: "a CSV file written by cramp export, not a folder")
        }
        return FileDescriptorSource(fd: fd, closing: true)
    }

    /// The next chunk of `input`; empty at the end. A read that fails is an I/O failure (74).
    static func read(_ input: any ByteSource, name: String) throws -> [UInt8] {
        do {
            return try input.read(upTo: chunkSize)
        } catch let failure as ReadFailure {
            throw Failure("cannot read \(name): \(failure.reason); nothing was imported", status: .ioError)
        }
    }

    /// Throws the read failure that ended `rows` early, if one did: a file cut short is not imported.
    static func check(rows bytes: ChunkedBytes, name: String) throws {
        if let failure = bytes.failure { throw failure }
    }

    /// Hands each valid row to `writer` and collects the problems of the others; throws them all at the end
    /// (so the import's transaction is rolled back), or the read failure that cut the input short.
    static func feed<Record>(_ rows: inout ImportRows, into writer: ImportWriter<Record>, name: String,
                             _ record: (ImportRowRead) -> (line: Int, value: Record)?) throws {
        let ahead = ImportRowsAhead(rows)
        defer { ahead.stop() }
        var problems = ImportProblemList()
        while let row = ahead.next() {
            if case .refused(let list) = row {
                problems.append(contentsOf: list)
                writer.refuseRest()
            } else if let (line, value) = record(row) {
                do {
                    if let first = try writer.add(value, line: line) {
                        problems.append(contentsOf: [.repeatedID(value.id ?? 0, line: line, firstLine: first)])
                    }
                } catch let conflict as ImportConflict {
                    problems.append(contentsOf: [ImportProblem(line: conflict.line, field: conflict.field, value: conflict.value,
                                                               accepted: conflict.accepted)])
                    writer.refuseRest()
                }
            }
        }
        if let failure = ahead.readFailure { throw failure }
        if let error = problems.error { throw error }
    }
}
