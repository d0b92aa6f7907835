import Diary

/// Which table an import file holds, told by its header.
public enum ImportTable: Sendable {
    case episodes
    case postureSessions
    case checkIns
    case gaps
    case medicineEvents
}

/// What reading one row of an import file gave.
public enum ImportRowRead {
    /// A valid episode row; `derivedDiffers` when its `night_of` or `nocturnal` differ from what the night
    /// window gives (the file was probably exported with another window: worth saying, not an error).
    case episode(line: Int, Episode, derivedDiffers: Bool)
    /// A valid posture-session row.
    case postureSession(line: Int, PostureSession)
    /// A valid check-in row.
    case checkIn(line: Int, CheckIn)
    /// A valid gap row.
    case gap(line: Int, KeepingGap)
    /// A valid medicine event row.
    case medicineEvent(line: Int, MedicineEvent)
    /// A row that cannot be used, with everything wrong in it.
    case refused([ImportProblem])
}

extension ImportRowRead {
    /// The line and check-in of a valid check-in row, else nil.
    public var checkIn: (line: Int, value: CheckIn)? {
        if case .checkIn(let line, let value) = self { (line, value) } else { nil }
    }

    /// The line and gap of a valid gap row, else nil.
    public var gap: (line: Int, value: KeepingGap)? {
        if case .gap(let line, let value) = self { (line, value) } else { nil }
    }

    /// The line and event of a valid medicine event row, else nil.
    public var medicineEvent: (line: Int, value: MedicineEvent)? {
        if case .medicineEvent(let line, let value) = self { (line, value) } else { nil }
    }

    /// About how many bytes of memory the row holds: its texts and a fixed share for the rest. What bounds the
    /// rows an import keeps waiting, so that long notes cost no more memory than short ones.
    var heldBytes: Int {
        switch self {
        case .episode(_, let episode, _):
            256 + (episode.note?.utf8.count ?? 0) + episode.triggers.reduce(0) { $0 + $1.name.utf8.count }
                + episode.reliefs.reduce(0) { $0 + $1.name.utf8.count }
        case .postureSession(_, let session): 128 + (session.note?.utf8.count ?? 0)
        case .checkIn(_, let checkIn): 128 + (checkIn.note?.utf8.count ?? 0)
        case .gap(_, let gap): 128 + (gap.note?.utf8.count ?? 0)
        case .medicineEvent(_, let event): 128 + event.name.utf8.count + (event.dose?.utf8.count ?? 0) + (event.note?.utf8.count ?? 0)
        case .refused(let problems): problems.reduce(128) { $0 + 64 + ($1.value?.utf8.count ?? 0) + $1.accepted.utf8.count }
        }
    }
}

/// Reads an import file row by row, so a file of any length is checked and stored with one row in memory.
///
/// Each row is checked on its own (every cell, `Episode.validate`). What concerns several rows (an id used
/// twice, a row already in the diary) is for the store to decide as the rows arrive.
public struct ImportRows {
    /// The table the header names.
    public let table: ImportTable
    private var reader: CSVReader
    private let header: HeaderMap
    private let nightWindow: NightWindow
    private let bytes: ChunkedBytes

    /// Reads and checks the header; throws when it names neither table or is malformed.
    public init(_ bytes: ChunkedBytes, nightWindow: NightWindow) throws(ImportError) {
        self.bytes = bytes
        self.nightWindow = nightWindow
        reader = CSVReader(iterator: bytes)
        let record = try Self.readHeader(&reader)
        let names = Set(record.fields.map { $0.trimmingSpaces.lowercased() })
        if names.contains(PostureColumn.posture.rawValue) {
            table = .postureSessions
            header = try HeaderMap(record, expected: PostureColumn.header, table: "posture session")
        } else if names.contains(CheckInColumn.quiet.rawValue) {
            table = .checkIns
            header = try HeaderMap(record, expected: CheckInColumn.header, table: "check-in")
        } else if names.contains(GapColumn.firstNight.rawValue) {
            table = .gaps
            header = try HeaderMap(record, expected: GapColumn.header, table: "gap")
        } else if names.contains(MedicineEventColumn.action.rawValue) {
            table = .medicineEvents
            header = try HeaderMap(record, expected: MedicineEventColumn.header, table: "medicine event")
        } else if names.contains(EpisodeColumn.kind.rawValue) {
            table = .episodes
            header = try HeaderMap(record, expected: EpisodeColumn.header, table: "episode")
        } else {
            throw ImportError(problems: [ImportProblem(
                line: record.line, field: "header", value: record.fields.joined(separator: ","),
                accepted: "the header of a cramp export: " + EpisodeColumn.header.joined(separator: ",")
                    + " (episodes), " + PostureColumn.header.joined(separator: ",") + " (posture sessions), "
                    + CheckInColumn.header.joined(separator: ",") + " (check-ins), " + GapColumn.header.joined(separator: ",")
                    + " (gaps) or " + MedicineEventColumn.header.joined(separator: ",") + " (medicines)"
            )])
        }
    }

    /// The read error that ended the input early, if one did; check it after the last row.
    public var readFailure: (any Error)? { bytes.failure }

    /// The next row, or nil at the end of the input (or where a read failed).
    public mutating func next() -> ImportRowRead? {
        guard let result = reader.next() else { return nil }
        var fields: RowFields
        switch result {
        case .malformed(let line, let reason):
            return .refused([ImportProblem(line: line, field: "csv", value: nil, accepted: reason)])
        case .record(let record) where record.fields.count != header.width:
            return .refused([ImportProblem(
                line: record.line, field: "row", value: "\(record.fields.count) fields",
                accepted: "\(header.width) fields, as in the header; a value holding a comma, a quote or a line break must be in double quotes"
            )])
        case .record(let record):
            fields = RowFields(record: record, header: header)
        }
        let line = fields.record.line
        switch table {
        case .episodes:
            guard let parsed = EpisodeRow.parse(&fields) else { return .refused(fields.problems) }
            let differs = parsed.nightOf != parsed.episode.night(window: nightWindow).evening
                || parsed.nocturnal != parsed.episode.isNocturnal(window: nightWindow)
            return .episode(line: line, parsed.episode, derivedDiffers: differs)
        case .postureSessions:
            guard let session = PostureRow.parse(&fields) else { return .refused(fields.problems) }
            return .postureSession(line: line, session)
        case .checkIns:
            guard let checkIn = CheckInRow.parse(&fields) else { return .refused(fields.problems) }
            return .checkIn(line: line, checkIn)
        case .gaps:
            guard let gap = GapRow.parse(&fields) else { return .refused(fields.problems) }
            return .gap(line: line, gap)
        case .medicineEvents:
            guard let event = MedicineEventRow.parse(&fields) else { return .refused(fields.problems) }
            return .medicineEvent(line: line, event)
        }
    }

    private static func readHeader(_ reader: inout CSVReader) throws(ImportError) -> CSVRecord {
        switch reader.next() {
        case .record(let record)?:
            return record
        case .malformed(let line, let reason)?:
            throw ImportError(problems: [ImportProblem(line: line, field: "header", value: nil, accepted: reason)])
        case nil:
            throw ImportError(problems: [ImportProblem(
                line: 1, field: "header", value: nil,
                accepted: "the file is empty; expected a header row such as " + EpisodeColumn.header.joined(separator: ",")
            )])
        }
    }
}

/// The problems of an import file as they are found: the first `listed` kept for the message, the rest
/// counted, so a file with a million bad rows still fits in memory.
public struct ImportProblemList {
    /// Problems listed before "and N more".
    public static let listed = 50
    private var kept: [ImportProblem] = []
    private var unlisted = 0

    /// An empty list.
    public init() {}

    /// True when nothing was found.
    public var isEmpty: Bool { kept.isEmpty }

    /// Adds problems found on one row.
    public mutating func append(contentsOf problems: [ImportProblem]) {
        for problem in problems {
            if kept.count < Self.listed { kept.append(problem) } else { unlisted += 1 }
        }
    }

    /// The error to throw, nil when there is nothing wrong.
    public var error: ImportError? {
        kept.isEmpty ? nil : ImportError(problems: kept, unlisted: unlisted)
    }
}

extension ImportProblem {
    /// A second row with an id an earlier row of the same file has.
    public static func repeatedID(_ id: Int64, line: Int, firstLine: Int) -> ImportProblem {
        ImportProblem(line: line, field: "id", value: String(id),
                      accepted: "a different id from every other row; line \(firstLine) has id \(id)")
    }
}
