import Diary
import DiaryAnalytics

/// The two charts of the HTML summary as inline SVG: drawn from the numbers alone, no script, no font
/// or file fetched, so the page prints the same anywhere. Each bar is labelled with its count.
enum SummaryCharts {
    /// Chart width in SVG units; the page scales it to the column.
    static let width = 640
    static let height = 170
    /// Room for axis labels below and counts above.
    static let bottom = 30
    static let top = 16
    static let left = 28

    /// One bar: its value out of `nights` (the kept nights it covers), a label under it, and whether it
    /// covers fewer kept nights than its span.
    struct Bar {
        let label: String
        let value: Int
        let nights: Int
        let partial: Bool
        let title: String
    }

    /// Weeks beyond which the cramp-night chart shows months instead, so bars stay wide enough to read.
    static let mostWeeks = 27

    /// Cramp nights per ISO week (0 to 7), or per month for periods over `mostWeeks` weeks, from the
    /// diary's first record on. Weeks or months not kept every night (partly outside the period, before
    /// the first record, in a gap) are drawn lighter and labelled with their kept nights, so a short
    /// week is not read as a good one.
    static func crampNights(_ summary: VisitSummary) -> (heading: String, svg: String) {
        if summary.weeks.count <= mostWeeks {
            let bars = summary.weeks.map { week in
                Bar(label: "\(pad(week.monday.month, 2))-\(pad(week.monday.day, 2))", value: week.crampNights,
                    nights: week.keptNights, partial: week.keptNights < 7,
                    title: "week of \(week.monday): \(week.crampNights) cramp nights of \(week.keptNights) kept nights")
            }
            return ("Cramp nights per week", chart(bars, maximum: 7, caption: "week starting (Monday); lighter: not "
                + "every night of the week kept or in the period (cramp nights/kept nights)"))
        }
        let bars = summary.months.map { month in
            let days = CivilDate.daysIn(month: month.month.month, year: month.month.year)
            return Bar(label: month.label, value: month.crampNights, nights: month.keptNights,
                       partial: month.keptNights < days,
                       title: "\(month.label): \(month.crampNights) cramp nights of \(month.keptNights) kept nights")
        }
        return ("Cramp nights per month", chart(bars, maximum: 31, caption: "month; lighter: not every night of the "
            + "month kept or in the period (cramp nights/kept nights)"))
    }

    /// Nocturnal cramps by starting hour, over the hours `SummaryHours.shown` picks.
    static func hours(_ report: Report) -> String {
        let bars = SummaryHours.shown(report).map { hour in
            Bar(label: "\(pad(hour, 2)):00", value: report.hours[hour], nights: 0, partial: false,
                title: "\(pad(hour, 2)):00-\(pad(hour, 2)):59: \(report.hours[hour]) nocturnal cramps")
        }
        return chart(bars, maximum: max(1, report.hours.max() ?? 0), caption: "starting hour, local time at the episode")
    }

    /// A bar chart with a baseline, the scale's top, a count over each bar and a label under it (every
    /// n-th one when they would crowd).
    static func chart(_ bars: [Bar], maximum: Int, caption: String) -> String {
        let plot = height - bottom - top
        let slot = bars.isEmpty ? 0 : (width - left) / bars.count
        let barWidth = max(2, slot * 7 / 10)
        // About 6 units per character at the 9px label font: label every n-th bar so labels never overlap.
        let labelWidth = 6 * (bars.map(\.label.count).max() ?? 0) + 4
        let labelEvery = slot > 0 ? max(1, (labelWidth + slot - 1) / slot) : 1
        var svg = open(label: bars.map(\.title).joined(separator: "; "))
        svg += axis(maximum: maximum, plot: plot)
        for (index, bar) in bars.enumerated() {
            let x = left + index * slot + (slot - barWidth) / 2
            let barHeight = min(bar.value, maximum) * plot / maximum
            let y = top + plot - barHeight
            svg += "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(barWidth)\" height=\"\(barHeight)\" "
                + "class=\"\(bar.partial ? "bar partial" : "bar")\"><title>\(SummaryHTML.escape(bar.title))</title></rect>\n"
            let count = !bar.partial ? "\(bar.value)" : bar.nights == 0 && bar.value == 0 ? "-" : "\(bar.value)/\(bar.nights)"
            svg += text(count, x: x + barWidth / 2, y: y - 3, anchor: "middle")
            if index % labelEvery == 0 {
                svg += text(bar.label, x: x + barWidth / 2, y: top + plot + 13, anchor: "middle")
            }
        }
        svg += text(caption, x: left, y: height - 3, anchor: "start")
        return svg + "</svg>\n"
    }

    private static func open(label: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" "
            + "aria-label=\"\(SummaryHTML.escape(label))\">\n"
    }

    /// The baseline and the scale's top value.
    private static func axis(maximum: Int, plot: Int) -> String {
        "<line x1=\"\(left)\" y1=\"\(top + plot)\" x2=\"\(width)\" y2=\"\(top + plot)\" class=\"axis\"/>\n"
            + "<line x1=\"\(left)\" y1=\"\(top)\" x2=\"\(width)\" y2=\"\(top)\" class=\"grid\"/>\n"
            + text(String(maximum), x: left - 4, y: top + 4, anchor: "end")
            + text("0", x: left - 4, y: top + plot + 4, anchor: "end")
    }

    private static func text(_ content: String, x: Int, y: Int, anchor: String) -> String {
        "<text x=\"\(x)\" y=\"\(y)\" text-anchor=\"\(anchor)\">\(SummaryHTML.escape(content))</text>\n"
    }
}
