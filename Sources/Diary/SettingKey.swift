/// The settings a person can change with `cramp config set KEY VALUE`, stored as text.
public enum SettingKey: String, VocabularyWord {
    case nightWindow = "night-window"
    case breakInterval = "break-interval"
    case longStanding = "long-standing"
    case longSitting = "long-sitting"
    case nocturnalMark = "nocturnal-mark"
    case linkLookback = "link-lookback"
    case keeping
    case stretchLimit = "stretch-limit"

    /// One sentence for `cramp config list`, with the source of the default.
    public var help: String {
        switch self {
        case .nightWindow: "Time in bed, HH:MM-HH:MM; cramps starting inside count as nocturnal (default 22:00-08:00)."
        case .breakInterval: "Minutes between expected stretch breaks, 10-240 (default 40; guidance: every 30-40 min)."
        case .longStanding: "Hours of standing that make a long standing day, 0.5-24 (default 4; EU-OSHA)."
        case .longSitting: "Hours of sitting that make a long sitting day, 0.5-24 (default 6; our convention, no source)."
        case .nocturnalMark: "Nocturnal cramps in 30 days the report points out, 1-100 (default 5; NHANES, ~6% of adults)."
        case .linkLookback: "Nights the link analysis looks back over, 28-3650 (default 90)."
        case .keeping:
            "Which nights count as kept: continuous (from the first record, except marked gaps) or strict "
                + "(only nights with an entry or a check-in, as trials count; default continuous)."
        case .stretchLimit:
            "Hours after which an open stretch needs its real end before it counts, 1-24 (default 12; our convention)."
        }
    }

    /// The value as stored and shown.
    public func text(in settings: Settings) -> String {
        switch self {
        case .nightWindow: settings.nightWindow.description
        case .breakInterval: String(settings.breakIntervalMinutes)
        case .longStanding: SettingKey.hoursText(settings.longStandingHours)
        case .longSitting: SettingKey.hoursText(settings.longSittingHours)
        case .nocturnalMark: String(settings.nocturnalMark)
        case .linkLookback: String(settings.linkLookbackNights)
        case .keeping: settings.keeping.rawValue
        case .stretchLimit: String(settings.stretchLimitHours)
        }
    }

    /// Sets the value from text, or throws naming the key, the value and what is accepted.
    public func apply(_ text: String, to settings: inout Settings) throws(InputError) {
        let trimmed = text.trimmingSpaces
        switch self {
        case .nightWindow:
            guard let window = NightWindow(text: trimmed) else { throw refusal(text, "HH:MM-HH:MM, e.g. 22:00-08:00") }
            settings.nightWindow = window
        case .breakInterval:
            guard let minutes = Int(trimmed), (10...240).contains(minutes) else {
                throw refusal(text, "whole minutes from 10 to 240")
            }
            settings.breakIntervalMinutes = minutes
        case .longStanding, .longSitting:
            guard let hours = Double(trimmed), hours.isFinite, (0.5...24).contains(hours) else {
                throw refusal(text, "hours from 0.5 to 24, e.g. 4 or 4.5")
            }
            if self == .longStanding { settings.longStandingHours = hours } else { settings.longSittingHours = hours }
        case .nocturnalMark:
            guard let count = Int(trimmed), (1...100).contains(count) else { throw refusal(text, "a whole number from 1 to 100") }
            settings.nocturnalMark = count
        case .linkLookback:
            guard let nights = Int(trimmed), (28...3650).contains(nights) else {
                throw refusal(text, "a whole number of nights from 28 to 3650")
            }
            settings.linkLookbackNights = nights
        case .keeping:
            guard let rule = KeepingRule(rawValue: trimmed.lowercased()) else {
                throw refusal(text, KeepingRule.acceptedList)
            }
            settings.keeping = rule
        case .stretchLimit:
            guard let hours = Int(trimmed), (1...24).contains(hours) else {
                throw refusal(text, "whole hours from 1 to 24")
            }
            settings.stretchLimitHours = hours
        }
    }

    private func refusal(_ value: String, _ accepted: String) -> InputError {
        InputError(field: "setting \(rawValue)", value: value, accepted: accepted)
    }

    private static func hoursText(_ hours: Double) -> String {
        hours == hours.rounded() ? String(Int(hours)) : String(hours)
    }
}

extension Settings {
    /// Defaults overlaid with stored `key → text` pairs; unknown keys and bad stored values are ignored
    /// (the database CHECKs keys, and a stored value was validated when it was set).
    public init(stored: [String: String]) {
        var settings = Settings.defaults
        for (key, value) in stored {
            try? SettingKey(rawValue: key)?.apply(value, to: &settings)
        }
        self = settings
    }
}

extension SettingKey {
    /// The key as typed, or an error listing every key.
    public static func parse(_ text: String) throws(InputError) -> SettingKey {
        guard let key = SettingKey(rawValue: text.lowercased()) else {
            throw InputError(field: "setting", value: text, accepted: SettingKey.acceptedList)
        }
        return key
    }
}
