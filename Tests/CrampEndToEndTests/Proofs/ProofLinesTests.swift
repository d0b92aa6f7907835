import Foundation
import TestSupport
import Testing

/// The `[proof]` rule itself: a proof whose check fails prints no figures. The probes fail on purpose, so they
/// run only inside a child run of this test binary, started by the test below, which reads their output.
@Suite("Proof lines: figures only after every check passed")
struct ProofLinesTests {
    static let probeVariable = "CRAMP_TESTS_PROOF_PROBE"
    static var probing: Bool { ProcessInfo.processInfo.environment[probeVariable] != nil }
    static var canRunChild: Bool { FileManager.default.fileExists(atPath: "/proc/self/exe") }

    @Test(.proof, .enabled(if: probing, "a probe: runs only in the child started by the test below"))
    func proofProbePassing() {
        #expect(1 + 1 == 2)
        proofLine("probe passing: 2 of 2")
    }

    @Test(.proof, .enabled(if: probing, "a probe: runs only in the child started by the test below"))
    func proofProbeFailingExpect() {
        proofLine("probe failing: 41 of 42")
        #expect(1 + 1 == 3, "fails on purpose, in the child only")
    }

    @Test(.proof, .enabled(if: probing, "a probe: runs only in the child started by the test below"))
    func proofProbeFailingRequire() throws {
        proofLine("probe stopped: 40 of 42")
        try #require(Int("forty-two") != nil, "fails on purpose, in the child only")
    }

    @Test(.enabled(if: !probing && canRunChild, "runs the test binary as a child through /proc/self/exe (Linux)"))
    func figuresArePrintedOnlyWhenEveryCheckPassed() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe")
        process.arguments = ["--testing-library", "swift-testing", "--filter", "proofProbe"]
        var environment = ProcessInfo.processInfo.environment
        environment[Self.probeVariable] = "1"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()

        #expect(process.terminationStatus != 0, "the probes fail on purpose: \(text)")
        #expect(text.contains("[proof] probe passing: 2 of 2"), "\(text)")
        #expect(!text.contains("41 of 42") && !text.contains("40 of 42"), "figures printed after a failure: \(text)")
        #expect(text.contains("[proof withheld] proofProbeFailingExpect(): 1 failed check; its figures are not printed"),
                "\(text)")
        #expect(text.contains("[proof withheld] proofProbeFailingRequire(): 1 failed check, then it stopped with an error"),
                "\(text)")
    }
}
