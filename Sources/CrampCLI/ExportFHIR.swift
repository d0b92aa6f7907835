import ArgumentParser
import Diary
import DiaryActions
import DiaryExport

extension Cramp.Export {
    /// Longest `--patient-name`, in characters.
    static let patientNameLimit = 200

    /// Refuses the options `--format fhir` has no use for, and a name that is blank, too long or holds control characters.
    func validateFHIR() throws {
        guard format == .fhir else {
            if patientName != nil {
                throw ValidationError("--patient-name applies to --format fhir only; leave it out with --format \(format.rawValue).")
            }
            return
        }
        if what != .episodes {
            throw ValidationError("--format fhir exports episodes, kept nights without a cramp and medicines together; "
                + "leave out --what \(what.rawValue).")
        }
        if let name = patientName {
            let trimmed = name.trimmingSpaces
            if trimmed.isEmpty || trimmed.unicodeScalars.count > Self.patientNameLimit || trimmed.containsControlCharacter {
                throw ValidationError("--patient-name \"\(name)\" is not accepted: give 1 to \(Self.patientNameLimit) "
                    + "characters without control characters, or leave it out for a Patient without a name.")
            }
        }
    }

    /// `--format fhir`: one Bundle streamed to the output (README.md, "FHIR export").
    func exportFHIR(scope: ExportScope, reader: DiaryReader, window: NightWindow, session: Session) throws {
        let settings = try reader.settings()
        let keeping = try reader.keeping(settings: settings)
        let medicines = try reader.medicineEvents()
        let sink = try OutputSink(output.destination, console: session.console)
        defer { sink.abandon() }
        var exporter = FHIRExporter(sink: sink, nightWindow: window, patientName: patientName?.trimmingSpaces)
        do {
            try reader.forEachEpisode(fromUTC: scope.fromUTC, toUTC: scope.toUTC) { episode in
                guard scope.contains(episode.night(window: window)) else { return }
                try sink.stopIfFailed()
                exporter.write(episode)
            }
            try sink.stopIfFailed()
            exporter.writeCrampFreeNights(scope.completeNights(firstRecord: keeping.firstRecord, clock: reader.clock, window: window),
                                          keeping: keeping)
            exporter.writeMedicines(medicines, nights: scope.range)
            _ = exporter.finish()
        } catch is OutputStopped {
            // The sink holds the write error; commit() reports it below.
        }
        try sink.commit()
        let destination = sink.destination == .standardOutput ? "" : " to \(sink.destination.label)"
        let written = [Self.counted(exporter.episodes, "episode"), Self.counted(exporter.crampFreeNights, "cramp-free night"),
                       Self.counted(exporter.medicines, "medicine course")].joined(separator: ", ")
        session.console.message("exported \(written) as FHIR (\(scope.label))\(destination)")
    }

    /// `1 episode`, `3 episodes`.
    static func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
}
