import Diary
import Foundation
import Testing

/// `cramp med` through the real commands (issue 14). Now is Sat 2026-11-21 09:00 in Berlin (+01:00; +02:00 in summer).
@Suite("in process: the medicine timeline")
struct MedicineInProcessTests {
    static let furosemideClass = "loop diuretic, associated with leg cramps (NICE CKS Leg cramps, which names diuretics)"
    static let ironClass = "intravenous iron sucrose, associated with leg cramps (Allen & Kirby, Am Fam Physician 2012, the AAFP review)"

    /// Furosemide started and halved, metformin started and stopped, iron sucrose started yesterday and stopped now.
    static func filled(sourceLocation: SourceLocation = #_sourceLocation) throws -> InProcessCramp {
        let cramp = try InProcessCramp()
        cramp.ok(["med", "start", "Furosemide", "40", "mg", "--at", "2026-03-01 08:00"], sourceLocation: sourceLocation)
        cramp.ok(["med", "change", "furosemide", "20", "mg", "--at", "2026-04-01T08:00"], sourceLocation: sourceLocation)
        cramp.ok(["med", "start", "iron sucrose", "200 mg", "--note", "at the clinic", "--at", "yesterday 10:00"],
                 sourceLocation: sourceLocation)
        cramp.ok(["med", "start", "metformin", "--at", "2026-02-01 08:00"], sourceLocation: sourceLocation)
        cramp.ok(["med", "stop", "metformin", "--at", "2026-05-01 08:00"], sourceLocation: sourceLocation)
        cramp.ok(["med", "stop", "iron", "sucrose"], sourceLocation: sourceLocation)
        return cramp
    }

    static let list = """
        metformin: stopped on Fri 2026-05-01; no class in cramp's vocabulary
          #4 Sun 2026-02-01 08:00 +01:00 started
          #5 Fri 2026-05-01 08:00 +02:00 stopped
        Furosemide: running, 20 mg; \(furosemideClass)
          #1 Sun 2026-03-01 08:00 +01:00 started 40 mg
          #2 Wed 2026-04-01 08:00 +02:00 changed to 20 mg
        iron sucrose: stopped on Sat 2026-11-21; \(ironClass)
          #3 Fri 2026-11-20 10:00 +01:00 started 200 mg, note: "at the clinic"
          #6 Sat 2026-11-21 09:00 +01:00 stopped

        """

    // Issue 14: start, change and stop echo exactly what they stored (times read as `log --at` reads them; the class
    // with its source when the vocabulary knows the name); a name of several words is quoted, the dose is the rest.
    @Test func eachStepEchoesWhatItStored() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        let lines: [([String], String)] = [
            (["med", "start", "Furosemide", "40", "mg", "--at", "2026-03-01 08:00"],
             "started Furosemide 40 mg on Sun 2026-03-01 08:00 +01:00 (medicine event #1); Furosemide: \(Self.furosemideClass); undo: cramp undo"),
            (["med", "change", "furosemide", "20", "mg", "--at", "2026-04-01T08:00"],
             "changed Furosemide to 20 mg on Wed 2026-04-01 08:00 +02:00 (medicine event #2); was 40 mg; undo: cramp undo"),
            (["med", "start", "iron sucrose", "200 mg", "--note", "at the clinic", "--at", "yesterday 10:00"],
             "started iron sucrose 200 mg on Fri 2026-11-20 10:00 +01:00 (medicine event #3), note: \"at the clinic\"; "
                 + "iron sucrose: \(Self.ironClass); undo: cramp undo"),
            (["med", "start", "metformin", "--at", "2026-02-01 08:00"],
             "started metformin on Sun 2026-02-01 08:00 +01:00 (medicine event #4); undo: cramp undo"),
            (["med", "stop", "metformin", "--at", "2026-05-01 08:00"],
             "stopped metformin on Fri 2026-05-01 08:00 +02:00 (medicine event #5); it ran from Sun 2026-02-01 08:00 +01:00; undo: cramp undo"),
            (["med", "stop", "iron", "sucrose"],
             "stopped iron sucrose on Sat 2026-11-21 09:00 +01:00 (medicine event #6); it ran from Fri 2026-11-20 10:00 +01:00, "
                 + "last dose 200 mg; undo: cramp undo"),
        ]
        for (arguments, echo) in lines {
            let result = cramp.ok(arguments)
            #expect(result.messageLines == [echo] && result.stdout.isEmpty)
        }
        let stored = try cramp.reader().medicineEvents()
        let now = InProcessCramp.pinnedUTC
        #expect(stored.first { $0.id == 3 } == MedicineEvent(
            id: 3, name: "iron sucrose", action: .start, dose: "200 mg", at: Timestamp(utc: now - 23 * 3600, offset: 3600),
            note: "at the clinic", createdUTC: now, updatedUTC: now))
        #expect(stored.map(\.name) == ["metformin", "Furosemide", "Furosemide", "metformin", "iron sucrose", "iron sucrose"])
        #expect(stored.map(\.dose) == [nil, "40 mg", "20 mg", nil, "200 mg", nil])
    }

    // Issue 14: med list prints the timeline: per medicine its class with the source, running or stopped, each step.
    @Test func listPrintsTheTimeline() throws {
        let cramp = try Self.filled()
        defer { cramp.cleanup() }
        let listed = cramp.ok(["med", "list"])
        #expect(listed.stdout == Self.list)
        #expect(listed.messageLines == ["3 medicines, 6 events, 1 running"])
        #expect(cramp.ok(["med"]).stdout == Self.list)
        let empty = try InProcessCramp()
        defer { empty.cleanup() }
        let none = empty.ok(["med", "list"])
        #expect(none.stdout.isEmpty && none.messageLines == ["0 medicines, 0 events, 0 running; to add one: cramp med start NAME [DOSE]"])
        #expect(!empty.exists(empty.database))
    }

    // Issue 14: steps the timeline does not allow are refused (65) saying what runs and what to type; nothing is written.
    @Test func stepsThatDoNotFitAreRefusedAndWriteNothing() throws {
        let cramp = try Self.filled()
        defer { cramp.cleanup() }
        let before = cramp.bytes(cramp.database)
        let refusals: [([String], String)] = [
            (["med", "start", "furosemide", "10", "mg"],
             "cramp: Furosemide is already running, since Sun 2026-03-01 08:00 +01:00 (20 mg); nothing was written. "
                 + "To record a new dose: cramp med change Furosemide DOSE; to record that it stopped: cramp med stop Furosemide."),
            (["med", "stop", "aspirin"],
             "cramp: aspirin is not running on Sat 2026-11-21 09:00 +01:00 (never started); running then: Furosemide 20 mg; "
                 + "nothing was written. The timeline: cramp med list (names are compared in any case)."),
            (["med", "change", "metformin", "1000", "mg"],
             "cramp: metformin is not running on Sat 2026-11-21 09:00 +01:00 (stopped on Fri 2026-05-01 08:00 +02:00); running "
                 + "then: Furosemide 20 mg; nothing was written. To record that it started: cramp med start metformin 1000 mg."),
            (["med", "change", "FUROSEMIDE", "20 mg"],
             "cramp: Furosemide is already at 20 mg; nothing was written. To record another dose: cramp med change Furosemide DOSE."),
            (["med", "stop", "furosemide", "--at", "2026-03-15 08:00"],
             "cramp: a stop of Furosemide on Sun 2026-03-15 08:00 +01:00 would come before its later dose change on "
                 + "Wed 2026-04-01 08:00 +02:00 (medicine event #2), which would then change it while it is stopped; nothing was "
                 + "written. Choose a moment after Wed 2026-04-01 08:00 +02:00 with --at; the timeline: cramp med list."),
            (["med", "start", "iron sucrose", "--at", "2026-11-21 08:00"],
             "cramp: iron sucrose is already running, since Fri 2026-11-20 10:00 +01:00 (200 mg); nothing was written. "
                 + "To record a new dose: cramp med change 'iron sucrose' DOSE; to record that it stopped: cramp med stop 'iron sucrose'."),
        ]
        for (arguments, message) in refusals {
            let result = cramp.run(arguments)
            #expect(result.status == 65 && result.stdout.isEmpty, "\(arguments): \(result.stderr)")
            #expect(result.messageLines == [message])
        }
        #expect(cramp.bytes(cramp.database) == before)
    }

    // Issue 14: bad names, doses and times are usage errors (64) naming the value and what is accepted; nothing is written.
    @Test func badInputIsRefusedWithWhatIsAccepted() throws {
        let cramp = try Self.filled()
        defer { cramp.cleanup() }
        let before = cramp.bytes(cramp.database)
        let noDose = cramp.run(["med", "change", "furosemide"])
        expectUsageRefusal(noDose, field: "DOSE")
        #expect(noDose.messageLines == [
            "cramp: cannot use DOSE \"\": accepted: a dose of 1 to 100 characters, e.g. 40 mg or 1 puff twice daily; it is empty",
        ])
        let long = cramp.run(["med", "start", String(repeating: "x", count: 101)])
        #expect(long.messageLines == [
            "cramp: cannot use NAME \"101 characters\": accepted: a medicine name of 1 to 100 characters, e.g. furosemide "
                + "(quote a name of several words: \"iron sucrose\")",
        ])
        expectUsageRefusal(cramp.run(["med", "start", "aspirin", String(repeating: "1", count: 101)]), field: "DOSE")
        expectUsageRefusal(cramp.run(["med", "start", "asp\u{1B}]0;x\u{07}irin"]), field: "NAME")
        let future = cramp.run(["med", "start", "aspirin", "--at", "in 1h"])
        expectUsageRefusal(future, field: "--at")
        #expect(future.messageLines == ["cramp: cannot use --at \"in 1h\": accepted: \(When.acceptedForms); a time in the future is not accepted"])
        #expect(cramp.run(["med", "start", "aspirin", "--at", "today 23:00"]).messageLines == [
            "cramp: cannot use --at \"today 23:00\": accepted: \(When.acceptedForms); that is later than now (09:00); "
                + "did you mean \"yesterday 23:00\"?",
        ])
        #expect(cramp.bytes(cramp.database) == before)
    }

    // Issue 14: cramp undo reverts each step as a whole and says which.
    @Test(arguments: [
        (["med", "start", "atorvastatin", "20", "mg"], "started atorvastatin 20 mg on Sat 2026-11-21 09:00 +01:00 (medicine event #7)"),
        (["med", "change", "furosemide", "10", "mg"], "changed Furosemide to 10 mg on Sat 2026-11-21 09:00 +01:00 (medicine event #7)"),
        (["med", "stop", "furosemide", "--note", "GP"], "stopped Furosemide on Sat 2026-11-21 09:00 +01:00 (medicine event #7), note: \"GP\""),
    ])
    func undoRevertsEachStep(arguments: [String], summary: String) throws {
        let cramp = try Self.filled()
        defer { cramp.cleanup() }
        cramp.ok(arguments)
        #expect(try cramp.reader().medicineEvents().count == 7)
        let command = arguments.prefix(2).joined(separator: " ")
        #expect(cramp.ok(["undo"]).messageLines == ["undid `cramp \(command)` from Sat 2026-11-21 09:00 +01:00: \(summary)"])
        #expect(cramp.ok(["med", "list"]).stdout == Self.list)
    }
}
