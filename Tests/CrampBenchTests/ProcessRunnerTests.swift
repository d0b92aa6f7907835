import Foundation
import Testing
@testable import CrampBench

@Suite struct ProcessRunnerTests {
    let runner = ProcessRunner(launcher: productsFolder + "/cramp-bench-spawn")

    private func command(_ program: String, _ arguments: [String], in folder: TemporaryFolder) -> Command {
        Command(label: program, program: program, arguments: arguments, environment: ["PATH": "/usr/bin:/bin"],
                stdoutPath: folder.path + "/out", stderrPath: folder.path + "/err")
    }

    @Test func reportsTheExitStatusAndCapturesOutput() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let sample = try runner.run(command("/bin/sh", ["-c", "echo hello; echo oops >&2; exit 3"], in: folder))
        #expect(sample.exitStatus == 3)
        #expect(sample.signal == 0)
        #expect(sample.wallNanoseconds > 0)
        #expect(try String(contentsOfFile: folder.path + "/out", encoding: .utf8) == "hello\n")
        #expect(try String(contentsOfFile: folder.path + "/err", encoding: .utf8) == "oops\n")
    }

    @Test func passesOnlyTheGivenEnvironment() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        var probe = command("/bin/sh", ["-c", "echo \"$CRAMP_NOW|$HOME\""], in: folder)
        probe = Command(label: probe.label, program: probe.program, arguments: probe.arguments,
                        environment: ["CRAMP_NOW": "2026-11-21T09:00"], stdoutPath: probe.stdoutPath,
                        stderrPath: probe.stderrPath)
        _ = try runner.run(probe)
        #expect(try String(contentsOfFile: folder.path + "/out", encoding: .utf8) == "2026-11-21T09:00|\n")
    }

    @Test func peakMemoryIsTheChildsOwnNotTheBenchmarks() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        // Make this process large: a child forked by it directly would be charged at least this much.
        let ballast = [UInt8](repeating: 1, count: 64 << 20)
        let small = try runner.run(command("/bin/true", [], in: folder))
        #expect(small.exitStatus == 0)
        #expect(small.maxRSSKiB > 0 && small.maxRSSKiB < 16 * 1024, "\(small.maxRSSKiB) KiB for /bin/true")
        // And a child that really touches 48 MiB is reported at 48 MiB or more.
        let big = try runner.run(command("python3", ["-c", "x = b'x' * (48 << 20)"], in: folder))
        #expect(big.exitStatus == 0)
        #expect(big.maxRSSKiB >= 48 * 1024, "\(big.maxRSSKiB) KiB")
        #expect(ballast.count == 64 << 20)
    }

    @Test func aMissingProgramIsReportedAsExit127() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let sample = try runner.run(command("/nonexistent/program", [], in: folder))
        #expect(sample.exitStatus == 127)
    }
}
