import Diary
import DiaryAnalytics

/// Streams one FHIR R4 (4.0.1) Bundle of type `collection` (README.md, "FHIR export"): the Patient, then one
/// Observation per episode as it is read, one per kept night without a cramp, one MedicationStatement per course.
///
/// Each entry is built, written and dropped, so memory follows one episode plus one small value per night.
/// Full URLs are name-based UUIDs of each record's kind and id, so the same diary and period give the same bytes.
public struct FHIRExporter<Sink: TextSink> {
    /// The sink, holding everything written so far.
    public private(set) var sink: Sink
    /// Entries written, by kind.
    public private(set) var episodes = 0, crampFreeNights = 0, medicines = 0
    private let window: NightWindow
    private let patient: String
    private let observations: SymptomObservationText
    /// Nights with a cramp (no absent-cramp finding for them), and one episode of each night with any
    /// episode (strict keeping counts such a night as kept).
    private var crampNights: Set<Night> = []
    private var episodeNights: [Night: EpisodeOutline] = [:]

    /// Writes the Bundle's opening and the Patient, named only when `patientName` is given.
    public init(sink: Sink, nightWindow: NightWindow, patientName: String?) {
        self.sink = sink
        self.window = nightWindow
        patient = FHIRExporter.fullURL("patient")
        observations = SymptomObservationText(patient: patient, window: nightWindow)
        self.sink.write(#"{"resourceType":"Bundle","type":"collection","entry":["#)
        append(fullURL: patient, FHIRPatient.resource(name: patientName), first: true)
    }

    /// Writes one episode's Observation; episodes come in the order they are exported.
    public mutating func write(_ episode: Episode) {
        let night = episode.night(window: window)
        if episode.kind == .cramp { crampNights.insert(night) }
        if episodeNights[night] == nil { episodeNights[night] = episode.outline }
        let name = episode.id.map { "episode/\($0)" } ?? "episode/at/\(episode.start.utc)"
        var entry = ",\n"
        entry.reserveCapacity(2048)
        observations.write(episode, fullURL: FHIRExporter.fullURL(name), into: &entry)
        sink.write(entry)
        episodes += 1
    }

    /// Writes an absent-cramp Observation for each night of `nights` that was kept (`keeping`) and holds no
    /// cramp among the episodes written; call after the last episode. A night not kept (a gap, before the
    /// diary began, or unlogged under strict keeping) gets nothing: it is unknown, never cramp-free.
    public mutating func writeCrampFreeNights(_ nights: NightRange?, keeping: DiaryKeeping) {
        guard let nights else { return }
        let kept = KeptNights(keeping: keeping, tallies: NightTallies(episodeNights.values, window: window))
        for night in nights.nights where !crampNights.contains(night) && kept.isKept(night) {
            append(fullURL: FHIRExporter.fullURL("night/\(night.evening)"),
                   SymptomAbsentObservation.resource(night, patient: patient))
            crampFreeNights += 1
        }
    }

    /// Writes a MedicationStatement for each course of the medicine timeline (`events`, earliest first) that
    /// touches the nights of `nights` (nil: every course).
    public mutating func writeMedicines(_ events: [MedicineEvent], nights: NightRange?) {
        for course in MedicineCourse.courses(events) where nights.map({ course.touches($0, window: window) }) ?? true {
            let name = course.first.id.map { "medicine/\($0)" } ?? "medicine/at/\(course.first.at.utc)"
            append(fullURL: FHIRExporter.fullURL(name), MedicationStatement.resource(course, patient: patient))
            medicines += 1
        }
    }

    /// Closes the Bundle and hands back the sink.
    public mutating func finish() -> Sink {
        sink.write("\n]}\n")
        return sink
    }

    /// One entry per line, so a long export diffs line by line.
    private mutating func append(fullURL: String, _ resource: JSONValue, first: Bool = false) {
        let entry = JSONValue.object([("fullUrl", .string(fullURL)), ("resource", resource)])
        sink.write((first ? "\n" : ",\n") + entry.compact)
    }

    /// `urn:uuid:` of the name-based UUID of `name` in the export's namespace.
    static func fullURL(_ name: String) -> String { NameBasedUUID(namespace: .fhirNamespace, name: name).urn }
}
