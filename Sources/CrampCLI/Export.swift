import ArgumentParser
import Diary
import DiaryExport
import DiaryActions

extension Cramp {
    /// `cramp export [PERIOD]`: the diary as CSV or JSON, streamed row by row.
    struct Export: CrampCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Export episodes (or posture sessions) as CSV for a spreadsheet, as JSON, or as FHIR R4 for a clinic.",
            discussion: """
                Without a period the whole diary is exported. Periods: \(PeriodExpression.acceptedForms). \
                CSV is RFC 4180, UTF-8, one row per episode with a header row; a text cell that begins with \
                = + - @ or a tab gets a ' in front so a spreadsheet cannot run it as a formula, and so does every \
                part after a ; (spreadsheets that separate with ; start a cell there; such cells are quoted). \
                `cramp import` reads the CSV back. --format fhir writes one FHIR R4 Bundle for a clinic's \
                system: the episodes, the kept nights without a cramp and the medicines (README.md, "FHIR export").
                """)

        /// The file formats.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case csv, json, fhir
        }

        /// Which table.
        enum What: String, ExpressibleByArgument, CaseIterable {
            case episodes, posture
            case checkIns = "check-ins"
            case gaps
            case nights
            case medicines

            /// `3 episodes`, `1 check-in`.
            func count(_ count: Int) -> String {
                let (one, many) = switch self {
                case .episodes: ("episode", "episodes")
                case .posture: ("posture session", "posture sessions")
                case .checkIns: ("check-in", "check-ins")
                case .gaps: ("gap", "gaps")
                case .nights: ("night", "nights")
                case .medicines: ("medicine event", "medicine events")
                }
                return "\(count) \(count == 1 ? one : many)"
            }
        }

        @OptionGroup var global: GlobalOptions

        @OptionGroup var period: PeriodWords

        @Option(name: .long, help: "The file format.")
        var format: Format = .csv

        @OptionGroup var output: OutputFile

        @Flag(name: .long, help: "Start the CSV with a UTF-8 byte order mark, for spreadsheets that need one to read UTF-8.")
        var bom = false

        @Option(name: .long, help: "Which table: episodes, posture (sitting and standing sessions), check-ins, gaps, nights (one row per night), or medicines (one row per start, dose change or stop).")
        var what: What = .episodes

        @Option(name: .long, help: ArgumentHelp("With --format fhir: the name the Patient resource carries (none without it).",
                                                valueName: "name"))
        var patientName: String?

        func validate() throws {
            if bom && format != .csv { throw ValidationError("--bom applies to CSV only; leave it out with --format \(format.rawValue).") }
            try validateFHIR()
        }

        func run(_ session: Session) throws {
            let expression = try period.expression() ?? .all
            let reader = try session.reader()
            let window = try reader.settings().nightWindow
            let scope = try ExportScope(expression, reader: reader, window: window)
            if format == .fhir { return try exportFHIR(scope: scope, reader: reader, window: window, session: session) }

            let sink = try OutputSink(output.destination, console: session.console)
            defer { sink.abandon() }
            let fileFormat: ExportFormat = format == .csv ? .csv(bom: bom) : .json
            var count = 0
            do {
                switch what {
                case .checkIns:
                    var exporter = CheckInExporter(sink: sink, format: fileFormat)
                    count = try Export.write(try reader.checkIns(in: scope.range), to: &exporter, sink: sink)
                case .gaps:
                    var exporter = GapExporter(sink: sink, format: fileFormat)
                    count = try Export.write(try reader.gaps(in: scope.range), to: &exporter, sink: sink)
                case .episodes:
                    var exporter = EpisodeExporter(sink: sink, format: fileFormat, nightWindow: window)
                    try reader.forEachEpisode(fromUTC: scope.fromUTC, toUTC: scope.toUTC) { episode in
                        guard scope.contains(episode.night(window: window)) else { return }
                        try sink.stopIfFailed()
                        exporter.write(episode)
                        count += 1
                    }
                    _ = exporter.finish()
                case .posture:
                    var exporter = PostureExporter(sink: sink, format: fileFormat)
                    try reader.forEachPostureSession(fromUTC: scope.fromUTC, toUTC: scope.toUTC) { stretch in
                        // A session counts for the night after the day it started on (its exposure).
                        guard scope.contains(Night(evening: stretch.start.local.date)) else { return }
                        try sink.stopIfFailed()
                        exporter.write(stretch)
                        count += 1
                    }
                    _ = exporter.finish()
                case .nights:
                    count = try exportNights(expression, reader: reader, sink: sink, format: fileFormat)
                case .medicines:
                    var exporter = MedicineEventExporter(sink: sink, format: fileFormat)
                    count = try Export.write(try reader.medicineEvents(in: scope), to: &exporter, sink: sink)
                }
            } catch is OutputStopped {
                // The sink holds the write error; commit() reports it below.
            }
            try sink.commit()
            let destination = sink.destination == .standardOutput ? "" : " to \(sink.destination.label)"
            session.console.message("exported \(what.count(count)) (\(scope.label))\(destination)")
        }

        /// Writes `records` (check-ins, gaps or medicine events: few, read whole) and finishes; returns how many.
        static func write<Record>(_ records: [Record], to exporter: inout RecordExporter<OutputSink, Record>,
                                  sink: OutputSink) throws -> Int {
            for record in records {
                try sink.stopIfFailed()
                exporter.write(record)
            }
            _ = exporter.finish()
            return records.count
        }
    }
}
