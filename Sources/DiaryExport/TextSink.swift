/// Where streamed exports go: the CLI supplies a buffered stdout or file sink, tests use a `String`.
///
/// Writers call `write` once per row (or less), so memory stays flat however large the diary is.
/// Write failures (a full disk, a closed pipe) are the sink's to record and report when it is flushed.
public protocol TextSink {
    /// Appends `text` to the output.
    mutating func write(_ text: String)
}

/// A `String` collects everything written, which is what tests and small outputs want.
extension String: TextSink {}
