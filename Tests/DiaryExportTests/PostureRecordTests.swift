import Diary
import Testing
@testable import DiaryExport

@Suite struct PostureRecordTests {
    static let header = "id,posture,start_local,end_local,day,duration_s,breaks_taken,note\r\n"

    static let sessions = [
        PostureSession(id: 3, posture: .sitting, start: Fixture.at(17, 9, 0), durationSeconds: 5400, breaksTaken: 2,
                       note: "-standing desk broke"),
        PostureSession(id: 4, posture: .standing, start: Fixture.at(17, 23, 30), durationSeconds: 7200),
    ]

    private func export(_ sessions: [PostureSession], _ format: ExportFormat) -> String {
        var exporter = PostureExporter(sink: "", format: format)
        for session in sessions { exporter.write(session) }
        return exporter.finish()
    }

    @Test func csvHasTheDocumentedColumns() {
        #expect(export(Self.sessions, .csv(bom: false)) == Self.header
            + "3,sitting,2026-11-17T09:00:00+01:00,2026-11-17T10:30:00+01:00,2026-11-17,5400,2,'-standing desk broke\r\n"
            + "4,standing,2026-11-17T23:30:00+01:00,2026-11-18T01:30:00+01:00,2026-11-17,7200,0,\r\n")
    }

    @Test func jsonHasTheSameFields() {
        #expect(export([Self.sessions[1]], .json) == "[\n"
            + "{\"id\":4,\"posture\":\"standing\",\"start_local\":\"2026-11-17T23:30:00+01:00\","
            + "\"end_local\":\"2026-11-18T01:30:00+01:00\",\"day\":\"2026-11-17\",\"duration_s\":7200,"
            + "\"breaks_taken\":0,\"note\":null}\n]\n")
    }

    @Test func roundTripIsByteIdentical() throws {
        let first = export(Self.sessions, .csv(bom: true))
        let parsed = try DiaryImport.parsePostureSessions(Array(first.utf8))
        #expect(parsed.rows.map(\.value) == Self.sessions)
        #expect(parsed.rows.map(\.line) == [2, 3])
        #expect(Array(export(parsed.rows.map(\.value), .csv(bom: true)).utf8) == Array(first.utf8))
    }

    @Test func derivedColumnsMustAgreeWithStartAndDuration() {
        let text = Self.header
            + "3,sitting,2026-11-17T09:00:00+01:00,2026-11-17T10:00:00+01:00,2026-11-17,5400,2,\r\n"
            + "4,standing,2026-11-17T23:30:00+01:00,2026-11-18T01:30:00+01:00,2026-11-18,7200,0,\r\n"
            + "5,standing,2026-11-18T09:00:00+01:00,2026-11-18T09:00:30+01:00,2026-11-18,30,1001,\r\n"
        #expect(throws: ImportError.self) { try DiaryImport.parsePostureSessions(Array(text.utf8)) }
        do {
            _ = try DiaryImport.parsePostureSessions(Array(text.utf8))
        } catch {
            #expect(error.problems.map { "\($0.line) \($0.field)" } == ["2 end_local", "3 day", "4 duration_s", "4 breaks_taken"])
        }
    }

    @Test func sameStartAndPostureTwiceHasOneKey() throws {
        let text = Self.header
            + ",sitting,2026-11-17T09:00:00+01:00,2026-11-17T10:00:00+01:00,2026-11-17,3600,0,\r\n"
            + ",sitting,2026-11-17T08:00:00Z,2026-11-17T08:30:00Z,2026-11-17,1800,0,\r\n"
            + ",standing,2026-11-17T09:00:00+01:00,2026-11-17T10:00:00+01:00,2026-11-17,3600,0,\r\n"
        // Two rows with one key are left to the store, which matches each with one stored session at most.
        let keys = try DiaryImport.parsePostureSessions(Array(text.utf8)).rows.map(\.value.key)
        #expect(keys.count == 3 && keys[0] == keys[1] && keys[0] != keys[2])
    }
}
