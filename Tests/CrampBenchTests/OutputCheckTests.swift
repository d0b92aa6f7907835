import Foundation
import Testing
@testable import CrampBench

/// A comparison whose two sides did different work must fail the benchmark, not print a ratio.
@Suite struct OutputCheckTests {
    private func write(_ text: String, _ name: String, in folder: TemporaryFolder) throws -> String {
        let path = folder.path + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func identicalReportsPassAndCountTheirLines() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let report = "Cramp diary report\n3 nocturnal cramps\nno clear link\n"
        let check = try ReportCheck.compare(try write(report, "a", in: folder), try write(report, "b", in: folder))
        #expect(check.passed)
        #expect(check.text == "the same report, 3 lines, byte for byte")
    }

    @Test func reportsThatDifferFailAndNameTheFirstDifferentLine() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let check = try ReportCheck.compare(try write("header\n3 nocturnal cramps\nend\n", "a", in: folder),
                                            try write("header\n4 nocturnal cramps\nend\n", "b", in: folder))
        #expect(!check.passed)
        #expect(check.text.contains("differ from line 2"))
        let shorter = try ReportCheck.compare(try write("header\n", "c", in: folder), try write("header\nmore\n", "d", in: folder))
        #expect(!shorter.passed)
    }

    @Test func exportsThatDifferInOneCellFail() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let same = try ExportCheck.compare(crampPath: try write("id,leg\r\n1,left\r\n", "a", in: folder),
                                           sqlitePath: try write("id,leg\n1,left\n", "b", in: folder))
        #expect(same.passed)
        let different = try ExportCheck.compare(crampPath: try write("id,leg\r\n1,left\r\n", "c", in: folder),
                                                sqlitePath: try write("id,leg\n1,right\n", "d", in: folder))
        #expect(!different.passed)
        #expect(different.text.contains("row 2, column 2"))
    }
}
