import Diary
import DiaryAnalytics

/// The visit summary as plain text: one page (about 60 lines at 80 columns), in the order a doctor asks:
/// since when, how often, what pattern, better or worse, what was tried, which medicines. No colour: it is
/// meant to be printed or handed over.
public enum SummaryText {
    /// The whole summary, ending in a newline.
    public static func render(_ summary: VisitSummary, unicode: Bool = true, width: Int = 80) -> String {
        var canvas = TextCanvas(options: ReportTextOptions(unicode: unicode, color: false, width: width))
        let report = summary.report
        canvas.line(SummaryWords.title)
        canvas.line(String(repeating: canvas.rule, count: canvas.width))
        canvas.paragraph(SummaryWords.period(summary), hang: 2)
        canvas.paragraph(SummaryWords.since(summary), hang: 2)
        if let kept = SummaryWords.kept(summary) { canvas.paragraph(kept, hang: 2) }
        canvas.paragraph(SummaryWords.nocturnal(summary), hang: 2)
        redFlags(report, &canvas)

        canvas.heading("How often")
        canvas.paragraph(SummaryWords.totals(summary) + " " + SummaryWords.rates(summary), indent: 2, hang: 2)
        canvas.paragraph(KeptWords.measures(report.measures).joined(separator: " "), indent: 2, hang: 2)
        if let later = ReportText.laterEpisodes(report.totals) { canvas.paragraph(later, indent: 2, hang: 2) }
        months(summary, &canvas)
        canvas.paragraph(SummaryWords.nocturnalCount(report), indent: 2, hang: 2)

        canvas.heading("Better or worse: the last 30 nights against the 30 before")
        canvas.paragraph(SummaryWords.trendLine(summary.trend.recent), indent: 2, hang: 2)
        canvas.paragraph(SummaryWords.trendLine(summary.trend.before), indent: 2, hang: 2)
        canvas.paragraph(SummaryWords.trendChange(summary), indent: 2, hang: 2)

        canvas.heading("Pattern")
        hours(report, &canvas)
        canvas.paragraph(SummaryWords.legs(report), indent: 2, hang: 4)
        canvas.paragraph(SummaryWords.sites(report), indent: 2, hang: 4)
        canvas.paragraph(SummaryWords.triggers(report), indent: 2, hang: 4)

        canvas.heading("What was tried, and how it worked")
        if report.reliefs.isEmpty { canvas.line("  No reliefs noted.") }
        for relief in report.reliefs.prefix(SummaryWords.shownReliefs) {
            canvas.paragraph(SummaryWords.relief(relief), indent: 2, hang: 4)
        }
        if report.reliefs.count > SummaryWords.shownReliefs {
            canvas.line("  and \(report.reliefs.count - SummaryWords.shownReliefs) more")
        }

        canvas.heading("Links")
        canvas.paragraph(SummaryWords.linksHeading(report), indent: 2, hang: 2)
        let links = SummaryWords.gatedLinks(report)
        if links.isEmpty { canvas.paragraph(SummaryWords.noGatedLinks(report), indent: 2, hang: 2) }
        for link in links { canvas.paragraph(SummaryWords.link(link, settings: report.settings), indent: 2, hang: 4) }

        canvas.heading(TreatmentWords.heading)
        for paragraph in TreatmentWords.paragraphs(summary.treatments) { canvas.paragraph(paragraph, indent: 2, hang: 2) }
        medicines(summary, &canvas)
        return canvas.text
    }

    /// Red flags come first when there are any; otherwise one line near the top says none were logged.
    static func redFlags(_ report: Report, _ canvas: inout TextCanvas) {
        guard !report.redFlags.isEmpty else {
            canvas.paragraph(SummaryWords.noRedFlags, hang: 2)
            return
        }
        canvas.line()
        canvas.paragraph(SummaryWords.redFlags(report), hang: 2)
        canvas.paragraph(RedFlags.advice.joined(separator: " "), indent: 2, hang: 0)
    }

    static func months(_ summary: VisitSummary, _ canvas: inout TextCanvas) {
        guard !summary.months.isEmpty else { return }
        canvas.line("  \(canvas.left("Month", 16))  \(canvas.right("Nights", 6))  \(canvas.right("Kept", 4))  "
                    + "\(canvas.right("Cramps", 6))  \(canvas.right("Nocturnal", 9))  \(canvas.right("Cramp nights", 12))  "
                    + "\(canvas.right("Numbness", 8))")
        for m in summary.months {
            let counts = SummaryWords.monthCounts(m)
            canvas.line("  \(canvas.left(SummaryWords.month(m), 16))  \(canvas.right(String(m.nights), 6))  "
                        + "\(canvas.right(String(m.keptNights), 4))  \(canvas.right(counts[0], 6))  "
                        + "\(canvas.right(counts[1], 9))  \(canvas.right(counts[2], 12))  \(canvas.right(counts[3], 8))")
        }
    }

    /// Two rows, hour and count, over the night window and any other hour with a nocturnal cramp.
    static func hours(_ report: Report, _ canvas: inout TextCanvas) {
        guard report.hours.contains(where: { $0 > 0 }) else {
            canvas.line("  Time of night: no nocturnal cramps in this period.")
            return
        }
        canvas.line("  Time of night (nocturnal cramps by starting hour):")
        let hours = SummaryHours.shown(report)
        canvas.line("    hour  " + hours.map { canvas.right(pad($0, 2), 3) }.joined())
        canvas.line("    count " + hours.map { canvas.right(report.hours[$0] == 0 ? "." : String(report.hours[$0]), 3) }.joined())
    }

    static func medicines(_ summary: VisitSummary, _ canvas: inout TextCanvas) {
        guard !summary.medicines.isEmpty else {
            canvas.line("  " + SummaryWords.noMedicines)
            return
        }
        canvas.paragraph("Noted as triggers: " + summary.medicines.map(SummaryWords.medicine).joined(separator: "; ") + ".",
                         indent: 2, hang: 2)
        canvas.paragraph(MedicineClass.note, indent: 2, hang: 2)
    }
}

/// Which hours the time-of-night views show.
enum SummaryHours {
    /// The night window's hours from its start, plus any hour outside it with a nocturnal cramp (woke the person).
    static func shown(_ report: Report) -> [Int] {
        let window = report.settings.nightWindow
        let first = window.startMinute / 60
        let day = report.period.from.evening
        return (0..<24).map { (first + $0) % 24 }.filter { hour in
            window.contains(LocalDateTime(date: day, secondsOfDay: hour * 3600))
                || window.contains(LocalDateTime(date: day, secondsOfDay: hour * 3600 + 3599))
                || report.hours[hour] > 0
        }
    }
}
