import Diary
import Foundation
import PropertyBased
import Seeded
import Testing
@testable import CrampCLI

/// Zone rules from Foundation's time-zone database, so the in-process runs need no process-wide TZ.
struct FoundationZone: ZoneRules {
    let zone: TimeZone
    func offset(atUTC utc: Int64) -> Int { zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(utc))) }
}

@Suite("Proof: bad input never crashes, is refused with 64 and writes nothing; good input reads back as given")
struct BadInputProofTests {
    static let wordCases = 12_000
    static let commandLineCases = 1_500
    static let binaryCasesPerWorker = 300

    @Test func theOracleAgreesWithThePinnedMoment() {
        #expect(ISO8601DateFormatter().date(from: "2026-11-21T09:00:00+01:00")!.timeIntervalSince1970
            == TimeInterval(TimeOracle.nowUTC))
        #expect(CrampRun.pinnedNowForOracle == "2026-11-21T09:00")
    }

    /// The order-free words of `cramp log` (leg, site, duration, intensity, woke, kind, triggers, reliefs,
    /// `at ...`) in random orders and spellings, straight into the word reader, validation and the guard.
    @Test func generatedWordOrdersInProcess() async {
        let clock = Clock(nowUTC: TimeOracle.nowUTC, zone: FoundationZone(zone: TimeOracle.zone))
        let gen = Generator(run: { rng in
            var maker = LogCaseMaker(rng: SeededRandom(seed: rng.next()), wordsOnly: true)
            if maker.chance(0.5) { return maker.invalid() }
            let (items, _, episode) = maker.valid()
            return LogCase(arguments: items.flatMap(\.arguments), stdin: nil, expectation: .stored(episode))
        })
        var tally = (stored: 0, refused: 0)
        let started = Date()
        await propertyCheck(count: Self.wordCases, input: gen) { logCase in
            let outcome = Self.validate(words: logCase.arguments, clock: clock)
            switch logCase.expectation {
            case .stored(let expected):
                #expect(outcome.code == 0, "\(logCase): \(outcome.message)")
                if let episode = outcome.episode { #expect(Self.expected(from: episode) == expected, "\(logCase)") }
                tally.stored += 1
            case .refused(let reason):
                #expect(outcome.code == 64, "\(reason) was not refused with 64: \(logCase) → \(outcome.code) \(outcome.message)")
                tally.refused += 1
            case .either:
                #expect(outcome.code == 0 || outcome.code == 64)
            }
        }
        print("""
            [proof] bad input, word orders in process: \(Self.wordCases) generated cramp log word lists in \(seconds(since: started)): \
            \(tally.stored) valid ones in random order and spelling each read back exactly as generated, \(tally.refused) with \
            one planted error each refused with exit 64; 0 crashes
            """)
    }

    /// `cramp log WORDS...` up to the write, without the argument parser.
    static func validate(words: [String], clock: Clock) -> (code: Int32, episode: Episode?, message: String) {
        do {
            let draft = try EpisodeWords.parse(words, clock: clock)
            guard let leg = draft.leg else { throw InputError(field: "leg", value: "", accepted: "left, right or both") }
            let episode = Episode(
                kind: draft.kind ?? .cramp, start: draft.start ?? clock.now, leg: leg, site: draft.site,
                durationSeconds: draft.duration ?? 60, intensity: draft.intensity, woke: draft.woke ?? .unknown,
                triggers: draft.triggers ?? [], reliefs: draft.reliefs ?? [], note: nil)
            try episode.validate()
            try LongCrampGuard.check(episode, confirmed: false)
            return (0, episode, "")
        } catch {
            return (ExitStatus.classify(error)?.code ?? -1, nil, "\(error)")
        }
    }

    /// The whole `cramp log` input path short of the file: argument parsing (flags anywhere), the words, the
    /// parsers, standard-input notes, validation and the long-cramp guard. ArgumentParser takes 5-20 ms a parse in
    /// a debug test build, so this runs fewer cases than the word test.
    @Test func generatedCommandLinesInProcess() async {
        let clock = Clock(nowUTC: TimeOracle.nowUTC, zone: FoundationZone(zone: TimeOracle.zone))
        let gen = Generator(run: { rng in
            var maker = LogCaseMaker(rng: SeededRandom(seed: rng.next()))
            return maker.any()
        })
        var tally = (stored: 0, refused: 0, junkStored: 0, junkRefused: 0)
        let started = Date()
        await propertyCheck(count: Self.commandLineCases, input: gen) { logCase in
            let outcome = Self.runInProcess(logCase, clock: clock)
            switch logCase.expectation {
            case .stored(let expected):
                #expect(outcome.code == 0, "\(logCase): \(outcome.message)")
                if let episode = outcome.episode { #expect(Self.expected(from: episode) == expected, "\(logCase)") }
                tally.stored += 1
            case .refused(let reason):
                #expect(outcome.code == 64, "\(reason) was not refused with 64: \(logCase) → \(outcome.code) \(outcome.message)")
                tally.refused += 1
            case .either:
                #expect(outcome.code == 0 || outcome.code == 64, "\(logCase) → \(outcome.code) \(outcome.message)")
                if outcome.code == 0 { tally.junkStored += 1 } else { tally.junkRefused += 1 }
            }
        }
        print("""
            [proof] bad input, command lines in process: \(Self.commandLineCases) generated cramp log command lines in \(seconds(since: started)): \
            \(tally.stored) valid ones each read back exactly as generated, \(tally.refused) with one planted error each refused \
            with exit 64, \(tally.junkStored + tally.junkRefused) random ones (\(tally.junkRefused) refused with 64, \
            \(tally.junkStored) accepted); 0 crashes, 0 other exit codes
            """)
    }

    /// What `cramp log` would do up to the write: the exit code, and the episode it would store.
    static func runInProcess(_ logCase: LogCase, clock: Clock) -> (code: Int32, episode: Episode?, message: String) {
        do {
            let log = try Cramp.Log.parse(logCase.arguments)
            let draft = try log.fields.draft(clock: clock) {
                // Stands in for StandardInput.readText, which reads the real descriptor 0 (the binary runs use it).
                let bytes = logCase.stdin ?? []
                guard let text = String(validating: bytes, as: UTF8.self) else {
                    throw InputError(field: "--note", value: "\(bytes.count) bytes", accepted: "UTF-8 text")
                }
                return text
            }
            // On an empty diary: nothing to copy a leg or duration from.
            guard let leg = draft.leg else { throw InputError(field: "leg", value: "", accepted: "left, right or both") }
            let episode = Episode(
                kind: draft.kind ?? .cramp, start: draft.start ?? clock.now, leg: leg, site: draft.site,
                durationSeconds: draft.duration ?? 60, intensity: draft.intensity, woke: draft.woke ?? .unknown,
                triggers: draft.triggers ?? [], reliefs: draft.reliefs ?? [], note: draft.note ?? nil)
            try episode.validate()
            try LongCrampGuard.check(episode, confirmed: log.yes)
            return (0, episode, "")
        } catch {
            if let (message, code) = ExitStatus.classify(error) { return (code, nil, message) }
            return (Cramp.Log.exitCode(for: error).rawValue, nil, Cramp.Log.message(for: error))
        }
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
