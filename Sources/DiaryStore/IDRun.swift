/// A run of consecutive ids a command inserted, journaled as one change (`Journal.Operation.inserted(_:ids:)`).
///
/// Why: an import of a million rows journaled one change per row wrote a million `operation_change` rows, a
/// quarter of its store time, and its undo ran a million deletes. The run fits the journal's existing columns:
/// `row_id` stays NULL and `row_key`, which only settings used (by name), holds `FIRST..LAST` for a table keyed
/// by id. Undo deletes every row of the run, and only ids this command inserted are ever in one (an id the
/// diary held before breaks the run), so it reverts the rows exactly. A single row is journaled as before, by
/// `row_id`, so `log` and every journal written earlier read as they always did.
enum IDRun {
    /// `12..5000`.
    static func text(_ ids: ClosedRange<Int64>) -> String { "\(ids.lowerBound)..\(ids.upperBound)" }

    /// The run `text` wrote; nil for anything else (then the journal was altered).
    static func parse(_ text: String) -> ClosedRange<Int64>? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[1].isEmpty, let first = Int64(parts[0]), let last = Int64(parts[2]),
              first >= 1, first < last else { return nil }
        return first...last
    }
}

/// Collects the ids an import inserts into one table, in the order it inserts them, and journals each run of
/// consecutive ids as one change once the run ends (a gap, or `finish`).
public final class InsertedRuns {
    private let operation: Journal.Operation
    private let target: Journal.Target
    private var run: ClosedRange<Int64>?

    /// Runs of `target` rows, journaled into `operation`.
    public init(_ operation: Journal.Operation, _ target: Journal.Target) {
        self.operation = operation
        self.target = target
    }

    /// Notes that row `id` was inserted.
    public func add(_ id: Int64) throws {
        if let current = run, current.upperBound != Int64.max, id == current.upperBound + 1 {
            run = current.lowerBound...id
            return
        }
        try finish()
        run = id...id
    }

    /// Journals the run still open; call once the last row was inserted (before the operation is described).
    public func finish() throws {
        guard let current = run else { return }
        run = nil
        try operation.inserted(target, ids: current)
    }
}
