import Diary
import DiaryActions
import DiaryExport

extension Cramp.Export {
    /// `--what nights`: one row per complete night of the period (README.md, "Kept nights"); the count written.
    func exportNights(_ expression: PeriodExpression, reader: DiaryReader, sink: OutputSink,
                      format: ExportFormat) throws -> Int {
        let table = try reader.nightRows(expression)
        var exporter = NightExporter(sink: sink, format: format)
        for row in table.rows {
            try sink.stopIfFailed()
            exporter.write(row)
        }
        _ = exporter.finish()
        return table.rows.count
    }
}
