import Diary
import DiaryStore

/// What `trial start` asks for: the plan in the person's units (weeks), checked by `startTrial`.
public struct TrialPlan: Sendable {
    public var name: String
    /// Weeks of each baseline (at least 2).
    public var baselineWeeks: Int
    /// Weeks of each treatment phase.
    public var treatmentWeeks: Int
    /// Nights after each switch counted on neither side.
    public var washoutNights: Int
    /// Baseline-then-treatment pairs: 1 is AB, 2 is ABAB.
    public var cycles: Int
    /// The first night of the first baseline; nil for tonight.
    public var from: Night?
    public var note: String?

    /// A plan with the defaults: 2 weeks of baseline, 4 of treatment, no washout, one cycle, from tonight.
    public init(name: String, baselineWeeks: Int = 2, treatmentWeeks: Int = 4, washoutNights: Int = 0, cycles: Int = 1,
                from: Night? = nil, note: String? = nil) {
        self.name = name
        self.baselineWeeks = baselineWeeks
        self.treatmentWeeks = treatmentWeeks
        self.washoutNights = washoutNights
        self.cycles = cycles
        self.from = from
        self.note = note
    }
}

extension Actions {
    /// Plans a trial from the night asked (default tonight). Refused while another trial runs or waits to begin.
    public func startTrial(_ plan: TrialPlan) throws -> Trial {
        let name = plan.name.trimmingSpaces
        guard (1...100).contains(name.unicodeScalars.count), !NoteText.refuses(name), !name.contains(where: \.isNewline) else {
            throw InputError(field: "name", value: EpisodeText.oneLine(String(name.prefix(40))),
                             accepted: "what is tried, 1 to 100 characters (magnesium, a stretching routine)")
        }
        let baseline = plan.baselineWeeks * 7, treatment = plan.treatmentWeeks * 7
        guard plan.baselineWeeks >= 2, Trial.baselineRange.contains(baseline) else {
            throw InputError(field: "--baseline", value: String(plan.baselineWeeks),
                             accepted: "whole weeks from 2 to 52 (trials used a baseline of 2 to 4 weeks)")
        }
        guard plan.treatmentWeeks >= 1, Trial.treatmentRange.contains(treatment) else {
            throw InputError(field: "--treatment", value: String(plan.treatmentWeeks), accepted: "whole weeks from 1 to 52")
        }
        guard plan.washoutNights >= 0, plan.washoutNights < min(baseline, treatment) else {
            throw InputError(field: "--washout", value: String(plan.washoutNights),
                             accepted: "nights from 0 to \(min(baseline, treatment) - 1), fewer than a phase holds")
        }
        guard Trial.cycleRange.contains(plan.cycles) else {
            throw InputError(field: "--repeat", value: String(plan.cycles), accepted: "1 to 10 (2 is ABAB)")
        }
        let note = try plan.note.flatMap { try NoteText.checked($0) }
        let existing = try existingFile()
        let window = try existing.map { try SettingsRepository($0.db).load().nightWindow } ?? Settings.defaults.nightWindow
        let tonight = clock.currentNight(window: window)
        let first = plan.from ?? tonight
        guard DateBounds.contains(first.evening) else {
            throw InputError(field: "--from", value: first.description, accepted: "a night dated \(DateBounds.text)")
        }
        if let file = existing, let running = try Self.runningTrial(file, lastNight: tonight.adding(-1)) {
            throw TrialRefusal.alreadyRunning(running)
        }
        let file = try fileForWriting()
        let now = clock.nowUTC
        var trial = Trial(name: name, firstNight: first, baselineNights: baseline, treatmentNights: treatment,
                          washoutNights: plan.washoutNights, cycles: plan.cycles, note: note, createdUTC: now, updatedUTC: now)
        try file.journaled("trial start", nowUTC: now) { operation in
            trial.id = try TrialRepository(file.db).insert(trial, nowUTC: now)
            try operation.inserted(.trial, rowID: trial.id!)
            return ((), "started trial #\(trial.id!) \"\(EpisodeText.oneLine(name))\"")
        }
        return trial
    }

    /// Stops the running trial early: its last night is last night (or its first night when it had not begun).
    public func stopTrial(note: String? = nil) throws -> Trial {
        let stopNote = try note.flatMap { try NoteText.checked($0) }
        guard let file = try existingFile() else { throw TrialRefusal.noneRunning }
        let window = try SettingsRepository(file.db).load().nightWindow
        let lastNight = clock.currentNight(window: window).adding(-1)
        guard var trial = try Self.runningTrial(file, lastNight: lastNight), let id = trial.id else {
            throw TrialRefusal.noneRunning
        }
        let now = clock.nowUTC
        trial.stoppedNight = max(trial.firstNight, lastNight)
        trial.stopNote = stopNote
        trial.updatedUTC = max(trial.createdUTC, now)
        try file.journaled("trial stop", nowUTC: now) { operation in
            try operation.willChange(.trial, rowID: id, .update)
            try TrialRepository(file.db).recordStop(trial, nowUTC: now)
            return ((), "stopped trial #\(id) \"\(EpisodeText.oneLine(trial.name))\" early after \(trial.lastNight.label)")
        }
        return trial
    }

    /// The trial still running or waiting to begin: one whose last night is after `lastNight` (the last complete night).
    static func runningTrial(_ file: DiaryFile, lastNight: Night) throws -> Trial? {
        try TrialRepository(file.db).all().last { $0.lastNight > lastNight }
    }
}

extension String {
    /// The text without spaces, tabs or line breaks at either end.
    fileprivate var trimmingSpaces: String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
