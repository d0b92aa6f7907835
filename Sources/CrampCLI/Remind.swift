import ArgumentParser
import Diary
import DiaryActions

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Cramp {
    /// `cramp remind`: stays with the stretch under way in the foreground.
    struct Remind: CrampCommand {
        static let configuration = CommandConfiguration(
            commandName: "remind",
            abstract: "Stay with the stretch under way: a bar to the next break, the bell when one is due.",
            discussion: """
                Start a stretch first (cramp sit). Keys: b or space records a break, q leaves (the stretch goes on), \
                Ctrl-C stops the stretch and records it (exit 0). When a break falls due it rings the terminal bell \
                and sends a desktop notification through notify-send when that is on the PATH, then again for each \
                further break interval without one. Without a terminal it prints one line per event.
                """)

        @OptionGroup var global: GlobalOptions

        func run(_ session: Session) throws { try RemindLoop(session: session).run() }
    }
}

/// The foreground loop of `remind`: each tick reads the stretch as it stands (so a `cramp break` typed in another
/// terminal counts at once), rings when a break falls due, redraws the bar, and waits for a key or a signal.
/// Every write is an action of its own at the loop's "now": a break, or the stop.
struct RemindLoop {
    let session: Session

    /// Why the loop ended.
    private enum Ending { case stopped, left }

    func run() throws {
        let path = try session.requirePath()
        let zone = session.clock.zone
        let clock = try RemindClock(session)
        let actions = { (utc: Int64) in Actions(path: path, clock: Clock(nowUTC: utc, zone: zone)) }
        guard let first = try actions(clock.now()).glance() else { throw Actions.noStretchOpen("remind") }
        if first.isStale {
            throw InputError(field: "remind", value: StretchText.since(first.stretch), accepted: "a stretch within the stretch-limit",
                             hint: StretchText.stale(first) + "; " + StretchText.realEndAdvice)
        }
        let console = session.console
        let screen = RemindOutput(console: console, zone: zone)
        let inputFD = (session.context.standardInput as? FileDescriptorSource)?.fd
        var keys = KeyReader(fd: inputFD)
        var notice = DesktopNotice(path: session.context.environment["PATH"])
        var bell = ReminderBell()
        let terminal = inputFD.flatMap { RawTerminal(fd: $0) }
        RemindSignals.install()
        defer {
            terminal?.restore()
            RemindSignals.uninstall()
        }
        try screen.event("remind: " + StretchText.status(first, zone: zone).lowercasedFirst)
        while true {
            let now = clock.now()
            if let number = RemindSignals.take() {
                return try finish(number == SIGINT ? .stopped : .left, signal: number, now: now, actions(now), screen)
            }
            guard let current = try actions(now).glance() else {
                return try screen.event("\(RemindText.stamp(now, zone: zone)) the stretch is no longer open (stopped or dropped elsewhere)")
            }
            if current.isStale {
                return try screen.event("\(RemindText.stamp(now, zone: zone)) \(StretchText.stale(current)); " + StretchText.realEndAdvice)
            }
            if let round = bell.tick(current) {
                try screen.ring(RemindText.due(current, round: round, zone: zone))
                notice.send(RemindText.notice(current))
            }
            try screen.bar(current)
            for key in keys.wait(milliseconds: clock.tickMilliseconds) {
                let at = clock.now()
                switch key {
                case UInt8(ascii: "b"), UInt8(ascii: "B"), UInt8(ascii: " "):
                    let recorded = try actions(at).recordBreak()
                    let after = recorded.duringOpen ?? current.at(at, addedBreaks: 1)
                    try screen.event(RemindText.recorded(RecordedBreakEcho(id: recorded.id, now: after), zone: zone))
                case UInt8(ascii: "q"), UInt8(ascii: "Q"):
                    return try finish(.left, signal: nil, now: at, actions(at), screen)
                default:
                    continue
                }
            }
            notice.reap()
        }
    }

    /// Stops and records the stretch (Ctrl-C), or leaves it open (q, SIGTERM, SIGHUP), and says so.
    private func finish(_ ending: Ending, signal: Int32?, now: Int64, _ actions: Actions, _ screen: RemindOutput) throws {
        let stamp = RemindText.stamp(now, zone: actions.clock.zone)
        switch ending {
        case .stopped:
            try screen.event("\(stamp) " + StopEcho.text(try actions.stopStretch()))
        case .left:
            try screen.event("\(stamp) left the stretch open; cramp remind comes back to it, cramp stop ends it")
            if let signal, signal != SIGINT {
                throw Failure("stopped by signal \(signal); the stretch stays open", status: .failure)
            }
        }
    }
}

/// `remind`'s clock. Live, it is the system clock read each tick. Pinned (`CRAMP_NOW`, `--now`), time runs on from
/// the pinned moment by the monotonic clock, times `CRAMP_CLOCK_SPEED` (default 1): tests pin the start and let
/// a real second be ten minutes (600) instead of waiting forty.
struct RemindClock {
    private let startUTC: Int64
    private let startSeconds: Double
    private let speed: Double
    private let live: (() -> Int64)?

    init(_ session: Session) throws(InputError) {
        startUTC = session.clock.nowUTC
        startSeconds = monotonicSeconds()
        live = session.clockIsPinned ? nil : session.context.currentTime
        guard let text = session.context.environment["CRAMP_CLOCK_SPEED"], !text.isEmpty else {
            speed = 1
            return
        }
        guard session.clockIsPinned, let value = Double(text), value.isFinite, (1...100_000).contains(value) else {
            throw InputError(field: "CRAMP_CLOCK_SPEED", value: text, accepted: "a number from 1 to 100000, with CRAMP_NOW set",
                             hint: "a test aid: it makes a pinned clock run faster; unset it for real use")
        }
        speed = value
    }

    /// Now, UTC seconds.
    func now() -> Int64 {
        if let live { return live() }
        return startUTC + Int64((monotonicSeconds() - startSeconds) * speed)
    }

    /// How long to wait for a key between ticks: a second, less when time runs faster, so the bar moves by the minute.
    var tickMilliseconds: Int32 { Int32(max(50, min(1000, 60_000 / speed))) }
}

/// What `remind` writes: with a terminal the bar, redrawn in place, and events above it; without one only the
/// events, one line each.
struct RemindOutput {
    let console: Console
    let zone: any ZoneRules

    /// One event line; on a terminal the bar's line is cleared first and the bar comes back at the next tick.
    func event(_ text: String) throws {
        try write((console.stdoutIsTTY ? "\r\u{1B}[K" : "") + TerminalText.visible(text) + "\n")
    }

    /// The due line, with the terminal bell on a terminal.
    func ring(_ text: String) throws {
        if console.stdoutIsTTY { try write("\u{07}") }
        try event(text)
    }

    /// The bar, on a terminal only.
    func bar(_ now: StretchNow) throws {
        guard console.stdoutIsTTY else { return }
        try write("\r" + RemindText.bar(now, zone: zone, columns: console.columns ?? 80, unicode: console.unicode) + "\u{1B}[K")
    }

    private func write(_ text: String) throws {
        try console.out(text)
        try console.flush()
    }
}

extension String {
    /// The string with its first character in lower case.
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
