import Diary
import DiaryActions
import DiaryExport

extension Cramp.Export {
    /// `--what nights`: one row per complete night of the period (README.md, "Kept nights"); the count written.
    func exportNights(_ expression: PeriodExpression, reader: DiaryReader, sink: OutputSink,
                      format: ExportFormat) throws -> Int {
        var exporter = NightExporter(sink: sink, format: format)
        return try Self.write(try reader.nightRows(expression).rows, to: &exporter, sink: sink)
    }
}
