import Diary
@testable import DiaryAnalytics

/// Central European winter time, the offset most fixtures use.
let cet = 3600

func day(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

func night(_ iso: String) -> Night { Night(evening: day(iso)) }

/// The instant whose local reading at `offset` is `iso` at `hm` (`"02:40"`).
func at(_ iso: String, _ hm: String, offset: Int = cet) -> Timestamp {
    let minute = NightWindow.minute(hm)!
    return Timestamp(local: LocalDateTime(date: day(iso), secondsOfDay: minute * 60), offset: offset)
}

func cramp(
    _ iso: String, _ hm: String, offset: Int = cet, seconds: Int = 90, leg: Leg = .left, site: Site? = .calf,
    woke: Woke = .unknown, triggers: [Trigger] = [], reliefs: [Relief] = []
) -> Episode {
    Episode(kind: .cramp, start: at(iso, hm, offset: offset), leg: leg, site: site, durationSeconds: seconds,
            woke: woke, triggers: triggers, reliefs: reliefs)
}

func numbness(_ iso: String, _ hm: String, seconds: Int = 600, leg: Leg = .right) -> Episode {
    Episode(kind: .numbness, start: at(iso, hm), leg: leg, site: .foot, durationSeconds: seconds)
}

func session(
    _ posture: Posture, _ iso: String, _ hm: String, minutes: Int, breaks: Int = 0, offset: Int = cet
) -> PostureSession {
    PostureSession(posture: posture, start: at(iso, hm, offset: offset), durationSeconds: minutes * 60,
                   breaksTaken: breaks)
}

/// A diary of `count` nights ending with `end`: each day a standing session (long or short) and a
/// sitting session with its breaks taken, and a 03:00 cramp on the nights `cramp` says.
func postureDiary(
    endingWith end: Night, count: Int, longStanding: (Int) -> Bool, crampAfter: (Int, Bool) -> Bool
) -> (episodes: [Episode], sessions: [PostureSession]) {
    var episodes: [Episode] = [], sessions: [PostureSession] = []
    for i in 0..<count {
        let evening = end.adding(i - count + 1).evening
        let long = longStanding(i)
        sessions.append(session(.standing, evening.description, "09:00", minutes: long ? 300 : 60, breaks: 10))
        sessions.append(session(.sitting, evening.description, "15:00", minutes: 120, breaks: 3))
        if crampAfter(i, long) {
            episodes.append(cramp(evening.adding(days: 1).description, "03:00", woke: .yes))
        }
    }
    return (episodes, sessions)
}

/// The keeping facts a diary holding these records has (its first record is the earliest episode
/// night or posture day, as the store reads it), with the rule, gaps and check-ins given.
func keeping(
    _ episodes: [Episode], _ sessions: [PostureSession] = [], rule: KeepingRule = .continuous,
    gaps: [KeepingGap] = [], checkIns: [CheckIn] = [], window: NightWindow = .standard
) -> DiaryKeeping {
    let nights = episodes.map { $0.night(window: window) } + sessions.map { Night(evening: $0.start.local.date) }
        + checkIns.map(\.night)
    return DiaryKeeping(rule: rule, firstRecord: nights.min(), gaps: gaps, checkIns: checkIns)
}
