import Diary
import DiaryAnalytics

/// `cramp report --json`: the report as one JSON object with a stable, documented field list.
///
/// Stability: fields are only ever added; a change in meaning or a removal bumps `schema`.
/// Keys keep the order below. Dates are `YYYY-MM-DD` (a night is named by its evening's date),
/// instants ISO 8601 with the stored offset, durations whole seconds, proportions 0-1 numbers.
/// A number that does not exist (a risk ratio with no cramp night in the other group, a p-value
/// with an empty group) is `null`, never 0.
///
/// - `schema`: `"cramp-report/1"`.
/// - `period`: `from`, `to` (nights, ends included), `nights` (its length), `nightsElapsed`
///   (nights begun by now), `currentNight` (the night under way when the report was made).
/// - `settings`: `nightWindow` (`"22:00-08:00"`), `breakIntervalMinutes`, `longStandingHours`,
///   `longSittingHours`, `nocturnalMark`, `linkLookbackNights`, `keeping` (`continuous` or `strict`).
/// - `redFlags`: listed first. Each: `start`, `night`, `kind`, `leg`, `site` (null if not given),
///   `durationSeconds`, `reason`. `redFlagAdvice`: the advice sentences (always present).
/// - `nights`: one per night of the period that has begun, in order: `night`, `weekday`
///   (`"Mon"`), `cramps` (all cramps placed on the night), `nocturnalCramps`, `numbness`,
///   `crampSeconds`, `numbnessSeconds`, `totalSeconds`, `legs` (e.g. `["left","right"]`),
///   `inProgress`, `dayBefore`: null without a posture record, else `date`, `standingSeconds`,
///   `sittingSeconds`, `breaksExpected`, `breaksTaken`, `breaksMissed`; `kept` (`"yes"`, `"no"`: not
///   kept, `"gap"`: in a marked gap), `checkIn`: null, or `quiet`, `sleepDisturbance` (0-10, 0 when
///   quiet), `soreness` (0-10 or null).
/// - `totals`: over the period: `nightsElapsed`, `cramps`, `nocturnalCramps`, `crampNights`
///   (nights with at least one nocturnal cramp), `numbness`, `totalSeconds`, `laterEpisodes` (episodes on nights
///   of the period that have not begun, i.e. dated after now: in none of the other counts), `keptNights`,
///   `gapNights` (of the elapsed nights), `crampFreeNights` (kept nights without a nocturnal cramp),
///   `keptNocturnalCramps` (nocturnal cramps on kept nights), `nocturnalCrampsPerWeek` (those x 7 / kept
///   nights; null without a kept night).
/// - `previous`: the same fields for the previous period of the same length, plus its `from`, `to`.
/// - `nocturnalCrampsByHour`: 24 counts, index = local starting hour 0-23.
/// - `legs`: `leg`, `cramps`, `numbness` for left, right, both. `sites`: `site` (null = not given),
///   `cramps`, `numbness`, only sites that occur.
/// - `nocturnal30`: `from`, `to` (the 30 nights), `cramps`, `nights`, `mark`, `atOrAboveMark`,
///   `statement` (the sentence the terminal shows), `source`, `keptNights` (of the 30), `belowMark`
///   (true only below the mark with all 30 nights kept; `atOrAboveMark` false alone does not mean below).
/// - `triggers`: `name`, `count` (episodes naming it), most frequent first.
/// - `postureTriggers`: `episodes`, `standing`, `sitting` (episodes naming each as a trigger).
/// - `reliefs`: `name`, `used`, `helped`, `partly`, `noHelp`, `unsure`, most used first.
/// - `posture`: `days` (days before the shown nights), `daysWithRecords`, `breaksExpected`,
///   `breaksTaken`, `breaksMissed`, `breaksOnTime`, `breaksLate` (of the breaks logged live), `underWay`
///   (`ReportJSONStretch`).
/// - `links`: `from`, `to`, `nights` (the look-back), `loggedNights` (kept, with a posture record the
///   day before: the nights tested), `gate` (`minExposedNights`, `minUnexposedNights`, `minCrampNights`,
///   `minExposedCrampNights`, `alpha`), `exposures`: one per exposure in fixed order, each
///   `exposure` (`long-standing`, `long-sitting`, `missed-breaks`), `label`, `basis`, `exposed` and
///   `unexposed` (each `crampNights`, `nights`, `proportion`, `ci95` {`lower`, `upper`} or null),
///   `riskRatio`, `p` (Fisher exact, two-sided), `adjustedP` (Benjamini-Hochberg over the list),
///   `verdict` (`"not enough data"`, `"no clear link"`, `"link worth mentioning to your doctor"`),
///   `moreAfterExposed` (true/false, null when equal or a group is empty), `moreNightsNeeded`
///   (null unless not enough data), `shortfall` (null, or `exposedNights`, `unexposedNights`,
///   `crampNights`, `exposedCrampNights` still missing); then `keptNights` (kept nights of the look-back).
/// - `keeping`: `rule`, `firstRecord` (the night of the diary's first record, or null): nights before it
///   are not kept.
/// - `measures`: the period's cramps: `cramps`, `durationMedianSeconds`, `longestSeconds`,
///   `intensityMedian`, `intensityHighest`, `intensityNotGiven`, `crampNights`, `crampNightsWithCheckIn`,
///   `sleepDisturbanceMedian` (over those check-ins); a median or maximum without values is null.
public enum ReportJSON {
    /// The schema name and version written in every report.
    public static let schema = "cramp-report/1"

    /// The report as a JSON value; `.pretty` or `.compact` gives the text.
    public static func value(_ report: Report) -> JSONValue {
        .object([
            ("schema", .string(schema)),
            ("period", .object([
                ("from", date(report.period.from)), ("to", date(report.period.to)),
                ("nights", .int(report.period.count)), ("nightsElapsed", .int(report.totals.nightsElapsed)),
                ("currentNight", date(report.currentNight)),
            ])),
            ("settings", settings(report.settings)),
            ("redFlags", .array(report.redFlags.map(redFlag))),
            ("redFlagAdvice", .array(RedFlags.advice.map(JSONValue.string))),
            ("nights", .array(report.nights.map(night))),
            ("totals", totals(report.totals, withRange: false)),
            ("previous", totals(report.previousTotals, withRange: true)),
            ("nocturnalCrampsByHour", .array(report.hours.map { .int($0) })),
            ("legs", .array(report.legs.map {
                .object([("leg", .string($0.leg.rawValue)), ("cramps", .int($0.cramps)), ("numbness", .int($0.numbness))])
            })),
            ("sites", .array(report.sites.map {
                .object([("site", .optional($0.site?.rawValue)), ("cramps", .int($0.cramps)),
                         ("numbness", .int($0.numbness))])
            })),
            ("nocturnal30", nocturnal(report.nocturnal)),
            ("triggers", .array(report.triggers.map { .object([("name", .string($0.name)), ("count", .int($0.count))]) })),
            ("postureTriggers", .object([
                ("episodes", .int(report.postureTriggers.episodes)), ("standing", .int(report.postureTriggers.standing)),
                ("sitting", .int(report.postureTriggers.sitting)),
            ])),
            ("reliefs", .array(report.reliefs.map(relief))),
            ("posture", .object([
                ("days", .int(report.days)), ("daysWithRecords", .int(report.daysWithPosture)),
                ("breaksExpected", .int(report.breaks.expected)), ("breaksTaken", .int(report.breaks.taken)),
                ("breaksMissed", .int(report.breaks.missed)),
                ("breaksOnTime", .int(report.breaks.onTime)), ("breaksLate", .int(report.breaks.late)),
                ("underWay", ReportJSONStretch.underWay(report.underWay)),
            ])),
            ("links", links(report.links, settings: report.settings)),
            ("keeping", .object([
                ("rule", .string(report.keepingRule.rawValue)), ("firstRecord", report.firstRecord.map(date) ?? .null),
            ])),
            ("measures", measures(report.measures)),
        ])
    }

    static func measures(_ m: CrampMeasures) -> JSONValue {
        .object([
            ("cramps", .int(m.cramps)), ("durationMedianSeconds", .number(m.durationMedianSeconds)),
            ("longestSeconds", .optional(m.longestSeconds)), ("intensityMedian", .number(m.intensityMedian)),
            ("intensityHighest", .optional(m.intensityHighest)), ("intensityNotGiven", .int(m.intensityNotGiven)),
            ("crampNights", .int(m.crampNights)), ("crampNightsWithCheckIn", .int(m.crampNightsWithCheckIn)),
            ("sleepDisturbanceMedian", .number(m.sleepDisturbanceMedian)),
        ])
    }

    /// A check-in as the nights and the nights export show it: quiet, the score, the soreness.
    static func checkIn(_ checkIn: CheckIn?) -> JSONValue {
        guard let checkIn else { return .null }
        return .object([
            ("quiet", .bool(checkIn.sleep == .quiet)), ("sleepDisturbance", .int(checkIn.sleep.score)),
            ("soreness", .optional(checkIn.soreness)),
        ])
    }

    static func date(_ night: Night) -> JSONValue { .string(night.evening.description) }

    static func settings(_ s: Settings) -> JSONValue {
        .object([
            ("nightWindow", .string(s.nightWindow.description)), ("breakIntervalMinutes", .int(s.breakIntervalMinutes)),
            ("longStandingHours", .number(s.longStandingHours)), ("longSittingHours", .number(s.longSittingHours)),
            ("nocturnalMark", .int(s.nocturnalMark)), ("linkLookbackNights", .int(s.linkLookbackNights)),
            ("keeping", .string(s.keeping.rawValue)),
        ])
    }

    static func redFlag(_ flag: RedFlag) -> JSONValue {
        let e = flag.episode
        return .object([
            ("start", .string(e.start.iso8601)), ("night", date(flag.night)), ("kind", .string(e.kind.rawValue)),
            ("leg", .string(e.leg.rawValue)), ("site", .optional(e.site?.rawValue)),
            ("durationSeconds", .int(e.durationSeconds)), ("reason", .string(flag.reason)),
        ])
    }

    static func night(_ row: NightRow) -> JSONValue {
        .object([
            ("night", date(row.night)), ("weekday", .string(row.night.evening.weekdayName)),
            ("cramps", .int(row.cramps)), ("nocturnalCramps", .int(row.nocturnalCramps)),
            ("numbness", .int(row.numbness)), ("crampSeconds", .int(row.crampSeconds)),
            ("numbnessSeconds", .int(row.numbnessSeconds)), ("totalSeconds", .int(row.totalSeconds)),
            ("legs", .array(row.legs.map { .string($0.rawValue) })), ("inProgress", .bool(row.inProgress)),
            ("dayBefore", row.dayBefore.map { day in
                .object([
                    ("date", .string(day.date.description)), ("standingSeconds", .int(day.standingSeconds)),
                    ("sittingSeconds", .int(day.sittingSeconds)), ("breaksExpected", .int(day.breaks.expected)),
                    ("breaksTaken", .int(day.breaks.taken)), ("breaksMissed", .int(day.breaks.missed)),
                ])
            } ?? .null),
            ("kept", .string(row.keeping.rawValue)), ("checkIn", checkIn(row.checkIn)),
        ])
    }

    static func totals(_ t: PeriodTotals, withRange: Bool) -> JSONValue {
        let range: [(String, JSONValue)] = withRange ? [("from", date(t.range.from)), ("to", date(t.range.to))] : []
        return .object(range + [
            ("nightsElapsed", .int(t.nightsElapsed)), ("cramps", .int(t.cramps)),
            ("nocturnalCramps", .int(t.nocturnalCramps)), ("crampNights", .int(t.crampNights)),
            ("numbness", .int(t.numbness)), ("totalSeconds", .int(t.totalSeconds)),
            ("laterEpisodes", .int(t.laterEpisodes)), ("keptNights", .int(t.keptNights)),
            ("gapNights", .int(t.gapNights)), ("crampFreeNights", .int(t.crampFreeNights)),
            ("keptNocturnalCramps", .int(t.keptNocturnalCramps)), ("nocturnalCrampsPerWeek", .number(t.nocturnalCrampsPerWeek)),
        ])
    }

    static func nocturnal(_ n: NocturnalFrequency) -> JSONValue {
        .object([
            ("from", date(n.window.from)), ("to", date(n.window.to)), ("cramps", .int(n.cramps)),
            ("nights", .int(n.nights)), ("mark", .int(n.mark)), ("atOrAboveMark", .bool(n.atOrAboveMark)),
            ("statement", .string(n.statement)), ("source", .string(NocturnalFrequency.source)),
            ("keptNights", .int(n.keptNights)), ("belowMark", .bool(n.belowMark)),
        ])
    }

    static func relief(_ r: ReliefSummary) -> JSONValue {
        .object([
            ("name", .string(r.name)), ("used", .int(r.used)), ("helped", .int(r.helped)),
            ("partly", .int(r.partly)), ("noHelp", .int(r.noHelp)), ("unsure", .int(r.unsure)),
        ])
    }

    static func links(_ analysis: LinkAnalysis, settings: Settings) -> JSONValue {
        .object([
            ("from", date(analysis.lookback.from)), ("to", date(analysis.lookback.to)),
            ("nights", .int(analysis.lookback.count)), ("loggedNights", .int(analysis.loggedNights)),
            ("gate", .object([
                ("minExposedNights", .int(LinkGate.minExposedNights)),
                ("minUnexposedNights", .int(LinkGate.minUnexposedNights)),
                ("minCrampNights", .int(LinkGate.minCrampNights)),
                ("minExposedCrampNights", .int(LinkGate.minExposedCrampNights)),
                ("alpha", .number(LinkGate.alpha)),
            ])),
            ("exposures", .array(analysis.links.map { link($0, settings: settings) })),
            ("keptNights", .int(analysis.keptNights)),
        ])
    }

    static func link(_ link: Link, settings: Settings) -> JSONValue {
        .object([
            ("exposure", .string(link.exposure.rawValue)), ("label", .string(link.exposure.label(settings))),
            ("basis", .string(link.exposure.basis(settings))),
            ("exposed", proportion(link.exposed)), ("unexposed", proportion(link.unexposed)),
            ("riskRatio", .number(link.riskRatio)), ("p", .number(link.p)), ("adjustedP", .number(link.adjustedP)),
            ("verdict", .string(link.verdict.rawValue)),
            ("moreAfterExposed", link.moreAfterExposed.map(JSONValue.bool) ?? .null),
            ("moreNightsNeeded", .optional(link.shortfall?.atLeastMoreNights)),
            ("shortfall", link.shortfall.map { s in
                .object([
                    ("exposedNights", .int(s.exposedNights)), ("unexposedNights", .int(s.unexposedNights)),
                    ("crampNights", .int(s.crampNights)), ("exposedCrampNights", .int(s.exposedCrampNights)),
                ])
            } ?? .null),
        ])
    }

    static func proportion(_ p: Proportion) -> JSONValue {
        .object([
            ("crampNights", .int(p.count)), ("nights", .int(p.total)), ("proportion", .number(p.rate)),
            ("ci95", p.interval.map { .object([("lower", .number($0.lower)), ("upper", .number($0.upper))]) } ?? .null),
        ])
    }
}
