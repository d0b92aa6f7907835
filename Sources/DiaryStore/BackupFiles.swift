#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file-system steps of a backup, on libc so Foundation stays out of every start.
enum BackupFiles {
    /// Flushes a file (or a folder's entries) to the disk; SQLite does not sync a `VACUUM INTO` copy.
    static func sync(_ path: String, folder: Bool = false) throws(BackupError) {
        let fd = open(path, folder ? O_RDONLY | O_DIRECTORY : O_RDONLY)
        guard fd >= 0 else { throw BackupError.cannotWrite(path: path, reason: lastError()) }
        defer { close(fd) }
        // Some file systems refuse fsync on a folder (EINVAL); the file itself is what must not be lost.
        if fsync(fd) != 0 && !(folder && errno == EINVAL) {
            throw BackupError.cannotWrite(path: path, reason: lastError())
        }
    }

    /// Gives the finished copy its name without ever replacing an existing file.
    ///
    /// `link` fails with EEXIST instead of overwriting; where hard links are not supported the name is
    /// checked and `rename` used, which leaves only a tiny window for another writer of the same name.
    static func publish(_ temporary: String, as destination: String) throws(BackupError) {
        if link(temporary, destination) == 0 {
            unlink(temporary)
            return
        }
        let linkError = errno
        if linkError == EEXIST { throw BackupError.destinationExists(path: destination) }
        guard linkError == EPERM || linkError == ENOTSUP || linkError == EOPNOTSUPP || linkError == EXDEV else {
            throw BackupError.cannotWrite(path: destination, reason: String(cString: strerror(linkError)))
        }
        if FileSystem.exists(destination) { throw BackupError.destinationExists(path: destination) }
        guard rename(temporary, destination) == 0 else {
            throw BackupError.cannotWrite(path: destination, reason: lastError())
        }
    }

    /// Restricts a copy to its owner even where the umask was not ours (e.g. a folder with default ACLs).
    static func restrictToOwner(_ path: String) {
        chmod(path, 0o600)
    }

    /// Removes a file; missing files are fine.
    static func remove(_ path: String) {
        unlink(path)
    }

    /// The names in a folder (no `.`/`..`); empty when it cannot be read.
    static func names(in folder: String) -> [String] {
        guard let dir = opendir(folder) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Creates the backups folder (0700) and its parents.
    static func makeFolder(_ path: String) throws(BackupError) {
        do {
            try FileSystem.makeFolders(path)
        } catch {
            guard case .cannotCreateFolder(_, let reason) = error else {
                throw BackupError.cannotWrite(path: path, reason: error.description)
            }
            throw BackupError.cannotWrite(path: path, reason: reason)
        }
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            throw BackupError.cannotWrite(path: path, reason: "it exists and is not a folder")
        }
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}
