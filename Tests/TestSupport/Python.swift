import Foundation

/// Python 3 as an independent reader in tests: its `csv`, `json` and `xml` modules share no code with ours,
/// so a mistake our reader shares with our writer still shows.
public enum Python {
    /// python3 exited with a failure status (its message went to the test's standard error).
    public struct Failed: Error, CustomStringConvertible {
        public let status: Int32
        public var description: String { "python3 exited with status \(status)" }
    }

    /// Runs `python3 -c script arguments...` and returns what it printed.
    public static func run(_ script: String, _ arguments: String...) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failed(status: process.terminationStatus) }
        return data
    }
}
