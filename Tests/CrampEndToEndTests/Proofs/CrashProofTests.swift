import Foundation
import Testing

@Suite("Proof: SIGKILL at a random moment never loses an acknowledged write")
struct CrashProofTests {
    static let requiredKills = 200

    @Test func everyAcknowledgedWriteSurvivesAKill() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        let started = Date()
        // Seeded so the kill schedule can be replayed (CRAMP_PROOF_SEED picks another); printed with the figures.
        let seed = UInt64(ProcessInfo.processInfo.environment["CRAMP_PROOF_SEED"] ?? "") ?? 20_261_121
        var random = SplitMix(seed: seed)

        func arguments(_ run: Int) -> [String] {
            ["log", "left", "calf", "2m", "standing", "stretch:helped", "--at", "\(run + 1)m ago", "--note", "crash-\(run)"]
        }

        // How long an undisturbed run takes here, so the kills spread over a whole run.
        var warmup: [TimeInterval] = []
        for run in 0..<5 {
            let begin = Date()
            let result = try cramp.run(arguments(run))
            try #require(result.status == 0, "\(result.stderr)")
            warmup.append(Date().timeIntervalSince(begin))
        }
        let typical = warmup.sorted()[2]
        var launched = Set((0..<5).map { "crash-\($0)" })
        var acknowledged = launched
        var kills = 0, killedAfterAck = 0, killedBeforeAck = 0, finishedFirst = 0
        var run = 5
        while kills < Self.requiredKills && run < 2_000 {
            // Half the kills anywhere in a run, half in its last part, where the file is opened and written.
            let delay = run % 2 == 0 ? random.unit() * typical * 1.2 : typical * (0.6 + 0.5 * random.unit())
            let outcome = try cramp.runKilled(arguments(run), after: delay)
            launched.insert("crash-\(run)")
            let acked = loggedID(outcome.stderr) != nil
            if acked { acknowledged.insert("crash-\(run)") }
            if outcome.killed {
                #expect(outcome.status == SIGKILL)
                kills += 1
                if acked { killedAfterAck += 1 } else { killedBeforeAck += 1 }
            } else {
                #expect(outcome.status == 0, "run \(run) exited \(outcome.status): \(outcome.stderr)")
                finishedFirst += 1
            }
            run += 1
        }
        try #require(kills >= Self.requiredKills, "only \(kills) kills landed in \(run) runs")

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
        print("""
            [proof] crash: \(run) cramp log runs, \(kills) killed with SIGKILL at a random moment in 0-\(Int(typical * 1200)) ms \
            (half of them in the last 40% of a run, where it writes; a run takes \(Int(typical * 1000)) ms here; seed \(seed)): \(killedBeforeAck) before the echo, \(killedAfterAck) after it, \
            \(finishedFirst) finished first. Acknowledged \(acknowledged.count), stored \(stored.count) \
            (\(storedUnacked) committed just before a kill cut the echo), lost 0, half-written 0, integrity_check ok, \
            \(seconds(since: started))
            """)
    }
}

/// A small seeded generator (SplitMix64), so kill timings can be replayed from the printed seed.
struct SplitMix: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// Uniform in 0..<1.
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
