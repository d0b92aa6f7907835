#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process environment, read through libc so Foundation stays out of every start.
struct Environment {
    /// The value of `name`, or nil when unset.
    subscript(name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// The variables the store needs to find the diary.
    var locationVariables: [String: String] {
        var values: [String: String] = [:]
        for name in ["CRAMP_DB", "XDG_DATA_HOME", "HOME"] { values[name] = self[name] }
        return values
    }
}
