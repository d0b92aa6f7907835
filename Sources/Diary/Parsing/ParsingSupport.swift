extension Character {
    /// True for `0`...`9` only, so other scripts' digits never reach `Int(_:)` half-checked.
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension StringProtocol {
    /// Lowercased words split on spaces and tabs, so `"  Yesterday\t11pm "` reads as `["yesterday", "11pm"]`.
    var lowercasedWords: [String] {
        lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).map(String.init)
    }

    /// True when every character is an ASCII digit and there is at least one.
    var isASCIIDigits: Bool { !isEmpty && allSatisfy(\.isASCIIDigit) }
}
