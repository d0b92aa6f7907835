import Diary
import DiaryStore

extension DiaryReader {
    /// The check-ins about the nights of `range`, earliest first.
    public func checkIns(in range: NightRange) throws -> [CheckIn] {
        try reading { try $0.map { try CheckInRepository($0.db).checkIns(from: range.from, through: range.to) } ?? [] }
    }

    /// The check-in about the latest night.
    public func latestCheckIn() throws -> CheckIn? {
        try reading { try $0.flatMap { try CheckInRepository($0.db).latest() } }
    }

    /// Every marked gap, earliest first (keeping ended is the one without a last night).
    public func gaps() throws -> [KeepingGap] {
        try reading { try $0.map { try KeepingGapRepository($0.db).all() } ?? [] }
    }

    /// The check-ins about the nights of `range`, or every one for nil (an export of the whole diary).
    public func checkIns(in range: NightRange?) throws -> [CheckIn] {
        guard let range else { return try reading { try $0.map { try CheckInRepository($0.db).all() } ?? [] } }
        return try checkIns(in: range)
    }

    /// The gaps sharing a night with `range`, earliest first, or every one for nil.
    public func gaps(in range: NightRange?) throws -> [KeepingGap] {
        guard let range else { return try gaps() }
        return try reading { try $0.map { try KeepingGapRepository($0.db).overlapping(first: range.from, last: range.to) } ?? [] }
    }

    /// The open gap while keeping is ended.
    public func keepingEnded() throws -> KeepingGap? {
        try reading { try $0.flatMap { try KeepingGapRepository($0.db).open() } }
    }
}
