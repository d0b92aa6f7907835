/// The dates a diary holds: local dates from 1900-01-01 to 2199-12-31, whatever way they come in
/// (`--at`, `--now`/`CRAMP_NOW`, periods, imported rows, the system clock).
///
/// Why these: a person's own cramps lie within a lifetime, so 1900 reaches past any living diarist and 2199
/// leaves room for rows a wrong clock dated ahead (`cramp check` names those). Beyond them only typos live, and
/// they cost: a year-0001 row made `report --period all` walk 740,000 nights, exported a `night_of` of year 0000
/// that no import reads, and sat in zones' invented local mean time. Bounding the dates also bounds every period.
public enum DateBounds {
    /// The first date accepted.
    public static let earliest = CivilDate(year: 1900, month: 1, day: 1)!
    /// The last date accepted.
    public static let latest = CivilDate(year: 2199, month: 12, day: 31)!
    /// `1900-01-01 to 2199-12-31`, for messages.
    public static let text = "\(earliest) to \(latest)"

    /// True when `date` is inside the bounds.
    public static func contains(_ date: CivilDate) -> Bool { date >= earliest && date <= latest }

    /// The last UTC second whose reading is inside the bounds at any offset: nothing after it can be "now".
    public static let latestUTC = LocalDateTime(date: latest, secondsOfDay: 86_399).naiveEpochSeconds
        + Int64(Timestamp.maxOffset)

    /// What a refusal says after the value.
    public static func hint(for date: CivilDate) -> String {
        "\(date) is outside the dates a diary holds, \(text)"
    }
}
