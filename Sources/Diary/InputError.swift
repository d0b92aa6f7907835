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

    /// Creates an input error.
    public init(field: String, value: String, accepted: String, hint: String? = nil) {
        self.field = field
        self.value = value
        self.accepted = accepted
        self.hint = hint
    }

    /// `cannot use duration "2x": accepted: 90s, 2m, 1m30s, 1:30`.
    public var description: String {
        var text = "cannot use \(field) \"\(value)\": accepted: \(accepted)"
        if let hint { text += "; \(hint)" }
        return text
    }
}
