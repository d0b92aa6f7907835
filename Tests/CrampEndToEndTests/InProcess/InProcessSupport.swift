import Diary
import DiaryActions
import Foundation
import Testing

/// Helpers shared by the in-process command tests: runs that must succeed, paths inside the run's folder, and
/// the diary read back through the use-case layer's reader rather than through what a command printed.
extension InProcessCramp {
    /// The pinned "now" (`CRAMP_NOW` 2026-11-21T09:00 in Berlin) as UTC seconds, from Foundation's parser.
    static let pinnedUTC = Oracle.utc("2026-11-21T09:00:00+01:00")

    /// Runs `cramp` and expects exit 0; the comment names the command line and its stderr when it was not.
    @discardableResult
    func ok(_ arguments: [String], stdin: [UInt8] = [], stdout: CapturedOutput = CapturedOutput(),
            sourceLocation: SourceLocation = #_sourceLocation) -> Result {
        let result = run(arguments, stdin: stdin, stdout: stdout)
        #expect(result.status == 0, "cramp \(arguments.joined(separator: " ")) exited \(result.status): \(result.stderr)",
                sourceLocation: sourceLocation)
        return result
    }

    /// An absolute path in the run's folder: a relative `-o` would land in the test process's working directory.
    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// A reader over the diary at `database` (default: this run's), independent of any command's output.
    func reader(_ database: String? = nil) throws -> DiaryReader {
        try Actions(path: database ?? self.database, clock: Clock(nowUTC: Self.pinnedUTC, zone: zone)).reader()
    }

    /// Every stored episode, oldest first, whatever night it belongs to.
    func storedEpisodes(_ database: String? = nil) throws -> [Episode] {
        var episodes: [Episode] = []
        try reader(database).forEachEpisode(fromUTC: .min, toUTC: .max) { episodes.append($0) }
        return episodes
    }

    /// Every stored sitting or standing stretch, oldest first.
    func storedPostureSessions(_ database: String? = nil) throws -> [PostureSession] {
        var sessions: [PostureSession] = []
        try reader(database).forEachPostureSession(fromUTC: .min, toUTC: .max) { sessions.append($0) }
        return sessions
    }

    /// True when something exists at `path`.
    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    /// The names in the run's folder, sorted: a refusal must leave it as it was.
    func names() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    /// The bytes of a file, or nil when there is none.
    func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    /// Writes `text` to a file in the run's folder and returns its path.
    @discardableResult
    func write(_ text: String, to name: String) throws -> String {
        let target = path(name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: target))
        return target
    }

    /// The JSON array a command wrote on stdout (`list --json`, `export --format json`), as objects.
    func jsonArray(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String: Any]] {
        let result = ok(arguments, sourceLocation: sourceLocation)
        let value = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return try #require(value as? [[String: Any]], "not a JSON array of objects: \(result.stdout)",
                            sourceLocation: sourceLocation)
    }

    /// The JSON object a command wrote on stdout (`report --json`).
    func jsonObject(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let result = ok(arguments, sourceLocation: sourceLocation)
        let value = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return try #require(value as? [String: Any], "not a JSON object: \(result.stdout)", sourceLocation: sourceLocation)
    }
}

extension InProcessCramp.Result {
    /// The lines written to stderr, without the empty one after the last newline.
    var messageLines: [String] {
        stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    /// The lines written to stdout.
    var outputLines: [String] {
        stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }
}

/// Expects a usage refusal: exit 64, nothing on stdout, one `cramp: cannot use FIELD` line on stderr.
func expectUsageRefusal(_ result: InProcessCramp.Result, field: String, _ comment: String = "",
                        sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(result.status == 64, "\(comment): exit \(result.status), \(result.stderr)", sourceLocation: sourceLocation)
    #expect(result.stdout.isEmpty, "\(comment): wrote \(result.stdout)", sourceLocation: sourceLocation)
    #expect(result.messageLines.count == 1, "\(comment): \(result.stderr)", sourceLocation: sourceLocation)
    #expect(result.stderr.hasPrefix("cramp: cannot use \(field)"), "\(comment): \(result.stderr)", sourceLocation: sourceLocation)
}
