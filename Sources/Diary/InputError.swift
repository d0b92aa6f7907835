/// Input the person typed that cannot be used. The CLI prints it as one line and exits 64; nothing is written.
public struct InputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The field or flag, e.g. `duration` or `--at`.
    public let field: String
    /// The value as given.
    public let value: String
    /// What is accepted, e.g. `90s, 2m, 1m30s, 1:30`.
    public let accepted: String
    /// An extra hint, e.g. the past reading of a future time.
    public let hint: String?
    /// A whole sentence said instead of "cannot use …: accepted: …", when the list of forms would bury the point
    /// (a time a few minutes ahead, with both readings offered).
    public let sentence: String?

    /// Creates an input error.
    public init(field: String, value: String, accepted: String, hint: String? = nil) {
        self.field = field
        self.value = value
        self.accepted = accepted
        self.hint = hint
        sentence = nil
    }

    /// An input error told in one sentence of its own.
    public init(field: String, value: String, sentence: String) {
        self.field = field
        self.value = value
        accepted = ""
        hint = nil
        self.sentence = sentence
    }

    /// `cannot use duration "2x": accepted: 90s, 2m, 1m30s, 1:30`.
    public var description: String {
        if let sentence { return sentence }
        var text = "cannot use \(field) \"\(value)\": accepted: \(accepted)"
        if let hint { text += "; \(hint)" }
        return text
    }
}
