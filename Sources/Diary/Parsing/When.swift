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
    public static func parse(_ text: String, clock: Clock, field: String = "--at") throws(InputError) -> Timestamp {
        let refuse = { (hint: String?) in InputError(field: field, value: text, accepted: acceptedForms, hint: hint) }
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
            return clock.zone.timestamp(utc: now.utc - Int64(seconds))
        }

        // `2026-11-17T02:40...` reads as the date followed by the time.
        if words[0].count > 10, Array(words[0])[10] == "t", looksLikeISODate(words[0].prefix(10)) {
            let first = words.removeFirst()
            words.insert(contentsOf: [String(first.prefix(10)), String(first.dropFirst(11))], at: 0)
        }

        var day: DayWord?
        var dayText = ""
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
        return try resolve(time, day: day, dayText: dayText, clock: clock, refuse: refuse)
    }

    /// The latest instant not after now that shows `time` on the clock, on the day `day` names.
    private static func resolve(
        _ time: ClockTimeText, day: DayWord?, dayText: String, clock: Clock, refuse: (String?) -> InputError
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

        for date in candidates {
            let local = LocalDateTime(date: date, secondsOfDay: time.secondsOfDay)
            let stamps = clock.zone.timestamps(for: local)
            if stamps.isEmpty {
                // A skipped reading that would otherwise be the answer: say so rather than guess.
                if local <= now.local { throw refuse(gapHint(local, zone: clock.zone, day: day, dayText: dayText)) }
                continue
            }
            if let latestPast = stamps.last(where: { $0.utc <= now.utc }) { return latestPast }
        }

        if day == .today {
            throw refuse("that is later than now (\(now.local.hourMinute)); did you mean \"yesterday \(time.canonical)\"?")
        }
        throw refuse("that is in the future; now is \(now.iso8601)")
    }

    /// Why text in the time's place is not a time, when something more useful than the forms can be said.
    private static func timeHint(_ text: String) -> String? {
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
    private enum DayWord: Equatable {
        case today, yesterday
        /// ISO weekday, 1 = Monday.
        case weekday(Int)
        case date(CivilDate)
    }

    private static let weekdayNames: [String: Int] = [
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

    /// Splits `02:40+01:00` / `02:40z` into the time and the offset in seconds (nil seconds when the offset is
    /// malformed); nil when the text carries no offset.
    private static func splitOffset(_ text: String) -> (String, Int?)? {
        if text.hasSuffix("z") { return (String(text.dropLast()), 0) }
        guard let signIndex = text.lastIndex(where: { $0 == "+" || $0 == "-" }) else { return nil }
        let body = String(text[..<signIndex])
        let sign = text[signIndex] == "-" ? -1 : 1
        let digits = text[text.index(after: signIndex)...].filter { $0 != ":" }
        let hasColon = text[signIndex...].contains(":")
        guard digits.isASCIIDigits, digits.count == 2 || digits.count == 4, !(hasColon && digits.count != 4) else {
            return (body, nil)
        }
        let hours = Int(digits.prefix(2))!, minutes = digits.count == 4 ? Int(digits.suffix(2))! : 0
        let seconds = hours * 3600 + minutes * 60
        guard minutes < 60, seconds <= Timestamp.maxOffset else { return (body, nil) }
        return (body, sign * seconds)
    }

    /// Explains a reading the clocks skipped and suggests the same moment on the clock after the change.
    private static func gapHint(_ local: LocalDateTime, zone: any ZoneRules, day: DayWord?, dayText: String) -> String {
        let naive = local.naiveEpochSeconds
        let shift = zone.offset(atUTC: naive + 86_400) - zone.offset(atUTC: naive - 86_400)
        let skipped = "the clocks went forward on \(local.date), so \(local.hourMinute) did not exist that day"
        guard shift > 0 else { return skipped }
        let after = LocalDateTime(naiveEpochSeconds: naive + Int64(shift))
        let afterTime = ClockTimeText(secondsOfDay: after.secondsOfDay).canonical
        let suggestion: String
        if after.date != local.date {
            suggestion = "\(after.date) \(afterTime)"
        } else if case .date = day {
            suggestion = "\(local.date) \(afterTime)"
        } else {
            suggestion = dayText.isEmpty ? afterTime : "\(dayText) \(afterTime)"
        }
        return "\(skipped); did you mean \"\(suggestion)\" (the hour after)?"
    }
}
