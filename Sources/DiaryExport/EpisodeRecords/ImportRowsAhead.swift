import Foundation

/// Reads and checks the rows of an import on a thread of its own, at most `limit` rows ahead of the caller,
/// so that checking the next rows overlaps storing the previous ones: on two cores an import takes about the
/// time of the slower half rather than of both.
///
/// Rows come out in file order, exactly as `ImportRows.next` gives them. The caller calls `stop` when it takes
/// no more rows (also when it gives up early), which ends the reading thread.
public final class ImportRowsAhead: @unchecked Sendable {
    // Sendable by hand: `rows` is used by the reading thread alone; every other stored property is read and
    // written only while `condition` is locked.
    private var rows: ImportRows
    private let condition = NSCondition()
    private var waiting: [ImportRowRead] = []
    private var head = 0
    private var ended = false
    private var stopped = false
    private var failure: (any Error)?
    private let limit: Int

    /// Starts reading `rows`.
    public init(_ rows: ImportRows, limit: Int = 512) {
        self.rows = rows
        self.limit = limit
        let thread = Thread { [self] in readAll() }
        thread.name = "cramp import reader"
        thread.start()
    }

    /// The next row in file order, or nil at the end of the input (or where a read failed).
    public func next() -> ImportRowRead? {
        condition.lock()
        defer { condition.unlock() }
        while head == waiting.count && !ended { condition.wait() }
        guard head < waiting.count else { return nil }
        let row = waiting[head]
        head += 1
        // The reader, waiting for room, is woken once half the rows were taken rather than for each row:
        // a wake-up per row costs a system call per row.
        if waiting.count - head == limit / 2 { condition.broadcast() }
        return row
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

    private func readAll() {
        while true {
            let row = rows.next()
            condition.lock()
            while waiting.count - head >= limit && !stopped { condition.wait() }
            guard let row, !stopped else {
                ended = true
                failure = rows.readFailure
                condition.broadcast()
                condition.unlock()
                return
            }
            if head >= limit {
                waiting.removeFirst(head)
                head = 0
            }
            waiting.append(row)
            // Only a caller that found nothing waiting sleeps; it is woken by the row that ends that.
            if waiting.count - head == 1 { condition.broadcast() }
            condition.unlock()
        }
    }
}
