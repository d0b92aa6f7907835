import Diary
import Foundation
import Testing

/// Two sitting or standing records never overlap: a new one, an edited one and a stopped one are refused alike,
/// naming the record overlapped and how to correct it.
@Suite("in process: posture overlaps")
struct PostureOverlapInProcessTests {
    private static let accepted = "accepted: a time no other sitting or standing record covers (you sit or stand, not both)"
    private static let s1 = "it overlaps s1 sitting, Sat 2026-11-21 07:00 +01:00 to Sat 2026-11-21 09:00 +01:00; if that one is "
        + "wrong, correct it with cramp posture edit s1 or remove it with cramp posture delete s1"

    // Issue 13: a new record overlapping another is refused, naming it (id, posture, times) and the fix.
    @Test func aNewRecordIsRefused() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.ok(["sit", "2h"])
        let refused = cramp.run(["stand", "1h", "--at", "08:00"])
        expectUsageRefusal(refused, field: "the stretch")
        #expect(refused.stderr == "cramp: cannot use the stretch \"Sat 2026-11-21 07:00 +01:00 to Sat 2026-11-21 08:00 +01:00\": "
            + "\(Self.accepted); \(Self.s1)\n")
        #expect(try cramp.storedPostureSessions().count == 1)
        // Touching ends are not an overlap.
        cramp.ok(["stand", "1h", "--at", "07:00"])
    }

    // Issue 13: an edit that would overlap another record is refused and changes nothing; an edit of a record
    // within its own old times is not an overlap with itself.
    @Test func anEditIsRefused() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.ok(["sit", "2h"])
        cramp.ok(["stand", "1h", "--at", "06:00"])
        let refused = cramp.run(["posture", "edit", "s2", "2h", "--at", "07:30"])
        expectUsageRefusal(refused, field: "the stretch")
        #expect(refused.stderr == "cramp: cannot use the stretch \"Sat 2026-11-21 05:30 +01:00 to Sat 2026-11-21 07:30 +01:00\": "
            + "\(Self.accepted); \(Self.s1)\n")
        let stored = try cramp.storedPostureSessions()
        #expect(stored.map(\.start.iso8601) == ["2026-11-21T05:00:00+01:00", "2026-11-21T07:00:00+01:00"])
        #expect(stored.map(\.durationSeconds) == [3600, 7200])
        cramp.ok(["posture", "edit", "s1", "90m"])
        #expect(try cramp.storedPostureSessions().last?.start.iso8601 == "2026-11-21T07:30:00+01:00")
        // The journal holds the successful edit only: one undo reverts it.
        cramp.ok(["undo"])
        #expect(try cramp.storedPostureSessions().last?.durationSeconds == 7200)
    }

    // Issue 13: an import row overlapping a stored record is refused, naming it; nothing is stored.
    @Test func anImportedRowIsRefused() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        let other = cramp.path("other.db"), file = cramp.path("posture.csv")
        cramp.ok(["stand", "1h", "--at", "08:30", "--db", other])
        cramp.ok(["export", "--what", "posture", "--db", other, "-o", file])
        cramp.ok(["sit", "2h"])
        let refused = cramp.run(["import", file])
        #expect(refused.status == 65, "\(refused.stderr)")
        #expect(refused.stderr.contains("start_local"), "\(refused.stderr)")
        #expect(refused.stderr.contains("a time no other sitting or standing record covers; s1 sitting 2h, "
            + "Sat 2026-11-21 07:00 +01:00 to 09:00, breaks taken: 0 overlaps it"), "\(refused.stderr)")
        #expect(try cramp.storedPostureSessions().map(\.posture) == [.sitting])
    }
}
