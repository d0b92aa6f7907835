extension Clock {
    /// The night now belongs to: at Sunday 02:00 Saturday's (still going on), at Sunday 10:00 Sunday's (ahead).
    public func currentNight(window: NightWindow) -> Night {
        window.night(of: now.local)
    }

    /// The night before the current one, the latest that is surely over: at Sunday 10:00 Saturday's,
    /// at Sunday 02:00 Friday's.
    public func lastCompleteNight(window: NightWindow) -> Night {
        currentNight(window: window).adding(-1)
    }
}
