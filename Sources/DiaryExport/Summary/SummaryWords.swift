import Diary
import DiaryAnalytics

/// The sentences of the visit summary, shared by the text and HTML writers so both say the same.
/// Neutral wording throughout: counts first, sources named, never "cause".
enum SummaryWords {
    static let title = "Leg cramp diary: summary for a doctor visit"

    static func period(_ s: VisitSummary) -> String {
        "Period: \(s.report.period.label); made \(s.madeAt.local.date.weekdayName) \(s.madeAt.local.date)."
    }

    static func since(_ s: VisitSummary) -> String {
        guard let first = s.firstEpisode, let night = s.firstNight else {
            // Check-ins or posture records alone are a diary kept, only without an episode.
            return s.firstRecord == nil ? "Nothing logged in the diary yet." : "No cramp or numbness episode in the diary yet."
        }
        return "First episode in the diary: \(EpisodeText.when(first)) (night of \(night))."
    }

    static func nocturnal(_ s: VisitSummary) -> String {
        "Nocturnal: it woke the person, or started in their night window \(s.report.settings.nightWindow) "
            + "(a setting). Cramp nights: nights with at least one nocturnal cramp."
    }

    static func totals(_ s: VisitSummary) -> String {
        let t = s.report.totals
        let daytime = t.cramps - t.nocturnalCramps
        return "In this period: \(ReportFormat.count(t.cramps, "cramp")) (\(t.nocturnalCramps) nocturnal, on "
            + "\(ReportFormat.count(t.crampNights, "night"))"
            + (daytime > 0 ? "; \(daytime) in the daytime" : "") + "), "
            + "\(ReportFormat.count(t.numbness, "numbness episode"))."
    }

    /// The 30-night count against the mark, always with the mark's source (the report's sentence names it
    /// only at or above the mark).
    static func nocturnalCount(_ report: Report) -> String {
        let n = report.nocturnal
        guard !n.statement.contains(NocturnalFrequency.source) else { return n.statement }
        let setting = n.mark == NocturnalFrequency.publishedMark ? "" : "; your mark is set to \(n.mark)"
        return "\(n.statement) The mark: \(NocturnalFrequency.publishedMeaning) (\(NocturnalFrequency.source))\(setting)."
    }

    /// Cramps, nocturnal cramps, cramp nights and numbness of a month; `-` for each in a month without a
    /// kept night or an entry, which would otherwise read as a month without cramps.
    static func monthCounts(_ m: MonthCount) -> [String] {
        let counts = [m.cramps, m.nocturnalCramps, m.crampNights, m.numbness]
        guard m.keptNights > 0 || m.cramps + m.numbness > 0 else { return counts.map { _ in "-" } }
        return counts.map(String.init)
    }

    /// `2026-08 (23-31)` for a month the period covers in part.
    static func month(_ m: MonthCount) -> String {
        m.isWholeMonth ? m.label : "\(m.label) (\(m.first.evening.day)-\(m.last.evening.day))"
    }

    static func legs(_ report: Report) -> String {
        let legs = report.legs.filter { $0.cramps + $0.numbness > 0 }
            .map { "\($0.leg.rawValue) \(both($0.cramps, $0.numbness))" }
        return "Legs: " + (legs.isEmpty ? "none logged" : legs.joined(separator: "; ")) + "."
    }

    static func sites(_ report: Report) -> String {
        let sites = report.sites.map { "\($0.site?.rawValue ?? "site not given") \(both($0.cramps, $0.numbness))" }
        return "Sites: " + (sites.isEmpty ? "none logged" : sites.joined(separator: "; ")) + "."
    }

    private static func both(_ cramps: Int, _ numbness: Int) -> String {
        [cramps > 0 ? ReportFormat.count(cramps, "cramp") : nil, numbness > 0 ? "\(numbness) numbness" : nil]
            .compactMap { $0 }.joined(separator: ", ")
    }

    /// Triggers shown before "and N more".
    static let shownTriggers = 8
    /// Reliefs shown.
    static let shownReliefs = 5

    static func triggers(_ report: Report) -> String {
        guard !report.triggers.isEmpty else { return "Triggers noted: none." }
        let shown = report.triggers.prefix(shownTriggers).map { "\($0.name) \($0.count)" }
        let more = report.triggers.count > shownTriggers ? ["and \(report.triggers.count - shownTriggers) more"] : []
        return "Triggers noted (episodes naming each): " + (shown + more).joined(separator: ", ") + "."
    }

    /// `stretch: used 12; helped 8, partly 3, did not help 1, unsure 0` (no outcome given is stored as unsure).
    static func relief(_ r: ReliefSummary) -> String {
        "\(r.name): used \(r.used); helped \(r.helped), partly \(r.partly), did not help \(r.noHelp), unsure \(r.unsure)"
    }

    static func linksHeading(_ report: Report) -> String {
        "Nights \(report.links.lookback.from) to \(report.links.lookback.to); only links with enough data behind them:"
    }

    /// The links that passed the report's sample-size gate.
    static func gatedLinks(_ report: Report) -> [Link] { report.links.links.filter { $0.shortfall == nil } }

    /// A link that passed the gate: the verdict first, then the counts behind it.
    static func link(_ link: Link, settings: Settings) -> String {
        let exposure = "After days with \(link.exposure.label(settings))"
        guard link.verdict == .worthMentioning else {
            return "\(exposure): \(link.verdict.rawValue) (cramp nights \(link.exposed.count) of \(link.exposed.total) "
                + "against \(link.unexposed.count) of \(link.unexposed.total) after other days; adjusted p "
                + "\(ReportFormat.p(link.adjustedP)))."
        }
        let ratio = link.riskRatio.map { ReportFormat.decimals($0, 2) } ?? "not defined"
        return "\(exposure): \(link.verdict.rawValue) (cramp nights \(link.moreAfterExposed == false ? "less" : "more") "
            + "common after such days): \(ReportTextPosture.proportion(link.exposed)) against "
            + "\(ReportTextPosture.proportion(link.unexposed)) after other days; risk ratio \(ratio), "
            + "adjusted p \(ReportFormat.p(link.adjustedP))."
    }

    static func noGatedLinks(_ report: Report) -> String {
        "None can be judged yet: a link needs nights with sitting or standing logged the day before, at least "
            + "\(LinkGate.minExposedNights) after such days and \(LinkGate.minUnexposedNights) after other days, with "
            + "\(LinkGate.minCrampNights) cramp nights, \(LinkGate.minExposedCrampNights) of them after such days "
            + "(\(report.links.loggedNights) such nights so far; cramp report shows what is missing)."
    }

    /// `Fri 2026-10-02 02:15 both thigh 11m40s` (local time at the episode).
    static func redFlag(_ flag: RedFlag) -> String {
        let e = flag.episode
        let local = e.start.local
        let site = e.site.map { " \($0.rawValue)" } ?? ""
        return "\(local.date.weekdayName) \(local.date) \(local.hourMinute) \(e.leg.rawValue)\(site) "
            + DurationText.format(e.durationSeconds)
    }

    /// Red flags listed one by one before "and N more".
    static let shownRedFlags = 8

    /// `Red flags logged: 2 cramps over 10 minutes: ...; ...`.
    static func redFlags(_ report: Report) -> String {
        let flags = report.redFlags
        var text = "Red flags logged: \(ReportFormat.count(flags.count, "cramp")) over 10 minutes: "
            + flags.prefix(shownRedFlags).map(redFlag).joined(separator: ", ")
        if flags.count > shownRedFlags { text += "; and \(flags.count - shownRedFlags) more (see cramp list)" }
        return text + "."
    }

    static let noRedFlags = "Red flags logged: no cramp over 10 minutes (the one red flag a diary entry can show)."

    static func medicine(_ m: MedicineMention) -> String {
        let episodes = ReportFormat.count(m.episodes, "episode")
        guard let medicineClass = m.medicineClass else {
            return m.isNamed ? "\(m.name) (\(episodes))" : "\(m.name) (\(episodes), medicine not named)"
        }
        return "\(m.name) (\(episodes); \(medicineClass.label))"
    }

    static let noMedicines = "Medicines noted as triggers: none."
}
