import Diary
import DiaryStore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One benchmark run, from resolved options to the report.
struct BenchPlan {
    let runs: Int, warmups: Int
    let mainEpisodes: Int, sessions: Int, smallEpisodes: Int, largeEpisodes: Int
    let seed: UInt64
    let now: LocalDateTime
    let nowText: String
    /// `--out`, or nil for a temporary folder removed at the end.
    let outputFolder: String?
    let crampPath: String?
    /// `--only`: the comparison ids to run, nil for all.
    let only: Set<String>?
    let sqlite3: String
    let commandLine: String

    /// The ids of the comparisons, in the order they run.
    static let comparisonIDs = [
        "log", "log-checked", "log-scaling", "report-week", "report-all", "summary", "export-csv", "export-fhir", "report-scaling", "report-density",
        "import", "status-short", "med-list", "compare",
    ]

    /// Bumped whenever the generator's output changes, so `--out` never reuses a diary it would not write.
    static let generatorVersion = 3

    /// `2026-11-21T09:00` as a local reading.
    static func parseNow(_ text: String) -> LocalDateTime? {
        let parts = text.split(separator: "T")
        guard parts.count == 2, let date = CivilDate(iso: parts[0]) else { return nil }
        let clock = parts[1].split(separator: ":")
        guard clock.count == 2, clock[0].count == 2, clock[1].count == 2,
              let hour = Int(clock[0]), let minute = Int(clock[1]) else { return nil }
        return LocalDateTime(date: date, hour: hour, minute: minute)
    }

    func execute(progress: @escaping (String) -> Void) throws -> BenchReport {
        let me = Files.ownExecutable() ?? CommandLine.arguments[0]
        let here = Files.folder(of: me)
        let cramp = crampPath ?? here + "/cramp"
        guard Files.isExecutable(cramp) else {
            throw BenchError("no cramp binary at \(cramp): build it (swift build -c release) or pass --cramp PATH")
        }
        let launcher = here + "/cramp-bench-spawn"
        guard Files.isExecutable(launcher) else {
            throw BenchError("no cramp-bench-spawn next to cramp-bench (\(launcher)): build the package (swift build)")
        }
        guard let sqlite = Files.which(sqlite3, path: getenv("PATH").map { String(cString: $0) }) else {
            throw BenchError("no sqlite3 command line found as \(sqlite3): install it (apt-get install sqlite3) or pass --sqlite3 PATH")
        }

        let temporary = outputFolder == nil
        let folder = outputFolder ?? (getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp") + "/cramp-bench-\(getpid())"
        try Files.makeFolders(folder + "/home")
        defer { if temporary { Files.removeTree(folder) } }

        let zone = CentralEuropeanZone()
        let nowStamp = zone.timestamp(local: now)
        let diaries = try makeDiaries(in: folder, reuse: !temporary, progress: progress)
        // Writers get copies, so the diaries the readers measure stay as generated.
        let logDiary = folder + "/log-copy.db", smallLogDiary = folder + "/log-small-copy.db"
        let largeLogDiary = folder + "/log-large-copy.db"
        try Files.copy(diaries[0].diary.path, to: logDiary)
        // The sqlite3 insert writes its own copy: a diary written by another program gets cramp's damage check
        // (issue 11, point 5) before the next log, which `log-checked` measures on its own.
        let insertDiary = folder + "/insert-copy.db"
        try Files.copy(diaries[0].diary.path, to: insertDiary)
        // `status --short` reads a copy with a stretch under way (written by cramp in `StatusShortBench.prepare`).
        let statusDiary = folder + "/status-copy.db"
        if only?.contains("status-short") ?? true { try Files.copy(diaries[0].diary.path, to: statusDiary) }
        if only?.contains("log-scaling") ?? true {
            try Files.copy(diaries[1].diary.path, to: smallLogDiary)
            try Files.copy(diaries[2].diary.path, to: largeLogDiary)
        }

        let setup = BenchSetup(
            cramp: cramp, sqlite3: sqlite, home: folder + "/home", outputFolder: folder, now: nowText,
            nowUTC: nowStamp.utc, nowOffset: nowStamp.offset, logDiary: logDiary, insertDiary: insertDiary, smallLogDiary: smallLogDiary,
            largeLogDiary: largeLogDiary, statusDiary: statusDiary, mainDiary: diaries[0].diary.path,
            smallDiary: diaries[1].diary.path, largeDiary: diaries[2].diary.path, historyDiary: diaries[3].diary.path,
            mainEpisodes: mainEpisodes,
            smallEpisodes: smallEpisodes, largeEpisodes: largeEpisodes)
        let runner = ProcessRunner(launcher: launcher)
        let crampVersion = try firstLine(of: setup.cramp(["--version"], diary: nil, output: "probe-version"), runner)
        let help = setup.cramp(["--help"], diary: nil, output: "probe-help")
        _ = try runner.run(help)
        let subcommands = ComparisonRunner.subcommands(inHelp: (try? Files.readText(help.stdoutPath)) ?? "")
        let sqliteVersion = try firstLine(of: setup.sqlite(["--version"], output: "probe-sqlite", label: "sqlite3"), runner)

        let usageBefore = CPUUsage.now()
        let comparisonRunner = ComparisonRunner(
            runner: runner, runs: runs, warmups: warmups, subcommands: subcommands, progress: progress)
        var results: [ComparisonResult] = []
        if only?.contains("import") ?? true { try ImportBench.exportSource(setup, runner) }
        if only?.contains("status-short") ?? true { try StatusShortBench.prepare(setup, runner) }
        for comparison in setup.comparisons where only?.contains(comparison.id) ?? true {
            var result = try comparisonRunner.measure(comparison)
            guard case .measured = result.outcome else {
                results.append(result)
                continue
            }
            switch comparison.id {
            case "export-csv":
                result.check = try ExportCheck.compare(
                    crampPath: comparison.subject.stdoutPath, sqlitePath: comparison.baseline.stdoutPath)
            case "report-scaling":
                result.check = try ReportCheck.compare(comparison.subject.stdoutPath, comparison.baseline.stdoutPath)
                result.note = try windowNote(setup.historyDiary, against: setup.smallDiary, now: nowStamp)
            case "report-density":
                result.note = try windowNote(setup.largeDiary, against: setup.smallDiary, now: nowStamp)
            case "import":
                result.check = try ImportBench.check(setup, runner)
            case "status-short":
                result.check = try StatusShortBench.check(comparison.subject.stdoutPath)
            case "med-list":
                result.check = try MedListBench.check(comparison.subject.stdoutPath)
            default:
                break
            }
            results.append(result)
        }
        return BenchReport(
            crampPath: cramp, crampVersion: crampVersion, crampBuild: Self.buildKind(of: cramp),
            staticRuntime: Self.linksSwiftRuntimeStatically(cramp),
            sqlitePath: sqlite, sqliteVersion: sqliteVersion.split(separator: " ").prefix(2).joined(separator: " "),
            machine: Machine.describe(), otherCPU: CPUUsage.now().othersShare(since: usageBefore), runs: runs, warmups: warmups,
            seed: seed, now: nowText,
            diaries: diaries, results: results, commandLine: commandLine)
    }

    /// How many episodes each diary holds in the report's row range.
    private func windowNote(_ subject: String, against baseline: String, now: Timestamp) throws -> String {
        let read = try ReportWindow.episodesRead(diary: subject, now: now)
        let baselineRead = try ReportWindow.episodesRead(diary: baseline, now: now)
        return "episodes in the report's window: \(read.grouped) against \(baselineRead.grouped)"
    }

    /// The main diary, then the small and large ones of the scaling pair (same person, same sessions).
    private func makeDiaries(in folder: String, reuse: Bool, progress: (String) -> Void) throws
        -> [(role: String, diary: GeneratedDiary, reused: Bool)]
    {
        var made: [(role: String, diary: GeneratedDiary, reused: Bool)] = []
        let roles: [(String, Int, Int?)] = [
            ("main", mainEpisodes, nil), ("small", smallEpisodes, nil), ("large", largeEpisodes, nil),
            ("history", largeEpisodes, smallEpisodes),
        ]
        for (role, count, recentLike) in roles {
            let shape = DiaryShape(episodes: count, sessions: sessions, seed: seed, now: now, recentLike: recentLike)
            let history = recentLike.map { "-recent\($0)" } ?? ""
            let path = "\(folder)/diary-\(count)e\(history)-\(sessions)s-seed\(seed)-\(nowText.filter(\.isNumber))"
                + "-g\(Self.generatorVersion).db"
            if reuse, Files.exists(path) {
                progress("reusing \(path)")
                made.append((role, try DiaryCensus.count(path: path, shape: shape), true))
                continue
            }
            progress("generating the \(role) diary: \(count.grouped) episodes, \(sessions.grouped) sessions"
                + (recentLike.map { ", the last year as in the \($0.grouped)-episode one" } ?? ""))
            let partial = path + ".partial"
            let diary = try DiaryGenerator.generate(shape, path: partial)
            Files.removeDiary(path)
            guard rename(partial, path) == 0 else {
                throw BenchError("cannot rename \(partial): \(String(cString: strerror(errno)))")
            }
            made.append((role, diary.moved(to: path), false))
        }
        return made
    }

    /// Runs a command once and returns the first line it printed.
    private func firstLine(of command: Command, _ runner: ProcessRunner) throws -> String {
        let sample = try runner.run(command)
        let output = (try? Files.readText(command.stdoutPath)) ?? ""
        guard sample.exitStatus == 0, let line = output.split(separator: "\n").first else {
            let error = (try? Files.readText(command.stderrPath)) ?? ""
            throw BenchError("\(command.display) failed (exit \(sample.exitStatus)): \(error)")
        }
        return String(line)
    }

    /// False when the binary names libswiftCore.so among the shared libraries it needs (the dynamic
    /// section's strings sit in the first pages of the file); true after `--static-swift-stdlib`.
    static func linksSwiftRuntimeStatically(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var head = [UInt8](repeating: 0, count: 1 << 20)
        let count = head.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        let needle = Array("libswiftCore.so".utf8)
        guard count > needle.count else { return false }
        for start in 0...(count - needle.count) where head[start] == needle[0] {
            if head[start..<start + needle.count].elementsEqual(needle) { return false }
        }
        return true
    }

    /// "release", "debug" or "unknown build", from SwiftPM's output folder names.
    static func buildKind(of path: String) -> String {
        if path.contains("/release/") { return "release" }
        if path.contains("/debug/") { return "debug" }
        return "unknown build of"
    }
}

/// Counts the rows of a diary generated earlier (reused with `--out`).
enum DiaryCensus {
    static func count(path: String, shape: DiaryShape) throws -> GeneratedDiary {
        let db = try Database(path: path, create: false, readOnly: true)
        let counts = try db.prepare("""
            SELECT (SELECT count(*) FROM episode), (SELECT count(*) FROM episode_trigger),
                   (SELECT count(*) FROM episode_relief), (SELECT count(*) FROM posture_session),
                   (SELECT count(*) FROM stretch_break), (SELECT count(*) FROM operation)
            """).bind([]).first { row in (0..<6).map { row.int(Int32($0)) } } ?? [0, 0, 0, 0, 0, 0]
        return GeneratedDiary(
            path: path, shape: shape, episodes: counts[0], triggers: counts[1], reliefs: counts[2], sessions: counts[3],
            breaks: counts[4], operations: counts[5], seconds: 0, bytes: Files.size(path))
    }
}

extension GeneratedDiary {
    /// The same diary under its final name.
    func moved(to newPath: String) -> GeneratedDiary {
        GeneratedDiary(path: newPath, shape: shape, episodes: episodes, triggers: triggers, reliefs: reliefs,
                       sessions: sessions, breaks: breaks, operations: operations, seconds: seconds, bytes: bytes)
    }
}

/// One line about the machine: CPU model, cores, kernel.
enum Machine {
    static func describe() -> String {
        var model = "unknown CPU"
        if let cpuinfo = try? Files.readText("/proc/cpuinfo"),
           let line = cpuinfo.split(separator: "\n").first(where: { $0.hasPrefix("model name") }),
           let colon = line.firstIndex(of: ":") {
            model = line[line.index(after: colon)...].trimmingSpaces
        }
        var names = utsname()
        uname(&names)
        let system = withUnsafeBytes(of: names.sysname) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        let release = withUnsafeBytes(of: names.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        return "\(model), \(sysconf(Int32(_SC_NPROCESSORS_ONLN))) cores, \(system) \(release)"
    }

}

/// CPU time of the whole machine and of this benchmark (with everything it ran), to tell how much
/// other processes ran during the measurements: they are the noise in the figures.
struct CPUUsage {
    /// Busy CPU seconds of all processes, from /proc/stat.
    let machineBusy: Double
    /// CPU seconds of this process and its reaped children.
    let own: Double
    /// Monotonic seconds.
    let wall: Double

    static func now() -> CPUUsage {
        var busy = 0.0
        if let stat = try? Files.readText("/proc/stat"), let line = stat.split(separator: "\n").first {
            // cpu user nice system idle iowait irq softirq steal ...: everything but idle and iowait is busy.
            let ticks = line.split(separator: " ").dropFirst().compactMap { Double($0) }
            if ticks.count >= 8 { busy = ticks[0] + ticks[1] + ticks[2] + ticks[5] + ticks[6] + ticks[7] }
            busy /= Double(sysconf(Int32(_SC_CLK_TCK)))
        }
        func seconds(children: Bool) -> Double {
            var usage = rusage()
            #if canImport(Glibc)
            // Glibc imports RUSAGE_SELF and RUSAGE_CHILDREN as an enum, and getrusage takes its raw value.
            getrusage(__rusage_who_t((children ? RUSAGE_CHILDREN : RUSAGE_SELF).rawValue), &usage)
            #elseif canImport(Darwin)
            getrusage(children ? RUSAGE_CHILDREN : RUSAGE_SELF, &usage)
            #endif
            return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        }
        return CPUUsage(machineBusy: busy, own: seconds(children: false) + seconds(children: true),
                        wall: Double(Stopwatch.nanoseconds()) / 1e9)
    }

    /// CPU used by other processes since `start`, as a share of one core (0.5: half a core on average).
    func othersShare(since start: CPUUsage) -> Double {
        let elapsed = wall - start.wall
        guard elapsed > 0 else { return 0 }
        return max(0, (machineBusy - start.machineBusy) - (own - start.own)) / elapsed
    }
}
