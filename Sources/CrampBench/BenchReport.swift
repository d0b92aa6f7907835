import DiaryExport

/// Everything one benchmark run found, ready to print as a table or JSON.
struct BenchReport: Sendable {
    /// The measured binary and how it was built (from its path).
    let crampPath: String, crampVersion: String, crampBuild: String
    /// Whether the Swift runtime is linked into the binary (`--static-swift-stdlib`) rather than loaded at start.
    let staticRuntime: Bool
    let sqlitePath: String, sqliteVersion: String
    let machine: String
    /// CPU used by other processes during the measurements, in cores (see `CPUUsage`).
    let otherCPU: Double
    let runs: Int, warmups: Int, seed: UInt64
    let now: String
    /// Each diary, with whether it was generated now or reused from `--out`.
    let diaries: [(role: String, diary: GeneratedDiary, reused: Bool)]
    let results: [ComparisonResult]
    /// The command line that reproduces this run.
    let commandLine: String

    /// True when a command failed (not merely skipped): the benchmark then exits non-zero.
    var hasFailures: Bool {
        results.contains { result in
            if case .failed = result.outcome { return true }
            return result.check?.passed == false
        }
    }
}

/// Fixed-point and unit formatting without Foundation.
enum Format {
    /// `value` with `places` decimals, rounded half away from zero.
    static func fixed(_ value: Double, _ places: Int) -> String {
        guard value.isFinite else { return "-" }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = Int64((abs(value) * scale).rounded())
        let whole = scaled / Int64(scale), fraction = scaled % Int64(scale)
        var text = (value < 0 && scaled != 0 ? "-" : "") + String(whole)
        if places > 0 {
            let digits = String(fraction)
            text += "." + String(repeating: "0", count: places - digits.count) + digits
        }
        return text
    }

    /// Milliseconds with three significant figures or so: `0.912`, `4.21`, `38.4`, `512`.
    static func ms(_ value: Double) -> String {
        value < 1 ? fixed(value, 3) : value < 10 ? fixed(value, 2) : value < 100 ? fixed(value, 1) : fixed(value, 0)
    }

    /// `12.3 MiB`.
    static func mib(_ value: Double) -> String { fixed(value, 1) + " MiB" }

    /// `2.07x`.
    static func ratio(_ value: Double) -> String { fixed(value, 2) + "x" }

    /// Bytes as MiB with one decimal.
    static func size(_ bytes: Int64) -> String { mib(Double(bytes) / 1_048_576) }

    /// `text` padded with spaces to `width` characters (left aligned), or right aligned.
    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - text.count))
        return right ? fill + text : text + fill
    }
}

extension BenchReport {
    /// The human table: medians and ratios first, then every command's spread and memory.
    var table: String {
        var lines: [String] = []
        lines.append("cramp-bench: \(crampBuild) cramp \(crampVersion) (\(crampPath)), Swift runtime "
            + (staticRuntime ? "linked in" : "in shared libraries") + ", against sqlite3 \(sqliteVersion)")
        lines.append("\(machine); \(runs) timed runs after \(warmups) warm-up(s), alternating sides; seed \(seed); "
            + "CRAMP_NOW=\(now) TZ=\(CentralEuropeanZone.tzName)")
        lines.append("other processes used \(Format.fixed(otherCPU, 2)) cores during the measurements"
            + (otherCPU > 0.2 ? ": expect noise, run again on a quiet machine" : " (quiet)"))
        if crampBuild != "release" {
            lines.append("warning: this cramp is not a release build; run `swift build -c release` and pass its binary")
        }
        lines.append("")
        lines.append("Diaries (ten years, synthetic)")
        for (role, diary, reused) in diaries {
            let how = reused ? "reused" : "generated in " + Format.fixed(diary.seconds, 1) + " s"
            lines.append("  " + Format.pad(role, 7) + Format.pad(diary.episodes.grouped, 10, right: true) + " episodes, "
                + Format.pad(diary.sessions.grouped, 7, right: true) + " sessions, "
                + Format.pad(diary.breaks.grouped, 7, right: true) + " live breaks, "
                + Format.pad(diary.operations.grouped, 10, right: true) + " journal rows: "
                + Format.pad(Format.size(diary.bytes), 10, right: true) + ", " + how)
        }
        lines.append("")
        lines.append(Format.pad("Ratio (median / median)", 50) + Format.pad("subject", 11, right: true)
            + Format.pad("baseline", 11, right: true) + Format.pad("ratio", 8, right: true) + "  target")
        for result in results {
            lines.append(contentsOf: ratioLines(result))
        }
        lines.append("")
        lines.append(Format.pad("Command", 50) + Format.pad("median", 10, right: true) + Format.pad("p25-p75", 16, right: true)
            + Format.pad("min-max", 16, right: true) + Format.pad("CPU", 9, right: true) + Format.pad("peak RSS", 12, right: true))
        for result in results {
            guard case .measured(let subject, let baseline) = result.outcome else { continue }
            for measurement in [subject, baseline] {
                let wall = measurement.wall
                lines.append(Format.pad(measurement.command.label, 50) + Format.pad(Format.ms(wall.median) + " ms", 10, right: true)
                    + Format.pad(Format.ms(wall.p25) + "-" + Format.ms(wall.p75), 16, right: true)
                    + Format.pad(Format.ms(wall.min) + "-" + Format.ms(wall.max), 16, right: true)
                    + Format.pad(Format.ms(measurement.cpu.median), 9, right: true)
                    + Format.pad(Format.mib(measurement.memory.max), 12, right: true))
            }
        }
        lines.append("")
        lines.append("Times in milliseconds, wall clock from fork to exit; CPU is user+system; peak RSS is the largest")
        lines.append("ru_maxrss of any run. Reproduce: \(commandLine)")
        return lines.joined(separator: "\n") + "\n"
    }

    private func ratioLines(_ result: ComparisonResult) -> [String] {
        let comparison = result.comparison
        let title = Format.pad(comparison.title, 50)
        let target = comparison.targetRatio.map { "<= " + Format.ratio($0) } ?? "(none)"
        switch result.outcome {
        case .skipped(let reason):
            return [title + Format.pad("skipped: \(reason)", 30)]
        case .failed(let reason):
            return [title + "FAILED: \(reason)"]
        case .measured(let subject, let baseline):
            let verdict = result.ratioMet.map { $0 ? "met" : "MISSED" } ?? ""
            var lines = [title + Format.pad(Format.ms(subject.wall.median) + " ms", 11, right: true)
                + Format.pad(Format.ms(baseline.wall.median) + " ms", 11, right: true)
                + Format.pad(Format.ratio(result.ratio!), 8, right: true) + "  " + target + (verdict.isEmpty ? "" : " " + verdict)]
            if let limit = comparison.memoryLimitMiB, let peak = result.subjectPeakMiB {
                lines.append(Format.pad("  peak memory of " + subject.command.label, 50)
                    + Format.pad(Format.mib(peak), 11, right: true) + Format.pad("", 19) + "  < " + Format.mib(limit)
                    + (result.memoryMet == true ? " met" : " MISSED"))
            }
            if let check = result.check { lines.append("  output check: " + check.text + (check.passed ? "" : " (FAILED)")) }
            if let note = result.note { lines.append("  " + note) }
            return lines
        }
    }

    /// The same findings as JSON (`--json`): every figure in milliseconds and MiB, verdicts as booleans.
    var json: JSONValue {
        func summary(_ s: Summary) -> JSONValue {
            .object([("median", .double(s.median)), ("p25", .double(s.p25)), ("p75", .double(s.p75)),
                     ("min", .double(s.min)), ("max", .double(s.max)), ("runs", .int(s.count))])
        }
        func measurement(_ m: Measurement) -> JSONValue {
            .object([("label", .string(m.command.label)), ("command", .string(m.command.display)),
                     ("wall_ms", summary(m.wall)), ("cpu_ms", summary(m.cpu)), ("peak_rss_mib", summary(m.memory)),
                     ("stdout_bytes", .int(m.outputBytes))])
        }
        let comparisons: [JSONValue] = results.map { result in
            var members: [(String, JSONValue)] = [
                ("id", .string(result.comparison.id)), ("title", .string(result.comparison.title)),
                ("explanation", .string(result.comparison.explanation)),
                ("target_ratio", result.comparison.targetRatio.map(JSONValue.double) ?? .null),
                ("memory_limit_mib", result.comparison.memoryLimitMiB.map(JSONValue.double) ?? .null),
            ]
            switch result.outcome {
            case .measured(let subject, let baseline):
                members += [("status", .string("measured")), ("subject", measurement(subject)),
                            ("baseline", measurement(baseline)), ("ratio", .double(result.ratio!)),
                            ("ratio_met", result.ratioMet.map(JSONValue.bool) ?? .null),
                            ("memory_met", result.memoryMet.map(JSONValue.bool) ?? .null),
                            ("output_check", .optional(result.check?.text)),
                            ("output_check_passed", result.check.map { .bool($0.passed) } ?? .null), ("note", .optional(result.note))]
            case .skipped(let reason):
                members += [("status", .string("skipped")), ("reason", .string(reason))]
            case .failed(let reason):
                members += [("status", .string("failed")), ("reason", .string(reason))]
            }
            return .object(members)
        }
        let diaryValues: [JSONValue] = diaries.map { role, diary, reused in
            .object([("role", .string(role)), ("episodes", .int(diary.episodes)), ("sessions", .int(diary.sessions)),
                     ("live_breaks", .int(diary.breaks)), ("triggers", .int(diary.triggers)),
                     ("reliefs", .int(diary.reliefs)), ("journal_rows", .int(diary.operations)),
                     ("years", .int(diary.shape.years)), ("bytes", .int(diary.bytes)),
                     ("generation_seconds", reused ? .null : .double(diary.seconds)), ("reused", .bool(reused))])
        }
        return .object([
            ("cramp", .object([("path", .string(crampPath)), ("version", .string(crampVersion)),
                               ("build", .string(crampBuild)), ("static_swift_runtime", .bool(staticRuntime))])),
            ("sqlite3", .object([("path", .string(sqlitePath)), ("version", .string(sqliteVersion))])),
            ("machine", .string(machine)),
            ("other_cpu_cores", .double(otherCPU)),
            ("runs", .int(runs)), ("warmups", .int(warmups)),
            ("seed", .int(Int64(bitPattern: seed))), ("now", .string(now)), ("tz", .string(CentralEuropeanZone.tzName)),
            ("command_line", .string(commandLine)), ("diaries", .array(diaryValues)),
            ("comparisons", .array(comparisons)),
        ])
    }
}
