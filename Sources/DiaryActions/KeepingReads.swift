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

    /// The open gap while keeping is ended.
    public func keepingEnded() throws -> KeepingGap? {
        try reading { try $0.flatMap { try KeepingGapRepository($0.db).open() } }
    }
}
