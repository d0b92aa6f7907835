import Diary
import DiaryAnalytics

/// The visit summary as one self-contained, printable HTML page: the text's content with two inline SVG
/// charts (cramp nights per week, time of night). No script, no external file, font or request; styles
/// are inline and sized for A4 (two pages at most for a 90-night period).
public enum SummaryHTML {
    /// The whole page.
    public static func render(_ summary: VisitSummary) -> String {
        let report = summary.report
        var html = head()
        html += "<h1>\(escape(SummaryWords.title))</h1>\n"
        html += paragraph(SummaryWords.period(summary))
        html += paragraph(SummaryWords.since(summary))
        if let kept = SummaryWords.kept(summary) { html += paragraph(kept) }
        html += paragraph(SummaryWords.nocturnal(summary), cssClass: "small")
        if report.redFlags.isEmpty {
            html += paragraph(SummaryWords.noRedFlags)
        } else {
            html += "<section class=\"flag\">\n<p><strong>\(escape(SummaryWords.redFlags(report)))</strong></p>\n"
                + RedFlags.advice.map(paragraph).joined() + "</section>\n"
        }

        html += "<section><h2>How often</h2>\n" + paragraph(SummaryWords.totals(summary) + " " + SummaryWords.rates(summary))
            + paragraph(KeptWords.measures(report.measures).joined(separator: " "))
        html += months(summary)
        html += paragraph(SummaryWords.nocturnalCount(report))
        if !summary.weeks.isEmpty {
            let chart = SummaryCharts.crampNights(summary)
            html += "<h3>\(chart.heading)</h3>\n" + chart.svg
        }
        html += "</section>\n"

        html += "<section><h2>Better or worse: the last 30 nights against the 30 before</h2>\n<ul>\n"
            + "<li>\(escape(SummaryWords.trendLine(summary.trend.recent)))</li>\n"
            + "<li>\(escape(SummaryWords.trendLine(summary.trend.before)))</li>\n</ul>\n"
            + paragraph(SummaryWords.trendChange(summary)) + "</section>\n"

        html += "<section><h2>Pattern</h2>\n"
        if report.hours.contains(where: { $0 > 0 }) {
            html += "<h3>Time of night (nocturnal cramps by starting hour)</h3>\n" + SummaryCharts.hours(report)
        } else {
            html += paragraph("Time of night: no nocturnal cramps in this period.")
        }
        html += paragraph(SummaryWords.legs(report)) + paragraph(SummaryWords.sites(report))
            + paragraph(SummaryWords.triggers(report)) + "</section>\n"

        html += "<section><h2>What was tried, and how it worked</h2>\n" + reliefs(report) + "</section>\n"

        html += "<section><h2>Links</h2>\n" + paragraph(SummaryWords.linksHeading(report), cssClass: "small")
        let links = SummaryWords.gatedLinks(report)
        if links.isEmpty { html += paragraph(SummaryWords.noGatedLinks(report)) }
        for link in links { html += paragraph(SummaryWords.link(link, settings: report.settings)) }
        html += "</section>\n"

        html += "<section><h2>\(TreatmentWords.heading)</h2>\n"
            + TreatmentWords.paragraphs(summary.treatments).map(paragraph).joined()
        if summary.medicines.isEmpty {
            html += paragraph(SummaryWords.noMedicines)
        } else {
            html += paragraph("Noted as triggers: " + summary.medicines.map(SummaryWords.medicine).joined(separator: "; ") + ".")
            html += paragraph(MedicineClass.note)
        }
        html += "</section>\n</body>\n</html>\n"
        return html
    }

    /// Text made safe for HTML content and attribute values.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func paragraph(_ text: String) -> String { "<p>\(escape(text))</p>\n" }

    private static func paragraph(_ text: String, cssClass: String) -> String {
        "<p class=\"\(cssClass)\">\(escape(text))</p>\n"
    }

    private static func months(_ summary: VisitSummary) -> String {
        guard !summary.months.isEmpty else { return "" }
        var html = "<table>\n<thead><tr><th>Month</th><th>Nights</th><th>Kept</th><th>Cramps</th><th>Nocturnal</th>"
            + "<th>Cramp nights</th><th>Numbness</th></tr></thead>\n<tbody>\n"
        for m in summary.months {
            let cells = ([String(m.nights), String(m.keptNights)] + SummaryWords.monthCounts(m))
                .map { "<td>\($0)</td>" }.joined()
            html += "<tr><td>\(escape(SummaryWords.month(m)))</td>\(cells)</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    private static func reliefs(_ report: Report) -> String {
        guard !report.reliefs.isEmpty else { return paragraph("No reliefs noted.") }
        var html = "<table>\n<thead><tr><th>Relief</th><th>Used</th><th>Helped</th><th>Partly</th>"
            + "<th>Did not help</th><th>Unsure</th></tr></thead>\n<tbody>\n"
        for r in report.reliefs.prefix(SummaryWords.shownReliefs) {
            let cells = [r.used, r.helped, r.partly, r.noHelp, r.unsure].map { "<td>\($0)</td>" }.joined()
            html += "<tr><td>\(escape(r.name))</td>\(cells)</tr>\n"
        }
        html += "</tbody>\n</table>\n"
        if report.reliefs.count > SummaryWords.shownReliefs {
            html += paragraph("and \(report.reliefs.count - SummaryWords.shownReliefs) more")
        }
        return html
    }

    private static func head() -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(SummaryWords.title))</title>
        <style>
        @page { size: A4; margin: 14mm 15mm; }
        body { font: 9.5pt/1.35 "Helvetica Neue", Helvetica, Arial, sans-serif; color: #111; max-width: 180mm; margin: 0 auto; }
        h1 { font-size: 14pt; margin: 0 0 4pt; }
        h2 { font-size: 11pt; margin: 9pt 0 3pt; padding-bottom: 1pt; border-bottom: 1px solid #888; break-after: avoid; }
        h3 { font-size: 9.5pt; margin: 6pt 0 2pt; break-after: avoid; }
        p, ul { margin: 2pt 0; }
        ul { padding-left: 16pt; }
        .small { font-size: 8.5pt; color: #333; }
        section { break-inside: avoid; }
        section.flag { border: 2px solid #a00; padding: 2pt 8pt; margin: 6pt 0; }
        table { border-collapse: collapse; margin: 3pt 0; }
        th, td { padding: 1pt 7pt; text-align: right; border-bottom: 1px solid #ddd; }
        th:first-child, td:first-child { text-align: left; padding-left: 0; }
        svg { width: 100%; max-height: 48mm; display: block; }
        svg text { font: 9px "Helvetica Neue", Helvetica, Arial, sans-serif; fill: #222; }
        svg .bar { fill: #3b6ea8; }
        svg .bar.partial { fill: #a9c1dd; }
        svg .axis { stroke: #444; stroke-width: 1; }
        svg .grid { stroke: #ccc; stroke-width: 1; stroke-dasharray: 3 3; }
        </style>
        </head>
        <body>

        """
    }
}
