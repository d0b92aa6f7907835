import Diary
import Foundation
import Testing

/// `cramp posture list|edit|delete`: sitting and standing records numbered s1, s2, ..., apart from episodes.
@Suite("in process: posture records")
struct PostureRecordsInProcessTests {
    /// s1 sitting Sat 07:00-09:00 (now is Sat 09:00); s2 standing Fri 14:00-17:00.
    private func diary() throws -> InProcessCramp {
        let cramp = try InProcessCramp()
        cramp.ok(["sit", "2h"])
        cramp.ok(["stand", "3h", "--at", "yesterday 17:00"])
        return cramp
    }

    // Issue 13: sitting and standing records are shown with ids that cannot be mistaken for episode ids.
    @Test func recordsAreShownAsSNumbers() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        let sat = cramp.ok(["sit", "2h"])
        #expect(sat.messageLines == [
            "recorded s1 sitting 2h, Sat 2026-11-21 07:00 +01:00 to 09:00, breaks taken: 0 (3 expected at one every 40 min); undo: cramp undo",
        ])
        cramp.ok(["stand", "3h", "--at", "yesterday 17:00"])
        let expected = [
            "s2 standing 3h, Fri 2026-11-20 14:00 +01:00 to 17:00, breaks taken: 0",
            "s1 sitting 2h, Sat 2026-11-21 07:00 +01:00 to 09:00, breaks taken: 0",
        ]
        #expect(cramp.ok(["posture", "list"]).outputLines == expected)
        #expect(cramp.ok(["posture"]).outputLines == expected)
        #expect(cramp.ok(["list", "--posture"]).outputLines == expected)
    }

    // Issue 13: a record is editable, the change undoable as one journal entry; a new duration keeps the end, a new
    // end keeps the duration.
    @Test func editChangesWhatWasTypedAndUndoRevertsIt() throws {
        let cramp = try diary()
        defer { cramp.cleanup() }
        let longer = cramp.ok(["posture", "edit", "s2", "4h"])
        #expect(longer.messageLines == [
            "before: s2 standing 3h, Fri 2026-11-20 14:00 +01:00 to 17:00, breaks taken: 0",
            "after:  s2 standing 4h, Fri 2026-11-20 13:00 +01:00 to 17:00, breaks taken: 0; undo: cramp undo",
        ])
        let moved = cramp.ok(["posture", "edit", "s2", "--at", "yesterday 18:00", "--breaks", "2", "--note", "shop",
                              "--posture", "sitting"])
        #expect(moved.messageLines.last
            == "after:  s2 sitting 4h, Fri 2026-11-20 14:00 +01:00 to 18:00, breaks taken: 2, note: \"shop\"; undo: cramp undo")
        let stored = try #require(try cramp.storedPostureSessions().first)
        #expect(stored.id == 2 && stored.posture == .sitting && stored.durationSeconds == 14_400 && stored.breaksTaken == 2)
        #expect(stored.start.iso8601 == "2026-11-20T14:00:00+01:00" && stored.note == "shop")
        let undone = cramp.ok(["undo"])
        #expect(undone.messageLines == [
            "undid `cramp posture edit` from Sat 2026-11-21 09:00 +01:00: edited s2 sitting 4h, Fri 2026-11-20 14:00 +01:00 "
                + "to 18:00, breaks taken: 2, note: \"shop\"",
        ])
        let back = try #require(try cramp.storedPostureSessions().first)
        #expect(back.posture == .standing && back.start.iso8601 == "2026-11-20T13:00:00+01:00" && back.durationSeconds == 14_400)
        #expect(back.note == nil && back.breaksTaken == 0)
        let same = cramp.ok(["posture", "edit", "s2", "4h"])
        #expect(same.messageLines == ["nothing to change in s2: s2 standing 4h, Fri 2026-11-20 13:00 +01:00 to 17:00, breaks taken: 0"])
    }

    // Issue 13: a record is deletable; undo brings it back with the same id.
    @Test func deleteAndUndo() throws {
        let cramp = try diary()
        defer { cramp.cleanup() }
        let deleted = cramp.ok(["posture", "delete", "s1"])
        #expect(deleted.messageLines == ["deleted s1 sitting 2h, Sat 2026-11-21 07:00 +01:00 to 09:00, breaks taken: 0; undo: cramp undo"])
        #expect(try cramp.storedPostureSessions().map(\.id) == [2])
        cramp.ok(["undo"])
        #expect(try cramp.storedPostureSessions().map(\.id) == [2, 1])
        let missing = cramp.run(["posture", "delete", "s9"])
        expectUsageRefusal(missing, field: "record")
        #expect(missing.stderr == "cramp: cannot use record \"s9\": accepted: an existing sitting or standing record; see cramp posture list\n")
    }

    // Issue 13: an episode command given a record number says it is one and names the right command; a posture
    // command given an episode number says what a record number looks like.
    @Test func numbersAreNotMistaken() throws {
        let cramp = try diary()
        defer { cramp.cleanup() }
        cramp.ok(["log", "left", "calf", "2m", "--at", "03:10"])
        let accepted = "accepted: an episode number such as 12 or #12, as shown by cramp list"
        for (arguments, command) in [(["edit", "s1", "3m"], "cramp posture edit s1"), (["delete", "s1"], "cramp posture delete s1"),
                                     (["show", "s1"], "cramp posture list")] {
            let refused = cramp.run(arguments)
            expectUsageRefusal(refused, field: "id")
            #expect(refused.stderr == "cramp: cannot use id \"s1\": \(accepted); s1 is a sitting or standing record: use \(command)\n")
        }
        let episode = cramp.run(["posture", "delete", "1"])
        expectUsageRefusal(episode, field: "record")
        #expect(episode.stderr == "cramp: cannot use record \"1\": accepted: a sitting or standing record number such as s12, "
            + "as shown by cramp posture list; 1 is written as an episode number; a sitting or standing record is s followed by its number\n")
        #expect(try cramp.storedEpisodes().count == 1 && cramp.storedPostureSessions().count == 2)
    }
}
