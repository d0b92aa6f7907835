import Diary
import DiaryAnalytics

/// The weekly report for a terminal: fits the width (80 by default), bars in Unicode or ASCII,
/// colour only where it carries meaning. Never says "cause".
public enum ReportText {
    /// The whole report as text ending in a newline.
    public static func render(_ report: Report, options: ReportTextOptions = ReportTextOptions()) -> String {
        var canvas = TextCanvas(options: options)
        header(report, &canvas)
        if let later = laterEpisodes(report.totals) { canvas.paragraph(later) }
        redFlags(report, &canvas)
        if report.isEmpty {
            empty(report, &canvas)
        } else {
            nights(report, &canvas)
            totals(report, &canvas)
            timeOfNight(report, &canvas)
            legsAndSites(report, &canvas)
        }
        thirtyNights(report, &canvas)
        if !report.isEmpty {
            triggers(report, &canvas)
            reliefs(report, &canvas)
        }
        ReportTextPosture.posture(report, &canvas)
        ReportTextPosture.links(report, &canvas)
        return canvas.text
    }

    static func header(_ report: Report, _ canvas: inout TextCanvas) {
        canvas.line("Cramp diary report: \(report.period.label)", tint: .heading)
        canvas.line(String(repeating: canvas.rule, count: canvas.width))
    }

    static func redFlags(_ report: Report, _ canvas: inout TextCanvas) {
        guard !report.redFlags.isEmpty else { return }
        canvas.heading("Red flag: please read first")
        for flag in report.redFlags {
            let e = flag.episode
            let site = e.site.map { " \($0.rawValue)" } ?? ""
            canvas.paragraph("\(e.start.local.date.weekdayName) \(e.start.local.date) \(e.start.local.hourMinute): "
                             + "\(e.leg.rawValue)\(site) \(flag.reason).", indent: 2, hang: 2, tint: .alarm)
        }
        for advice in RedFlags.advice { canvas.paragraph(advice, indent: 2, hang: 2) }
    }

    /// Rows dated after now belong to nights that have not begun, so no figure counts them: say so, or the
    /// report would disagree with `list` and `export` without a word.
    static func laterEpisodes(_ totals: PeriodTotals) -> String? {
        let count = totals.laterEpisodes
        guard count > 0 else { return nil }
        return "\(ReportFormat.count(count, "episode")) \(count == 1 ? "is" : "are") dated after now, on nights that have "
            + "not begun, so no figure here counts \(count == 1 ? "it" : "them"); cramp check lists them."
    }

    static func empty(_ report: Report, _ canvas: inout TextCanvas) {
        canvas.line()
        if report.nights.isEmpty {
            canvas.paragraph("These nights have not begun yet, so there is nothing to show for them.")
        } else {
            canvas.paragraph("Nothing logged for these nights. Cramps, numbness and time spent sitting or standing "
                             + "that you log will show up here.")
        }
    }

    static func nights(_ report: Report, _ canvas: inout TextCanvas) {
        canvas.heading("Nights")
        // Night 15, cramps 6, numb 5, time 7, legs 11, two-space gaps: 52 columns before the bar; a check-in's
        // `sleep 10` takes 10 more after it.
        let checkIns = report.nights.contains { $0.checkIn != nil }
        let barColumns = canvas.width - 54 - (checkIns ? 10 : 0)
        canvas.line("\(canvas.left("Night", 15))  \(canvas.right("Cramps", 6))  \(canvas.right("Numb", 5))  "
                    + "\(canvas.left("Time", 7))  Legs")
        let most = report.nights.map(\.cramps).max() ?? 0
        for row in report.nights {
            let label = row.night.label + (row.inProgress ? "*" : "")
            let legs = row.legs.isEmpty ? "" : row.legs.map(\.rawValue).joined(separator: "+")
            let time = row.totalSeconds == 0 ? "-" : DurationText.format(row.totalSeconds)
            // A night not kept says so where its bar would be: its zero is unknown, not cramp-free.
            let bar = switch row.keeping {
            case .kept: canvas.bar(row.cramps, maximum: most, columns: barColumns)
            case .notKept: "not kept"
            case .gap: "gap"
            }
            let sleep = row.checkIn.map { "sleep \($0.sleep.score)" } ?? ""
            let text = "\(canvas.left(label, 15))  \(canvas.right(String(row.cramps), 6))  "
                + "\(canvas.right(String(row.numbness), 5))  \(canvas.left(time, 7))  \(canvas.left(legs, 11))"
                + (sleep.isEmpty ? (bar.isEmpty ? "" : "  " + bar) : "  " + canvas.left(bar, barColumns) + "  " + sleep)
            canvas.line(trimmed(text))
        }
        if report.nights.contains(where: \.inProgress) { canvas.line("* night under way: its count may still grow") }
        let daytime = report.totals.cramps - report.totals.nocturnalCramps
        if daytime > 0 {
            canvas.paragraph("Cramps include \(ReportFormat.count(daytime, "daytime cramp")) (outside "
                             + "\(report.settings.nightWindow) and not marked as waking you); the 30-night count "
                             + "and the links use nocturnal cramps only.")
        }
    }

    static func totals(_ report: Report, _ canvas: inout TextCanvas) {
        let now = report.totals, before = report.previousTotals
        canvas.heading("Totals")
        let soFar = now.nightsElapsed < report.period.count ? " (\(now.nightsElapsed) of \(report.period.count) nights so far)" : ""
        canvas.paragraph("This period\(soFar): \(summary(now)).", indent: 2, hang: 2)
        canvas.paragraph("Kept nights: \(KeptWords.keptOf(now)); \(KeptWords.rates(now)).", indent: 2, hang: 2)
        canvas.paragraph("Previous \(ReportFormat.count(before.range.count, "night")) (\(before.range.from) to \(before.range.to)): "
                         + "\(summary(before)); kept nights \(KeptWords.keptOf(before)).", indent: 2, hang: 2)
        canvas.paragraph(change(now, before), indent: 2, hang: 2)
    }

    /// Counts are compared only when every night of both periods was kept; otherwise the weekly rates over
    /// kept nights, or what is missing.
    static func change(_ now: PeriodTotals, _ before: PeriodTotals) -> String {
        if now.keptNights == now.nightsElapsed && before.keptNights == before.nightsElapsed {
            let cramps = now.cramps - before.cramps, nights = now.crampNights - before.crampNights
            return "Change: \(ReportFormat.signed(cramps)) \(abs(cramps) == 1 ? "cramp" : "cramps"), "
                + "\(ReportFormat.signed(nights)) \(abs(nights) == 1 ? "night" : "nights") with a nocturnal cramp."
        }
        guard let rate = now.nocturnalCrampsPerWeek, let earlier = before.nocturnalCrampsPerWeek else {
            return "Change: not compared, as \(now.keptNights == 0 ? "this" : "the previous") period has no kept night."
        }
        return "Change: from \(ReportFormat.decimals(earlier, 1)) to \(ReportFormat.decimals(rate, 1)) nocturnal cramps "
            + "per week over kept nights (not every night was kept, so counts are not compared)."
    }

    static func summary(_ t: PeriodTotals) -> String {
        "\(ReportFormat.count(t.cramps, "cramp")) (\(t.nocturnalCramps) nocturnal, on "
            + "\(ReportFormat.count(t.crampNights, "night"))), "
            + "\(ReportFormat.count(t.numbness, "numbness episode")), "
            + (t.totalSeconds == 0 ? "no time" : "\(DurationText.format(t.totalSeconds)) in all")
    }

    static func timeOfNight(_ report: Report, _ canvas: inout TextCanvas) {
        canvas.heading("Time of night (nocturnal cramps by starting hour)")
        let total = report.hours.reduce(0, +)
        guard total > 0 else {
            canvas.line("  No nocturnal cramps in this period.")
            return
        }
        let window = report.settings.nightWindow
        let first = window.startMinute / 60
        let most = report.hours.max() ?? 0
        for step in 0..<24 {
            let hour = (first + step) % 24
            let inWindow = window.contains(LocalDateTime(date: report.period.from.evening, secondsOfDay: hour * 3600))
                || window.contains(LocalDateTime(date: report.period.from.evening, secondsOfDay: hour * 3600 + 3599))
            guard inWindow || report.hours[hour] > 0 else { continue }
            let bar = canvas.bar(report.hours[hour], maximum: most, columns: canvas.width - 20)
            canvas.line(trimmed("  \(pad(hour, 2)):00  \(canvas.right(String(report.hours[hour]), 3))  \(bar)"))
        }
    }

    static func legsAndSites(_ report: Report, _ canvas: inout TextCanvas) {
        canvas.heading("Legs and sites")
        func both(_ cramps: Int, _ numbness: Int) -> String {
            [cramps > 0 ? ReportFormat.count(cramps, "cramp") : nil,
             numbness > 0 ? "\(numbness) numbness" : nil].compactMap { $0 }.joined(separator: ", ")
        }
        let legs = report.legs.filter { $0.cramps + $0.numbness > 0 }
            .map { "\($0.leg.rawValue) \(both($0.cramps, $0.numbness))" }
        let sites = report.sites.map { "\($0.site?.rawValue ?? "site not given") \(both($0.cramps, $0.numbness))" }
        canvas.paragraph("Legs: " + legs.joined(separator: "; "), indent: 2, hang: 6)
        canvas.paragraph("Sites: " + sites.joined(separator: "; "), indent: 2, hang: 7)
    }

    static func thirtyNights(_ report: Report, _ canvas: inout TextCanvas) {
        let n = report.nocturnal
        canvas.heading("Last 30 nights (looks back beyond this period)")
        canvas.paragraph(n.statement, indent: 2, hang: 2, tint: n.atOrAboveMark ? .notice : nil)
    }

    static func triggers(_ report: Report, _ canvas: inout TextCanvas) {
        canvas.heading("Triggers you noted")
        guard !report.triggers.isEmpty else {
            canvas.line("  None noted in this period.")
            return
        }
        let shown = report.triggers.prefix(8).map { "\(canvas.fit($0.name, 30)) \($0.count)" }
        let more = report.triggers.count > 8 ? ["and \(report.triggers.count - 8) more"] : []
        canvas.paragraph((shown + more).joined(separator: ", "), indent: 2, hang: 2)
    }

    static func reliefs(_ report: Report, _ canvas: inout TextCanvas) {
        canvas.heading("What helped")
        guard !report.reliefs.isEmpty else {
            canvas.line("  No reliefs noted in this period.")
            return
        }
        canvas.line("  \(canvas.left("Relief", 24))  \(canvas.right("Used", 5))  \(canvas.right("Helped", 6))  "
                    + "\(canvas.right("Partly", 6))  \(canvas.right("Did not", 7))  \(canvas.right("Unsure", 8))")
        for r in report.reliefs.prefix(10) {
            canvas.line("  \(canvas.left(r.name, 24))  \(canvas.right(String(r.used), 5))  "
                        + "\(canvas.right(String(r.helped), 6))  \(canvas.right(String(r.partly), 6))  "
                        + "\(canvas.right(String(r.noHelp), 7))  \(canvas.right(String(r.unsure), 8))")
        }
        if report.reliefs.count > 10 { canvas.line("  and \(report.reliefs.count - 10) more (see --json)") }
    }

    /// The line without trailing spaces.
    static func trimmed(_ text: String) -> String {
        var text = text
        while text.last == " " { text.removeLast() }
        return text
    }
}
