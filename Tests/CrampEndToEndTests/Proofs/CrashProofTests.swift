import Foundation
import Seeded
import TestSupport
import Testing

extension ProcessHeavyProofs {
    @Suite("Proof: SIGKILL at a random moment never loses an acknowledged write")
    struct CrashProofTests {
        static let requiredKills = 200
        /// Kills wanted inside the few milliseconds a run spends writing; the schedule homes in on them.
        static let wantedWhileWriting = 25

        @Test(.proof) func everyAcknowledgedWriteSurvivesAKill() throws {
            let cramp = try CrampRun()
            defer { cramp.cleanup() }
            let started = Date()
            // Seeded so the kill schedule can be replayed (CRAMP_PROOF_SEED picks another); printed with the figures.
            let seed = UInt64(ProcessInfo.processInfo.environment["CRAMP_PROOF_SEED"] ?? "") ?? 20_261_121
            var random = SeededRandom(seed: seed)

            func arguments(_ run: Int) -> [String] {
                ["log", "left", "calf", "2m", "standing", "stretch:helped", "--at", "\(run + 1)m ago", "--note", "crash-\(run)"]
            }

            // How long an undisturbed run takes, measured again every 8th run (other tests load the machine unevenly),
            // so the kills keep spreading over a whole run.
            var recent: [TimeInterval] = []
            var typical: TimeInterval { recent.suffix(5).sorted()[min(2, recent.suffix(5).count / 2)] }
            var launched = Set<String>()
            var acknowledged = Set<String>()
            var kills = 0, killedAfterAck = 0, killedBeforeAck = 0, finishedFirst = 0, calibrations = 0
            var killedWhileWriting = Set<String>()
            var run = 0
            var writingDelays: [TimeInterval] = []
            while (kills < Self.requiredKills || killedWhileWriting.count < Self.wantedWhileWriting) && run < 2_000 {
                if run < 5 || run % 8 == 0 {
                    let begin = Date()
                    let result = try cramp.run(arguments(run))
                    try #require(result.status == 0, "\(result.stderr)")
                    recent.append(Date().timeIntervalSince(begin))
                    launched.insert("crash-\(run)")
                    acknowledged.insert("crash-\(run)")
                    calibrations += 1
                    run += 1
                    continue
                }
                // Half the kills anywhere in a run; half in its last part, where the file is opened and written, and
                // once some kills have landed mid-write, within 4 ms of those moments.
                let delay: TimeInterval
                if run % 2 == 0 {
                    delay = random.unit() * typical * 1.2
                } else if writingDelays.count >= 3 {
                    let centre = writingDelays.sorted()[writingDelays.count / 2]
                    delay = max(0, centre + (random.unit() - 0.5) * 0.008)
                } else {
                    delay = typical * (0.45 + 0.5 * random.unit())
                }
                let walBefore = FileStamp(cramp.database + "-wal")
                let outcome = try cramp.runKilled(arguments(run), after: delay)
                launched.insert("crash-\(run)")
                let acked = loggedID(outcome.stderr) != nil
                if acked { acknowledged.insert("crash-\(run)") }
                if outcome.killed {
                    #expect(outcome.status == SIGKILL)
                    kills += 1
                    if acked {
                        killedAfterAck += 1
                    } else {
                        killedBeforeAck += 1
                        // Frames reached the WAL: the kill landed while the episode was being written (or just after
                        // its commit, before the echo); which of the two is settled below by looking for the episode.
                        if let after = FileStamp(cramp.database + "-wal"), after != walBefore, after.size > 0 {
                            killedWhileWriting.insert("crash-\(run)")
                            writingDelays.append(delay)
                        }
                    }
                } else {
                    #expect(outcome.status == 0, "run \(run) exited \(outcome.status): \(outcome.stderr)")
                    finishedFirst += 1
                }
                run += 1
            }
            try #require(kills >= Self.requiredKills, "only \(kills) kills landed in \(run) runs")
            #expect(killedWhileWriting.count >= 10, "only \(killedWhileWriting.count) kills landed while an episode was being written")

            // Every acknowledged write is there, once; nothing is there that was never launched.
            let notes = try cramp.sql("SELECT note FROM episode")
            let stored = Set(notes)
            #expect(notes.count == stored.count, "an episode was stored twice")
            let lost = acknowledged.subtracting(stored)
            #expect(lost.isEmpty, "acknowledged but missing: \(lost.sorted())")
            #expect(stored.isSubset(of: launched))
            // Nothing half-written: every episode has its trigger, its relief and its journal entry.
            #expect(try cramp.integer("""
                SELECT count(*) FROM episode e
                WHERE NOT EXISTS (SELECT 1 FROM episode_trigger t WHERE t.episode_id = e.id AND t.name = 'standing')
                   OR NOT EXISTS (SELECT 1 FROM episode_relief r WHERE r.episode_id = e.id AND r.name = 'stretch' AND r.outcome = 'helped')
                   OR NOT EXISTS (SELECT 1 FROM operation_change c JOIN operation o ON o.id = c.operation_id
                                  WHERE c.target = 'episode' AND c.row_id = e.id AND c.action = 'insert' AND o.summary <> '')
                """) == 0)
            #expect(try cramp.integer("SELECT count(*) FROM operation") == stored.count)
            #expect(try cramp.integer("SELECT count(*) FROM episode_trigger") == stored.count)
            #expect(try cramp.integer("SELECT count(*) FROM episode_relief") == stored.count)
            #expect(try cramp.sql("PRAGMA integrity_check") == ["ok"])
            // Files a killed process left behind (the WAL and shared memory) are the owner's alone too.
            for name in try FileManager.default.contentsOfDirectory(atPath: cramp.folder.path) where name.hasPrefix("cramp.db") {
                let mode = try FileManager.default.attributesOfItem(atPath: cramp.folder.appendingPathComponent(name).path)[.posixPermissions] as! NSNumber
                #expect(mode.intValue & 0o777 == 0o600, "\(name) is \(String(mode.intValue, radix: 8))")
            }
            let check = try cramp.run(["check"])
            #expect(check.status == 0 && check.stdout.isEmpty && check.stderr.isEmpty, "\(check.stderr)")

            let storedUnacked = stored.subtracting(acknowledged).count
            let rolledBack = killedWhileWriting.subtracting(stored).count
            let committedUnechoed = killedWhileWriting.intersection(stored).count
            proofLine("""
                crash: \(run) cramp log runs, \(kills) killed with SIGKILL at a random moment of the run (half of them late in \
                the run, where it opens and writes the file; a run took \(Int(recent.min()! * 1000))-\(Int(recent.max()! * 1000)) ms in \
                \(calibrations) timed runs; seed \(seed)): \(killedBeforeAck) before the echo, \(killedAfterAck) after it, \
                \(finishedFirst) finished first. \(killedWhileWriting.count) kills landed after the episode's pages reached the WAL \
                and before the echo: \(rolledBack) mid-transaction (rolled back, nothing stored) and \(committedUnechoed) after the \
                commit (stored, echo cut off). Acknowledged \(acknowledged.count), stored \(stored.count) \
                (\(storedUnacked) without an echo), lost 0, half-written 0, integrity_check ok, \(seconds(since: started))
                """)
        }
    }
}

/// Size and modification time of a file, to see whether a killed run wrote to it.
struct FileStamp: Equatable {
    let size: Int64
    let seconds: Int
    let nanoseconds: Int

    init?(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        size = Int64(info.st_size)
        seconds = info.st_mtim.tv_sec
        nanoseconds = info.st_mtim.tv_nsec
    }
}
