import Diary

/// Times as FHIR R4 `dateTime` and `instant` text, written digit by digit: an export writes two or three per
/// episode, and string interpolation of padded numbers cost more than the rest of an Observation.
enum FHIRTime {
    /// The moment with its stored offset (`2026-11-17T02:40:00+01:00`); an offset FHIR cannot write (with
    /// seconds, or beyond ±14:00) is given in UTC instead, the same instant.
    static func dateTime(_ moment: Timestamp) -> String {
        let offset = moment.offset
        guard offset % 60 == 0, abs(offset) <= 14 * 3600 else { return utc(moment.utc) }
        var bytes = local(moment.local)
        bytes.append(offset < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        digits(abs(offset) / 3600, 2, into: &bytes)
        bytes.append(UInt8(ascii: ":"))
        digits(abs(offset) / 60 % 60, 2, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// UTC seconds as `2026-11-17T01:40:00Z`.
    static func utc(_ seconds: Int64) -> String {
        var bytes = local(LocalDateTime(naiveEpochSeconds: seconds))
        bytes.append(UInt8(ascii: "Z"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `2026-11-17T02:40:00`, as `LocalDateTime.description` writes it.
    private static func local(_ reading: LocalDateTime) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(26)
        let date = reading.date
        if date.year < 0 || date.year > 9999 { return Array(reading.description.utf8) }
        digits(date.year, 4, into: &bytes)
        bytes.append(UInt8(ascii: "-"))
        digits(date.month, 2, into: &bytes)
        bytes.append(UInt8(ascii: "-"))
        digits(date.day, 2, into: &bytes)
        bytes.append(UInt8(ascii: "T"))
        digits(reading.hour, 2, into: &bytes)
        bytes.append(UInt8(ascii: ":"))
        digits(reading.minute, 2, into: &bytes)
        bytes.append(UInt8(ascii: ":"))
        digits(reading.second, 2, into: &bytes)
        return bytes
    }

    private static func digits(_ value: Int, _ width: Int, into bytes: inout [UInt8]) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
            divisor /= 10
        }
    }
}
