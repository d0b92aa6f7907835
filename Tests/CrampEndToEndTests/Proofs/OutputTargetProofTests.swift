import Foundation
import Seeded
import TestSupport
import Testing

/// `-o PATH` through the real binary: the machine's own devices, the umask, `/dev/stdout`, and SIGKILL.
@Suite("Proof: -o writes devices directly and leaves nothing behind")
struct OutputTargetProofTests {
    /// Type bits and device numbers of a path, nil when nothing is there.
    static func device(_ path: String) -> (type: mode_t, rdev: dev_t)? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return (info.st_mode & S_IFMT, info.st_rdev)
    }

    // Issue 11, point 2: as root, `cramp export -o /dev/null` and `cramp summary -o /dev/full` leave both character
    // devices as they were; /dev/full is exit 74 with one line. A scratch node with /dev/null's numbers is tried
    // first, so a binary that would replace the device never reaches the machine's /dev.
    @Test(.proof) func point2_theMachinesDevNullAndDevFullStayDevices() throws {
        guard getuid() == 0 else {
            print("skipped point2_theMachinesDevNullAndDevFullStayDevices: writing /dev/full and making a scratch device need root")
            return
        }
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        try #require(cramp.run(["log", "left", "calf", "2m"]).status == 0)
        let null = try #require(Self.device("/dev/null")), full = try #require(Self.device("/dev/full"))
        try #require(null.type == S_IFCHR && full.type == S_IFCHR)
        let scratch = cramp.path("null")
        try #require(mknod(scratch, S_IFCHR | 0o666, null.rdev) == 0)
        let rehearsal = try cramp.run(["export", "-o", scratch])
        try #require(rehearsal.status == 0 && Self.device(scratch)?.type == S_IFCHR, "the scratch device was replaced")

        let exported = try cramp.run(["export", "-o", "/dev/null"])
        #expect(exported.status == 0, "\(exported.stderr)")
        let summary = try cramp.run(["summary", "-o", "/dev/full"])
        #expect(summary.status == 74)
        #expect(summary.stderr == "cramp: cannot write to /dev/full: No space left on device; the output there is "
            + "incomplete. Choose another path with -o.\n")
        #expect(Self.device("/dev/null")! == null && Self.device("/dev/full")! == full)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: "/dev").filter { $0.contains(".cramp-") }
        #expect(leftovers.isEmpty, "\(leftovers)")
        proofLine("-o devices: export -o /dev/null exit 0, summary -o /dev/full exit 74 with one line; both are still "
            + "character devices with their numbers, nothing left in /dev")
    }

    // Issue 11, point 2: `/dev/stdout` is the open standard output: a pipe or a file redirected with `>` or `>>`
    // gets the export, and /dev/stdout stays the link it was.
    @Test func point2_devStdoutWritesToStandardOutput() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        try #require(cramp.run(["log", "left", "calf", "2m"]).status == 0)
        let link = try FileManager.default.destinationOfSymbolicLink(atPath: "/dev/stdout")
        let expected = try cramp.run(["export"]).stdoutBytes
        let piped = try cramp.shell("\"$CRAMP\" export -o /dev/stdout | cat")
        #expect(piped.status == 0 && piped.stdoutBytes == expected, "\(piped.stderr)")
        let redirected = try cramp.shell("echo first > out.csv && \"$CRAMP\" export -o /dev/stdout >> out.csv")
        #expect(redirected.status == 0, "\(redirected.stderr)")
        #expect(cramp.bytes(of: cramp.path("out.csv")) == Data("first\n".utf8) + expected)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: "/dev/stdout") == link)
    }

    // Issue 11, point 15: a new file is 0600 whatever the umask, also umask 000.
    @Test func point15_aNewFileIs0600WithUmask000() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        try #require(cramp.run(["log", "left", "calf", "2m"]).status == 0)
        let result = try cramp.shell("umask 000 && \"$CRAMP\" export -o new.csv && \"$CRAMP\" summary -o new.txt")
        #expect(result.status == 0, "\(result.stderr)")
        for name in ["new.csv", "new.txt"] {
            let mode = try FileManager.default.attributesOfItem(atPath: cramp.path(name))[.posixPermissions] as? NSNumber
            #expect(mode?.intValue == 0o600, "\(name)")
        }
    }
}

extension ProcessHeavyProofs {
    @Suite("Proof: a killed export -o leaves no temporary and no half file")
    struct ExportKillProofTests {
        static let runs = 80

        // Issue 11, point 15: `cramp export -o F` killed at random moments never leaves a hidden temporary beside F,
        // and F is always either what was there before (or nothing) or the complete export.
        @Test(.proof) func point15_killedExportsLeaveNoTemporaryAndNoHalfFile() throws {
            let cramp = try CrampRun()
            defer { cramp.cleanup() }
            let started = Date()
            let seed = UInt64(ProcessInfo.processInfo.environment["CRAMP_PROOF_SEED"] ?? "") ?? 20_261_126
            var random = SeededRandom(seed: seed)
            let rows = 15_000
            try #require(cramp.run(["import", "-"], stdin: Self.bigExport(rows: rows)).status == 0)
            let target = cramp.path("visit.csv")
            let complete = try cramp.run(["export"]).stdoutBytes
            let old = Data("an older export\n".utf8)

            var timings: [TimeInterval] = []
            for _ in 0..<3 {
                let begin = Date()
                try #require(cramp.run(["export", "-o", target]).status == 0)
                timings.append(Date().timeIntervalSince(begin))
                #expect(cramp.bytes(of: target) == complete)
            }
            let typical = timings.sorted()[1]

            func hidden() throws -> [String] {
                try FileManager.default.contentsOfDirectory(atPath: cramp.folder.path).filter { $0.hasPrefix(".visit.csv.cramp-") }
            }
            var kills = 0, finishedFirst = 0, keptOld = 0, absent = 0, completeAfterKill = 0, killsLeavingTemporaries = 0
            for run in 0..<Self.runs {
                let before: Data? = run % 2 == 0 ? nil : old
                if let before { try before.write(to: URL(fileURLWithPath: target)) } else { try? FileManager.default.removeItem(atPath: target) }
                let outcome = try cramp.runKilled(["export", "-o", target], after: random.unit() * typical * 1.1)
                let now = cramp.bytes(of: target)
                #expect(now == before || now == complete, "run \(run): \(now?.count ?? -1) bytes at the target")
                if outcome.killed {
                    kills += 1
                    if now == complete { completeAfterKill += 1 } else if now == nil { absent += 1 } else { keptOld += 1 }
                    if try !hidden().isEmpty { killsLeavingTemporaries += 1 }
                } else {
                    #expect(outcome.status == 0, "run \(run): \(outcome.stderr)")
                    finishedFirst += 1
                }
            }
            #expect(kills >= Self.runs / 2, "only \(kills) of \(Self.runs) runs were killed")
            // The unnamed file gets a hidden name only for the instant between linking and renaming over an older file.
            #expect(killsLeavingTemporaries <= kills / 20, "\(killsLeavingTemporaries) of \(kills) kills left a temporary")
            // One more export removes anything such an instant left.
            try #require(cramp.run(["export", "-o", target]).status == 0)
            let remaining = try hidden()
            #expect(remaining.isEmpty, "\(remaining)")
            #expect(cramp.bytes(of: target) == complete)

            proofLine("""
                export kill: \(Self.runs) runs of cramp export -o on \(rows) episodes (\(complete.count / 1024) KiB; a run took \
                \(Int(timings.min()! * 1000))-\(Int(timings.max()! * 1000)) ms; seed \(seed)), SIGKILL at a random moment: \
                \(kills) killed (\(keptOld) left the older file, \(absent) left no file, \(completeAfterKill) had already put \
                the complete file in place), \(finishedFirst) finished first; half file 0, temporaries left by a kill \
                \(killsLeavingTemporaries), after one more export 0, \(seconds(since: started))
                """)
        }

        /// An episode CSV of `rows` cramps, a minute apart at 02:00-02:59, with a 300-character note each.
        static func bigExport(rows: Int) -> Data {
            var csv = "id,kind,start_local,night_of,nocturnal,leg,site,duration_s,intensity,woke,triggers,reliefs,note\r\n"
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            let first = calendar.date(from: DateComponents(year: 2020, month: 1, day: 2))!
            let note = String(repeating: "n", count: 300)
            for row in 0..<rows {
                let day = calendar.date(byAdding: .day, value: row / 60, to: first)!
                let evening = calendar.date(byAdding: .day, value: -1, to: day)!
                let date = calendar.dateComponents([.year, .month, .day], from: day)
                let night = calendar.dateComponents([.year, .month, .day], from: evening)
                let start = String(format: "%04d-%02d-%02dT02:%02d:00+01:00", date.year!, date.month!, date.day!, row % 60)
                let nightOf = String(format: "%04d-%02d-%02d", night.year!, night.month!, night.day!)
                csv += ",cramp,\(start),\(nightOf),yes,left,calf,60,,yes,,,\(note)\r\n"
            }
            return Data(csv.utf8)
        }
    }
}
