/// How a comparison ended.
enum Outcome: Sendable {
    case measured(subject: Measurement, baseline: Measurement)
    /// The binary lacks the subcommand (not built yet): reported, not an error.
    case skipped(String)
    /// A command failed for another reason: the benchmark exits non-zero.
    case failed(String)
}

/// A comparison with its outcome and verdicts.
struct ComparisonResult: Sendable {
    let comparison: Comparison
    let outcome: Outcome
    /// A check on the outputs (the export's cells, the reports' bytes), when one applies.
    var check: OutputCheck?
    /// A fact that explains the ratio (the rows a report reads), when one applies.
    var note: String? = nil

    /// Subject median over baseline median.
    var ratio: Double? {
        guard case .measured(let subject, let baseline) = outcome else { return nil }
        return subject.wall.median / baseline.wall.median
    }

    /// Whether the ratio meets the target; nil without a target or a measurement.
    var ratioMet: Bool? {
        guard let ratio, let target = comparison.targetRatio else { return nil }
        return ratio <= target
    }

    /// The subject's largest peak memory over all runs, MiB.
    var subjectPeakMiB: Double? {
        guard case .measured(let subject, _) = outcome else { return nil }
        return subject.memory.max
    }

    /// Whether the subject stayed under its memory limit; nil without a limit or a measurement.
    var memoryMet: Bool? {
        guard let peak = subjectPeakMiB, let limit = comparison.memoryLimitMiB else { return nil }
        return peak < limit
    }
}

/// Runs comparisons: warm-up runs first, then timed runs alternating subject and baseline so that
/// drift (a busy neighbour, a CPU clocking down) lands on both sides alike.
struct ComparisonRunner {
    let runner: ProcessRunner
    let runs: Int
    let warmups: Int
    /// The subcommands `cramp --help` lists.
    let subcommands: Set<String>
    /// Where progress goes (standard error).
    let progress: (String) -> Void

    func measure(_ comparison: Comparison) throws -> ComparisonResult {
        if let missing = comparison.requires.first(where: { !subcommands.contains($0) }) {
            progress("skipping \(comparison.title): no `cramp \(missing)` yet")
            return ComparisonResult(
                comparison: comparison, outcome: .skipped("this cramp has no `\(missing)` subcommand yet"), check: nil)
        }
        progress("measuring \(comparison.title)")
        // A pair with its own run count (a slow one) gets one warm-up.
        for _ in 0..<(comparison.runs == nil ? max(1, warmups) : 1) {
            for command in [comparison.subject, comparison.baseline] {
                let sample = try runner.run(command)
                if let problem = failure(sample, command) {
                    return ComparisonResult(comparison: comparison, outcome: problem, check: nil)
                }
            }
        }
        var subject: [Sample] = [], baseline: [Sample] = []
        for run in 0..<(comparison.runs.map { min($0, runs) } ?? runs) {
            let order = run % 2 == 0 ? [true, false] : [false, true]
            for isSubject in order {
                let command = isSubject ? comparison.subject : comparison.baseline
                let sample = try runner.run(command)
                if let problem = failure(sample, command) {
                    return ComparisonResult(comparison: comparison, outcome: problem, check: nil)
                }
                if isSubject { subject.append(sample) } else { baseline.append(sample) }
            }
        }
        return ComparisonResult(
            comparison: comparison,
            outcome: .measured(
                subject: Measurement(command: comparison.subject, samples: subject,
                                     outputBytes: Files.size(comparison.subject.stdoutPath)),
                baseline: Measurement(command: comparison.baseline, samples: baseline,
                                      outputBytes: Files.size(comparison.baseline.stdoutPath))),
            check: nil)
    }

    /// Nil for a clean exit, else what went wrong.
    private func failure(_ sample: Sample, _ command: Command) -> Outcome? {
        guard sample.exitStatus != 0 || sample.signal != 0 else { return nil }
        let stderr = (try? Files.readText(command.stderrPath)) ?? ""
        let firstLine = stderr.split(separator: "\n").first.map(String.init) ?? ""
        if sample.signal != 0 { return .failed("\(command.label) was killed by signal \(sample.signal)") }
        return .failed("\(command.label) exited with \(sample.exitStatus): \(firstLine)")
    }

    /// The subcommand names in `cramp --help` output (the indented first words under SUBCOMMANDS).
    static func subcommands(inHelp help: String) -> Set<String> {
        var names = Set<String>()
        var inSection = false
        for line in help.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("SUBCOMMANDS:") { inSection = true; continue }
            guard inSection else { continue }
            if !line.hasPrefix(" ") {
                if !line.isEmpty { inSection = false }
                continue
            }
            // A name starts two spaces in; wrapped help text is indented further, and names are lower case.
            guard line.hasPrefix("  "), !line.hasPrefix("   ") else { continue }
            if let word = line.split(separator: " ").first, word.allSatisfy({ $0.isLowercase || $0 == "-" }) {
                names.insert(String(word))
            }
        }
        return names
    }
}
