import Foundation
import TestSupport
import Testing

@Suite("Proof: private files, and no network")
struct PrivacyProofTests {
    /// Calls that reach the network; none may be imported by the binary. `socketpair` is not listed: it makes
    /// two connected local (AF_UNIX) endpoints that cannot reach any network, and the Swift runtime's crash
    /// handler imports it once the runtime is linked in statically (`--static-swift-stdlib`).
    static let networkCalls: Set<String> = [
        "socket", "connect", "bind", "listen", "accept", "accept4", "send", "sendto", "sendmsg", "recv",
        "recvfrom", "recvmsg", "getaddrinfo", "gethostbyname", "gethostbyname2", "gethostbyaddr", "getnameinfo",
        "res_query", "res_search", "curl_easy_init", "curl_easy_perform", "SSL_connect",
    ]

    /// Libraries that bring networking.
    static let networkLibraries = ["libFoundationNetworking", "libcurl", "libssl", "libnghttp", "libresolv"]

    static func output(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test(.proof, .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/nm") && FileManager.default.isExecutableFile(atPath: "/usr/bin/ldd"),
                   "needs nm and ldd (binutils, libc-bin)"))
    func theBinaryCanMakeNoNetworkConnection() throws {
        let binary = CrampRun.binary.path
        let imported = try Self.output("/usr/bin/nm", ["-D", "--undefined-only", binary])
            .split(separator: "\n").compactMap { $0.split(separator: " ").last.map { String($0.split(separator: "@").first ?? $0) } }
        try #require(imported.contains("sqlite3_open_v2"), "nm did not list the binary's imports")
        let network = imported.filter(Self.networkCalls.contains)
        #expect(network.isEmpty, "the binary imports \(network)")
        let libraries = try Self.output("/usr/bin/ldd", [binary])
        let networkLibraries = Self.networkLibraries.filter(libraries.contains)
        #expect(networkLibraries.isEmpty, "the binary links \(networkLibraries)")
        proofLine("no network: cramp imports \(imported.count) symbols, none of \(Self.networkCalls.count) socket/DNS/HTTP calls; "
            + "links no networking library (\(Self.networkLibraries.joined(separator: ", ")))")
    }

    @Test(.proof) func theSourcesUseNoNetworkingAPI() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String })
            .filter { $0.hasSuffix(".swift") || $0.hasSuffix(".h") }
        try #require(files.count > 20)
        let forbidden = ["FoundationNetworking", "URLSession", "URLRequest", "import Network", "socket(", "connect(",
                         "getaddrinfo", "gethostbyname", "CFNetwork", "NWConnection"]
        var found: [String] = []
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            found += forbidden.filter(text.contains).map { "\(file): \($0)" }
        }
        #expect(found.isEmpty, "\(found)")
        proofLine("no network: \(files.count) source files mention none of \(forbidden.joined(separator: ", "))")
    }

    @Test(.proof) func diaryBackupsAndTheirFoldersAreOwnerOnly() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        let path = cramp.folder.appendingPathComponent("data/cramp/cramp.db").path
        let logged = try cramp.run(["log", "left", "calf", "2m", "--db", path])
        try #require(logged.status == 0, "\(logged.stderr)")
        let backup = try cramp.run(["backup", "--db", path])
        try #require(backup.status == 0, "\(backup.stderr)")
        let copy = backup.stdout.trimmingCharacters(in: .newlines)
        let explicit = cramp.folder.appendingPathComponent("copy.db").path
        #expect(try cramp.run(["backup", "-o", explicit, "--db", path]).status == 0)
        func mode(_ path: String) throws -> Int {
            (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! NSNumber).intValue & 0o777
        }
        #expect(try mode(path) == 0o600)
        #expect(try mode(copy) == 0o600)
        #expect(try mode(explicit) == 0o600)
        #expect(try mode(cramp.folder.appendingPathComponent("data/cramp").path) == 0o700)
        #expect(try mode(cramp.folder.appendingPathComponent("data").path) == 0o700)
        #expect(try mode(cramp.folder.appendingPathComponent("data/cramp/backups").path) == 0o700)
        proofLine("file modes through the binary: diary, backup and -o copy 0600; created folders and backups folder 0700")
    }
}
