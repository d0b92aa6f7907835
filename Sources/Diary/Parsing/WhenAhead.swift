extension When {
    /// A clock time read against today that is a little ahead of now (`--at 3:10am` at 03:06): refused, with
    /// now and the earlier reading offered, instead of being moved a day (or a week) back without a word.
    struct Ahead {
        /// How far ahead a time is asked about: further ahead, the most recent past reading is what people mean
        /// (`--at 11pm` at 03:06 is yesterday evening).
        static let limit: Int64 = 3600

        /// The whole text, as typed.
        let text: String
        /// The clock time as typed (`3:10am`), to build the earlier reading the person can type back.
        let time: String
        /// The option the text came with, for the suggestions (`--at`).
        let field: String

        /// `"3:10am" is 4 minutes ahead of now (03:06). Did you mean now (--at now) or yesterday 03:10
        /// (--at "yesterday 3:10am")?`
        func refusal(by seconds: Int64, now: Timestamp, earlier: CivilDate, time clock: ClockTimeText) -> InputError {
            let today = now.local.date
            let (label, typed) = earlier == today.adding(days: -1)
                ? ("yesterday", "yesterday")
                : ("\(earlier.weekdayName) \(earlier)", "\(earlier)")
            let sentence = "\"\(text)\" is \(When.aheadLength(seconds)) ahead of now (\(now.local.hourMinute)). "
                + "Did you mean now (\(field) now) or \(label) \(clock.canonical) (\(field) \"\(typed) \(time)\")?"
            return InputError(field: field, value: text, sentence: sentence)
        }
    }

    /// `40 seconds`, `4 minutes` (a part minute counts as one), `1 hour`.
    static func aheadLength(_ seconds: Int64) -> String {
        if seconds < 60 { return seconds == 1 ? "1 second" : "\(seconds) seconds" }
        let minutes = (seconds + 59) / 60
        if minutes == 60 { return "1 hour" }
        return minutes == 1 ? "1 minute" : "\(minutes) minutes"
    }

    /// `last night 2am`: a time of the night that began yesterday evening. Times from noon on are that evening's
    /// (yesterday's date), earlier ones the morning after (today's), whenever it is typed; so at 00:30 "last
    /// night 11pm" is yesterday 23:00, and "last night 2am" at 01:00 is refused as not yet come.
    static func lastNight(
        _ timeText: String, text: String, clock: Clock, field: String, refuse: (String?) -> InputError
    ) throws(InputError) -> Timestamp {
        guard let time = ClockTimeText(timeText) else { throw refuse(timeHint(timeText)) }
        let now = clock.now
        let today = now.local.date
        let date = time.secondsOfDay >= 12 * 3600 ? today.adding(days: -1) : today
        let local = LocalDateTime(date: date, secondsOfDay: time.secondsOfDay)
        if let first = clock.zone.timestamps(for: local).first, first.utc > now.utc {
            throw InputError(field: field, value: text, sentence:
                "last night's \(time.canonical) is \(date.weekdayName) \(date) \(time.canonical), later than now "
                + "(\(now.local.hourMinute)); for the night before, write \(field) \"yesterday \(timeText)\"")
        }
        return try resolve(time, day: .date(date), dayText: "", clock: clock, refuse: refuse)
    }
}

extension Optional where Wrapped == When.DayWord {
    /// True for a calendar date, where the person chose the day and no other reading is offered.
    var isDate: Bool {
        if case .date = self { return true }
        return false
    }
}
