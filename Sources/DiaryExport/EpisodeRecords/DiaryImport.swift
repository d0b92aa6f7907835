import Diary

/// Episodes read from an import file, all valid, none repeated within the file.
public struct EpisodeImport: Hashable, Sendable {
    /// The episodes in file order, each with the line its row starts on; `id` as in the file.
    public let rows: [ImportedRow<Episode>]
    /// Lines whose `night_of` or `nocturnal` differ from what `nightWindow` gives: the file was
    /// probably exported with another night window. Not an error (both are recomputed), worth saying.
    public let derivedDisagreements: [Int]
}

/// Posture sessions read from an import file, all valid, none repeated within the file.
public struct PostureImport: Hashable, Sendable {
    /// The sessions in file order, each with the line its row starts on; `id` as in the file.
    public let rows: [ImportedRow<PostureSession>]
}

/// Which table an import file held.
public enum ImportedTable: Hashable, Sendable {
    case episodes(EpisodeImport)
    case postureSessions(PostureImport)
}

/// Reads the CSV files `cramp export` writes back into domain values, all or nothing: any bad row
/// means an `ImportError` listing every problem, and no values.
///
/// Duplicates: two rows with the same `EpisodeKey` (kind, start instant in UTC, leg), or
/// `PostureKey` (posture, start instant), or the same `id`, are refused within one file. Rows
/// already in the diary are the store's to skip, by the same keys.
public enum DiaryImport {
    /// Reads either table, told apart by the header (`kind` means episodes, `posture` sessions).
    public static func parse(_ bytes: some Sequence<UInt8>, nightWindow: NightWindow) throws(ImportError) -> ImportedTable {
        var reader = CSVReader(bytes: bytes)
        let header = try readHeader(&reader)
        let names = Set(header.fields.map { $0.trimmingSpaces.lowercased() })
        if names.contains(PostureColumn.posture.rawValue) {
            return .postureSessions(try postureSessions(header: header, rows: &reader))
        }
        if names.contains(EpisodeColumn.kind.rawValue) {
            return .episodes(try episodes(header: header, rows: &reader, nightWindow: nightWindow))
        }
        throw ImportError(problems: [ImportProblem(
            line: header.line, field: "header", value: header.fields.joined(separator: ","),
            accepted: "the header of a cramp export: " + EpisodeColumn.header.joined(separator: ",")
                + " (episodes) or " + PostureColumn.header.joined(separator: ",") + " (posture sessions)"
        )])
    }

    /// Reads an episode table (`EpisodeColumn`).
    public static func parseEpisodes(_ bytes: some Sequence<UInt8>, nightWindow: NightWindow) throws(ImportError) -> EpisodeImport {
        var reader = CSVReader(bytes: bytes)
        let header = try readHeader(&reader)
        return try episodes(header: header, rows: &reader, nightWindow: nightWindow)
    }

    /// Reads a posture-session table (`PostureColumn`).
    public static func parsePostureSessions(_ bytes: some Sequence<UInt8>) throws(ImportError) -> PostureImport {
        var reader = CSVReader(bytes: bytes)
        let header = try readHeader(&reader)
        return try postureSessions(header: header, rows: &reader)
    }

    // MARK: - Tables

    private static func episodes<I>(
        header record: CSVRecord, rows reader: inout CSVReader<I>, nightWindow: NightWindow
    ) throws(ImportError) -> EpisodeImport {
        let header = try HeaderMap(record, expected: EpisodeColumn.header, table: "episode")
        var problems: [ImportProblem] = []
        var rows: [ImportedRow<Episode>] = []
        var disagreements: [Int] = []
        var seen = SeenRows<EpisodeKey>()
        while let next = reader.next() {
            guard var fields = rowFields(next, header: header, problems: &problems) else { continue }
            guard let parsed = EpisodeRow.parse(&fields) else {
                problems += fields.problems
                continue
            }
            let line = fields.record.line
            if let problem = seen.check(key: parsed.episode.key, id: parsed.episode.id, line: line,
                                        keyFields: "kind+start_local+leg", keyText: EpisodeRow.keyText(parsed.episode)) {
                problems.append(problem)
                continue
            }
            if parsed.nightOf != parsed.episode.night(window: nightWindow).evening
                || parsed.nocturnal != parsed.episode.isNocturnal(window: nightWindow) {
                disagreements.append(line)
            }
            rows.append(ImportedRow(line: line, value: parsed.episode))
        }
        guard problems.isEmpty else { throw ImportError(problems: problems) }
        return EpisodeImport(rows: rows, derivedDisagreements: disagreements)
    }

    private static func postureSessions<I>(
        header record: CSVRecord, rows reader: inout CSVReader<I>
    ) throws(ImportError) -> PostureImport {
        let header = try HeaderMap(record, expected: PostureColumn.header, table: "posture session")
        var problems: [ImportProblem] = []
        var rows: [ImportedRow<PostureSession>] = []
        var seen = SeenRows<PostureKey>()
        while let next = reader.next() {
            guard var fields = rowFields(next, header: header, problems: &problems) else { continue }
            guard let session = PostureRow.parse(&fields) else {
                problems += fields.problems
                continue
            }
            let line = fields.record.line
            let keyText = "\(session.posture.rawValue) \(session.start.iso8601)"
            if let problem = seen.check(key: session.key, id: session.id, line: line,
                                        keyFields: "posture+start_local", keyText: keyText) {
                problems.append(problem)
                continue
            }
            rows.append(ImportedRow(line: line, value: session))
        }
        guard problems.isEmpty else { throw ImportError(problems: problems) }
        return PostureImport(rows: rows)
    }

    // MARK: - Shared steps

    private static func readHeader<I>(_ reader: inout CSVReader<I>) throws(ImportError) -> CSVRecord {
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

    /// A data row as `RowFields`, or nil (with a problem recorded) for a malformed or wrong-width row.
    private static func rowFields(
        _ result: CSVReadResult, header: HeaderMap, problems: inout [ImportProblem]
    ) -> RowFields? {
        switch result {
        case .malformed(let line, let reason):
            problems.append(ImportProblem(line: line, field: "csv", value: nil, accepted: reason))
            return nil
        case .record(let record) where record.fields.count != header.width:
            problems.append(ImportProblem(
                line: record.line, field: "row", value: "\(record.fields.count) fields",
                accepted: "\(header.width) fields, as in the header; a value holding a comma, a quote or a line break must be in double quotes"
            ))
            return nil
        case .record(let record):
            return RowFields(record: record, header: header)
        }
    }
}

/// Remembers keys and ids already read, to refuse a second row for the same record.
private struct SeenRows<Key: Hashable> {
    private var keys: [Key: Int] = [:]
    private var ids: [Int64: Int] = [:]

    mutating func check(key: Key, id: Int64?, line: Int, keyFields: String, keyText: String) -> ImportProblem? {
        if let first = keys[key] {
            return ImportProblem(line: line, field: keyFields, value: keyText,
                                 accepted: "one row per record; line \(first) has the same \(keyFields)")
        }
        if let id, let first = ids[id] {
            return ImportProblem(line: line, field: "id", value: String(id),
                                 accepted: "a different id from every other row; line \(first) has id \(id)")
        }
        keys[key] = line
        if let id { ids[id] = line }
        return nil
    }
}
