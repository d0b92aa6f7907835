import Diary
@testable import DiaryExport

/// Values shared by the export tests.
enum Fixture {
    /// Notes a spreadsheet or a careless CSV writer would mangle or execute.
    static let hostileNotes: [String] = [
        "=HYPERLINK(\"http://x\",\"y\")",
        "-2+3",
        "+1",
        "@SUM(A1)",
        "\tstarts with a tab",
        "\rstarts with a carriage return",
        "\nstarts with a line feed",
        "commas, more commas, and more",
        "she said \"ouch\" twice: \"\"",
        "line one\nline two\r\nline three\rline four",
        "🦵 calf again 😖 at 3 a.m.",
        "'starts with a quote",
        "'=looks already guarded",
        "''two quotes",
        "'",
        "=\u{301} combining mark after the equals sign",
        "\"\u{301} combining mark after a quote",
        "  leading and trailing spaces  ",
        "semi;colons; and back\\slashes",
        "ends with a comma,",
        "\"",
        "-",
    ]

    /// 2026-11-`day` at `hour:minute` local, at `offset` seconds east of UTC.
    static func at(_ day: Int = 17, _ hour: Int, _ minute: Int, offset: Int = 3600) -> Timestamp {
        let date = CivilDate(year: 2026, month: 11, day: day)!
        return Timestamp(local: LocalDateTime(date: date, hour: hour, minute: minute)!, offset: offset)
    }

    /// A varied set of episodes, one per hostile note, with every optional field exercised.
    static func hostileEpisodes() -> [Episode] {
        let sites: [Site?] = [.calf, nil, .foot, .thigh]
        let wokes: [Woke] = [.yes, .no, .unknown]
        return hostileNotes.enumerated().map { index, note in
            Episode(
                id: Int64(index * 3 + 1),
                kind: index % 5 == 4 ? .numbness : .cramp,
                start: at(1 + index % 28, (index * 7) % 24, (index * 13) % 60, offset: [3600, -18_000, 19_800][index % 3]),
                leg: [.left, .right, .both][index % 3],
                site: sites[index % sites.count],
                durationSeconds: 30 + index * 45,
                intensity: index % 4 == 1 ? nil : index % 11,
                woke: wokes[index % wokes.count],
                triggers: index % 2 == 0 ? [Trigger(.standing), Trigger("=own;words\\here")!] : [],
                reliefs: index % 3 == 0 ? [Relief(.stretch, outcome: .helped), Relief(name: "-hot; bath", outcome: .noHelp)!] : [],
                note: note
            )
        }
    }
}

/// Every row of a CSV text.
func readAll(_ text: String) -> [CSVReadResult] {
    Array(CSVReader(bytes: Array(text.utf8)))
}
