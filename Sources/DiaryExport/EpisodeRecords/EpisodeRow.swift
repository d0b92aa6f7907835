import Diary

/// One episode row of an import file, checked field by field.
enum EpisodeRow {
    struct Parsed {
        let episode: Episode
        /// The derived cells as found, compared with the recomputed values by the caller.
        let nightOf: CivilDate
        let nocturnal: Bool
    }

    /// The episode, or nil with every problem of the row recorded in `fields`.
    static func parse(_ fields: inout RowFields) -> Parsed? {
        let id = fields.id()
        let kind = fields.word("kind", EpisodeKind.self)
        let start = fields.timestamp("start_local")
        let nightOf = fields.date("night_of")
        let nocturnal = yesNo(&fields, "nocturnal")
        let leg = fields.word("leg", Leg.self)
        let site = fields.optionalWord("site", Site.self)
        let duration = fields.number("duration_s", in: Episode.durationRange)
        let intensity = fields.number("intensity", in: Episode.intensityRange, optional: true)
        let woke = fields.word("woke", Woke.self, emptyValue: .unknown)
        let triggers = self.triggers(&fields)
        let reliefs = self.reliefs(&fields)
        let note = fields.note()
        guard let id, let kind, let start, let nightOf, let nocturnal, let leg, let site, let duration,
              let duration, let intensity, let woke, let triggers, let reliefs, let note,
              fields.problems.isEmpty else { return nil }
        let episode = Episode(
            id: id, kind: kind, start: start, leg: leg, site: site, durationSeconds: duration,
            intensity: intensity, woke: woke, triggers: triggers, reliefs: reliefs, note: note
        )
        do {
            try episode.validate()
        } catch {
            // Every range was checked above; this catches a rule added to `validate` later.
            fields.refuse(error.field, error.value, accepted: error.accepted)
            return nil
        }
        return Parsed(episode: episode, nightOf: nightOf, nocturnal: nocturnal)
    }

    /// `cramp left 2026-11-17T02:40:00+01:00`, naming a row in duplicate messages.
    static func keyText(_ episode: Episode) -> String {
        "\(episode.kind.rawValue) \(episode.start.iso8601) \(episode.leg.rawValue)"
    }

    private static func yesNo(_ fields: inout RowFields, _ column: String) -> Bool? {
        switch fields.raw(column) {
        case "yes": return true
        case "no": return false
        default: break
        }
        let cell = fields.text(column)
        switch cell.trimmingSpaces.lowercased() {
        case "yes": return true
        case "no": return false
        default:
            fields.refuse(column, cell, accepted: "yes, no")
            return nil
        }
    }

    private static func triggers(_ fields: inout RowFields) -> [Trigger]? {
        let cell = fields.text("triggers")
        // Built only for a refusal: every row passes here, and the text costs more than the check.
        var accepted: String { "trigger names of 1-100 characters without control characters; " + NameList.accepted }
        guard let names = NameList.split(cell) else {
            fields.refuse("triggers", cell, accepted: accepted)
            return nil
        }
        var triggers: [Trigger] = []
        for name in names {
            guard let trigger = Trigger(name) else {
                fields.refuse("triggers", cell, accepted: accepted)
                return nil
            }
            guard !triggers.contains(trigger) else {
                fields.refuse("triggers", cell, accepted: "each trigger once; \(trigger.name) is listed twice")
                return nil
            }
            triggers.append(trigger)
        }
        return triggers
    }

    private static func reliefs(_ fields: inout RowFields) -> [Relief]? {
        let cell = fields.text("reliefs")
        if let reliefs = exportedReliefs(cell) { return reliefs }
        var accepted: String {
            "name:outcome items (outcome: \(ReliefOutcome.acceptedList)), names of 1-100 characters without : or control characters; "
                + NameList.accepted
        }
        guard let items = NameList.split(cell) else {
            fields.refuse("reliefs", cell, accepted: accepted)
            return nil
        }
        var reliefs: [Relief] = []
        for item in items {
            guard let relief = relief(item) else {
                fields.refuse("reliefs", cell, accepted: accepted)
                return nil
            }
            guard !reliefs.contains(where: { $0.name == relief.name }) else {
                fields.refuse("reliefs", cell, accepted: "each relief once; \(relief.name) is listed twice")
                return nil
            }
            reliefs.append(relief)
        }
        return reliefs
    }

    /// The reliefs of a cell as an export writes it, read on its bytes without a string per item and per outcome:
    /// no `\`, every item `name:outcome` with the outcome word as the export writes it. Nil for any other cell,
    /// which the general path reads (or refuses) instead; where this reads a cell, it reads what the general path
    /// reads (the same `;` and last `:`, and an outcome that is already trimmed and lowercase).
    private static func exportedReliefs(_ cell: String) -> [Relief]? {
        guard !cell.isEmpty, !cell.containsByte(UInt8(ascii: "\\")) else { return nil }
        return cell.utf8.withContiguousStorageIfAvailable { bytes -> [Relief]? in
            var reliefs: [Relief] = []
            for item in bytes.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false) {
                guard let colon = item.lastIndex(of: UInt8(ascii: ":")),
                      let outcome = outcomeWords.first(where: { $0.word.elementsEqual(item[(colon + 1)...]) })?.outcome,
                      let relief = Relief(name: String(decoding: item[..<colon], as: UTF8.self), outcome: outcome),
                      !reliefs.contains(where: { $0.name == relief.name }) else { return nil }
                reliefs.append(relief)
            }
            return reliefs
        } ?? nil
    }

    /// Each outcome with its word's bytes.
    private static let outcomeWords = ReliefOutcome.allCases.map { (outcome: $0, word: Array($0.rawValue.utf8)) }

    /// `name:outcome`, split at the last `:` scalar (names cannot hold `:`, outcomes never do);
    /// a bare name means `unsure`.
    private static func relief(_ item: String) -> Relief? {
        // The `:` byte is the `:` scalar in UTF-8, so splitting the bytes splits the scalars.
        let bytes = item.utf8
        guard let colon = bytes.lastIndex(of: UInt8(ascii: ":")) else { return Relief(name: item) }
        let name = String(decoding: bytes[..<colon], as: UTF8.self)
        let written = String(decoding: bytes[bytes.index(after: colon)...], as: UTF8.self)
        // An export writes the outcome word as it is; anything else is trimmed and lowercased first.
        guard let outcome = ReliefOutcome(rawValue: written) ?? ReliefOutcome(rawValue: written.trimmingSpaces.lowercased())
        else { return nil }
        return Relief(name: name, outcome: outcome)
    }
}
