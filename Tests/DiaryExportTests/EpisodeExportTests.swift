import Diary
import Testing
@testable import DiaryExport

@Suite struct EpisodeExportTests {
    static let header = "id,kind,start_local,night_of,nocturnal,leg,site,duration_s,intensity,woke,triggers,reliefs,note\r\n"

    /// A night cramp with every field filled, own-words names holding `;` and `\`, and a hostile note.
    static let full = Episode(
        id: 7, kind: .cramp, start: Fixture.at(17, 2, 40), leg: .left, site: .calf, durationSeconds: 150,
        intensity: 6, woke: .yes, triggers: [Trigger(.standing), Trigger("late; coffee")!],
        reliefs: [Relief(.stretch, outcome: .helped), Relief(name: "hot\\water", outcome: .partly)!],
        note: "=woke me up, \"again\""
    )

    /// An afternoon numbness episode with nothing optional, not yet stored.
    static let bare = Episode(
        kind: .numbness,
        start: Timestamp(local: LocalDateTime(date: CivilDate(year: 2026, month: 11, day: 17)!, secondsOfDay: 50_730),
                         offset: -18_000),
        leg: .both, durationSeconds: 45
    )

    private func export(_ episodes: [Episode], _ format: ExportFormat, window: NightWindow = .standard) -> String {
        var exporter = EpisodeExporter(sink: "", format: format, nightWindow: window)
        for episode in episodes { exporter.write(episode) }
        return exporter.finish()
    }

    @Test func csvHasTheDocumentedColumnsAndValues() {
        #expect(export([Self.full, Self.bare], .csv(bom: false)) == Self.header
            + "7,cramp,2026-11-17T02:40:00+01:00,2026-11-16,yes,left,calf,150,6,yes,"
            + "\"standing;late\\; coffee\",\"stretch:helped;hot\\\\water:partly\",\"'=woke me up, \"\"again\"\"\"\r\n"
            + ",numbness,2026-11-17T14:05:30-05:00,2026-11-17,no,both,,45,,unknown,,,\r\n")
        #expect(EpisodeColumn.header.joined(separator: ",") + "\r\n" == Self.header)
    }

    @Test func emptyDiaryGivesTheHeaderOnly() {
        #expect(export([], .csv(bom: false)) == Self.header)
        #expect(Array(export([], .csv(bom: true)).utf8) == [0xEF, 0xBB, 0xBF] + Array(Self.header.utf8))
    }

    @Test func jsonHasTheSameFieldsOneObjectPerLine() {
        #expect(export([Self.full, Self.bare], .json) == "[\n"
            + "{\"id\":7,\"kind\":\"cramp\",\"start_local\":\"2026-11-17T02:40:00+01:00\",\"night_of\":\"2026-11-16\","
            + "\"nocturnal\":true,\"leg\":\"left\",\"site\":\"calf\",\"duration_s\":150,\"intensity\":6,\"woke\":\"yes\","
            + "\"triggers\":[\"standing\",\"late; coffee\"],\"reliefs\":[{\"name\":\"stretch\",\"outcome\":\"helped\"},"
            + "{\"name\":\"hot\\\\water\",\"outcome\":\"partly\"}],\"note\":\"=woke me up, \\\"again\\\"\"},\n"
            + "{\"id\":null,\"kind\":\"numbness\",\"start_local\":\"2026-11-17T14:05:30-05:00\",\"night_of\":\"2026-11-17\","
            + "\"nocturnal\":false,\"leg\":\"both\",\"site\":null,\"duration_s\":45,\"intensity\":null,\"woke\":\"unknown\","
            + "\"triggers\":[],\"reliefs\":[],\"note\":null}\n"
            + "]\n")
        #expect(export([], .json) == "[]\n")
    }

    /// (hour, minute, woke) → (nocturnal, night_of day) under 22:00-08:00, start on 2026-11-17.
    @Test(arguments: [
        (21, 59, Woke.no, false, 17), (22, 0, .no, true, 17), (23, 30, .unknown, true, 17),
        (7, 59, .no, true, 16), (8, 0, .no, false, 17), (14, 0, .yes, true, 17), (14, 0, .unknown, false, 17),
    ])
    func nocturnalAndNightFollowTheWindow(hour: Int, minute: Int, woke: Woke, nocturnal: Bool, nightDay: Int) {
        let episode = Episode(start: Fixture.at(17, hour, minute), leg: .right, durationSeconds: 60, woke: woke)
        let cells = EpisodeRecord.csvCells(episode, nightWindow: .standard)
        #expect(cells[EpisodeColumn.allCases.firstIndex(of: .nocturnal)!] == .text(nocturnal ? "yes" : "no"))
        #expect(cells[EpisodeColumn.allCases.firstIndex(of: .nightOf)!] == .text("2026-11-\(nightDay)"))
    }

    @Test func windowStartingAfterMidnightStillBelongsToThePreviousEvening() {
        let window = NightWindow(text: "01:00-09:00")!
        let early = Episode(start: Fixture.at(17, 0, 30), leg: .left, durationSeconds: 60)
        let inside = Episode(start: Fixture.at(17, 3, 0), leg: .left, durationSeconds: 60)
        #expect(export([early, inside], .csv(bom: false), window: window) == Self.header
            + ",cramp,2026-11-17T00:30:00+01:00,2026-11-16,no,left,,60,,unknown,,,\r\n"
            + ",cramp,2026-11-17T03:00:00+01:00,2026-11-16,yes,left,,60,,unknown,,,\r\n")
    }

    @Test func noWrittenTextCellStartsWithAFormulaCharacter() throws {
        let text = export(Fixture.hostileEpisodes(), .csv(bom: false))
        let numeric: Set<Int> = [0, 7, 8]
        for result in CSVReader(bytes: Array(text.utf8)) {
            guard case .record(let record) = result else { Issue.record("\(result)"); continue }
            for (index, cell) in record.fields.enumerated() where !numeric.contains(index) {
                #expect(!["=", "+", "-", "@", "\t", "\r"].contains(cell.unicodeScalars.first), "line \(record.line): \(cell.debugDescription)")
            }
        }
    }
}
