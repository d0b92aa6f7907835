import Diary
@testable import DiaryStore
import Foundation
import TestSupport
import Testing

@Suite("Robustness: privacy")
struct RobustnessPrivacyTests {
    /// The diary, its WAL and shared-memory files and its backups are the owner's alone, even when the
    /// process started with a permissive umask.
    @Test(.proof) func diaryWalShmAndBackupsAreOwnerOnly() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        umask(0o022)
        let folder = scratch.path + "/data/cramp"
        let path = folder + "/cramp.db"
        let file = try #require(try DiaryFile.open(path: path, create: true))
        try Diaries.log(3, into: file)
        // While the connection is open the WAL and shared-memory files exist.
        let modes = try [path, path + "-wal", path + "-shm"].map { ($0, try ScratchFolder.mode($0)) }
        for (name, mode) in modes { #expect(mode == 0o600, "\(name) is \(String(mode, radix: 8))") }
        #expect(try ScratchFolder.mode(folder) == 0o700)
        #expect(try ScratchFolder.mode(scratch.path + "/data") == 0o700)
        let copy = try Backup.make(diaryAt: path, nowUTC: 1_795_000_000)
        #expect(try ScratchFolder.mode(copy.path) == 0o600)
        #expect(try ScratchFolder.mode(Backup.folder(forDiary: path)) == 0o700)
        proofLine("file modes: diary, -wal, -shm and backup 0600; diary folder and backups folder 0700 (umask was 022)")
    }

    /// Every SQL statement binds its values: no string-built SQL outside a short, reviewed list.
    @Test(.proof) func sqlIsNeverBuiltFromValues() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String })
            // cramp-bench is a developer tool, not the product: it writes literal INSERTs of generated numbers on
            // purpose, to time the sqlite3 command line against cramp. Everything a person runs is checked.
            .filter { $0.hasSuffix(".swift") && !$0.hasPrefix("CrampBench/") }.sorted()
        try #require(files.count > 20, "the Sources folder was not found at \(sources.path)")
        var findings: [SQLLint.Finding] = []
        var statements = 0
        var allowedUses = 0
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            let result = SQLLint.check(text, file: file)
            findings += result.findings
            statements += result.sqlLiterals
            allowedUses += result.allowedUses
        }
        for finding in findings { Issue.record("\(finding)") }
        proofLine("SQL lint: \(files.count) source files, \(statements) SQL string literals, "
            + "\(allowedUses) reviewed interpolations of schema names or constants, \(findings.count) string-built values")
        #expect(statements > 40)
    }

    /// The lint itself must catch what it is for, or its passing means nothing.
    @Test func theLintCatchesStringBuiltSQL() {
        let planted = #"""
            func bad(db: Database, note: String, id: Int) throws {
                try db.run("UPDATE episode SET note = '\(note)' WHERE id = ?", id)
                try db.run("SELECT * FROM episode WHERE id = " + String(id))
                let q = """
                    DELETE FROM episode WHERE note = '\(note.lowercased())'
                    """
                // A comment with "SELECT \(note)" is not code.
                try db.run("SELECT count(*) FROM episode WHERE note = ?", note)
                // Names from a column enum pass; the same shape on anything else does not.
                try db.run("SELECT \(EpisodeTable.selectList) FROM \(EpisodeTable.table) WHERE id = ?", id)
                try db.run("SELECT \(input.selectList) FROM \(input.table) WHERE \(Note.text.columnName) = ?", id)
            }
            """#
        let result = SQLLint.check(planted, file: "Planted/Bad.swift")
        #expect(result.findings.map(\.expression) == [
            "note", "String(id)", "note.lowercased()", "input.selectList", "input.table", "Note.text.columnName",
        ])
        #expect(result.sqlLiterals == 6)
    }
}

/// A small scanner for Swift string literals that look like SQL and interpolate or concatenate values.
enum SQLLint {
    struct Finding: CustomStringConvertible {
        let file: String
        let line: Int
        let expression: String
        var description: String {
            "\(file):\(line): SQL built from `\(expression)`; bind it with ? instead (or, for a schema name from an enum, add it to the reviewed list in RobustnessPrivacyTests)"
        }
    }

    /// Interpolations reviewed by hand: each inserts a table or column name from a fixed list in the code,
    /// SQL assembled from those names, or a migration number, never a value a person typed.
    static let reviewed: Set<String> = [
        // Journal: table and column names from `Journal.Layout` (built from the column enums), and SQL
        // fragments built from them.
        "DiaryStore/Journal.swift: Journal.snapshot(layout)",
        "DiaryStore/Journal.swift: layout.table",
        "DiaryStore/Journal.swift: layout.key",
        "DiaryStore/Journal.swift: layout.columns.joined(separator: \", \")",
        "DiaryStore/Journal.swift: values",
        "DiaryStore/Journal.swift: child.table",
        "DiaryStore/Journal.swift: child.owner",
        "DiaryStore/Journal.swift: child.columns.joined(separator: \", \")",
        "DiaryStore/Journal.swift: picks",
        "DiaryStore/Journal.swift: array",
        // EpisodeRepository.read: the fixed WHERE/ORDER BY fragments written in that file.
        "DiaryStore/EpisodeRepository.swift: condition",
        "DiaryStore/EpisodeRepository.swift: order",
        // Columns: the one INSERT of every column, with the names of whichever table enum it is given.
        "DiaryStore/Columns.swift: Table.table",
        "DiaryStore/Columns.swift: Table.selectList",
        "DiaryStore/Columns.swift: Table.placeholders",
        // Migrator: PRAGMA takes no parameters; the number comes from the compiled-in catalogue.
        "DiaryStore/Migrator.swift: migration.version",
    ]

    /// The SELECT lists of the store: the column enum of every table (`Schema.tables`), and the lists of
    /// computed or pragma results declared beside the query that reads them.
    static let selectLists = Set(Schema.tables.map { String(describing: $0) }
        + ["Outline", "BrokenLink", "SchemaObject", "VersionAndObjects"])

    /// A name or list from a column enum: `EpisodeTable.table`, `EpisodeTable.selectList`,
    /// `EpisodeTable.selectList(alias: "e")`, `EpisodeTable.placeholders`, `EpisodeTable.startUTC.columnName`.
    static let fromSelectList = try! NSRegularExpression(
        pattern: #"^(\w+)\.(table|selectList|selectList\(alias: "\w+"\)|placeholders|\w+\.columnName)$"#)

    /// True when `expression` only names schema text taken from one of `selectLists`.
    static func isFromSelectList(_ expression: String) -> Bool {
        let range = NSRange(expression.startIndex..., in: expression)
        guard let match = fromSelectList.firstMatch(in: expression, range: range),
              let owner = Range(match.range(at: 1), in: expression) else { return false }
        return selectLists.contains(String(expression[owner]))
    }

    /// Constants a SQL literal may be joined to with `+`: fixed SELECT lists.
    static let reviewedConcatenations: Set<String> = ["Self.select", "EpisodeRepository.select", "PostureRepository.select"]

    static let keywords = try! NSRegularExpression(
        pattern: #"\b(SELECT|INSERT|UPDATE|DELETE|PRAGMA|CREATE|DROP|ALTER|VACUUM|ATTACH|WHERE|VALUES|FROM)\b"#)

    struct Result {
        var findings: [Finding] = []
        var sqlLiterals = 0
        var allowedUses = 0
    }

    static func check(_ source: String, file: String) -> Result {
        var result = Result()
        let module = file.split(separator: "/").suffix(2).joined(separator: "/")
        for literal in literals(in: Array(source)) {
            let text = literal.text
            guard keywords.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil else { continue }
            result.sqlLiterals += 1
            for expression in literal.interpolations {
                if reviewed.contains("\(module): \(expression)") || isFromSelectList(expression) {
                    result.allowedUses += 1
                } else {
                    result.findings.append(Finding(file: file, line: literal.line, expression: expression))
                }
            }
            for operand in literal.joinedOperands where !reviewedConcatenations.contains(operand) {
                result.findings.append(Finding(file: file, line: literal.line, expression: operand))
            }
        }
        return result
    }

    struct Literal {
        var text = ""
        var interpolations: [String] = []
        /// Non-literal operands joined to this literal with `+`.
        var joinedOperands: [String] = []
        var line = 1
    }

    /// The string literals of a Swift source, outside comments, with their interpolated expressions.
    static func literals(in chars: [Character]) -> [Literal] {
        var found: [Literal] = []
        var i = 0
        var line = 1
        func at(_ k: Int) -> Character? { k < chars.count ? chars[k] : nil }
        while i < chars.count {
            let c = chars[i]
            if c == "\n" { line += 1 }
            if c == "/" && at(i + 1) == "/" {
                while i < chars.count && chars[i] != "\n" { i += 1 }
                continue
            }
            if c == "/" && at(i + 1) == "*" {
                i += 2
                while i < chars.count && !(chars[i] == "*" && at(i + 1) == "/") {
                    if chars[i] == "\n" { line += 1 }
                    i += 1
                }
                i += 2
                continue
            }
            var hashes = 0
            while at(i + hashes) == "#" { hashes += 1 }
            guard at(i + hashes) == "\"" else {
                i += 1
                continue
            }
            let start = i
            let multiline = at(i + hashes + 1) == "\"" && at(i + hashes + 2) == "\""
            i += hashes + (multiline ? 3 : 1)
            var literal = Literal(line: line)
            let escape = "\\" + String(repeating: "#", count: hashes)
            while i < chars.count {
                if matches(chars, i, escape) {
                    let after = i + escape.count
                    if at(after) == "(" {
                        let end = closingParenthesis(chars, from: after)
                        literal.interpolations.append(String(chars[(after + 1)..<end]).trimmingCharacters(in: .whitespaces))
                        literal.text += "\u{1}"
                        i = end + 1
                    } else {
                        literal.text += String(chars[i..<min(after + 1, chars.count)])
                        i = after + 1
                    }
                    continue
                }
                let closing = (multiline ? "\"\"\"" : "\"") + String(repeating: "#", count: hashes)
                if matches(chars, i, closing) {
                    i += closing.count
                    break
                }
                if chars[i] == "\n" { line += 1 }
                literal.text.append(chars[i])
                i += 1
            }
            literal.joinedOperands = operands(chars, before: start) + operands(chars, after: i)
            found.append(literal)
        }
        return found
    }

    private static func matches(_ chars: [Character], _ index: Int, _ text: String) -> Bool {
        var k = index
        for ch in text {
            guard k < chars.count, chars[k] == ch else { return false }
            k += 1
        }
        return true
    }

    /// Index of the `)` closing the `(` at `open`, skipping nested parentheses and simple string literals.
    private static func closingParenthesis(_ chars: [Character], from open: Int) -> Int {
        var depth = 0
        var k = open
        var inString = false
        while k < chars.count {
            let ch = chars[k]
            if inString {
                if ch == "\\" { k += 2; continue }
                if ch == "\"" { inString = false }
            } else if ch == "\"" {
                inString = true
            } else if ch == "(" {
                depth += 1
            } else if ch == ")" {
                depth -= 1
                if depth == 0 { return k }
            }
            k += 1
        }
        return chars.count - 1
    }

    /// The operand before a `+` that precedes the literal at `index`, unless it is itself a literal.
    private static func operands(_ chars: [Character], before index: Int) -> [String] {
        var k = index - 1
        while k >= 0 && chars[k].isWhitespace { k -= 1 }
        guard k >= 0, chars[k] == "+", k == 0 || chars[k - 1] != "+" else { return [] }
        k -= 1
        while k >= 0 && chars[k].isWhitespace { k -= 1 }
        guard k >= 0, chars[k] != "\"" else { return [] }
        let end = k
        var depth = 0
        while k >= 0 {
            let ch = chars[k]
            if ch == ")" { depth += 1 } else if ch == "(" { if depth == 0 { break }; depth -= 1 }
            else if depth == 0 && !(ch.isLetter || ch.isNumber || ch == "_" || ch == ".") { break }
            k -= 1
        }
        return [String(chars[(k + 1)...end])]
    }

    /// The operand after a `+` that follows a literal ending before `index`, unless it is itself a literal.
    private static func operands(_ chars: [Character], after index: Int) -> [String] {
        var k = index
        while k < chars.count && (chars[k] == " " || chars[k] == "\t") { k += 1 }
        guard k < chars.count, chars[k] == "+", k + 1 < chars.count, chars[k + 1] != "=" else { return [] }
        k += 1
        while k < chars.count && chars[k].isWhitespace { k += 1 }
        guard k < chars.count, chars[k] != "\"", chars[k] != "#" else { return [] }
        let start = k
        var depth = 0
        while k < chars.count {
            let ch = chars[k]
            if ch == "(" { depth += 1 } else if ch == ")" { if depth == 0 { break }; depth -= 1 }
            else if depth == 0 && !(ch.isLetter || ch.isNumber || ch == "_" || ch == ".") { break }
            k += 1
        }
        return [String(chars[start..<k])]
    }
}
