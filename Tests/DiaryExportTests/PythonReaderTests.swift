import Diary
import Foundation
import Testing
import TestSupport
@testable import DiaryExport

/// Reads our exports with Python's `csv` and `json` modules: an independent reader, so a quoting
/// mistake that our own reader shares with our writer still shows.
@Suite struct PythonReaderTests {
    /// Runs `script` with the file at `path` as its argument and decodes what it prints as JSON.
    private func python(_ script: String, _ path: String) throws -> Any {
        try JSONSerialization.jsonObject(with: try Python.run(script, path))
    }

    private func temporaryFile(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("cramp-export-\(UUID().uuidString).csv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test(arguments: [false, true])
    func pythonCSVReadsTheSameValues(bom: Bool) throws {
        let episodes = Fixture.hostileEpisodes()
        var exporter = EpisodeExporter(sink: "", format: .csv(bom: bom), nightWindow: .standard)
        for episode in episodes { exporter.write(episode) }
        let text = exporter.finish()
        let path = try temporaryFile(text)
        defer { try? FileManager.default.removeItem(atPath: path) }

        let script = """
            import csv, json, sys
            with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
                print(json.dumps(list(csv.reader(f))))
            """
        let rows = try #require(try python(script, path) as? [[String]])
        let ours = CSVReader(bytes: Array(text.utf8)).compactMap { result -> [String]? in
            guard case .record(let record) = result else { return nil }
            return record.fields
        }
        #expect(rows.count == episodes.count + 1)
        #expect(rows.map { $0.map { Array($0.utf8) } } == ours.map { $0.map { Array($0.utf8) } })
        #expect(rows[0] == EpisodeColumn.header)

        let noteColumn = EpisodeColumn.header.firstIndex(of: "note")!
        let numeric: Set<String> = ["id", "duration_s", "intensity"]
        for (row, episode) in zip(rows.dropFirst(), episodes) {
            // Strip the one quote the guard adds, as `cramp import` does.
            var note = row[noteColumn]
            if note.hasPrefix("'") { note.removeFirst() }
            #expect(Array(note.utf8) == Array(episode.note!.utf8))
            for (name, cell) in zip(EpisodeColumn.header, row) {
                if numeric.contains(name) {
                    #expect(cell.isEmpty || Int(cell) != nil, "\(name) \(cell)")
                } else {
                    #expect(!["=", "+", "-", "@", "\t", "\r"].contains(cell.unicodeScalars.first), "\(name) \(cell.debugDescription)")
                }
            }
        }
    }

    @Test func pythonJSONReadsTheSameNotes() throws {
        let episodes = Fixture.hostileEpisodes()
        var exporter = EpisodeExporter(sink: "", format: .json, nightWindow: .standard)
        for episode in episodes { exporter.write(episode) }
        let path = try temporaryFile(exporter.finish())
        defer { try? FileManager.default.removeItem(atPath: path) }

        let script = """
            import json, sys
            with open(sys.argv[1], encoding="utf-8") as f:
                items = json.load(f)
            print(json.dumps([[i["note"], i["triggers"], [r["name"] + ":" + r["outcome"] for r in i["reliefs"]]] for i in items]))
            """
        let items = try #require(try python(script, path) as? [[Any]])
        #expect(items.count == episodes.count)
        for (item, episode) in zip(items, episodes) {
            #expect((item[0] as? String).map { Array($0.utf8) } == Array(episode.note!.utf8))
            #expect(item[1] as? [String] == episode.triggers.map(\.name))
            #expect(item[2] as? [String] == episode.reliefs.map(\.description))
        }
    }
}
