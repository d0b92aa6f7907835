import Diary
import DiaryAnalytics

/// How trials read back: the plan, its phases, the list line and the report.
public enum TrialWords {
    /// `2 weeks baseline, then 4 weeks with magnesium, washout 3 nights, ABAB; Mon 2026-11-02 to Sun 2026-12-13`.
    public static func plan(_ trial: Trial) -> String {
        var parts = ["\(weeks(trial.baselineNights)) baseline, then \(weeks(trial.treatmentNights)) with "
                     + EpisodeText.oneLine(trial.name)]
        if trial.washoutNights > 0 {
            parts.append("washout \(trial.washoutNights) night\(trial.washoutNights == 1 ? "" : "s") after each switch")
        }
        if trial.cycles > 1 { parts.append(String(repeating: "AB", count: trial.cycles)) }
        let planned = NightRange(from: trial.firstNight, to: trial.plannedLastNight)!
        return parts.joined(separator: ", ") + "; " + planned.label
    }

    /// One line per phase: `baseline 1: Mon 2026-11-02 to Sun 2026-11-15 (14 nights)`, with its washout.
    public static func phases(_ trial: Trial) -> [String] {
        trial.phases.map { phase in
            var text = "\(phase.name): \(phase.nights.label)"
            if let washout = phase.washout { text += ", washout \(washout.label) left out" }
            return text
        }
    }

    /// `#3 magnesium: 2 weeks baseline, ...; stopped early after Fri 2026-11-20 ("diarrhoea")`.
    public static func line(_ trial: Trial) -> String {
        var text = "#\(trial.id.map(String.init) ?? "-") \(EpisodeText.oneLine(trial.name)): \(plan(trial))"
        if let stopped = trial.stoppedNight {
            text += "; stopped early after \(min(stopped, trial.plannedLastNight).label)"
            if let note = trial.stopNote { text += " (\"\(EpisodeText.oneLine(note))\")" }
        }
        return text
    }

    /// What `trial stop` says: the last night counted, the note, where to read the result.
    public static func stopped(_ trial: Trial) -> String {
        "stopped trial #\(trial.id ?? 0) \"\(EpisodeText.oneLine(trial.name))\" early: its last night is \(trial.lastNight.label)"
            + (trial.stopNote.map { ", note: \"\(EpisodeText.oneLine($0))\"" } ?? "")
            + "; see cramp trial report \(trial.id ?? 0); undo: cramp undo"
    }

    /// The trial's report: the plan, what was counted, the comparison, and the quinine advice when it applies.
    public static func report(_ result: TrialResult) -> String {
        let trial = result.trial
        var out = "Trial " + line(trial) + "\n"
        out += "Counted through \(result.through.label)"
        if result.washoutNights > 0 {
            out += "; \(result.washoutNights) washout night\(result.washoutNights == 1 ? "" : "s") left out of both sides"
        }
        out += "; strict keeping: a night counts only with a cramp logged or a check-in.\n"
        out += ComparisonText.render(result.comparison, .trial(name: EpisodeText.oneLine(trial.name)))
        if ComparisonWords.isQuinine(trial.name) { out += ComparisonWords.quinineAdvice + "\n" }
        return out
    }

    /// `cramp trial report --json`: the comparison document with a `trial` member.
    public static func json(_ result: TrialResult) -> JSONValue {
        let trial = result.trial
        let subject = ComparisonSubject.trial(name: trial.name)
        return .object([("schema", .string(ComparisonJSON.schema)), ("trial", plan(json: result))]
                       + ComparisonJSON.members(result.comparison, subject))
    }

    /// The trial's plan and state as a JSON object.
    public static func plan(json result: TrialResult) -> JSONValue {
        let trial = result.trial
        return .object([
            ("id", .optional(trial.id.map(Int.init))), ("name", .string(trial.name)),
            ("firstNight", .string(trial.firstNight.description)), ("lastNight", .string(trial.lastNight.description)),
            ("baselineNights", .int(trial.baselineNights)), ("treatmentNights", .int(trial.treatmentNights)),
            ("washoutNights", .int(trial.washoutNights)), ("cycles", .int(trial.cycles)),
            ("stoppedEarly", .bool(trial.stoppedNight != nil)), ("stopNote", .optional(trial.stopNote)),
            ("countedThrough", .string(result.through.description)), ("washoutNightsLeftOut", .int(result.washoutNights)),
            ("quinineAdvice", ComparisonWords.isQuinine(trial.name) ? .string(ComparisonWords.quinineAdvice) : .null),
        ])
    }

    /// `2 weeks`, `10 nights`.
    static func weeks(_ nights: Int) -> String {
        nights % 7 == 0 ? "\(nights / 7) week\(nights == 7 ? "" : "s")" : "\(nights) nights"
    }
}

extension TrialWords {
    /// The status line: which phase tonight belongs to and when the next one starts.
    public static func tonight(_ trial: Trial, _ tonight: Night) -> String {
        let head = "Trial #\(trial.id.map(String.init) ?? "-") \(EpisodeText.oneLine(trial.name)): "
        guard let phase = trial.phase(of: tonight) else {
            return head + "begins \(trial.firstNight.label) with the baseline"
        }
        var text = head + "tonight (\(tonight.label)) is \(phase.name), night "
            + "\(phase.nights.from.evening.days(to: tonight.evening) + 1) of \(phase.nights.count)"
        if phase.washout?.contains(tonight) == true { text += " (washout: counted on neither side)" }
        if let next = trial.phases.first(where: { $0.nights.from > tonight }), next.nights.from <= trial.lastNight {
            text += "; \(next.name) starts \(next.nights.from.label)"
        } else {
            text += "; the trial ends after \(trial.lastNight.label)"
        }
        return text + "; strict keeping is on"
    }
}
