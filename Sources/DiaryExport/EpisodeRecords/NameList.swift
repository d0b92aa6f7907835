/// The `;`-joined name lists in the `triggers` and `reliefs` cells.
///
/// Own-words names may contain `;` (and `\`), so inside a list `\` is written `\\` and `;` is
/// written `\;`; every other character stands for itself. Work is done on Unicode scalars so a
/// `;` followed by a combining mark is still found.
enum NameList {
    /// What a list cell accepts, for error messages.
    static let accepted = "names joined by ; with \\; for a ; inside a name and \\\\ for a \\"

    /// Joins names with `;`, escaping `\` and `;` inside them.
    static func join(_ names: [String]) -> String {
        var out = ""
        for (index, name) in names.enumerated() {
            if index > 0 { out += ";" }
            for scalar in name.unicodeScalars {
                if scalar == "\\" || scalar == ";" { out += "\\" }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Splits a list cell back into names; an empty cell is an empty list. Nil when a `\` is
    /// followed by anything but `\` or `;` (or ends the cell): such text was not written by `join`.
    static func split(_ text: String) -> [String]? {
        guard !text.isEmpty else { return [] }
        // Without a `\` nothing is escaped: the names are the text between `;` bytes (a `;` byte is always the
        // scalar `;` in UTF-8, so this finds what the scalar walk below finds, without building scalar by scalar).
        if !text.containsByte(UInt8(ascii: "\\")) {
            return text.utf8.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false)
                .map { String(decoding: $0, as: UTF8.self) }
        }
        var names: [String] = []
        var current = String.UnicodeScalarView()
        var escaping = false
        for scalar in text.unicodeScalars {
            if escaping {
                guard scalar == "\\" || scalar == ";" else { return nil }
                current.append(scalar)
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else if scalar == ";" {
                names.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        guard !escaping else { return nil }
        names.append(String(current))
        return names
    }
}
