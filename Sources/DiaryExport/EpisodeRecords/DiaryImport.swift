import Diary

/// Episodes read from an import file, all valid.
public struct EpisodeImport: Hashable, Sendable {
    /// The episodes in file order, each with the line its row starts on; `id` as in the file.
    public let rows: [ImportedRow<Episode>]
    /// Lines whose `night_of` or `nocturnal` differ from what `nightWindow` gives: the file was
    /// probably exported with another night window. Not an error (both are recomputed), worth saying.
    public let derivedDisagreements: [Int]
}

/// Posture sessions read from an import file, all valid.
public struct PostureImport: Hashable, Sendable {
    /// The sessions in file order, each with the line its row starts on; `id` as in the file.
    public let rows: [ImportedRow<PostureSession>]
}

/// Which table an import file held.
public enum ImportedTable: Hashable, Sendable {
    case episodes(EpisodeImport)
    case postureSessions(PostureImport)
    case checkIns([ImportedRow<CheckIn>])
    case gaps([ImportedRow<KeepingGap>])
    case medicineEvents([ImportedRow<MedicineEvent>])
}

/// Reads a whole import file held in memory into domain values, all or nothing: any bad row means an
/// `ImportError` listing the problems, and no values. For small inputs and tests; `cramp import` streams
/// with `ImportRows`, and leaves what concerns several rows (an id used twice, a row already in the diary)
/// to the store.
public enum DiaryImport {
    /// Reads any table, told apart by the header (`kind` means episodes, `posture` sessions, `quiet` check-ins,
    /// `first_night` gaps, `action` medicine events).
    public static func parse(_ bytes: some Sequence<UInt8>, nightWindow: NightWindow) throws(ImportError) -> ImportedTable {
        var rows = try ImportRows(ChunkedBytes(Array(bytes)), nightWindow: nightWindow)
        switch rows.table {
        case .episodes: return .episodes(try episodes(&rows))
        case .postureSessions: return .postureSessions(try postureSessions(&rows))
        case .checkIns:
            return .checkIns(try collect(&rows) { if case .checkIn(let line, let value) = $0 { ImportedRow(line: line, value: value) } else { nil } })
        case .gaps:
            return .gaps(try collect(&rows) { if case .gap(let line, let value) = $0 { ImportedRow(line: line, value: value) } else { nil } })
        case .medicineEvents:
            return .medicineEvents(try collect(&rows) { $0.medicineEvent.map { ImportedRow(line: $0.line, value: $0.value) } })
        }
    }

    /// Reads an episode table (`EpisodeColumn`).
    public static func parseEpisodes(_ bytes: some Sequence<UInt8>, nightWindow: NightWindow) throws(ImportError) -> EpisodeImport {
        var rows = try ImportRows(ChunkedBytes(Array(bytes)), nightWindow: nightWindow)
        guard rows.table == .episodes else { throw wrongTable(expected: EpisodeColumn.header, table: "episode") }
        return try episodes(&rows)
    }

    /// Reads a posture-session table (`PostureColumn`).
    public static func parsePostureSessions(_ bytes: some Sequence<UInt8>) throws(ImportError) -> PostureImport {
        var rows = try ImportRows(ChunkedBytes(Array(bytes)), nightWindow: .standard)
        guard rows.table == .postureSessions else {
            throw wrongTable(expected: PostureColumn.header, table: "posture session")
        }
        return try postureSessions(&rows)
    }

    private static func episodes(_ rows: inout ImportRows) throws(ImportError) -> EpisodeImport {
        var disagreements: [Int] = []
        let found = try collect(&rows) { row -> ImportedRow<Episode>? in
            guard case .episode(let line, let episode, let differs) = row else { return nil }
            if differs { disagreements.append(line) }
            return ImportedRow(line: line, value: episode)
        }
        return EpisodeImport(rows: found, derivedDisagreements: disagreements)
    }

    private static func postureSessions(_ rows: inout ImportRows) throws(ImportError) -> PostureImport {
        PostureImport(rows: try collect(&rows) {
            if case .postureSession(let line, let session) = $0 { ImportedRow(line: line, value: session) } else { nil }
        })
    }

    /// Every valid row `pick` takes, in file order; throws the problems of the others.
    private static func collect<Value>(
        _ rows: inout ImportRows, _ pick: (ImportRowRead) -> ImportedRow<Value>?
    ) throws(ImportError) -> [ImportedRow<Value>] {
        var problems = ImportProblemList()
        var found: [ImportedRow<Value>] = []
        while let row = rows.next() {
            if case .refused(let list) = row { problems.append(contentsOf: list) } else if let item = pick(row) { found.append(item) }
        }
        if let error = problems.error { throw error }
        return found
    }

    private static func wrongTable(expected: [String], table: String) -> ImportError {
        ImportError(problems: [ImportProblem(
            line: 1, field: "header", value: nil,
            accepted: "the \(table) columns cramp export writes, in any order: " + expected.joined(separator: ","))])
    }
}
