// A release build of the package (the README's install step) builds this target too, where the Testing module
// is not on the search path; the rule exists only where tests are built.
#if canImport(Testing)
import Foundation
import Testing

// The rule for `[proof]` lines, in one place: figures are printed only after every check they summarise has
// passed. A test that prints figures carries the `.proof` trait and hands its lines to `proofLine(_:)`
// instead of printing them. When the test ends, its lines are printed if no issue was recorded in it (no
// failed `#expect` or `#require`, no `Issue.record`) and it threw nothing; otherwise it prints one
// `[proof withheld]` line and no figures.
//
// It lives in TestSupport so every test target keeps the same rule.

/// Collects a test's proof lines and counts the failures recorded while it runs.
final class ProofLines: @unchecked Sendable {
    /// The lines of the `.proof` test running in this task, if any.
    @TaskLocal static var current: ProofLines?

    private let lock = NSLock()
    private var lines: [String] = []
    private var failures = 0

    func add(_ line: String) { lock.withLock { lines.append(line) } }

    func noteFailure() { lock.withLock { failures += 1 } }

    /// Prints the lines, or says why they are withheld.
    func finish(_ test: Test, threw: Bool) {
        let (lines, failures) = lock.withLock { (self.lines, self.failures) }
        guard failures > 0 || threw else {
            for line in lines { print("[proof] " + line) }
            return
        }
        var why = "\(failures) failed \(failures == 1 ? "check" : "checks")"
        if threw { why += failures == 0 ? " but it stopped with an error" : ", then it stopped with an error" }
        print("[proof withheld] \(test.name): \(why); its figures are not printed")
    }
}

/// The `.proof` trait: see the top of this file.
public struct ProofTrait: TestTrait, TestScoping {
    public func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        let proof = ProofLines()
        // Sees every issue the test records, and passes each on unchanged.
        let counting = IssueHandlingTrait.compactMapIssues { issue in
            if issue.isFailure { proof.noteFailure() }
            return issue
        }
        do {
            try await ProofLines.$current.withValue(proof) {
                try await counting.provideScope(for: test, testCase: testCase, performing: function)
            }
        } catch {
            proof.finish(test, threw: true)
            throw error
        }
        proof.finish(test, threw: false)
    }
}

extension Trait where Self == ProofTrait {
    /// Prints the test's `proofLine`s only if none of its checks failed.
    public static var proof: Self { ProofTrait() }
}

/// Hands a line of figures (without the `[proof] ` prefix) to the running `.proof` test, which prints it when the
/// test ends without a failure. Outside such a test the line is refused as a test failure.
public func proofLine(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) {
    guard let proof = ProofLines.current else {
        Issue.record("proofLine outside a test with the .proof trait: \(line)", sourceLocation: sourceLocation)
        return
    }
    proof.add(line)
}
#endif
