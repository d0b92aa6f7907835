import Diary
import Foundation
import Testing

/// `cramp edit` and `cramp delete` (with `undo` bringing the same id back) through the real commands.
@Suite("in process: edit and delete")
struct EditDeleteInProcessTests {
    private func diary() throws -> InProcessCramp {
        let cramp = try InProcessCramp()
        cramp.ok(["log", "left", "calf", "2m", "--at", "03:10", "--woke", "--intensity", "6", "--trigger", "cold",
                  "--trigger", "standing", "--relief", "stretch:helped", "--note", "first"])
        cramp.ok(["log", "right", "foot", "1m", "--at", "04:00"])
        return cramp
    }

    @Test func editPrintsBeforeAndAfterAndStoresTheChange() throws {
        let cramp = try diary()
        defer { cramp.cleanup() }
        let result = cramp.ok(["edit", "1", "--duration", "3m", "--note", "changed", "--trigger", "heat"])
        let old = "#1 cramp, left calf, %@, Sat 2026-11-21 03:10 +01:00, night of Fri 2026-11-20, woke: yes, intensity 6/10, "
        #expect(result.messageLines == [
            "before: " + old.replacingOccurrences(of: "%@", with: "2m")
                + "triggers: cold;standing, reliefs: stretch:helped, note: \"first\"",
            "after:  " + old.replacingOccurrences(of: "%@", with: "3m")
                + "triggers: heat, reliefs: stretch:helped, note: \"changed\"; undo: cramp undo",
        ], "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let stored = try cramp.reader().episode(id: 1)
        #expect(stored.durationSeconds == 180 && stored.note == "changed" && stored.triggers.map(\.name) == ["heat"])
        #expect(stored.leg == .left && stored.site == .calf && stored.intensity == 6, "only what was given changes")
        #expect(try cramp.reader().episode(id: 2).durationSeconds == 60, "the other episode is untouched")
    }

    @Test func clearEmptiesFields() throws {
        let cramp = try diary()
        defer { cramp.cleanup() }
        cramp.ok(["edit", "1", "--clear", "note", "--clear", "intensity", "--clear", "triggers"])
        let stored = try cramp.reader().episode(id: 1)
        #expect(stored.note == nil && stored.intensity == nil && stored.triggers.isEmpty)
        #expect(stored.reliefs.map(\.description) == ["stretch:helped"], "reliefs were not cleared")
        expectUsageRefusal(cramp.run(["edit", "1", "--clear", "leg"]), field: "--clear")
    }

    @Test func nothingToChangeWritesNothing() throws {
        let cramp = try diary()
        defer { cramp.cleanup() }
        let before = try cramp.storedEpisodes()
        let result = cramp.ok(["edit", "1", "--duration", "2m", "--woke"])
        #expect(result.messageLines.count == 1)
        #expect(result.stderr.hasPrefix("nothing to change in #1: #1 cramp, left calf, 2m"), "\(result.stderr)")
        #expect(try cramp.storedEpisodes() == before)
        // No journal entry either: undo reverts the log before it.
        #expect(cramp.ok(["undo"]).stderr.hasPrefix("undid `cramp log`"))
    }

    @Test func editToALongCrampNeedsYesAndThenPrintsTheAdvice() throws {
        let cramp = try diary()
        defer { cramp.cleanup() }
        expectUsageRefusal(cramp.run(["edit", "2", "--duration", "61m"]), field: "duration")
        #expect(try cramp.reader().episode(id: 2).durationSeconds == 60)
        let long = cramp.ok(["edit", "2", "--duration", "15m"])
        #expect(long.messageLines.last == Advice.longCramp)
        cramp.ok(["edit", "2", "--duration", "61m", "--yes"])
        #expect(try cramp.reader().episode(id: 2).durationSeconds == 3660)
    }

    @Test(arguments: [["edit", "7", "--duration", "3m"], ["edit", "1", "--duration", "2x"], ["delete", "7"], ["delete", "x"]])
    func refusalsChangeNothing(_ arguments: [String]) throws {
        let cramp = try diary()
        defer { cramp.cleanup() }
        let before = try cramp.storedEpisodes()
        let result = cramp.run(arguments)
        #expect(result.status == 64, "\(arguments): \(result.stderr)")
        #expect(result.messageLines.count == 1 && result.stderr.hasPrefix("cramp: cannot use "), "\(result.stderr)")
        #expect(try cramp.storedEpisodes() == before)
    }

    @Test func deleteThenUndoBringsTheSameEpisodeBackWithItsId() throws {
        let cramp = try diary()
        defer { cramp.cleanup() }
        let before = try cramp.reader().episode(id: 1)
        let deleted = cramp.ok(["delete", "1"])
        #expect(deleted.messageLines == [
            "deleted #1 cramp, left calf, 2m, Sat 2026-11-21 03:10 +01:00, night of Fri 2026-11-20, woke: yes, "
                + "intensity 6/10, triggers: cold;standing, reliefs: stretch:helped, note: \"first\"; undo: cramp undo",
        ])
        #expect(try cramp.storedEpisodes().map(\.id) == [2])
        expectUsageRefusal(cramp.run(["show", "1"]), field: "id")

        let undone = cramp.ok(["undo"])
        #expect(undone.stderr.hasPrefix("undid `cramp delete` from Sat 2026-11-21 09:00 +01:00: deleted #1 cramp"), "\(undone.stderr)")
        #expect(try cramp.reader().episode(id: 1) == before, "every field, triggers, reliefs and note, back under #1")
        #expect(try cramp.storedEpisodes().map(\.id) == [1, 2])
    }
}
