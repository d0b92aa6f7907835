import Foundation

/// Reads and checks the rows of an import on a thread of its own, up to 8,192 rows (and 4 MiB of them) ahead of
/// the caller, so that checking the next rows overlaps storing the previous ones: on two cores an import takes
/// about the time of the slower half rather than of both. The store writes up to 8,192 episodes at a time
/// (`EpisodeImportBatch`); with fewer rows ahead, the reader stopped while the store wrote and the store waited
/// while the reader caught up, and the two halves took turns instead of running together (a 1,000,000-row
/// import: 15 s, now 9.4 s). The bound in bytes keeps a file of long notes as small in memory as any other.
///
/// Rows are handed over in groups of up to `groupSize` rows (and a sixteenth of the bytes), at most `groups`
/// groups and `byteLimit` bytes waiting (one group always may, whatever its size): a thread that waits is woken
/// once per group rather than once per row (a wake-up is a system call and a switch of threads; per row, they
/// were a fifth of a large import's time). Rows come out in file order, exactly as `ImportRows.next` gives them.
/// The caller calls `stop` when it takes no more rows (also when it gives up early), which ends the reading thread.
public final class ImportRowsAhead: @unchecked Sendable {
    // Sendable by hand: `rows` is used by the reading thread alone, `taking` and `taken` by the caller alone;
    // every other stored property is read and written only while `condition` is locked.
    private var rows: ImportRows
    private let condition = NSCondition()
    private var waiting: [(rows: [ImportRowRead], bytes: Int)] = []
    private var waitingBytes = 0
    private var readerWaits = false
    private var ended = false
    private var stopped = false
    private var failure: (any Error)?
    /// True once the reading thread returned.
    private var readerReturned = false
    private let groupSize: Int, groups: Int, byteLimit: Int
    /// The group the caller is taking rows from, and how many it took.
    private var taking: [ImportRowRead] = []
    private var taken = 0

    /// Starts reading `rows`.
    public init(_ rows: ImportRows, groupSize: Int = 128, groups: Int = 64, byteLimit: Int = 4 << 20) {
        self.rows = rows
        self.groupSize = groupSize
        self.groups = groups
        self.byteLimit = byteLimit
        let thread = Thread { [self] in readAll() }
        thread.name = "cramp import reader"
        thread.start()
    }

    /// The next row in file order, or nil at the end of the input (or where a read failed).
    public func next() -> ImportRowRead? {
        if taken == taking.count {
            condition.lock()
            while waiting.isEmpty && !ended { condition.wait() }
            guard !waiting.isEmpty else {
                condition.unlock()
                return nil
            }
            let group = waiting.removeFirst()
            waitingBytes -= group.bytes
            if readerWaits { condition.broadcast() }
            condition.unlock()
            taking = group.rows
            taken = 0
        }
        defer { taken += 1 }
        return taking[taken]
    }

    /// The read error that ended the input early, if one did; check it once `next` returned nil.
    public var readFailure: (any Error)? {
        condition.lock()
        defer { condition.unlock() }
        return failure
    }

    /// Ends the reading thread; rows not taken yet are dropped.
    public func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    /// Whether the reading thread returned within `seconds` (for tests of `stop`).
    func readerReturns(within seconds: Double) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        let deadline = Date(timeIntervalSinceNow: seconds)
        while !readerReturned, condition.wait(until: deadline) {}
        return readerReturned
    }

    /// The rows and bytes waiting for the caller once the reader waits for room, or nil when it does not within
    /// `seconds` (for tests of the bounds).
    func waitingWhenFull(within seconds: Double) -> (rows: Int, bytes: Int)? {
        condition.lock()
        defer { condition.unlock() }
        let deadline = Date(timeIntervalSinceNow: seconds)
        while !readerWaits, condition.wait(until: deadline) {}
        return readerWaits ? (waiting.reduce(0) { $0 + $1.rows.count }, waitingBytes) : nil
    }

    private func readAll() {
        defer {
            condition.lock()
            readerReturned = true
            condition.broadcast()
            condition.unlock()
        }
        var group: [ImportRowRead] = []
        var groupBytes = 0
        group.reserveCapacity(groupSize)
        while true {
            let row = rows.next()
            if let row {
                group.append(row)
                groupBytes += row.heldBytes
                if group.count < groupSize && groupBytes < byteLimit / 16 { continue }
            }
            condition.lock()
            while !waiting.isEmpty && (waiting.count >= groups || waitingBytes >= byteLimit) && !stopped {
                readerWaits = true
                condition.broadcast()
                condition.wait()
                readerWaits = false
            }
            if stopped {
                condition.unlock()
                return
            }
            if !group.isEmpty {
                waiting.append((group, groupBytes))
                waitingBytes += groupBytes
                group = []
                groupBytes = 0
                group.reserveCapacity(groupSize)
                // Only a caller that found nothing waiting sleeps; it is woken by the group that ends that.
                if waiting.count == 1 { condition.broadcast() }
            }
            if row == nil {
                ended = true
                failure = rows.readFailure
                condition.broadcast()
                condition.unlock()
                return
            }
            condition.unlock()
        }
    }
}
