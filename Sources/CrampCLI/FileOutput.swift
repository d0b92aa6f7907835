import Diary

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file behind `-o PATH` of `export` and `summary`, opened by what PATH is.
///
/// - A new path or a regular file is replaced atomically: the output is written to a file with no name yet
///   (Linux `O_TMPFILE`) that gets its name only when complete, so a killed run leaves nothing behind. Where the
///   file system has no `O_TMPFILE`, a hidden `.NAME.cramp-PID-XXXXXX` next to the target is used instead, and
///   the next run removes those whose process is gone.
/// - Modes: a new file is 0600 whatever the umask; a replaced file keeps its permission bits (without set-id
///   bits), its owner and its group where the system allows, and loses its group bits when the group cannot
///   be kept: the new file is never readable by more people than the old one.
/// - A symbolic link is followed as the shell's `>` follows it: the file it points to is replaced, the link
///   stays. A path in `/proc` or `/dev/fd` (`/dev/stdout`) names a file already open, and is written directly.
/// - A character device (`/dev/null`) or a FIFO is written directly: opened, never created or replaced.
///   A block device or a socket is refused.
final class FileOutput {
    /// How the output reaches the path.
    private enum Route {
        /// Written straight into an existing device, FIFO or open file.
        case direct
        /// An `O_TMPFILE` file with no name yet, linked into `folder` when complete.
        case unnamed
        /// A hidden temporary in the target's folder, renamed over the target when complete.
        case named(String)
    }

    /// The path as typed, for messages.
    let path: String
    let fd: Int32
    private let route: Route
    /// The file that receives the output (the link's target for a symbolic link).
    private let target: String
    /// The file being replaced, when there is one: its mode and owner carry over.
    private let replaced: stat?
    private var isOpen = true

    /// True when the output goes straight into the path, so a failure cannot leave an older file intact.
    var isDirect: Bool { if case .direct = route { true } else { false } }

    /// Opens PATH for `-o`. Throws an `InputError` for a folder, block device or socket, a 74 `Failure` when
    /// the file cannot be opened or created.
    init(path: String) throws {
        self.path = path
        if path.hasSuffix("/") { throw FileOutput.notAFile(path, what: "a folder") }
        let resolved = try FileOutput.resolve(path)
        var info = stat()
        let exists = stat(resolved.path, &info) == 0
        switch exists ? info.st_mode & S_IFMT : S_IFREG {
        case S_IFDIR:
            throw FileOutput.notAFile(path, what: "a folder")
        case S_IFBLK:
            throw FileOutput.notAFile(path, what: "a block device (a disk)")
        case S_IFSOCK:
            throw FileOutput.notAFile(path, what: "a socket")
        case S_IFREG where !resolved.isOpenFile:
            target = resolved.path
            replaced = exists ? info : nil
            let folder = FileOutput.split(resolved.path).folder
            FileOutput.removeStaleTemporaries(of: resolved.path)
            if let unnamed = FileOutput.openUnnamed(in: folder) {
                fd = unnamed
                route = .unnamed
            } else {
                let (created, name) = try FileOutput.createNamed(for: resolved.path, original: path)
                fd = created
                route = .named(name)
            }
        default:
            // O_APPEND: a file reached through /dev/stdout keeps what `>>` put there before.
            let opened = open(resolved.path, O_WRONLY | O_NOCTTY | O_CLOEXEC | O_APPEND)
            guard opened >= 0 else {
                throw Failure("cannot open \(path) for writing: \(WriteFailure(errno: errno).reason). "
                    + "Choose another path with -o.", status: .ioError)
            }
            fd = opened
            route = .direct
            target = resolved.path
            replaced = nil
        }
    }

    deinit { abandon() }

    /// Puts the complete output in place: synced to disk, given its mode, then named. Throws a 74 `Failure`.
    func commit() throws {
        guard isOpen else { return }
        if case .direct = route {
            isOpen = false
            if close(fd) != 0, errno != EINTR {
                throw OutputSink.failure(.file(path), action: "cannot finish writing", WriteFailure(errno: errno), direct: true)
            }
            return
        }
        // Without fsync a crash right after the rename could leave an empty file under the final name.
        guard fsync(fd) == 0 else { throw fail("cannot save the file to disk") }
        setMode()
        switch route {
        case .direct:
            break
        case .unnamed:
            // Straight to the final name when nothing is there (it can never be seen half-written); otherwise a
            // unique hidden name first, since a link cannot replace a file.
            if replaced == nil {
                if linkUnnamed(to: target) { break }
                guard errno == EEXIST else { throw fail("cannot put the file in place") }
            }
            let (folder, name) = FileOutput.split(target)
            var linked: String?
            for _ in 0..<100 {
                let candidate = FileOutput.temporaryName(folder: folder, name: name, suffix: FileOutput.randomSuffix())
                if linkUnnamed(to: candidate) { linked = candidate; break }
                if errno != EEXIST { break }
            }
            guard let linked else { throw fail("cannot put the file in place") }
            try moveIntoPlace(linked)
        case .named(let temporary):
            try moveIntoPlace(temporary)
        }
        isOpen = false
        close(fd)
    }

    /// Drops output that was not committed: the temporary is removed, the target untouched.
    func abandon() {
        guard isOpen else { return }
        isOpen = false
        close(fd)
        if case .named(let temporary) = route { unlink(temporary) }
    }

    /// Abandons the output and returns the failure of `action` with the current `errno`.
    private func fail(_ action: String) -> any Error {
        let error = WriteFailure(errno: errno)
        abandon()
        return OutputSink.failure(.file(path), action: action, error)
    }

    /// Renames the complete temporary over the target.
    private func moveIntoPlace(_ temporary: String) throws {
        guard rename(temporary, target) == 0 else {
            let error = WriteFailure(errno: errno)
            unlink(temporary)
            abandon()
            throw OutputSink.failure(.file(path), action: "cannot put the file in place", error)
        }
    }

    /// New files are 0600; a replaced file's owner, group and permission bits carry over, never wider.
    private func setMode() {
        guard let old = replaced else {
            fchmod(fd, 0o600)
            return
        }
        var mode = old.st_mode & 0o777
        var now = stat()
        if fstat(fd, &now) == 0, now.st_uid != old.st_uid || now.st_gid != old.st_gid,
           fchown(fd, old.st_uid, old.st_gid) != 0, fchown(fd, uid_t.max, old.st_gid) != 0, now.st_gid != old.st_gid {
            // Another group would read it: keep the bits for the owner and everyone, not for a new group.
            mode &= ~0o070
        }
        fchmod(fd, mode)
    }

    /// Gives the unnamed file the name `name`; false with `errno` set when it cannot.
    private func linkUnnamed(to name: String) -> Bool {
        linkat(AT_FDCWD, "/proc/self/fd/\(fd)", AT_FDCWD, name, AT_SYMLINK_FOLLOW) == 0
    }
}

extension FileOutput {
    /// The usage refusal for a path that is not a file `-o` can write.
    static func notAFile(_ path: String, what: String) -> InputError {
        InputError(field: "-o", value: path, accepted: "a file such as visit.csv, a character device such as /dev/null "
            + "or a FIFO, not a folder, block device or socket; \(path) is \(what)")
    }

    /// The path a symbolic link leads to (followed as `open` follows it, at most 40 links), and whether it is a
    /// file that is already open (`/proc/self/fd/1` behind `/dev/stdout`).
    static func resolve(_ path: String) throws -> (path: String, isOpenFile: Bool) {
        var current = path
        for _ in 0..<40 {
            if current.hasPrefix("/proc/") || current.hasPrefix("/dev/fd/") { return (current, true) }
            var info = stat()
            guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return (current, false) }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count > 0 else { return (current, false) }
            let link = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = link.hasPrefix("/") ? link : split(current).folder + "/" + link
        }
        throw OutputSink.failure(.file(path), action: "cannot follow the links", WriteFailure(errno: ELOOP))
    }

    /// An `O_TMPFILE` file in `folder`, or nil where the system or file system has none (or `/proc`, needed to
    /// name it later, is missing).
    static func openUnnamed(in folder: String) -> Int32? {
        #if os(Linux)
        guard access("/proc/self/fd", X_OK) == 0 else { return nil }
        let fd = open(folder, unnamedFlag | O_WRONLY | O_CLOEXEC, mode_t(0o600))
        return fd >= 0 ? fd : nil
        #else
        return nil
        #endif
    }

    #if os(Linux)
    /// `O_TMPFILE` (`__O_TMPFILE | O_DIRECTORY`): Glibc defines it as a macro Swift does not import.
    static let unnamedFlag: Int32 = 0o20_000_000 | O_DIRECTORY
    #endif

    /// A hidden temporary for `target`, named with this process's id so a later run can tell whether its
    /// creator is gone. `mkstemp` makes it 0600 whatever the umask.
    static func createNamed(for target: String, original: String) throws -> (Int32, String) {
        let (folder, name) = split(target)
        var template = Array(temporaryName(folder: folder, name: name, suffix: "XXXXXX").utf8CString)
        let created = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard created >= 0 else {
            throw OutputSink.failure(.file(original), action: "cannot create a file in \(folder)", WriteFailure(errno: errno))
        }
        return (created, template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) })
    }

    /// `.NAME.cramp-PID-SUFFIX` in `folder`.
    static func temporaryName(folder: String, name: String, suffix: String) -> String {
        "\(folder)/\(temporaryPrefix(name))\(getpid())-\(suffix)"
    }

    static func temporaryPrefix(_ name: String) -> String { ".\(name).cramp-" }

    /// Six random letters or digits.
    static func randomSuffix() -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        return String((0..<6).map { _ in letters[Int.random(in: 0..<letters.count)] })
    }

    /// Removes `.NAME.cramp-PID-XXXXXX` temporaries of `target` whose process no longer runs: left by a run
    /// killed while it wrote (named temporaries) or in the instant between naming and renaming (unnamed ones).
    /// Names without a process id, or of a process that still runs, are left alone.
    static func removeStaleTemporaries(of target: String) {
        let (folder, name) = split(target)
        let prefix = temporaryPrefix(name)
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let entryName = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            guard entryName.hasPrefix(prefix) else { continue }
            let rest = entryName.dropFirst(prefix.count).split(separator: "-", omittingEmptySubsequences: false)
            guard rest.count == 2, rest[1].count == 6, let pid = pid_t(rest[0]), pid > 0, pid != getpid(),
                  kill(pid, 0) != 0, errno == ESRCH else { continue }
            let path = "\(folder)/\(entryName)"
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
            unlink(path)
        }
    }

    /// The folder (`.` when none) and the file name of a path.
    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = slash == path.startIndex ? "/" : String(path[..<slash])
        return (folder, String(path[path.index(after: slash)...]))
    }
}
