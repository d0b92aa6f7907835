/// A word `cramp` does not know, told in one short line with the known word it is probably a slip for.
/// The CLI adds where the accepted forms are listed (`cramp log --help`); nothing is written.
public struct UnknownWord: Error, Hashable, Sendable, CustomStringConvertible {
    /// What the word was taken for: `leg`, `site`, `word`, `relief`, `command`.
    public let what: String
    /// The word as typed.
    public let value: String
    /// What to type instead, ready to show (`"left"`, `--relief "quinine"`); nil when nothing is near.
    public let suggestion: String?
    /// Said when there is no suggestion (where own words go).
    public let advice: String?
    /// True for a new relief or trigger name close to a known one, which `--new-name` keeps as typed.
    public let isNewName: Bool

    /// A word with its suggestion, or with advice when nothing is near.
    public init(_ what: String, value: String, suggestion: String?, advice: String? = nil, isNewName: Bool = false) {
        self.what = what
        self.value = value
        self.suggestion = suggestion
        self.advice = advice
        self.isNewName = isNewName
    }

    /// `unknown leg "lft"; did you mean "left"?`, or for a new name
    /// `new relief "strech" is close to "stretch": did you mean "stretch"? To keep "strech", add --new-name`.
    public var description: String {
        if isNewName, let suggestion {
            return "new \(what) \"\(value)\" is close to \(suggestion): did you mean \(suggestion)? "
                + "To keep \"\(value)\" as a new name, add --new-name"
        }
        var text = "unknown \(what) \"\(value)\""
        if let suggestion { text += "; did you mean \(suggestion)?" } else if let advice { text += "; \(advice)" }
        return text
    }

    /// `"left"`: a word quoted as the person would type it back.
    public static func quoted(_ word: String) -> String { "\"\(word)\"" }
}
