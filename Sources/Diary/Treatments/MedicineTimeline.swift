/// One medicine's steps, earliest first; names compared case-insensitively (`MedicineEvent.nameKey`).
public struct MedicineHistory: Hashable, Sendable {
    /// The name as typed at its first step.
    public let name: String
    /// Its starts, dose changes and stops, earliest first (ties in the order they were stored).
    public let events: [MedicineEvent]

    /// True when its last step is not a stop.
    public var isRunning: Bool { events.last.map { $0.action != .stop } ?? false }

    /// The class the vocabulary gives its name, if any.
    public var drugClass: DrugClass? { MedicineVocabulary.drugClass(of: name) }

    /// The medicine as it stood just after its last step at or before `utc`, or nil when it was not running then.
    public func running(atUTC utc: Int64) -> RunningMedicine? {
        guard let index = events.lastIndex(where: { $0.at.utc <= utc }) else { return nil }
        return Self.state(events[...index])
    }

    /// The running medicine the steps leave, or nil when they end stopped (or hold none).
    static func state(_ steps: ArraySlice<MedicineEvent>) -> RunningMedicine? {
        guard let last = steps.last, last.action != .stop else { return nil }
        // The latest start, and the latest dose given since it (a start may have none; a change always has one).
        let start = steps.lastIndex { $0.action == .start } ?? steps.startIndex
        let dose = steps[start...].last { $0.dose != nil }?.dose
        return RunningMedicine(name: steps[start].name, dose: dose, since: steps[start], latest: last)
    }
}

/// A medicine running at some moment.
public struct RunningMedicine: Hashable, Sendable {
    /// The name as typed when it was started.
    public let name: String
    /// The dose in force, if one was given.
    public let dose: String?
    /// The start it runs since.
    public let since: MedicineEvent
    /// Its last step so far (the start, or the latest dose change).
    public let latest: MedicineEvent
}

/// The medicine timeline: every medicine with its steps, in the order each was first recorded.
public struct MedicineTimeline: Hashable, Sendable {
    /// Every medicine, in the order of its first step.
    public let medicines: [MedicineHistory]

    /// The timeline of `events`, given in any order.
    public init(_ events: [MedicineEvent]) {
        let sorted = events.sorted { ($0.at.utc, $0.id ?? .max) < ($1.at.utc, $1.id ?? .max) }
        var order: [String] = []
        var steps: [String: [MedicineEvent]] = [:]
        for event in sorted {
            if steps[event.nameKey] == nil { order.append(event.nameKey) }
            steps[event.nameKey, default: []].append(event)
        }
        medicines = order.map { MedicineHistory(name: steps[$0]![0].name, events: steps[$0]!) }
    }

    /// Every step, of all medicines.
    public var eventCount: Int { medicines.reduce(0) { $0 + $1.events.count } }

    /// The medicine named `name` (any case), if it has steps.
    public func history(of name: String) -> MedicineHistory? {
        let key = name.lowercased()
        return medicines.first { $0.events[0].nameKey == key }
    }

    /// The medicines running at `utc`, in timeline order.
    public func running(atUTC utc: Int64) -> [RunningMedicine] { medicines.compactMap { $0.running(atUTC: utc) } }

    /// The medicines running after the last step of each.
    public var running: [RunningMedicine] { medicines.compactMap { MedicineHistory.state($0.events[...]) } }

    /// Refuses `event` when it does not fit its medicine's steps: a start while it runs, a change or stop while it
    /// does not, a change to the dose it already has, or a step before a later one it would contradict (a start
    /// before a later start, a stop before a later change or stop). Steps at the same instant count as before it.
    public func check(_ event: MedicineEvent) throws(MedicineRefusal) {
        let steps = history(of: event.name)?.events ?? []
        let split = steps.firstIndex { $0.at.utc > event.at.utc } ?? steps.endIndex
        let before = MedicineHistory.state(steps[..<split])
        let later = split < steps.endIndex ? steps[split] : nil
        switch event.action {
        case .start:
            if let before { throw .alreadyRunning(before) }
            if let later, later.action == .start { throw .contradictsLater(event, later) }
        case .change, .stop:
            guard let before else {
                throw .notRunning(event, lastStop: steps[..<split].last, running: running(atUTC: event.at.utc))
            }
            if event.action == .change, let dose = event.dose, before.dose?.lowercased() == dose.lowercased() {
                throw .sameDose(before)
            }
            if event.action == .stop, let later, later.action != .start { throw .contradictsLater(event, later) }
        }
    }
}

/// A medicine step the timeline as it stands does not allow; nothing was written.
///
/// Facts only: the CLI adds what to type next (it exits 65, data, as the input itself was well formed).
public enum MedicineRefusal: Error, Hashable, Sendable, CustomStringConvertible {
    /// A start of a medicine that is running then.
    case alreadyRunning(RunningMedicine)
    /// A change or stop of a medicine not running then; its last stop before, if any, and what was running.
    case notRunning(MedicineEvent, lastStop: MedicineEvent?, running: [RunningMedicine])
    /// A change to the dose in force.
    case sameDose(RunningMedicine)
    /// The step would make the medicine's next step wrong (a later start of a running medicine, a later change or
    /// stop of a stopped one).
    case contradictsLater(MedicineEvent, MedicineEvent)

    /// What the timeline holds that stops the step.
    public var description: String {
        switch self {
        case .alreadyRunning(let running):
            "\(running.name) is already running, since \(EpisodeText.when(running.since.at))"
                + (running.dose.map { " (\($0))" } ?? "") + "; nothing was written"
        case .notRunning(let event, let lastStop, let running):
            "\(event.name) is not running on \(EpisodeText.when(event.at)) ("
                + (lastStop.map { "stopped on \(EpisodeText.when($0.at))" } ?? "never started") + "); "
                + MedicineText.runningList(running) + "; nothing was written"
        case .sameDose(let running):
            "\(running.name) is already at \(running.dose ?? ""); nothing was written"
        case .contradictsLater(let event, let later):
            "\(Self.noun(event.action)) of \(event.name) on \(EpisodeText.when(event.at)) would come before its "
                + "later \(Self.noun(later.action).dropFirst(2)) on "
                + "\(EpisodeText.when(later.at)) (medicine event #\(later.id.map(String.init) ?? "-")), which would then "
                + (later.action == .start ? "start it while it runs" : "\(later.action.rawValue) it while it is stopped")
                + "; nothing was written"
        }
    }

    /// `a start`, `a dose change`, `a stop`.
    static func noun(_ action: MedicineAction) -> String {
        switch action {
        case .start: "a start"
        case .change: "a dose change"
        case .stop: "a stop"
        }
    }
}
