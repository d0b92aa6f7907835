/// Thrown from inside a row loop to stop reading the diary once the output cannot be written.
struct OutputStopped: Error {}

extension OutputSink {
    /// Throws `OutputStopped` once a write failed, so the row loop stops reading the diary.
    func stopIfFailed() throws {
        if failed { throw OutputStopped() }
    }
}
