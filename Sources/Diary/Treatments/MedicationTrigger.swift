/// The `medication` trigger with the medicine named: `--trigger medication:furosemide`.
///
/// A trigger is free text, so the named form needs no new storage: it is the person's own words
/// `medication:NAME`, read back here. The plain word `medication` leaves the medicine unnamed.
extension Trigger {
    /// The prefix of a named medication trigger.
    public static let medicationPrefix = "medication:"

    /// `medication:NAME` for the medicine `name`; nil when the whole would not be a trigger (over 100 characters).
    public static func medication(named name: String) -> Trigger? {
        Trigger(medicationPrefix + name)
    }

    /// The medicine a `medication:NAME` trigger names (any case, spaces around the name ignored), else nil.
    public var medicineName: String? {
        guard name.utf8.count > Self.medicationPrefix.utf8.count,
              name.prefix(Self.medicationPrefix.count).lowercased() == Self.medicationPrefix else { return nil }
        let rest = name.dropFirst(Self.medicationPrefix.count).trimmingSpaces
        return rest.isEmpty ? nil : rest
    }

    /// True for the plain word `medication`, which names no medicine.
    public var isUnnamedMedication: Bool { known == .medication }
}

extension Episode {
    /// True when a trigger says a medicine came before the episode but none names it.
    public var asksWhichMedicine: Bool {
        triggers.contains { $0.isUnnamedMedication } && !triggers.contains { $0.medicineName != nil }
    }
}
