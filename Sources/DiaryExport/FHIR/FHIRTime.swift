import Diary

/// Times as FHIR R4 `dateTime` and `instant` text.
enum FHIRTime {
    /// The moment with its stored offset (`2026-11-17T02:40:00+01:00`); an offset FHIR cannot write (with
    /// seconds, or beyond ±14:00) is given in UTC instead, the same instant.
    static func dateTime(_ moment: Timestamp) -> String {
        let offset = moment.offset
        guard offset % 60 == 0, abs(offset) <= 14 * 3600 else { return utc(moment.utc) }
        return moment.iso8601
    }

    /// UTC seconds as `2026-11-17T01:40:00Z`.
    static func utc(_ seconds: Int64) -> String {
        "\(LocalDateTime(naiveEpochSeconds: seconds))Z"
    }
}
