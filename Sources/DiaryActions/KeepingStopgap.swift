import Diary

// TEMPORARY until i12-keep is merged: the first episode stands for the first record, no gaps, no check-ins.
extension DiaryReader {
    public func keeping(settings: Settings) throws -> DiaryKeeping {
        let first = try earliestStart().map { settings.nightWindow.night(of: $0.local) }
        return DiaryKeeping(rule: settings.keeping, firstRecord: first)
    }
}
