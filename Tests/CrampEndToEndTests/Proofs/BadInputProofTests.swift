import Diary
import DiaryActions
import Foundation
import PropertyBased
import Seeded
import Testing
@testable import CrampCLI

@Suite("Proof: bad input never crashes, is refused with 64 and writes nothing; good input reads back as given")
struct BadInputProofTests {
    static let wordCases = 12_000
    static let commandLineCases = 600
    static let binaryCasesPerWorker = 300

    @Test func theOracleAgreesWithThePinnedMoment() {
        #expect(ISO8601DateFormatter().date(from: "2026-11-21T09:00:00+01:00")!.timeIntervalSince1970
            == TimeInterval(TimeOracle.nowUTC))
        #expect(CrampRun.pinnedNowForOracle == "2026-11-21T09:00")
    }

    /// The order-free words of `cramp log` (leg, site, duration, intensity, woke, kind, triggers, reliefs,
    /// `at ...`) in random orders and spellings, through the word reader and the real `log` action (dry run).
    @Test func generatedWordOrdersInProcess() async {
        let clock = Clock(nowUTC: TimeOracle.nowUTC, zone: FoundationZone(zone: TimeOracle.zone))
        let gen = Generator(run: { rng in
            var maker = LogCaseMaker(rng: SeededRandom(seed: rng.next()), wordsOnly: true)
            if maker.chance(0.5) { return maker.invalid() }
            let (items, _, episode) = maker.valid()
            return LogCase(arguments: items.flatMap(\.arguments), stdin: nil, expectation: .stored(episode))
        })
        var tally = (stored: 0, refused: 0)
        var failures = 0
        let started = Date()
        await propertyCheck(count: Self.wordCases, input: gen) { logCase in
            let outcome = Self.validate(words: logCase.arguments, clock: clock)
            let ok: Bool
            switch logCase.expectation {
            case .stored(let expected):
                ok = outcome.code == 0 && outcome.episode.map { Self.expected(from: $0) == expected } == true
                #expect(ok, "\(logCase): \(outcome.code) \(outcome.message)")
                tally.stored += 1
            case .refused(let reason):
                ok = outcome.code == 64
                #expect(ok, "\(reason) was not refused with 64: \(logCase) → \(outcome.code) \(outcome.message)")
                tally.refused += 1
            case .either:
                ok = outcome.code == 0 || outcome.code == 64
                #expect(ok)
            }
            if !ok { failures += 1 }
        }
        guard failures == 0 else { return }
        print("""
            [proof] bad input, word orders in process: \(Self.wordCases) generated cramp log word lists in \(seconds(since: started)): \
            \(tally.stored) valid ones in random order and spelling each read back exactly as generated, \(tally.refused) with \
            one planted error each refused with exit 64; 0 crashes
            """)
    }

    /// `cramp log WORDS...` through the real code below the argument parser: the word reader, then the real
    /// `log` action in a dry run on a diary that does not exist (its defaults, validation and long-cramp guard).
    static func validate(words: [String], clock: Clock) -> (code: Int32, episode: Episode?, message: String) {
        do {
            let draft = try EpisodeWords.parse(words, clock: clock)
            let logged = try Actions(path: "/nonexistent/cramp-proof/cramp.db", clock: clock).log(draft, dryRun: true)
            return (0, logged.episode, "")
        } catch {
            return (Failure(error)?.status.rawValue ?? -1, nil, "\(error)")
        }
    }

    /// The real `cramp log` in process, argument parser and all, through `Cramp.execute` with a captured context:
    /// every valid line is stored in a real diary and read back, then taken away with the real `cramp undo`, so
    /// each case meets an empty diary as the oracle assumes; every refusal must leave the file byte for byte as it was.
    @Test func generatedCommandLinesInProcess() async throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.run(["config", "set", "night-window", "22:00-08:00"])  // the diary exists, so "unchanged" can be checked
        let gen = Generator(run: { rng in
            var maker = LogCaseMaker(rng: SeededRandom(seed: rng.next()))
            return maker.any()
        })
        var tally = (stored: 0, refused: 0, junkStored: 0, junkRefused: 0)
        var failures = 0
        let started = Date()
        await propertyCheck(count: Self.commandLineCases, input: gen) { logCase in
            let before = FileManager.default.contents(atPath: cramp.database)
            let result = cramp.run(["log"] + logCase.arguments, stdin: logCase.stdin ?? [])
            let unchanged = FileManager.default.contents(atPath: cramp.database) == before
            var stored: Episode?
            if result.status == 0, let id = loggedID(result.stderr) {
                stored = try? Actions(path: cramp.database, clock: Clock(nowUTC: 0, zone: cramp.zone)).reader().episode(id: Int64(id))
                cramp.run(["undo"])
            }
            var ok = true
            switch logCase.expectation {
            case .stored(let expected):
                ok = result.status == 0 && stored.map { Self.expected(from: $0) == expected } == true
                #expect(ok, "\(logCase) → \(result.status) \(result.stderr) stored \(String(describing: stored))")
                tally.stored += 1
            case .refused(let reason):
                ok = result.status == 64 && unchanged
                #expect(ok, "\(reason) was not refused with 64 leaving the diary unchanged: \(logCase) → \(result.status) \(result.stderr)")
                tally.refused += 1
            case .either:
                let dryRunOrHelp = result.stderr.contains("dry run: nothing stored") || result.stdout.contains("USAGE:")
                ok = (result.status == 0 && (stored != nil || dryRunOrHelp)) || (result.status == 64 && unchanged)
                #expect(ok, "\(logCase) → \(result.status) \(result.stderr)")
                if result.status == 0 { tally.junkStored += 1 } else { tally.junkRefused += 1 }
            }
            if !ok { failures += 1 }
        }
        guard failures == 0 else { return }
        print("""
            [proof] bad input, command lines in process: \(Self.commandLineCases) generated cramp log command lines through the \
            real command (Cramp.execute) in \(seconds(since: started)): \(tally.stored) valid ones each stored and read back exactly \
            as generated, \(tally.refused) with one planted error each refused with exit 64 leaving the diary byte for byte \
            unchanged, \(tally.junkStored + tally.junkRefused) random ones (\(tally.junkRefused) refused with 64, \(tally.junkStored) \
            accepted); 0 crashes, 0 other exit codes
            """)
    }

    static func expected(from episode: Episode) -> ExpectedEpisode {
        ExpectedEpisode(
            kind: episode.kind.rawValue, startUTC: episode.start.utc, offset: episode.start.offset, leg: episode.leg.rawValue,
            site: episode.site?.rawValue, duration: episode.durationSeconds, intensity: episode.intensity,
            woke: episode.woke.rawValue, note: episode.note, triggers: episode.triggers.map(\.name),
            reliefs: episode.reliefs.map(\.description))
    }

    /// The same kinds of command lines through the built binary, with real standard input: exit codes, the file
    /// left byte-for-byte unchanged by every refusal, and every stored episode read back from the database.
    @Test func generatedCommandLinesThroughTheBinary() throws {
        let started = Date()
        let results = Locked<[String]>([])
        let failures = Locked<[String]>([])
        together(2) { worker in
            do {
                results.append(try Self.binaryWorker(worker, failures: failures))
            } catch {
                failures.append("worker \(worker): \(error)")
            }
        }
        for failure in failures.value.prefix(20) { Issue.record(Comment(rawValue: failure)) }
        #expect(failures.value.isEmpty)
        guard failures.value.isEmpty else { return }
        print("[proof] bad input, through the binary (\(seconds(since: started)), 2 workers): " + results.value.joined(separator: "; "))
    }

    static func binaryWorker(_ worker: Int, failures: Locked<[String]>) throws -> String {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        let seed = UInt64(20_261_121 + worker)
        var maker = LogCaseMaker(rng: SeededRandom(seed: seed))
        func fail(_ text: String) { failures.append("worker \(worker) (seed \(seed)): \(text)") }

        // Refusals on a diary that does not exist yet create nothing: no file, no folder.
        let missing = cramp.folder.appendingPathComponent("not-yet/cramp.db").path
        for _ in 0..<40 {
            let logCase = maker.invalid()
            let result = try cramp.run(["log"] + logCase.arguments + ["--db", missing], stdin: logCase.stdin.map { Data($0) })
            if result.status != 64 { fail("\(logCase) on a new diary → \(result.status): \(result.stderr)") }
            if FileManager.default.fileExists(atPath: cramp.folder.appendingPathComponent("not-yet").path) {
                fail("\(logCase) created the diary's folder although it was refused")
                break
            }
        }

        var oracle: [Int: ExpectedEpisode] = [:]
        var counts = (stored: 0, refused: 0, junkStored: 0, junkRefused: 0, dryRuns: 0)
        for _ in 0..<Self.binaryCasesPerWorker {
            let logCase = maker.any()
            let before = cramp.bytes(of: cramp.database)
            let result = try cramp.run(["log"] + logCase.arguments, stdin: logCase.stdin.map { Data($0) })
            let unchanged = cramp.bytes(of: cramp.database) == before
            switch (logCase.expectation, result.status) {
            case (.stored(let expected), 0):
                guard let id = loggedID(result.stderr) else { fail("\(logCase): no echo: \(result.stderr)"); continue }
                oracle[id] = expected
                counts.stored += 1
            case (.refused, 64), (.either, 64):
                if !unchanged { fail("\(logCase) was refused but the diary changed") }
                if !(result.stderr.hasPrefix("cramp: ") || result.stderr.hasPrefix("Error: ")) {
                    fail("\(logCase): refusal without a clear message: \(result.stderr)")
                }
                if case .refused = logCase.expectation { counts.refused += 1 } else { counts.junkRefused += 1 }
            case (.either, 0):
                if loggedID(result.stderr) != nil {
                    counts.junkStored += 1
                } else if (result.stderr.contains("dry run: nothing stored") || result.stdout.contains("USAGE:")) && unchanged {
                    // A dry run, or help asked for by a word such as -h hidden in the junk.
                    counts.dryRuns += 1
                } else {
                    fail("\(logCase) exited 0 without storing or a dry run: \(result.stderr)")
                }
            default:
                fail("\(logCase) → exit \(result.status): \(result.stderr)")
            }
        }

        // Read every stored episode back from the file and compare it with what was generated. Text comes back
        // as hex: Foundation's JSON reader on Linux drops U+FEFF inside strings, and a note may hold one.
        let rows = try cramp.jsonRows("""
            SELECT json_object('id', e.id, 'kind', e.kind, 'start', e.start_utc, 'offset', e.utc_offset, 'leg', e.leg,
                'site', e.site, 'duration', e.duration_s, 'intensity', e.intensity, 'woke', e.woke, 'note', hex(e.note),
                'triggers', (SELECT json_group_array(hex(name)) FROM (SELECT name FROM episode_trigger t
                             WHERE t.episode_id = e.id ORDER BY position)),
                'reliefs', (SELECT json_group_array(hex(name || ':' || outcome)) FROM (SELECT name, outcome FROM episode_relief r
                            WHERE r.episode_id = e.id ORDER BY position)))
            FROM episode e ORDER BY e.id
            """)
        var readBack = 0
        for row in rows {
            guard let id = row["id"] as? Int, let expected = oracle[id] else { continue }
            let stored = ExpectedEpisode(
                kind: row["kind"] as! String, startUTC: Int64(row["start"] as! Int), offset: row["offset"] as! Int,
                leg: row["leg"] as! String, site: row["site"] as? String, duration: row["duration"] as! Int,
                intensity: row["intensity"] as? Int, woke: row["woke"] as! String,
                note: (row["note"] as! String).isEmpty ? nil : text(hex: row["note"] as! String),
                triggers: (row["triggers"] as! [String]).map(text(hex:)), reliefs: (row["reliefs"] as! [String]).map(text(hex:)))
            if stored != expected { fail("episode #\(id) reads back as \(stored), generated \(expected)") }
            readBack += 1
        }
        if readBack != oracle.count { fail("\(oracle.count) valid episodes stored, \(readBack) found") }
        let integrity = try cramp.sql("PRAGMA integrity_check")
        if integrity != ["ok"] { fail("integrity_check: \(integrity)") }
        return "worker \(worker) (seed \(seed)): 40 refusals on a new diary created nothing; \(Self.binaryCasesPerWorker) runs: "
            + "\(counts.stored) valid stored and read back exactly, \(counts.refused) invalid refused with 64 leaving the file "
            + "byte-for-byte unchanged, \(counts.junkStored + counts.junkRefused + counts.dryRuns) random (\(counts.junkRefused) "
            + "refused with 64, \(counts.junkStored) stored, \(counts.dryRuns) dry runs or help)"
    }
}

/// UTF-8 text from SQLite's `hex()`.
func text(hex: String) -> String {
    let digits = Array(hex.utf8)
    let bytes = stride(from: 0, to: digits.count, by: 2).map { UInt8(String(decoding: digits[$0..<$0 + 2], as: UTF8.self), radix: 16)! }
    return String(decoding: bytes, as: UTF8.self)
}

extension Locked {
    func append<Element>(_ element: Element) where Value == [Element] { update { $0.append(element) } }
}

extension CrampRun {
    /// The moment CrampRun pins, which the oracle assumes.
    static var pinnedNowForOracle: String {
        guard let run = try? CrampRun() else { return "" }
        defer { run.cleanup() }
        return run.now
    }
}
