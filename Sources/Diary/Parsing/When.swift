/// The moment something happened, as typed after `--at`.
public enum When {
    /// The forms `parse` accepts, for error messages.
    public static let acceptedForms =
        "now, 03:10, 3am, 11pm, noon, midnight, today 03:10, yesterday 23:40, mon 23:40, 20m ago, -1h, "
        + "2026-11-17 02:40, 2026-11-17T02:40+01:00"

    /// Parses a moment in the past or present.
    ///
    /// A bare clock time is its most recent past occurrence; a weekday is the most recent such day on which the
    /// time is not in the future. Local readings go through `clock.zone`: a reading the clocks skipped is refused
    /// with the hour after as a suggestion; a reading shown twice is the later one that is not in the future.
    /// A future moment is refused with the past reading suggested. Never falls back to now.
    /// A moment outside `DateBounds`, or one whose offset the zone gives beyond ±18:00, is refused.
    public static func parse(_ text: String, clock: Clock, field: String = "--at") throws(InputError) -> Timestamp {
        let refuse = { (hint: String?) in InputError(field: field, value: text, accepted: acceptedForms, hint: hint) }
        let stamp = try parseUnbounded(text, clock: clock, field: field, refuse: refuse)
        guard DateBounds.contains(stamp.local.date) else { throw refuse(DateBounds.hint(for: stamp.local.date)) }
        return stamp
    }

    private static func parseUnbounded(
        _ text: String, clock: Clock, field: String, refuse: (String?) -> InputError
    ) throws(InputError) -> Timestamp {
        var words = text.lowercasedWords.filter { $0 != "at" }
        guard !words.isEmpty else { throw refuse("the time is empty") }
        let now = clock.now

        if words == ["now"] { return now }
        if words.first == "in" || words[0].hasPrefix("+") { throw refuse("a time in the future is not accepted") }
        if words.last == "ago" || words[0].hasPrefix("-") {
            var durationText = words.last == "ago" ? words.dropLast().joined(separator: " ") : words.joined(separator: " ")
            if durationText.hasPrefix("-") { durationText.removeFirst() }
            let seconds: Int
            do {
                seconds = try DurationText.parse(durationText, field: field)
            } catch {
                let hint = error.hint ?? "use a duration such as 20m or 1h30m"
                throw refuse(hint == DurationText.zeroHint ? "\(hint); for this moment write now" : hint)
            }
            return try zoned(now.utc - Int64(seconds), clock: clock, refuse: refuse)
        }

        // `2026-11-17T02:40...` reads as the date followed by the time.
        if words[0].count > 10, Array(words[0])[10] == "t", looksLikeISODate(words[0].prefix(10)) {
            let first = words.removeFirst()
            words.insert(contentsOf: [String(first.prefix(10)), String(first.dropFirst(11))], at: 0)
        }

        var day: DayWord?
        var dayText = ""
        if words.count >= 2, words[0] == "last", words[1] == "night" {
            words.removeFirst(2)
            guard !words.isEmpty else { throw refuse("add a time: last night 2am") }
            return try lastNight(words.joined(), text: text, clock: clock, field: field, refuse: refuse)
        }
        if let found = try dayWord(words[0], refuse: refuse) {
            day = found
            dayText = words.removeFirst()
        } else if words.count > 1, let found = try dayWord(words[words.count - 1], refuse: refuse) {
            day = found
            dayText = words.removeLast()
        }
        guard !words.isEmpty else { throw refuse("add a time: \(dayText) 23:40") }

        var timeText = words.joined()
        var offset: Int?
        if case .date = day, let (body, seconds) = splitOffset(timeText) {
            guard let seconds else { throw refuse("write the UTC offset as +01:00, -05:00 or Z, within 18 hours") }
            timeText = body
            offset = seconds
        }
        guard let time = ClockTimeText(timeText) else { throw refuse(timeHint(timeText)) }

        if case .date(let date) = day, let offset {
            let stamp = Timestamp(local: LocalDateTime(date: date, secondsOfDay: time.secondsOfDay), offset: offset)
            guard stamp.utc <= now.utc else { throw refuse("that is in the future; now is \(now.iso8601)") }
            return stamp
        }
        return try resolve(time, day: day, dayText: dayText, clock: clock, refuse: refuse,
                           ahead: Ahead(text: text, time: timeText, field: field))
    }

    /// The latest instant not after now that shows `time` on the clock, on the day `day` names.
    static func resolve(
        _ time: ClockTimeText, day: DayWord?, dayText: String, clock: Clock, refuse: (String?) -> InputError,
        ahead: Ahead? = nil
    ) throws(InputError) -> Timestamp {
        let now = clock.now
        let today = now.local.date
        // Most recent first: the first candidate with a past instant wins.
        let candidates: [CivilDate]
        switch day {
        case nil: candidates = [today, today.adding(days: -1)]
        case .today: candidates = [today]
        case .yesterday: candidates = [today.adding(days: -1)]
        case .weekday(let weekday):
            let back = (today.isoWeekday - weekday + 7) % 7
            candidates = [today.adding(days: -back), today.adding(days: -back - 7)]
        case .date(let date): candidates = [date]
        }

        for (position, date) in candidates.enumerated() {
            let local = LocalDateTime(date: date, secondsOfDay: time.secondsOfDay)
            let stamps = clock.zone.timestamps(for: local)
            // Today's reading a little ahead of now is a clock or a finger a few minutes off far more often than
            // a time a day (or a week) back: ask, offering both, rather than move it back without a word.
            if position == 0, date == today, let ahead, !day.isDate, let first = stamps.first, first.utc > now.utc,
               first.utc - now.utc <= Ahead.limit {
                throw ahead.refusal(by: first.utc - now.utc, now: now,
                                    earlier: candidates.count > 1 ? candidates[1] : today.adding(days: -1), time: time)
            }
            if stamps.isEmpty {
                // A skipped reading that would otherwise be the answer: say so rather than guess.
                if local <= now.local { throw refuse(gapHint(local, zone: clock.zone, day: day, dayText: dayText)) }
                continue
            }
            if let latestPast = stamps.last(where: { $0.utc <= now.utc }) {
                return try zoned(latestPast.utc, clock: clock, refuse: refuse)
            }
        }

        if day == .today {
            throw refuse("that is later than now (\(now.local.hourMinute)); did you mean \"yesterday \(time.canonical)\"?")
        }
        throw refuse("that is in the future; now is \(now.iso8601)")
    }

    /// The instant with the zone's offset, refused when the zone gives one beyond what a timestamp holds
    /// (a hand-made `TZ` rule can do that away from now, where the command's own check did not look).
    private static func zoned(_ utc: Int64, clock: Clock, refuse: (String?) -> InputError) throws(InputError) -> Timestamp {
        if let raw = clock.zone.unsupportedOffset(atUTC: utc) {
            throw refuse("the time zone (TZ) gives UTC\(Timestamp.offsetText(raw)) then, beyond the ±18:00 a timestamp holds; "
                         + "write the moment with its offset, e.g. 2026-11-17T02:40+01:00")
        }
        return clock.zone.timestamp(utc: utc)
    }

    /// Why text in the time's place is not a time, when something more useful than the forms can be said.
    static func timeHint(_ text: String) -> String? {
        if text.isASCIIDigits, text.count <= 2 {
            return "add am/pm or minutes: \(text)am, \(text)pm or \(pad(Int(text)!, 2)):00"
        }
        if text.contains(":"), text.allSatisfy({ $0.isASCIIDigit || $0 == ":" }) {
            return "hours go from 0 to 23, minutes and seconds from 00 to 59"
        }
        if text.hasSuffix("am") || text.hasSuffix("pm") || text.hasSuffix(".m.") {
            return "with am or pm the hour goes from 1 to 12"
        }
        if (try? DurationText.parse(text)) != nil { return "for a time that long ago write \(text) ago" }
        if splitOffset(text) != nil { return "a UTC offset needs a date: 2026-11-17T02:40+01:00" }
        return nil
    }

    /// What a leading or trailing word says about the date.
    enum DayWord: Equatable {
        case today, yesterday
        /// ISO weekday, 1 = Monday.
        case weekday(Int)
        case date(CivilDate)
    }

    /// Weekday words and their ISO numbers (1 = Monday); `NightText` reads the same words.
    static let weekdayNames: [String: Int] = [
        "mon": 1, "monday": 1, "tue": 2, "tues": 2, "tuesday": 2, "wed": 3, "weds": 3, "wednesday": 3,
        "thu": 4, "thur": 4, "thurs": 4, "thursday": 4, "fri": 5, "friday": 5, "sat": 6, "saturday": 6,
        "sun": 7, "sunday": 7,
    ]

    /// The day a word names, nil when it names none; throws for a date-shaped word that is no date.
    private static func dayWord(
        _ word: String, refuse: (String?) -> InputError
    ) throws(InputError) -> DayWord? {
        switch word {
        case "today": return .today
        case "yesterday": return .yesterday
        default: break
        }
        if let weekday = weekdayNames[word] { return .weekday(weekday) }
        if looksLikeISODate(word) {
            guard let date = CivilDate(iso: word) else { throw refuse("\(word) is not a calendar date") }
            guard DateBounds.contains(date) else { throw refuse(DateBounds.hint(for: date)) }
            return .date(date)
        }
        return nil
    }

    /// `dddd-dd-dd`, whether or not the date exists.
    private static func looksLikeISODate(_ text: some StringProtocol) -> Bool {
        let chars = Array(text)
        return chars.count == 10 && chars[4] == "-" && chars[7] == "-"
            && chars.enumerated().allSatisfy { $0.offset == 4 || $0.offset == 7 || $0.element.isASCIIDigit }
    }

    /// Splits `02:40+01:00` / `02:40z` / `02:40-00:44:30` into the time and the offset in seconds (nil seconds
    /// when the offset is malformed); nil when the text carries no offset.
    private static func splitOffset(_ text: String) -> (String, Int?)? {
        if text.hasSuffix("z") { return (String(text.dropLast()), 0) }
        guard let signIndex = text.lastIndex(where: { $0 == "+" || $0 == "-" }) else { return nil }
        let body = String(text[..<signIndex])
        let sign = text[signIndex] == "-" ? -1 : 1
        let digits = text[text.index(after: signIndex)...].filter { $0 != ":" }
        let colons = text[signIndex...].filter { $0 == ":" }.count
        guard digits.isASCIIDigits, [2, 4, 6].contains(digits.count), colons == 0 || colons == digits.count / 2 - 1 else {
            return (body, nil)
        }
        let pairs = stride(from: 0, to: digits.count, by: 2).map { Int(digits.dropFirst($0).prefix(2))! }
        let (hours, minutes, extra) = (pairs[0], pairs.count > 1 ? pairs[1] : 0, pairs.count > 2 ? pairs[2] : 0)
        let seconds = hours * 3600 + minutes * 60 + extra
        guard minutes < 60, extra < 60, seconds <= Timestamp.maxOffset else { return (body, nil) }
        return (body, sign * seconds)
    }

    /// Explains a reading the clocks skipped, with the readings either side of the jump, and suggests the same
    /// moment on the clock after the change (the reading moved on by the jump's length).
    private static func gapHint(_ local: LocalDateTime, zone: any ZoneRules, day: DayWord?, dayText: String) -> String {
        guard let jump = zone.forwardJump(around: local) else {
            return "the clocks went forward on \(local.date), so \(local.hourMinute) did not exist that day"
        }
        let length = spokenLength(jump.seconds)
        let skipped = "the clocks went forward \(length) from \(jump.from.date) \(jump.from.hourMinute) to "
            + "\(jump.to.date) \(jump.to.hourMinute), so \(local.date) \(clockText(local)) did not exist"
        let after = LocalDateTime(naiveEpochSeconds: local.naiveEpochSeconds + Int64(jump.seconds))
        let afterTime = clockText(after)
        let suggestion: String
        if after.date != local.date {
            suggestion = "\(after.date) \(afterTime)"
        } else if case .date = day {
            suggestion = "\(local.date) \(afterTime)"
        } else {
            suggestion = dayText.isEmpty ? afterTime : "\(dayText) \(afterTime)"
        }
        return "\(skipped); did you mean \"\(suggestion)\" (\(length) later, on the clock after the change)?"
    }

    /// `03:00`, or `03:15:30` when the reading has seconds.
    private static func clockText(_ local: LocalDateTime) -> String {
        ClockTimeText(secondsOfDay: local.secondsOfDay).canonical
    }

    /// `1 hour`, `30 minutes`, `24 hours`, `1 hour 30 minutes`.
    private static func spokenLength(_ seconds: Int) -> String {
        let (hours, minutes) = (seconds / 3600, seconds / 60 % 60)
        var parts: [String] = []
        if hours > 0 { parts.append(hours == 1 ? "1 hour" : "\(hours) hours") }
        if minutes > 0 { parts.append(minutes == 1 ? "1 minute" : "\(minutes) minutes") }
        if parts.isEmpty { parts.append(seconds == 1 ? "1 second" : "\(seconds) seconds") }
        return parts.joined(separator: " ")
    }
}
