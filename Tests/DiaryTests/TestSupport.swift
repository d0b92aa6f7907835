import Diary
import Foundation
import Testing

/// Europe/Berlin's 2026 rules written out by hand, so DST tests never depend on the machine's TZ:
/// +01:00, and +02:00 from 2026-03-29T01:00Z until 2026-10-25T01:00Z.
struct Berlin2026Zone: ZoneRules {
    /// 2026-03-29T01:00:00Z (`date -u -d 2026-03-29T01:00:00Z +%s`).
    static let summerStart: Int64 = 1_774_746_000
    /// 2026-10-25T01:00:00Z.
    static let summerEnd: Int64 = 1_792_890_000

    func offset(atUTC utc: Int64) -> Int {
        utc >= Self.summerStart && utc < Self.summerEnd ? 7200 : 3600
    }
}

/// UTC seconds of an ISO 8601 text with offset, computed by Foundation as an oracle independent of `Diary`.
func instant(_ iso: String) -> Int64 {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    guard let date = formatter.date(from: iso) else { fatalError("test fixture is not ISO 8601: \(iso)") }
    return Int64(date.timeIntervalSince1970)
}

/// Seconds east of UTC written at the end of an ISO 8601 text (`+01:00`, `-05:00`, `Z`).
func offsetOf(_ iso: String) -> Int {
    if iso.hasSuffix("Z") { return 0 }
    let tail = iso.suffix(6)
    let sign = tail.first == "-" ? -1 : 1
    let parts = tail.dropFirst().split(separator: ":")
    return sign * (Int(parts[0])! * 3600 + Int(parts[1])! * 60)
}

/// A clock pinned at `iso`, whose offset must be the one `zone` gives then (catches fixture mistakes).
func clock(_ iso: String, zone: any ZoneRules = Berlin2026Zone()) -> Clock {
    let utc = instant(iso)
    precondition(zone.offset(atUTC: utc) == offsetOf(iso), "fixture offset disagrees with the zone: \(iso)")
    return Clock(nowUTC: utc, zone: zone)
}

/// Checks a timestamp against an ISO text: the same instant (by Foundation), offset and local reading.
func expectStamp(_ stamp: Timestamp, _ iso: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(stamp.utc == instant(iso), "instant of \(stamp) vs \(iso)", sourceLocation: sourceLocation)
    #expect(stamp.offset == offsetOf(iso), "offset of \(stamp) vs \(iso)", sourceLocation: sourceLocation)
    #expect(stamp.iso8601 == iso, sourceLocation: sourceLocation)
}

/// Runs `body` expecting a refusal whose message names `field` and `value`, and whose hint holds `hint`.
@discardableResult
func expectRefusal<T>(
    field: String, value: String, hint: String? = nil, sourceLocation: SourceLocation = #_sourceLocation,
    _ body: () throws(InputError) -> T
) -> InputError? {
    do {
        let result = try body()
        Issue.record("expected \"\(value)\" to be refused, got \(result)", sourceLocation: sourceLocation)
        return nil
    } catch {
        #expect(error.field == field, sourceLocation: sourceLocation)
        #expect(error.value == value, sourceLocation: sourceLocation)
        #expect(error.description.hasPrefix("cannot use \(field) \"\(value)\": accepted: "),
                "\(error.description)", sourceLocation: sourceLocation)
        #expect(!error.accepted.isEmpty, sourceLocation: sourceLocation)
        if let hint {
            #expect(error.hint?.contains(hint) == true, "hint was: \(error.hint ?? "none")",
                    sourceLocation: sourceLocation)
        }
        return error
    }
}

/// A date that must exist.
func day(_ iso: String) -> CivilDate {
    guard let date = CivilDate(iso: iso) else { fatalError("test fixture is not a date: \(iso)") }
    return date
}

/// The night that began on the evening of `iso`.
func night(_ iso: String) -> Night { Night(evening: day(iso)) }
