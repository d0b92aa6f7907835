/// A side-by-side measurement: the subject against its baseline, judged by the ratio of medians.
struct Comparison: Sendable {
    /// Stable key for `--json`.
    let id: String
    /// What the ratio means, in one line for the table.
    let title: String
    let subject: Command
    let baseline: Command
    /// The target for subject / baseline, if it sets one.
    let targetRatio: Double?
    /// The limit on the subject's peak memory, MiB, if any.
    let memoryLimitMiB: Double?
    /// Exactly what each side does, for the README and `--json`.
    let explanation: String
    /// Timed runs, when fewer than the plan's suit a slow pair (an import of a million rows); then one warm-up.
    var runs: Int? = nil

    /// The `cramp` subcommands the two sides run (skipped while the binary lacks one).
    var requires: [String] {
        [subject, baseline].compactMap { $0.crampSubcommand }
    }
}

/// The paths and the pinned moment every command shares.
struct BenchSetup {
    let cramp: String
    let sqlite3: String
    /// A private HOME: no `~/.sqliterc`, no real diary.
    let home: String
    let outputFolder: String
    /// `CRAMP_NOW`, Europe/Berlin.
    let now: String
    let nowUTC: Int64
    let nowOffset: Int
    /// Diaries: a copy of the main one for the writers, the main one, and the two for the scaling pair.
    let logDiary: String
    /// An identical copy for the sqlite3 insert, so cramp's copy is only ever written by cramp.
    let insertDiary: String
    /// Copies of the small and large diaries for `cramp log` to write to.
    let smallLogDiary: String, largeLogDiary: String
    /// A copy of the main diary with a stretch under way, for `status --short`.
    let statusDiary: String
    let mainDiary: String, smallDiary: String, largeDiary: String
    /// As large as `largeDiary`, but its last year is the small diary's: only the history differs.
    let historyDiary: String
    let mainEpisodes: Int, smallEpisodes: Int, largeEpisodes: Int

    var environment: [String: String] {
        ["PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": home, "TZ": CentralEuropeanZone.tzName, "LC_ALL": "C.UTF-8"]
    }

    /// `cramp ARGS` on `diary` with the pinned clock.
    func cramp(_ arguments: [String], diary: String?, output: String, label: String? = nil) -> Command {
        var environment = environment
        environment["CRAMP_NOW"] = now
        if let diary { environment["CRAMP_DB"] = diary }
        return Command(label: label ?? (["cramp"] + arguments).joined(separator: " "), program: cramp,
                       arguments: arguments, environment: environment,
                       stdoutPath: "\(outputFolder)/\(output).out", stderrPath: "\(outputFolder)/\(output).err",
                       crampSubcommand: arguments.first.flatMap { $0.hasPrefix("-") ? nil : $0 })
    }

    /// `/bin/sh -c SCRIPT` with the cramp binary as `$0`, the pinned clock and `diary`.
    func shell(_ script: String, diary: String, output: String, label: String) -> Command {
        var environment = environment
        environment["CRAMP_NOW"] = now
        environment["CRAMP_DB"] = diary
        return Command(label: label, program: "/bin/sh", arguments: ["-c", script, cramp], environment: environment,
                       stdoutPath: "\(outputFolder)/\(output).out", stderrPath: "\(outputFolder)/\(output).err",
                       crampSubcommand: "log")
    }

    /// `sqlite3 ARGS`.
    func sqlite(_ arguments: [String], output: String, label: String) -> Command {
        Command(label: label, program: sqlite3, arguments: arguments, environment: environment,
                stdoutPath: "\(outputFolder)/\(output).out", stderrPath: "\(outputFolder)/\(output).err")
    }

    /// The SQL of one row equal to what `cramp log left calf 2m` stores at the pinned moment.
    var insertSQL: String {
        """
        PRAGMA synchronous = FULL; \
        INSERT INTO episode (kind, start_utc, utc_offset, leg, site, duration_s, woke, created_utc, updated_utc) \
        VALUES ('cramp', \(nowUTC), \(nowOffset), 'left', 'calf', 120, 'unknown', \(nowUTC), \(nowUTC));
        """
    }

    /// The comparisons, in the order the table shows them.
    var comparisons: [Comparison] {
        let version = cramp(["--version"], diary: mainDiary, output: "version")
        return [
            Comparison(
                id: "log", title: "cramp log / sqlite3 INSERT of one row",
                subject: cramp(["log", "left", "calf", "2m"], diary: logDiary, output: "log"),
                baseline: sqlite([insertDiary, insertSQL], output: "insert", label: "sqlite3 DB 'INSERT INTO episode ...'"),
                targetRatio: 2.5, memoryLimitMiB: nil,
                explanation: """
                    Both write one episode to a copy of the \(mainEpisodes.grouped)-episode diary (each its own copy) in WAL \
                    mode with synchronous=FULL (the journal mode is stored in the file; cramp and the shell both fsync the \
                    WAL on commit and checkpoint on close). cramp also parses the line, reads the previous episode and the \
                    settings, checks the schema version, compares the file with its record of it (the damage guard) and \
                    journals the row for undo, in one transaction.
                    """),
            Comparison(
                id: "log-checked", title: "cramp log after an outside change / cramp log",
                subject: shell("rm -f \"$CRAMP_DB-checked\"; exec \"$0\" log left calf 2m", diary: logDiary,
                               output: "log-checked", label: "cramp log, its record of the diary removed first"),
                baseline: shell("exec \"$0\" log left calf 2m", diary: logDiary, output: "log-unchecked",
                                label: "cramp log"),
                targetRatio: nil, memoryLimitMiB: nil,
                explanation: """
                    The damage guard's cost (issue 11, point 5). cramp records the diary's size and modification time \
                    when it closes it; a file that no longer matches (changed by another program) gets SQLite's \
                    PRAGMA quick_check before anything is written. The subject removes that record before each log, \
                    so every run checks all \(mainEpisodes.grouped) episodes; the baseline is the everyday log, whose \
                    record matches. Both start through /bin/sh, so the ratio is the check against a whole log.
                    """),
            Comparison(
                id: "log-scaling", title: "cramp log on \(largeEpisodes.grouped) / on \(smallEpisodes.grouped) episodes",
                subject: cramp(["log", "left", "calf", "2m"], diary: largeLogDiary, output: "log-large",
                               label: "cramp log (\(largeEpisodes.grouped) episodes)"),
                baseline: cramp(["log", "left", "calf", "2m"], diary: smallLogDiary, output: "log-small",
                                label: "cramp log (\(smallEpisodes.grouped) episodes)"),
                targetRatio: nil, memoryLimitMiB: nil,
                explanation: """
                    The same log on the smallest and the largest diary: logging reads the previous episode and the \
                    settings through indexes, never the history, so the size of the diary should not show.
                    """),
            Comparison(
                id: "report-week", title: "cramp report (week) / cramp --version",
                subject: cramp(["report"], diary: mainDiary, output: "report-week"), baseline: version,
                targetRatio: 3, memoryLimitMiB: nil,
                explanation: """
                    The weekly report on \(mainEpisodes.grouped) episodes against the cost of starting cramp at all \
                    (--version opens nothing): what the report itself adds to the start.
                    """),
            Comparison(
                id: "report-all", title: "cramp report --period all / cramp --version",
                subject: cramp(["report", "--period", "all"], diary: mainDiary, output: "report-all"),
                baseline: version, targetRatio: nil, memoryLimitMiB: nil,
                explanation: "The report over all ten years (\(mainEpisodes.grouped) episodes) against the start floor; no target."),
            Comparison(
                id: "summary", title: "cramp summary / cramp --version",
                subject: cramp(["summary"], diary: mainDiary, output: "summary"), baseline: version,
                targetRatio: nil, memoryLimitMiB: nil,
                explanation: """
                    The 90-night visit summary on \(mainEpisodes.grouped) episodes (kept nights, months, weeks, the \
                    60-night trend, the links) against the start floor; no target of its own, measured beside the \
                    weekly report's.
                    """),
            Comparison(
                id: "compare", title: "cramp compare / cramp --version",
                subject: cramp(["compare", "last month", "this month"], diary: mainDiary, output: "compare"), baseline: version,
                targetRatio: 3, memoryLimitMiB: nil,
                explanation: """
                    Two months compared on \(mainEpisodes.grouped) episodes (kept nights, the exact interval and p) against \
                    the start floor: issue 14 asks for at most 3 times.
                    """),
            Comparison(
                id: "export-csv", title: "cramp export --format csv / sqlite3 -csv",
                subject: cramp(["export", "--format", "csv"], diary: mainDiary, output: "export"),
                baseline: sqlite(["-csv", "-header", mainDiary, ExportQuery.sql], output: "export-sqlite",
                                 label: "sqlite3 -csv -header DB 'SELECT ...'"),
                targetRatio: 1.5, memoryLimitMiB: 40,
                explanation: """
                    Every one of \(mainEpisodes.grouped) episodes as CSV to a file: cramp's export against one SQL query \
                    that computes the same cells (local time, night, nocturnal, trigger and relief lists, spreadsheet guard).
                    """),
            Comparison(
                id: "export-fhir", title: "cramp export --format fhir / --format csv",
                subject: cramp(["export", "--format", "fhir"], diary: mainDiary, output: "export-fhir"),
                baseline: cramp(["export", "--format", "csv"], diary: mainDiary, output: "export-csv-again",
                                label: "cramp export --format csv"),
                targetRatio: 1.5, memoryLimitMiB: 40,
                explanation: """
                    The whole diary as one FHIR R4 Bundle (an Observation per episode, one per kept night without a \
                    cramp, the Patient) against the same episodes as CSV, both streamed to a file.
                    """),
            Comparison(
                id: "report-scaling",
                title: "cramp report on \(largeEpisodes.grouped) / on \(smallEpisodes.grouped) episodes",
                subject: cramp(["report"], diary: historyDiary, output: "report-large",
                               label: "cramp report (\(largeEpisodes.grouped) episodes)"),
                baseline: cramp(["report"], diary: smallDiary, output: "report-small",
                                label: "cramp report (\(smallEpisodes.grouped) episodes)"),
                targetRatio: 1.3, memoryLimitMiB: nil,
                explanation: """
                    The same weekly report, checked byte for byte, on a ten-year diary of \(smallEpisodes.grouped) \
                    episodes and on one of \(largeEpisodes.grouped) whose last \(DiaryShape.recentNights) nights hold \
                    exactly the small diary's episodes, the other \((largeEpisodes - smallEpisodes).grouped) in the years \
                    before: what years of history cost a report that reads the same rows.
                    """),
            Comparison(
                id: "report-density",
                title: "cramp report, \(largeEpisodes / max(1, smallEpisodes))x the episodes in its window",
                subject: cramp(["report"], diary: largeDiary, output: "report-dense",
                               label: "cramp report (\(largeEpisodes.grouped), spread evenly)"),
                baseline: cramp(["report"], diary: smallDiary, output: "report-small",
                                label: "cramp report (\(smallEpisodes.grouped) episodes)"),
                targetRatio: nil, memoryLimitMiB: nil,
                explanation: """
                    A weekly report on two ten-year diaries spread alike over the years, \(smallEpisodes.grouped) and \
                    \(largeEpisodes.grouped) episodes: the larger holds \(largeEpisodes / max(1, smallEpisodes)) times as many \
                    episodes in the nights the report reads and shows, so its report is a different, larger one. \
                    No target: this is the cost per episode read, which no index can remove.
                    """),
            importComparison,
            StatusShortBench.comparison(self, version: version),
            MedListBench.comparison(self, version: version),
        ]
    }
}

extension Int {
    /// `100,000`.
    var grouped: String {
        let digits = String(magnitude)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
            out.append(character)
        }
        return (self < 0 ? "-" : "") + out
    }
}
