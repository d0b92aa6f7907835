import Foundation
import Testing

/// Independent oracles and checks shared by the foundation end-to-end tests.
///
/// Expected instants come from Foundation's ISO 8601 parser and Foundation's own tz database reader,
/// never from the `Diary` code under test.
enum Oracle {
    /// UTC seconds of an ISO 8601 moment with an explicit offset.
    static func utc(_ iso: String) -> Int64 {
        guard let date = ISO8601DateFormatter().date(from: iso) else { fatalError("bad ISO 8601 in a test: \(iso)") }
        return Int64(date.timeIntervalSince1970)
    }

    /// The Europe/Berlin offset in force at a UTC instant, as Foundation reads the tz database.
    static func berlinOffset(_ utc: Int64) -> Int {
        TimeZone(identifier: "Europe/Berlin")!.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(utc)))
    }
}

extension CrampRun {
    /// Every file under the run's folder with its bytes: a whole-folder snapshot to prove nothing was written.
    func snapshot() -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.path
        guard let walker = FileManager.default.enumerator(atPath: base) else { return files }
        while let relative = walker.nextObject() as? String {
            var isFolder: ObjCBool = false
            let path = base + "/" + relative
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
                files[relative] = isFolder.boolValue ? Data("<folder>".utf8) : (FileManager.default.contents(atPath: path) ?? Data())
            }
        }
        return files
    }

    /// Runs `cramp` and expects success; returns the result.
    @discardableResult
    func ok(_ arguments: [String], stdin: Data? = nil, now: String? = nil, environment: [String: String] = [:],
            sourceLocation: SourceLocation = #_sourceLocation) throws -> Result {
        let result = try run(arguments, stdin: stdin, now: now, environment: environment)
        #expect(result.status == 0, "cramp \(arguments.joined(separator: " ")) failed: \(result.stderr)",
                sourceLocation: sourceLocation)
        return result
    }

    /// One query's single line of output (`a|b|c`), or nil when it returned no row.
    func row(_ query: String, database: String? = nil) throws -> String? {
        try sql(query, database: database).first
    }

    /// File mode bits of a path (0o600...).
    func permissions(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }
}

extension CrampRun.Result {
    /// The lines written to stderr.
    var messageLines: [Substring] { stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast() }
}

/// Expects the promised refusal: exit 64, nothing on stdout, exactly one stderr line naming the field,
/// the value and what is accepted.
func expectRefusal(
    _ result: CrampRun.Result, field: String, value: String?, _ comment: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(result.status == 64, "\(comment): exit \(result.status), \(result.stderr)", sourceLocation: sourceLocation)
    #expect(result.stdout.isEmpty, "\(comment): wrote to stdout: \(result.stdout)", sourceLocation: sourceLocation)
    #expect(result.messageLines.count == 1, "\(comment): expected one line, got \(result.stderr)", sourceLocation: sourceLocation)
    let prefix = value.map { "cramp: cannot use \(field) \"\($0)\": accepted: " } ?? "cramp: cannot use \(field) "
    #expect(result.stderr.hasPrefix(prefix), "\(comment): \(result.stderr)", sourceLocation: sourceLocation)
    #expect(result.stderr.contains("accepted: "), "\(comment): \(result.stderr)", sourceLocation: sourceLocation)
}
