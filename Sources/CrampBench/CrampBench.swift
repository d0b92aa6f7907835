import ArgumentParser
import Diary

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `cramp-bench`: generates ten-year synthetic diaries and times the built `cramp` side by side with
/// the sqlite3 command line, as whole processes, the way a person runs them.
@main
struct CrampBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cramp-bench",
        abstract: "Time the built cramp on ten years of synthetic data, side by side with the sqlite3 command line.",
        discussion: """
            Generates the diaries (seeded, so every run measures the same files), then times each pair of \
            commands over several runs after warm-up, alternating sides, and prints medians, spread, peak \
            memory and the ratios the issue sets targets for. Build first with \
            `swift build -c release --static-swift-stdlib` (see the README); by default the cramp next to this \
            binary is measured.
            """)

    @Option(help: ArgumentHelp("The cramp binary to measure (default: the one next to cramp-bench).", valueName: "path"))
    var cramp: String?

    @Option(help: ArgumentHelp("The sqlite3 command line to compare with.", valueName: "path"))
    var sqlite3 = "sqlite3"

    @Option(help: ArgumentHelp("Timed runs per command (default 21; 3 with --tiny).", valueName: "n"))
    var runs: Int?

    @Option(help: ArgumentHelp("Untimed warm-up runs per command first (default 3; 1 with --tiny).", valueName: "n"))
    var warmup: Int?

    @Option(help: ArgumentHelp("Episodes in the main diary (default 100,000).", valueName: "n"))
    var episodes: Int?

    @Option(help: ArgumentHelp("Posture sessions in every diary (default 40,000).", valueName: "n"))
    var sessions: Int?

    @Option(help: ArgumentHelp("Episodes in the small diary of the scaling pair (default 1,000).", valueName: "n"))
    var smallEpisodes: Int?

    @Option(help: ArgumentHelp("Episodes in the large diary of the scaling pair (default 1,000,000).", valueName: "n"))
    var largeEpisodes: Int?

    @Option(help: ArgumentHelp("Seed of the generator.", valueName: "n"))
    var seed: UInt64 = 42

    @Option(help: ArgumentHelp("The pinned now (CRAMP_NOW), Europe/Berlin; the diaries end the night before.",
                               valueName: "YYYY-MM-DDTHH:MM"))
    var now = "2026-11-21T09:00"

    @Option(help: ArgumentHelp("""
        Folder for diaries and outputs; kept, and diaries already there with the same sizes and seed are reused \
        (default: a temporary folder, removed afterwards).
        """, valueName: "dir"))
    var out: String?

    @Option(help: ArgumentHelp("""
        Run only these comparisons, comma separated: \(BenchPlan.comparisonIDs.joined(separator: ", ")).
        """, valueName: "ids"))
    var only: String?

    @Flag(help: "Print JSON instead of the table.")
    var json = false

    @Option(help: ArgumentHelp("Also write the JSON to this file.", valueName: "path"))
    var jsonFile: String?

    @Flag(help: "Tiny diaries and few runs: checks the benchmark works in seconds (CI), times mean little.")
    var tiny = false

    mutating func validate() throws {
        let counts = [("--runs", runs, 1), ("--warmup", warmup, 0), ("--episodes", episodes, 1),
                      ("--sessions", sessions, 0), ("--small-episodes", smallEpisodes, 1),
                      ("--large-episodes", largeEpisodes, 1)]
        for (name, value, least) in counts {
            if let value, value < least {
                throw ValidationError("\(name) takes a whole number of at least \(least); got \(value)")
            }
        }
        if let only, let unknown = only.split(separator: ",").first(where: { !BenchPlan.comparisonIDs.contains(String($0)) }) {
            throw ValidationError("--only takes \(BenchPlan.comparisonIDs.joined(separator: ", ")); got \(unknown)")
        }
        guard BenchPlan.parseNow(now) != nil else {
            throw ValidationError("--now must look like 2026-11-21T09:00 (local time, Europe/Berlin); got \(now)")
        }
    }

    func run() throws {
        let plan = BenchPlan(
            runs: runs ?? (tiny ? 3 : 21), warmups: warmup ?? (tiny ? 1 : 3),
            mainEpisodes: episodes ?? (tiny ? 2_000 : 100_000), sessions: sessions ?? (tiny ? 800 : 40_000),
            smallEpisodes: smallEpisodes ?? (tiny ? 500 : 1_000), largeEpisodes: largeEpisodes ?? (tiny ? 20_000 : 1_000_000),
            seed: seed, now: BenchPlan.parseNow(now)!, nowText: now, outputFolder: out, crampPath: cramp,
            only: only.map { Set($0.split(separator: ",").map(String.init)) },
            sqlite3: sqlite3, commandLine: CommandLine.arguments.map(Command.shellQuoted).joined(separator: " "))
        let report: BenchReport
        do {
            report = try plan.execute { Files.writeStandardError("cramp-bench: \($0)\n") }
        } catch let error as BenchError {
            Files.writeStandardError("cramp-bench: \(error.description)\n")
            throw ExitCode(1)
        }
        print(json ? report.json.pretty : report.table, terminator: json ? "\n" : "")
        if let jsonFile { try Files.save(report.json.pretty + "\n", to: jsonFile) }
        if report.hasFailures { throw ExitCode(1) }
    }
}
