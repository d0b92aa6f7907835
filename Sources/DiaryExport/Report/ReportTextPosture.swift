import Diary
import DiaryAnalytics

/// The standing, sitting and stretch-break part of the terminal report, and the links.
enum ReportTextPosture {
    static func posture(_ report: Report, _ canvas: inout TextCanvas) {
        canvas.heading("Standing, sitting and stretch breaks")
        canvas.paragraph("Posture records on \(report.daysWithPosture) of \(ReportFormat.count(report.days, "day")) "
                         + "before this period's nights. Days without a record are left out, never counted as "
                         + "days without standing or sitting.", indent: 2, hang: 2)
        let share = report.postureTriggers
        if share.episodes > 0 {
            canvas.paragraph("Episodes naming standing as a trigger: \(share.standing) of \(share.episodes) "
                             + "(\(ReportFormat.percent(Double(share.standing) / Double(share.episodes)))); sitting: "
                             + "\(share.sitting) of \(share.episodes) "
                             + "(\(ReportFormat.percent(Double(share.sitting) / Double(share.episodes)))).",
                             indent: 2, hang: 2)
        }
        ReportTextStretch.underWay(report, &canvas)
        guard report.daysWithPosture > 0 else { return }
        let b = report.breaks
        canvas.paragraph("Stretch breaks on those days: \(b.expected) expected (one every "
                         + "\(report.settings.breakIntervalMinutes) min), \(b.taken) taken, \(b.missed) missed."
                         + ReportTextStretch.timeliness(report), indent: 2, hang: 2)
        canvas.line()
        canvas.line("  \(canvas.left("Day before night", 16))  \(canvas.right("Standing", 8))  "
                    + "\(canvas.right("Sitting", 8))  \(canvas.right("Breaks missed", 13))")
        for row in report.nights {
            guard let day = row.dayBefore else {
                canvas.line("  \(canvas.left(row.night.label, 16))  no posture record")
                continue
            }
            canvas.line("  \(canvas.left(row.night.label, 16))  \(canvas.right(ReportFormat.hours(day.standingSeconds), 8))  "
                        + "\(canvas.right(ReportFormat.hours(day.sittingSeconds), 8))  "
                        + "\(canvas.right("\(day.breaks.missed) of \(day.breaks.expected)", 13))")
        }
    }

    static func links(_ report: Report, _ canvas: inout TextCanvas) {
        let analysis = report.links
        let details = canvas.options.details
        canvas.heading("Links with the day before (\(analysis.lookback.count) nights, \(analysis.lookback.from) to \(analysis.lookback.to))")
        // Said only when true: a long period (`all`, a year) holds the whole look-back.
        let further = analysis.lookback.from < report.period.from
            ? "The links look further back than this period so patterns have a chance to show. " : ""
        canvas.paragraph(further + "\(ReportFormat.count(analysis.loggedNights, "night")) of \(analysis.lookback.count) "
                         + "had a posture record the day before; only those count. A cramp night is a night with "
                         + "at least one nocturnal cramp.", indent: 2, hang: 2)
        if analysis.loggedNights == 0, let short = analysis.links.first?.shortfall {
            // Nothing to test: one sentence instead of three identical empty tables.
            canvas.line()
            canvas.paragraph("No link can be judged yet: at least "
                             + "\(ReportFormat.count(short.atLeastMoreNights, "more logged night")) needed. "
                             + "Exposures looked at: "
                             + Exposure.allCases.map { $0.label(report.settings) }.joined(separator: "; ") + ".",
                             indent: 2, hang: 2)
        } else {
            for link in analysis.links {
                if details { self.link(link, settings: report.settings, &canvas) } else { brief(link, settings: report.settings, &canvas) }
            }
        }
        canvas.line()
        canvas.paragraph("These are patterns in your own diary, not proof that one thing leads to another. A link "
                         + "is judged only with at least \(LinkGate.minExposedNights) nights after each kind of day, "
                         + "\(LinkGate.minCrampNights) cramp nights in all and \(LinkGate.minExposedCrampNights) after "
                         + "such days"
                         + (details ? "; p-values are adjusted (Benjamini-Hochberg) as several questions are asked at once."
                                    : ". Intervals, risk ratios and p-values: cramp report --details (or --json)."),
                         indent: 2, hang: 2)
    }

    /// A link in a line or two: its counts, then its verdict.
    static func brief(_ link: Link, settings: Settings, _ canvas: inout TextCanvas) {
        canvas.line()
        canvas.paragraph("After days with \(link.exposure.label(settings)): cramp nights \(count(link.exposed)) after "
                         + "such days, \(count(link.unexposed)) after other days", indent: 2, hang: 4)
        verdict(link, &canvas)
    }

    /// `8 of 20`, or `none logged yet`.
    static func count(_ p: Proportion) -> String {
        p.total > 0 ? "\(p.count) of \(p.total)" : "none logged yet"
    }

    static func link(_ link: Link, settings: Settings, _ canvas: inout TextCanvas) {
        canvas.line()
        canvas.paragraph("After days with \(link.exposure.label(settings))", indent: 2, hang: 4)
        canvas.paragraph("basis: \(link.exposure.basis(settings))", indent: 4, hang: 2)
        canvas.line("    cramp nights after such days: \(proportion(link.exposed))")
        canvas.line("    cramp nights after other days: \(proportion(link.unexposed))")
        if link.shortfall == nil {
            let ratio = link.riskRatio.map { ReportFormat.decimals($0, 2) } ?? "not defined (no cramp nights after other days)"
            canvas.paragraph("risk ratio \(ratio); Fisher's exact p \(ReportFormat.p(link.p)), adjusted for "
                             + "\(Exposure.allCases.count) questions \(ReportFormat.p(link.adjustedP))",
                             indent: 4, hang: 2)
        }
        verdict(link, &canvas)
    }

    static func verdict(_ link: Link, _ canvas: inout TextCanvas) {
        switch link.verdict {
        case .notEnoughData:
            guard let short = link.shortfall else { return }
            var needs: [String] = []
            if short.exposedNights > 0 { needs.append("\(short.exposedNights) after such days") }
            if short.unexposedNights > 0 { needs.append("\(short.unexposedNights) after other days") }
            // Each need names its cramp nights: "2 of them" read wrong when nothing before it counted cramp nights.
            if short.crampNights > 0 { needs.append(ReportFormat.count(short.crampNights, "more cramp night") + " in all") }
            if short.exposedCrampNights > 0 {
                needs.append(ReportFormat.count(short.exposedCrampNights, "more cramp night") + " after such days")
            }
            canvas.paragraph("=> not enough data: at least \(ReportFormat.count(short.atLeastMoreNights, "more logged night"))"
                             + " needed (\(needs.joined(separator: ", "))).", indent: 4, hang: 3)
        case .noClearLink:
            canvas.line("    => no clear link")
        case .worthMentioning:
            let direction = link.moreAfterExposed == false ? "less" : "more"
            canvas.paragraph("=> link worth mentioning to your doctor: cramp nights were \(direction) common after "
                             + "such days.", indent: 4, hang: 3, tint: .notice)
        }
    }

    /// `8 of 20 (40%, 95% CI 22-61%)`.
    static func proportion(_ p: Proportion) -> String {
        guard p.total > 0 else { return "no nights logged yet" }
        return "\(p.count) of \(p.total) (\(ReportFormat.percent(p.rate)), 95% CI \(ReportFormat.interval(p.interval)))"
    }
}
