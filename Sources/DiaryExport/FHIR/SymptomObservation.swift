import Diary

/// An episode as an Observation of the HL7 Symptoms IG's SymptomObservation profile (README.md, "FHIR export").
enum SymptomObservation {
    /// The resource of `episode`; `patient` is the Patient's full URL, `window` decides "nocturnal".
    static func resource(_ episode: Episode, patient: String, window: NightWindow) -> JSONValue {
        let end = episode.start.adding(seconds: Int64(episode.durationSeconds))
        var members: [(String, JSONValue)] = [
            ("resourceType", .string("Observation")),
            ("meta", .object([("profile", .array([.string(FHIRCodes.symptomProfile)]))])),
            ("status", .string("final")),
            ("category", FHIRCodes.categories),
            ("code", FHIRCodes.symptom),
            ("subject", .object([("reference", .string(patient))])),
            ("effectivePeriod", .object([
                ("start", .string(FHIRTime.dateTime(episode.start))), ("end", .string(FHIRTime.dateTime(end))),
            ])),
        ]
        if episode.updatedUTC > 0 { members.append(("issued", .string(FHIRTime.utc(episode.updatedUTC)))) }
        members.append(("performer", .array([.object([("reference", .string(patient))])])))
        members.append(("valueCodeableConcept", FHIRCodes.finding(episode.kind)))
        if let note = episode.note { members.append(("note", .array([.object([("text", .string(note))])]))) }
        members.append(("bodySite", bodySite(episode)))
        members.append(("component", .array(components(episode, window: window))))
        return .object(members)
    }

    /// The site coded, the leg as the Extensions Pack's coded laterality and as the IG's location qualifier.
    static func bodySite(_ episode: Episode) -> JSONValue {
        let site = FHIRCodes.site(episode.site)
        let side = FHIRCodes.laterality(episode.leg)
        let words = episode.leg == .both ? "both legs" : "\(episode.leg.rawValue) leg"
        let text = episode.site.map { "\($0.rawValue), \(words)" } ?? words
        return .object([
            ("extension", .array([
                .object([("url", .string(FHIRCodes.structureLaterality)),
                         ("valueCodeableConcept", FHIRCodes.concept(FHIRCodes.snomed, side.code, side.display))]),
                .object([("url", .string(FHIRCodes.locationQualifier)), ("valueString", .string(words))]),
            ])),
            ("coding", .array([FHIRCodes.coding(FHIRCodes.snomed, site.code, site.display)])),
            ("text", .string(text)),
        ])
    }

    /// Severity, one exacerbating factor per trigger, one alleviating factor per relief tried, woke, nocturnal.
    static func components(_ episode: Episode, window: NightWindow) -> [JSONValue] {
        var components: [JSONValue] = []
        if let intensity = episode.intensity {
            components.append(.object([("code", FHIRCodes.severity), ("valueCodeableConcept", FHIRCodes.severity(score: intensity))]))
        }
        for trigger in episode.triggers {
            let value = trigger.known == .exercise
                ? FHIRCodes.concept(FHIRCodes.snomed, "226029000", "Exercises", text: trigger.name)
                : FHIRCodes.text(trigger.name)
            components.append(.object([("code", FHIRCodes.exacerbating), ("valueCodeableConcept", value)]))
        }
        // `none` says nothing was tried: no alleviating factor to report.
        for relief in episode.reliefs where relief.known != Relief.Known.none {
            let outcome = JSONValue.object([
                ("url", .string(FHIRCodes.componentNote)), ("valueAnnotation", .object([("text", .string(relief.outcome.rawValue))])),
            ])
            components.append(.object([
                ("extension", .array([outcome])), ("code", FHIRCodes.alleviating),
                ("valueCodeableConcept", FHIRCodes.text(relief.name)),
            ]))
        }
        if episode.woke != .unknown {
            components.append(.object([("code", FHIRCodes.woke), ("valueBoolean", .bool(episode.woke == .yes))]))
        }
        components.append(.object([("code", FHIRCodes.nocturnal), ("valueBoolean", .bool(episode.isNocturnal(window: window)))]))
        return components
    }
}
