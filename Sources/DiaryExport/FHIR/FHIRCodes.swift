import Diary

/// Every code system, code and profile the FHIR export writes, with where each comes from
/// (README.md, "FHIR export", lists the same with its sources).
enum FHIRCodes {
    static let snomed = "http://snomed.info/sct"
    static let loinc = "http://loinc.org"
    static let observationCategory = "http://terminology.hl7.org/CodeSystem/observation-category"

    /// The HL7 Symptoms IG (STU1, 1.0.0, for FHIR 4.0.1): profiles, its temporary code system, its extension.
    static let symptomsIG = "http://hl7.org/fhir/uv/symptoms"
    static let symptomProfile = symptomsIG + "/StructureDefinition/SymptomObservation"
    static let absentProfile = symptomsIG + "/StructureDefinition/SymptomAbsentObservation"
    static let symptomCategorySystem = symptomsIG + "/CodeSystem/SymptomTemporary"
    static let locationQualifier = symptomsIG + "/StructureDefinition/LocationQualifier"

    /// FHIR Extensions Pack: laterality of `Observation.bodySite`; a note on a component (the IG's `text`).
    static let structureLaterality = "http://hl7.org/fhir/StructureDefinition/observation-structureLaterality"
    static let componentNote = "http://hl7.org/fhir/StructureDefinition/note"

    /// The diary's own facts with no standard code (woke, nocturnal): a code system named by a fixed
    /// name-based UUID, as FHIR allows (`urn:uuid:`) for a system with no web address.
    static let diarySystem = NameBasedUUID(namespace: .fhirNamespace, name: "code-system/episode-facts").urn

    /// A coding as JSON.
    static func coding(_ system: String, _ code: String, _ display: String) -> JSONValue {
        .object([("system", .string(system)), ("code", .string(code)), ("display", .string(display))])
    }

    /// A CodeableConcept of one coding and an optional text.
    static func concept(_ system: String, _ code: String, _ display: String, text: String? = nil) -> JSONValue {
        var members: [(String, JSONValue)] = [("coding", .array([coding(system, code, display)]))]
        if let text { members.append(("text", .string(text))) }
        return .object(members)
    }

    /// A CodeableConcept holding only the person's words.
    static func text(_ text: String) -> JSONValue { .object([("text", .string(text))]) }

    /// The two categories: `survey` (patient-reported; FHIR R4 observation-category) and the IG's required `symptom`.
    static let categories: JSONValue = .array([
        concept(observationCategory, "survey", "Survey"),
        concept(symptomCategorySystem, "symptom", "Symptom"),
    ])

    /// LOINC 75325-1, the IG's fixed `code` of a symptom.
    static let symptom = concept(loinc, "75325-1", "Symptom")
    /// LOINC 111551-8, the IG's fixed `code` of an absent symptom.
    static let symptomAbsent = concept(loinc, "111551-8", "Symptom absent")

    /// SNOMED CT findings from the IG's CommonSymptomCodes value set.
    static func finding(_ kind: EpisodeKind) -> JSONValue {
        switch kind {
        case .cramp: concept(snomed, "55300003", "Cramp", text: "cramp")
        case .numbness: concept(snomed, "44077006", "Numbness", text: "numbness")
        }
    }

    /// The site as a SNOMED CT body structure: shin has no code here and goes to lower leg, `other` to lower limb.
    static func site(_ site: Site?) -> (code: String, display: String) {
        switch site {
        case .calf: ("53840002", "Calf of leg")
        case .foot: ("56459004", "Foot")
        case .toes: ("29707007", "Toe")
        case .shin: ("30021000", "Lower leg")
        case .thigh: ("68367000", "Thigh")
        case .other, nil: ("61685007", "Lower limb")
        }
    }

    /// SNOMED CT laterality qualifiers (the Extensions Pack's structure-laterality value set).
    static func laterality(_ leg: Leg) -> (code: String, display: String) {
        switch leg {
        case .left: ("7771000", "Left")
        case .right: ("24028007", "Right")
        case .both: ("51440002", "Right and left")
        }
    }

    /// LOINC component codes fixed by the IG's slices.
    static let severity = concept(loinc, "64750-3", "Severity of symptoms")
    static let exacerbating = concept(loinc, "100752-5", "Exacerbating factors - Reported")
    static let alleviating = concept(loinc, "100753-3", "Alleviating factors - Reported")

    /// SNOMED CT severities (FHIR R4 condition-severity value set, inside the IG's SeverityCodes) for a 0-10
    /// score: 1-3 mild, 4-6 moderate, 7-10 severe; 0 carries the score as text only.
    static func severity(score: Int) -> JSONValue {
        let text = "\(score) of 10"
        switch score {
        case 1...3: return concept(snomed, "255604002", "Mild", text: text)
        case 4...6: return concept(snomed, "6736007", "Moderate", text: text)
        case 7...10: return concept(snomed, "24484000", "Severe", text: text)
        default: return self.text(text)
        }
    }

    /// The diary's own component codes.
    static let woke = concept(diarySystem, "woke", "Woke the person from sleep")
    static let nocturnal = concept(diarySystem, "nocturnal", "Nocturnal (woke the person or began in their night window)")
}
