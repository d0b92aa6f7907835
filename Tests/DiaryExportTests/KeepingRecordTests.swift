import Diary
import DiaryExport
import Testing

/// Check-in and gap rows: written by the exporters, read back by the import parser (issue 12).
@Suite("Check-in and gap records")
struct KeepingRecordTests {
    static func night(_ text: String) -> Night { Night(evening: CivilDate(iso: text)!) }
    static let at = Timestamp(utc: 1_795_248_000, offset: 3600)
    static let checkIns = [
        CheckIn(id: 3, night: night("2026-11-19"), sleep: .disturbed(0), soreness: 10, note: "; =1+1\n\"x\"", at: at),
        CheckIn(id: 9, night: night("2026-11-20"), sleep: .quiet, at: Timestamp(utc: 1_795_248_000, offset: -34_200)),
    ]
    static let gaps = [
        KeepingGap(id: 2, first: night("2026-11-01"), last: night("2026-11-01"), note: "@home"),
        KeepingGap(id: nil, first: night("2026-11-25"), last: nil),
    ]

    static func csv<Record>(_ records: [Record], _ exporter: RecordExporter<String, Record>) -> String {
        var exporter = exporter
        for record in records { exporter.write(record) }
        return exporter.finish()
    }

    // Issue 12: check-ins and gaps read back from their CSV exactly, told apart by the header.
    @Test func checkInsAndGapsReadBackExactly() throws {
        let checkIns = Self.csv(Self.checkIns, CheckInExporter(sink: "", format: .csv(bom: true)))
        #expect(try DiaryImport.parse(Array(checkIns.utf8), nightWindow: .standard)
                == .checkIns([ImportedRow(line: 2, value: Self.checkIns[0]), ImportedRow(line: 4, value: Self.checkIns[1])]))
        let gaps = Self.csv(Self.gaps, GapExporter(sink: "", format: .csv(bom: false)))
        #expect(gaps == "id,first_night,last_night,note\r\n2,2026-11-01,2026-11-01,'@home\r\n,2026-11-25,,\r\n")
        #expect(try DiaryImport.parse(Array(gaps.utf8), nightWindow: .standard)
                == .gaps([ImportedRow(line: 2, value: Self.gaps[0]), ImportedRow(line: 3, value: Self.gaps[1])]))
    }

    @Test func aGapEndingBeforeItBeginsIsRefused() throws {
        let file = "first_night,last_night,id,note\n2026-11-05,2026-11-04,,\n2026-13-01,,,\n"
        #expect(throws: ImportError(problems: [
            ImportProblem(line: 2, field: "last_night", value: "2026-11-04",
                          accepted: "first_night (2026-11-05) or later, or empty while keeping stays ended"),
            ImportProblem(line: 3, field: "first_night", value: "2026-13-01", accepted: "a date YYYY-MM-DD, e.g. 2026-11-16"),
        ])) { try DiaryImport.parse(Array(file.utf8), nightWindow: .standard) }
    }

    @Test func jsonHasTheCSVFieldsInOrder() {
        let json = Self.csv([Self.checkIns[1]], CheckInExporter(sink: "", format: .json))
        #expect(json == """
            [
            {"id":9,"night":"2026-11-20","quiet":true,"sleep_disturbance":null,"soreness":null,"at_local":"2026-11-20T22:30:00-09:30","note":null}
            ]

            """)
    }
}
