/// A trial start or stop the diary as it stands does not allow; nothing was written.
///
/// Facts only: the CLI adds what to type next (it exits 65, data, as the input itself was well formed).
public enum TrialRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    /// A trial is running (or planned ahead) already: one trial at a time, so its nights mean one thing.
    case alreadyRunning(Trial)
    /// No trial is running or planned, so there is nothing to stop.
    case noneRunning

    /// What the diary holds that stops the change.
    public var description: String {
        switch self {
        case .alreadyRunning(let trial):
            "trial #\(trial.id.map(String.init) ?? "-") \"\(EpisodeText.oneLine(trial.name))\" runs until "
                + "\(trial.lastNight.label); one trial at a time; nothing was written"
        case .noneRunning:
            "no trial is running; nothing was written"
        }
    }
}
