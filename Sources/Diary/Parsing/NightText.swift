/// One night as typed after `--night` or `--from` (`last night`, `yesterday`, `fri`, `2026-11-25`).
public enum NightText {
    /// The forms `parse` accepts, for error messages.
    public static let acceptedForms = "last night, yesterday, tonight, a weekday (mon ... sun), 2026-11-25"

    /// The night a morning check-in is about when none is given: the one whose evening was the day before today,
    /// so at 07:30, 14:00 or 23:00 on Thursday it is Wednesday's night.
    public static func lastNight(clock: Clock) -> Night {
        Night(evening: clock.now.local.date.adding(days: -1))
    }

    /// Parses a night, named by the date of its evening.
    ///
    /// `last night` and `yesterday` are `lastNight(clock:)`; `tonight` is the current night (the one going on, or
    /// ahead after the night window's end); a weekday is the latest night begun that evening, not after tonight;
    /// a date is the night beginning that evening.
    public static func parse(_ text: String, clock: Clock, window: NightWindow, field: String) throws(InputError) -> Night {
        let refuse = { (hint: String?) in InputError(field: field, value: text, accepted: acceptedForms, hint: hint) }
        let tonight = clock.currentNight(window: window)
        switch text.lowercasedWords {
        case []: throw refuse("the night is empty")
        case ["last", "night"], ["yesterday"]: return lastNight(clock: clock)
        case ["tonight"]: return tonight
        case ["today"]: throw refuse("write tonight for the night that begins this evening, or last night")
        case let words where words.count == 1:
            let word = words[0]
            if let weekday = When.weekdayNames[word] {
                let back = (tonight.evening.isoWeekday - weekday + 7) % 7
                return tonight.adding(-back)
            }
            guard word.count == 10, let date = CivilDate(iso: word) else {
                throw refuse(word.count == 10 && word.filter({ $0 == "-" }).count == 2 ? "\(word) is not a calendar date" : nil)
            }
            guard DateBounds.contains(date) else { throw refuse(DateBounds.hint(for: date)) }
            return Night(evening: date)
        default: throw refuse("give one night, e.g. 2026-11-25")
        }
    }
}
