/// The relief and trigger names a diary already holds: what suggestions offer besides the vocabulary, and what
/// a new name is compared with.
public struct DiaryNames: Sendable, Equatable {
    public var triggers: [String]
    public var reliefs: [String]

    /// Names as read from a diary.
    public init(triggers: [String] = [], reliefs: [String] = []) {
        self.triggers = triggers
        self.reliefs = reliefs
    }

    /// An empty diary's names (or no diary yet).
    public static let none = DiaryNames()

    /// True when `draft` names a trigger or relief outside the vocabulary, so the diary's names must be read
    /// before it is stored; an everyday `cramp log` with vocabulary words skips that read.
    public static func hasOwnNames(_ draft: EpisodeDraft) -> Bool {
        (draft.triggers ?? []).contains { $0.known == nil } || (draft.reliefs ?? []).contains { $0.known == nil }
    }

    /// Refuses a trigger or relief name that is new to this diary and to the vocabulary but within a slip of the
    /// fingers of a name in either (`strech` for `stretch`, `streching` for `stretching`): stored, it would
    /// silently split one relief in two in every report. `allowNew` (`--new-name`) keeps such a name as typed.
    public func checkNew(_ draft: EpisodeDraft, allowNew: Bool) throws(UnknownWord) {
        guard !allowNew else { return }
        for trigger in draft.triggers ?? [] where trigger.known == nil {
            try Self.check(trigger.name, "trigger", known: Trigger.Known.allCases.map(\.rawValue), stored: triggers)
        }
        for relief in draft.reliefs ?? [] where relief.known == nil {
            try Self.check(relief.name, "relief", known: Relief.Known.allCases.map(\.rawValue), stored: reliefs)
        }
    }

    private static func check(_ name: String, _ what: String, known: [String], stored: [String]) throws(UnknownWord) {
        guard !stored.contains(name), let near = Spelling.nearest(to: name, among: known + stored) else { return }
        throw UnknownWord(what, value: name, suggestion: UnknownWord.quoted(near), isNewName: true)
    }
}
