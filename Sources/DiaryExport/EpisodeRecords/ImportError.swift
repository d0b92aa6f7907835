/// One thing wrong with an import file: where, which field, the value, and what is accepted.
public struct ImportProblem: Hashable, Sendable, CustomStringConvertible {
    /// The physical line (1-based) the row starts on.
    public let line: Int
    /// The column name, or `header`, `row`, `csv` for problems with the file's shape.
    public let field: String
    /// The value as found (shortened for display by `description`); nil when the problem is the
    /// row's shape rather than one value.
    public let value: String?
    /// What is accepted, or what to do.
    public let accepted: String

    /// Creates a problem.
    public init(line: Int, field: String, value: String?, accepted: String) {
        self.line = line
        self.field = field
        self.value = value
        self.accepted = accepted
    }

    /// `line 7, intensity "12": accepted: a whole number from 0 to 10`, on one line whatever the
    /// value; `line 9, csv: a quoted field is never closed` when there is no value.
    public var description: String {
        guard let value else { return "line \(line), \(field): \(accepted)" }
        return "line \(line), \(field) \"\(ImportProblem.shown(value))\": accepted: \(accepted)"
    }

    /// The value on one line and at most 60 characters: control characters escaped, the rest cut.
    static func shown(_ value: String) -> String {
        var out = ""
        var characters = 0
        for scalar in value.unicodeScalars {
            if characters >= 60 { out += "…"; break }
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\"": out += "\\\""
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value):
                out += "\\u{\(String(scalar.value, radix: 16))}"
            default: out.unicodeScalars.append(scalar)
            }
            characters += 1
        }
        return out
    }
}

/// An import file that cannot be used: every problem found, in line order. Nothing was imported.
public struct ImportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The problems listed, sorted by line; never empty.
    public let problems: [ImportProblem]
    /// Further problems found but not listed (`ImportProblemList` keeps the first 50).
    public let unlisted: Int

    /// Creates the error from problems in any order, and a count of those left out.
    public init(problems: [ImportProblem], unlisted: Int = 0) {
        self.unlisted = unlisted
        precondition(!problems.isEmpty, "an ImportError needs at least one problem")
        // Stable by line: several problems on one row keep their column order.
        self.problems = problems.enumerated()
            .sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }
            .map(\.element)
    }

    /// `nothing imported: 2 problems` then one indented line per problem.
    public var description: String {
        let total = problems.count + unlisted
        let count = total == 1 ? "1 problem" : "\(total) problems"
        let rest = unlisted == 0 ? [] : ["  and \(unlisted) more \(unlisted == 1 ? "problem" : "problems"), not listed"]
        return (["nothing imported: \(count)"] + problems.map { "  \($0)" } + rest).joined(separator: "\n")
    }
}

/// One row that was read successfully, with the line it started on.
public struct ImportedRow<Value: Hashable & Sendable>: Hashable, Sendable {
    /// The physical line (1-based) the row starts on.
    public let line: Int
    public let value: Value

    /// Creates a row.
    public init(line: Int, value: Value) {
        self.line = line
        self.value = value
    }
}
