import Diary

extension ExportScope {
    /// The complete nights an export can call cramp-free: the period's nights, or from the diary's first
    /// record (`firstRecord`) for the whole diary, up to last night (tonight is not over yet); nil for none.
    public func completeNights(firstRecord: Night?, clock: Clock, window: NightWindow) -> NightRange? {
        let lastComplete = clock.currentNight(window: window).adding(-1)
        guard let first = range?.from ?? firstRecord else { return nil }
        return NightRange(from: first, to: min(range?.to ?? lastComplete, lastComplete))
    }
}
