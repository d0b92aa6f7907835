import Diary

/// A kept night without a cramp, in the IG's SymptomAbsentObservation form: cramp-free nights reach the record
/// as findings. The night is given as its two dates (evening and morning), which hold no clock or offset.
enum SymptomAbsentObservation {
    /// The resource for `night`.
    static func resource(_ night: Night, patient: String) -> JSONValue {
        .object([
            ("resourceType", .string("Observation")),
            ("meta", .object([("profile", .array([.string(FHIRCodes.absentProfile)]))])),
            ("status", .string("final")),
            ("category", FHIRCodes.categories),
            ("code", FHIRCodes.symptomAbsent),
            ("subject", .object([("reference", .string(patient))])),
            ("effectivePeriod", .object([
                ("start", .string(night.evening.description)), ("end", .string(night.evening.adding(days: 1).description)),
            ])),
            ("performer", .array([.object([("reference", .string(patient))])])),
            ("valueCodeableConcept", FHIRCodes.finding(.cramp)),
            ("note", .array([.object([("text", .string("No cramp logged on the kept night of \(night.evening)."))])])),
        ])
    }
}
