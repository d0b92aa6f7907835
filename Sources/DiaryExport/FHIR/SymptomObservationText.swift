import Diary

/// Writes an episode's Observation entry straight as compact JSON text, the same bytes as the `JSONValue` of
/// `SymptomObservation.resource` (a test holds the two together), from fragments made once per export.
///
/// Why: an Observation is about 2 kB, nearly all of it the same codes for every episode; building and
/// serialising a value tree per episode cost several times the CSV export on a large diary.
struct SymptomObservationText {
    private let head: String
    private let tail: [String]
    private let bodySites: [String]
    private let severities: [String]
    private let exacerbating: String
    private let exercise: String
    private let reliefs: [ReliefOutcome: String]
    private let woke: [String]
    private let nocturnal: [String]
    private let window: NightWindow

    /// Fragments for a Patient at `patient`, nocturnal read with `window`.
    init(patient: String, window: NightWindow) {
        self.window = window
        let reference = JSONValue.object([("reference", .string(patient))]).compact
        head = #"","resource":{"resourceType":"Observation","meta":{"profile":["# + JSONValue.string(FHIRCodes.symptomProfile).compact
            + #"]},"status":"final","category":"# + FHIRCodes.categories.compact + #","code":"# + FHIRCodes.symptom.compact
            + #","subject":"# + reference + #","effectivePeriod":{"start":""#
        tail = EpisodeKind.allCases.map {
            #","performer":["# + reference + #"],"valueCodeableConcept":"# + FHIRCodes.finding($0).compact
        }
        var sites: [String] = []
        for site in [nil] + Site.allCases.map(Optional.some) {
            for leg in Leg.allCases {
                let episode = Episode(start: Timestamp(utc: 0, offset: 0), leg: leg, site: site, durationSeconds: 1)
                sites.append(#","bodySite":"# + SymptomObservation.bodySite(episode).compact)
            }
        }
        bodySites = sites
        severities = (0...10).map {
            JSONValue.object([("code", FHIRCodes.severity), ("valueCodeableConcept", FHIRCodes.severity(score: $0))]).compact
        }
        exacerbating = #"{"code":"# + FHIRCodes.exacerbating.compact + #","valueCodeableConcept":{"text":"#
        exercise = JSONValue.object([
            ("code", FHIRCodes.exacerbating),
            ("valueCodeableConcept", FHIRCodes.concept(FHIRCodes.snomed, "226029000", "Exercises", text: "exercise")),
        ]).compact
        var reliefs: [ReliefOutcome: String] = [:]
        for outcome in ReliefOutcome.allCases {
            let note = JSONValue.object([
                ("url", .string(FHIRCodes.componentNote)), ("valueAnnotation", .object([("text", .string(outcome.rawValue))])),
            ])
            reliefs[outcome] = #"{"extension":["# + note.compact + #"],"code":"# + FHIRCodes.alleviating.compact
                + #","valueCodeableConcept":{"text":"#
        }
        self.reliefs = reliefs
        woke = [false, true].map { JSONValue.object([("code", FHIRCodes.woke), ("valueBoolean", .bool($0))]).compact }
        nocturnal = [false, true].map { JSONValue.object([("code", FHIRCodes.nocturnal), ("valueBoolean", .bool($0))]).compact }
    }

    /// Appends `{"fullUrl":…,"resource":{…}}` for `episode`.
    func write(_ episode: Episode, fullURL: String, into out: inout String) {
        out += #"{"fullUrl":""#
        out += fullURL
        out += head
        out += FHIRTime.dateTime(episode.start)
        out += #"","end":""#
        out += FHIRTime.dateTime(episode.start.adding(seconds: Int64(episode.durationSeconds)))
        out += #""}"#
        if episode.updatedUTC > 0 {
            out += #","issued":""#
            out += FHIRTime.utc(episode.updatedUTC)
            out += "\""
        }
        out += tail[episode.kind == .cramp ? 0 : 1]
        if let note = episode.note {
            out += #","note":[{"text":"#
            JSONValue.quote(note, into: &out)
            out += "}]"
        }
        let siteIndex = episode.site.map { Site.allCases.firstIndex(of: $0)! + 1 } ?? 0
        out += bodySites[siteIndex * Leg.allCases.count + Leg.allCases.firstIndex(of: episode.leg)!]
        out += #","component":["#
        var first = true
        func next() -> String {
            defer { first = false }
            return first ? "" : ","
        }
        if let intensity = episode.intensity {
            out += next()
            out += severities.indices.contains(intensity) ? severities[intensity]
                : JSONValue.object([("code", FHIRCodes.severity), ("valueCodeableConcept", FHIRCodes.severity(score: intensity))]).compact
        }
        for trigger in episode.triggers {
            out += next()
            if trigger.known == .exercise {
                out += exercise
            } else {
                out += exacerbating
                JSONValue.quote(trigger.name, into: &out)
                out += "}}"
            }
        }
        for relief in episode.reliefs where relief.known != Relief.Known.none {
            out += next() + reliefs[relief.outcome]!
            JSONValue.quote(relief.name, into: &out)
            out += "}}"
        }
        if episode.woke != .unknown { out += next() + woke[episode.woke == .yes ? 1 : 0] }
        out += next() + nocturnal[episode.isNocturnal(window: window) ? 1 : 0]
        out += "]}}"
    }
}
