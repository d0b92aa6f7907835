/// Median and spread of a set of measurements.
struct Summary: Sendable, Equatable {
    let count: Int
    let median: Double
    /// First and third quartiles: half the runs fall between them.
    let p25: Double, p75: Double
    let min: Double, max: Double

    /// Summarizes `values` (not empty); quartiles interpolate linearly between order statistics
    /// (Hyndman & Fan type 7, the default of R and NumPy), so the median of an even count is the
    /// mean of the two middle values.
    init(_ values: [Double]) {
        precondition(!values.isEmpty, "nothing to summarize")
        let sorted = values.sorted()
        count = sorted.count
        median = Summary.quantile(sorted, 0.5)
        p25 = Summary.quantile(sorted, 0.25)
        p75 = Summary.quantile(sorted, 0.75)
        min = sorted[0]
        max = sorted[sorted.count - 1]
    }

    /// The `q` quantile of already sorted values.
    static func quantile(_ sorted: [Double], _ q: Double) -> Double {
        let position = q * Double(sorted.count - 1)
        let below = Int(position)
        let fraction = position - Double(below)
        guard below + 1 < sorted.count else { return sorted[below] }
        return sorted[below] + fraction * (sorted[below + 1] - sorted[below])
    }
}

/// Everything measured for one command over its timed runs.
struct Measurement: Sendable {
    let command: Command
    /// Wall time, milliseconds.
    let wall: Summary
    /// User plus system CPU time, milliseconds.
    let cpu: Summary
    /// Peak resident memory, MiB (the largest of any run is what the targets judge).
    let memory: Summary
    /// Bytes the command wrote to standard output on its last run.
    let outputBytes: Int64

    init(command: Command, samples: [Sample], outputBytes: Int64) {
        self.command = command
        wall = Summary(samples.map { Double($0.wallNanoseconds) / 1e6 })
        cpu = Summary(samples.map { Double($0.userMicroseconds + $0.systemMicroseconds) / 1e3 })
        memory = Summary(samples.map { Double($0.maxRSSKiB) / 1024 })
        self.outputBytes = outputBytes
    }
}
