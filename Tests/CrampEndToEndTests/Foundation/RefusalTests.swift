import Foundation
import Testing

/// Every unusable input: exit 64, one stderr line naming the field, the value and the accepted forms,
/// and not one byte written (no new file on a fresh machine, the diary unchanged on a used one).
@Suite("Refusals")
struct RefusalTests {
    struct Bad: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        let field: String
        /// The value as quoted in the message; nil when the message need not quote one.
        let value: String?
        /// The refusal when there is no diary yet, where it differs (an edit of a missing episode).
        let fresh: (field: String, value: String?)?
        var testDescription: String { "cramp " + arguments.joined(separator: " ") }

        init(_ arguments: [String], _ field: String, _ value: String?, fresh: (String, String?)? = nil) {
            self.arguments = arguments
            self.field = field
            self.value = value
            self.fresh = fresh
        }
    }

    /// Now is Sat 2026-11-21 09:00 in Berlin (CrampRun's default).
    static let inputs: [Bad] = [
        Bad(["log", "left", "calf", "2x"], "duration", "2x"),
        Bad(["log", "left", "calf", "90"], "duration", "90"),
        Bad(["log", "left", "calf", "2mo"], "duration", "2mo"),
        Bad(["log", "left", "calf", "0s"], "duration", "0s"),
        Bad(["log", "left", "--duration", "-5m"], "--duration", "-5m"),
        Bad(["log", "left", "--duration", "25h"], "duration", "25h"),
        Bad(["log", "left", "calf", "90m"], "duration", "1h30m"),
        Bad(["log", "left", "banana"], "word", "banana"),
        Bad(["log", "left", "right", "2m"], "leg", nil),
        Bad(["log", "left", "2m", "--duration", "3m"], "duration", "3m"),
        Bad(["log", "--leg", "middle", "2m"], "--leg", "middle"),
        Bad(["log", "left", "--site", "knee"], "--site", "knee"),
        Bad(["log", "left", "2m", "--intensity", "11"], "--intensity", "11"),
        Bad(["log", "left", "2m", "--intensity", "-1"], "--intensity", "-1"),
        Bad(["log", "left", "2m", "--intensity", "seven"], "--intensity", "seven"),
        Bad(["log", "left", "2m", "--trigger", "   "], "--trigger", "   "),
        Bad(["log", "left", "2m", "--relief", "stretch:great"], "--relief", "stretch:great"),
        Bad(["log", "left", "2m", "--relief", ":helped"], "--relief", ":helped"),
        Bad(["log", "left", "2m", "--at", "25:00"], "--at", "25:00"),
        Bad(["log", "left", "2m", "--at", "today 10:00"], "--at", "today 10:00"),
        Bad(["log", "left", "2m", "--at", "2026-11-21T09:30"], "--at", "2026-11-21T09:30"),
        Bad(["log", "left", "2m", "--at", "in 5m"], "--at", "in 5m"),
        Bad(["log", "left", "2m", "--at", "2026-02-30 03:00"], "--at", "2026-02-30 03:00"),
        Bad(["log", "left", "2m", "--at", "3"], "--at", "3"),
        Bad(["log", "left", "2m", "at"], "at", ""),
        Bad(["log", "left", "2m", "--note", "bell\u{7}"], "--note", nil),
        Bad(["log", "left", "2m", "--note", String(repeating: "x", count: 10_001)], "--note", "10001 characters"),
        Bad(["log", "left", "2m", "--numbness", "--cramp"], "--numbness/--cramp", "both"),
        Bad(["log", "left", "2m", "--now", "tomorrow"], "--now", "tomorrow"),
        Bad(["show", "abc"], "id", "abc"),
        Bad(["show", "99"], "id", "#99"),
        Bad(["edit", "1", "--site", "knee"], "--site", "knee"),
        Bad(["edit", "1", "--clear", "leg"], "--clear", "leg"),  // a word that is never right is named before the lookup
        Bad(["edit", "1", "95m"], "duration", "1h35m", fresh: ("id", "#1")),
        Bad(["edit", "99", "right"], "id", "#99"),
        Bad(["delete", "0"], "id", "0"),
        Bad(["delete", "#99"], "id", "#99"),
        Bad(["list", "someday"], "period", "someday"),
        Bad(["sit", "30s"], "duration", "30s"),
        Bad(["sit", "2x"], "duration", "2x"),
        Bad(["sit", "2h", "--breaks", "-1"], "--breaks", "-1"),
        Bad(["sit", "2h", "--breaks", "two"], "--breaks", "two"),
        Bad(["stand", "25h"], "duration", "25h"),
        Bad(["stand", "2h", "--at", "today 17:00"], "--at", "today 17:00"),
        Bad(["break", "--at", "noonish"], "--at", "noonish"),
        Bad(["config", "set", "break-interval", "5"], "setting break-interval", "5"),
        Bad(["config", "set", "night-window", "22-08"], "setting night-window", "22-08"),
        Bad(["config", "set", "colour", "blue"], "setting", "colour"),
        Bad(["config", "get", "colour"], "setting", "colour"),
        Bad(["config", "reset", "colour"], "setting", "colour"),
    ]

    @Test(arguments: inputs)
    func refusedOnAUsedDiaryWithTheFileUnchanged(_ bad: Bad) throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        try cramp.ok(["log", "left", "calf", "2m", "--at", "03:10", "--trigger", "cold", "--relief", "stretch:helped"])
        try cramp.ok(["config", "set", "break-interval", "30"])
        let before = cramp.snapshot()
        // Issue 11, point 5: beside the database, the damage guard's record of the file as cramp left it.
        #expect(before.keys.sorted() == ["cramp.db", "cramp.db-checked"], "a clean close leaves only the database and its record")
        let result = try cramp.run(bad.arguments)
        expectRefusal(result, field: bad.field, value: bad.value, bad.testDescription)
        #expect(cramp.snapshot() == before, "\(bad.testDescription) changed the folder")
    }

    @Test(arguments: inputs)
    func refusedOnAFreshMachineWithNothingCreated(_ bad: Bad) throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        let result = try cramp.run(bad.arguments)
        expectRefusal(result, field: bad.fresh?.field ?? bad.field, value: bad.fresh.map(\.value) ?? bad.value,
                      bad.testDescription)
        #expect(cramp.snapshot().isEmpty, "\(bad.testDescription) created \(cramp.snapshot().keys.sorted())")
    }

    @Test func aFutureClockTimeTodayIsRefusedWithThePastReadingSuggested() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        let result = try cramp.run(["log", "left", "2m", "--at", "today 10:00"])
        expectRefusal(result, field: "--at", value: "today 10:00", "future time")
        #expect(result.stderr.contains("did you mean \"yesterday 10:00\""), "\(result.stderr)")
        // A bare clock time is its most recent past reading, so the suggestion is what `10:00` means.
        try cramp.ok(["log", "left", "2m", "--at", "10:00"])
        #expect(try cramp.row("SELECT start_utc FROM episode") == "\(Oracle.utc("2026-11-20T10:00:00+01:00"))")
    }

    @Test func aCrampOverAnHourNeedsYes() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        let refused = try cramp.run(["log", "left", "calf", "90m"])
        expectRefusal(refused, field: "duration", value: "1h30m", "90m")
        #expect(refused.stderr.contains("--yes"))
        let accepted = try cramp.ok(["log", "left", "calf", "90m", "--yes"])
        #expect(try cramp.row("SELECT duration_s FROM episode") == "5400")
        #expect(accepted.stderr.contains("seek medical care"))
        // Numbness has no such limit.
        try cramp.ok(["log", "left", "foot", "2h", "--numbness"])
        #expect(try cramp.row("SELECT count(*) FROM episode") == "2")
    }

    @Test func anArgumentParserErrorAlsoExits64AndWritesNothing() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        // (Bare `sit` starts a stretch since issue 16: a second duration is the parser's refusal now.)
        for arguments in [["log", "--frobnicate"], ["sit", "2h", "3h"], ["nosuchcommand"]] {
            let result = try cramp.run(arguments)
            #expect(result.status == 64, "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
        #expect(cramp.snapshot().isEmpty)
    }
}
