/// The `status-short` pair (issue 16): `cramp status --short`, which a shell prompt runs before every prompt,
/// against `cramp --version`, the cost of starting cramp at all. Target: at most 1.5 times.
enum StatusShortBench {
    /// The line the subject must print: sitting since 08:30 with a break at 08:50, read at the pinned 09:00, so
    /// the next break is due at 09:30.
    static let expectedLine = "sitting 30m, break in 30m"

    /// Puts a stretch of sitting under way, with one break, into `setup.statusDiary` (a copy of the main diary),
    /// through cramp itself.
    static func prepare(_ setup: BenchSetup, _ runner: ProcessRunner) throws {
        for (arguments, name) in [(["sit", "--at", "08:30"], "status-sit"), (["break", "--at", "08:50"], "status-break")] {
            let command = setup.cramp(arguments, diary: setup.statusDiary, output: name)
            let sample = try runner.run(command)
            guard sample.exitStatus == 0 else {
                let error = (try? Files.readText(command.stderrPath)) ?? ""
                throw BenchError("\(command.display) failed (exit \(sample.exitStatus)): \(error)")
            }
        }
    }

    /// The subject printed exactly the expected line, so the pair timed a real read of the open stretch.
    static func check(_ subjectPath: String) throws -> OutputCheck {
        let printed = try Files.readText(subjectPath)
        guard printed == expectedLine + "\n" else {
            return OutputCheck(text: "cramp status --short printed \"\(printed)\", not \"\(expectedLine)\"", passed: false)
        }
        return OutputCheck(text: "printed \"\(expectedLine)\" each run", passed: true)
    }

    /// The comparison, as `BenchSetup.comparisons` lists it.
    static func comparison(_ setup: BenchSetup, version: Command) -> Comparison {
        Comparison(
            id: "status-short", title: "cramp status --short / cramp --version",
            subject: setup.cramp(["status", "--short"], diary: setup.statusDiary, output: "status-short"), baseline: version,
            targetRatio: 1.5, memoryLimitMiB: nil,
            explanation: """
                The one line a shell prompt shows before every prompt, on a copy of the \(setup.mainEpisodes.grouped)-episode \
                diary with a stretch of sitting under way and a break in it, against the cost of starting cramp at all \
                (--version opens nothing). It reads the open stretch, its breaks so far and two settings in one query, \
                with no migration check beyond the schema version, no damage check and no write.
                """)
    }
}
