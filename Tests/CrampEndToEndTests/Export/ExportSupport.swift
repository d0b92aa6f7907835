import Foundation
import Testing
import TestSupport

/// Diaries and readers shared by the export, import and summary tests.
enum ExportFixture {
    /// Notes a spreadsheet could take for formulas, or a CSV writer could break on.
    static let hostileNotes = [
        "=HYPERLINK(\"http://evil.example/?x=1\",\"click me\")",
        "-2+3",
        "@SUM(A1:A9)",
        "+49 30 1234",
        "\tstarts with a tab",
        "commas, \"double quotes\", and ; semicolons",
        "line one\nline two\r\nline three",
        "emoji 🦵😖, accents ñé, 日本語",
        "'starts with a quote",
        "  spaces around  ",
        "=1+2\n=3+4",
    ]

    /// One date per hostile note.
    static let dates = [
        "2026-09-01", "2026-09-08", "2026-09-15", "2026-09-22", "2026-09-29", "2026-10-06", "2026-10-13",
        "2026-10-20", "2026-10-27", "2026-11-03", "2026-11-10",
    ]

    /// Logs one episode per hostile note (with triggers and reliefs in own words that begin with formula
    /// characters too), on distinct nights and both sides of the summer-time change; returns the notes in
    /// the order the export lists them (by start time).
    @discardableResult
    static func logHostileDiary(_ cramp: CrampRun) throws -> [String] {
        var logged: [(at: String, note: String)] = []
        for (index, note) in hostileNotes.enumerated() {
            // A week apart, from summer time (+02:00) across the change on 2026-10-25 into winter time (+01:00).
            let at = "\(dates[index]) 03:\(10 + index)"
            var arguments = ["log", index % 2 == 0 ? "left" : "right", "calf", "\(60 + index)s", "--at", at,
                             "--note", note]
            if index == 0 { arguments += ["--trigger", "=cmd|' /C calc'!A0", "--trigger", "standing", "--relief=-walk:helped",
                                            "--new-name"] }  // "-walk" is close to "walk" (issue 13): kept as typed
            if index == 1 { arguments += ["--trigger", "@home; on the sofa", "--relief", "stretch:partly", "--woke", "7/10"] }
            let result = try cramp.run(arguments)
            try #require(result.status == 0, "log failed: \(result.stderr)")
            logged.append((at, note))
        }
        return logged.sorted { $0.at < $1.at }.map(\.note)
    }

    /// Runs Python's `csv` module on `path` and returns the rows (a real, independent CSV reader).
    static func pythonCSV(_ path: String) throws -> [[String]] {
        let script = """
            import csv, json, sys
            with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
                print(json.dumps(list(csv.reader(f))))
            """
        return try #require(try JSONSerialization.jsonObject(with: try Python.run(script, path)) as? [[String]])
    }
}

extension CrampRun {
    /// A path inside the test's folder.
    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// Runs `cramp` through `bash -c`, so a test can redirect or pipe its output; `$CRAMP` names the binary.
    func shell(_ script: String) throws -> Result {
        try run(["-c", script], environment: ["CRAMP": CrampRun.binary.path],
                executable: URL(fileURLWithPath: "/bin/bash"))
    }
}
