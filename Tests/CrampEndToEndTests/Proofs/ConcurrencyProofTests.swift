import DiaryStore
import Foundation
import TestSupport
import Testing

extension ProcessHeavyProofs {
    @Suite("Proof: processes writing at once lose nothing")
    struct ConcurrencyProofTests {
        static let writers = 4
        static let episodesEach = 250

        @Test(.proof) func fourWritersOfTwoHundredFiftyEpisodesEndWithExactlyOneThousand() throws {
            let cramp = try CrampRun()
            defer { cramp.cleanup() }
            let created = try cramp.run(["config", "set", "break-interval", "30"])
            try #require(created.status == 0, "\(created.stderr)")
            let failures = Counter(), readerRuns = Counter(), readerFailures = Counter()
            let writersDone = Counter()
            let started = Date()
            together(Self.writers + 1) { index in
                if index == Self.writers {
                    // A reader meanwhile: every list and status must succeed and see a consistent diary.
                    var turn = 0
                    while writersDone.value < Self.writers {
                        let arguments = turn % 2 == 0 ? ["list", "all", "--json"] : ["status"]
                        turn += 1
                        guard let result = try? cramp.run(arguments) else { readerFailures.add(); continue }
                        readerRuns.add()
                        if result.status != 0 { readerFailures.add(); print("reader: \(result.stderr)") }
                        if arguments[0] == "list",
                           (try? JSONSerialization.jsonObject(with: result.stdoutBytes)) as? [Any] == nil {
                            readerFailures.add()
                        }
                    }
                    return
                }
                for episode in 0..<Self.episodesEach {
                    // Distinct moments, so every episode is its own row: writer k, episode i, i*4+k minutes ago.
                    let minutesAgo = episode * Self.writers + index + 1
                    let result = try? cramp.run([
                        "log", index % 2 == 0 ? "left" : "right", "calf", "1m", "--at", "\(minutesAgo)m ago",
                        "--note", "writer-\(index)-episode-\(episode)",
                    ])
                    if result?.status != 0 {
                        failures.add()
                        print("writer \(index): \(result?.stderr ?? "could not start")")
                    }
                }
                writersDone.add()
            }
            let elapsed = Date().timeIntervalSince(started)
            let total = Self.writers * Self.episodesEach
            #expect(failures.value == 0)
            #expect(readerFailures.value == 0)
            #expect(try cramp.integer("SELECT count(*) FROM episode") == total)
            #expect(try cramp.integer("SELECT count(DISTINCT note) FROM episode") == total)
            #expect(try cramp.integer("SELECT count(*) FROM operation WHERE command = 'log'") == total)
            #expect(try cramp.integer("SELECT count(*) FROM operation") == total + 1)
            #expect(try cramp.sql("PRAGMA integrity_check") == ["ok"])
            proofLine("""
                concurrency: \(Self.writers) processes × \(Self.episodesEach) cramp log runs at once = \(total) runs in \
                \(String(format: "%.1f", elapsed)) s (\(String(format: "%.0f", elapsed / Double(total) * 1000)) ms per write on \
                \(ProcessInfo.processInfo.activeProcessorCount) cores): \(total) episodes stored, \(failures.value) failures; \
                \(readerRuns.value) list --json / status runs meanwhile, \(readerFailures.value) failures; integrity_check ok
                """)
        }

        /// Four processes creating and migrating the same new diary at once: none fails, all four episodes are there.
        @Test(.proof) func firstOpenRacesNeverFail() throws {
            let cramp = try CrampRun()
            defer { cramp.cleanup() }
            let rounds = 60
            let failures = Counter()
            let started = Date()
            for round in 0..<rounds {
                let path = cramp.folder.appendingPathComponent("round-\(round)/nested/cramp.db").path
                together(4) { index in
                    let result = try? cramp.run(["log", "left", "1m", "--at", "\(index + 1)m ago", "--db", path])
                    if result?.status != 0 {
                        failures.add()
                        print("round \(round) process \(index): \(result?.stderr ?? "could not start")")
                    }
                }
                #expect(try cramp.integer("SELECT count(*) FROM episode", database: path) == 4)
                #expect(try cramp.integer("PRAGMA user_version", database: path) == MigrationCatalogue.latestVersion)
            }
            #expect(failures.value == 0)
            proofLine("first-open race: \(rounds) new diaries each created by 4 cramp log processes at once: "
                + "\(rounds * 4) runs, \(failures.value) failures, 4 episodes in each, \(seconds(since: started))")
        }
    }
}

/// A thread-safe count.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
