/// Writes a JSON array one element at a time, so a long export never sits in memory whole.
///
/// Layout: `[`, then one compact element per line, then `]` and a newline (`[]` when empty);
/// each line diffs on its own.
public struct JSONArrayWriter<Sink: TextSink> {
    /// The sink, holding everything written so far.
    public private(set) var sink: Sink
    private var count = 0

    /// Creates a writer and writes the opening `[`.
    public init(sink: Sink) {
        self.sink = sink
        self.sink.write("[")
    }

    /// Writes one element.
    public mutating func append(_ value: JSONValue) {
        sink.write((count == 0 ? "\n" : ",\n") + value.compact)
        count += 1
    }

    /// Writes the closing `]` and a newline; call once, after the last element.
    public mutating func finish() {
        sink.write(count == 0 ? "]\n" : "\n]\n")
    }
}
