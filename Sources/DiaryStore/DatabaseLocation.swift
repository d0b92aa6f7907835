/// Where the diary lives: `--db`, else `CRAMP_DB`, else `$XDG_DATA_HOME/cramp/cramp.db`,
/// else `~/.local/share/cramp/cramp.db` (XDG Base Directory defaults).
public enum DatabaseLocation {
    /// The path to use, from the flag and the environment; nil when not even HOME is set.
    public static func resolve(flag: String?, environment: [String: String]) -> String? {
        if let flag, !flag.isEmpty { return flag }
        if let path = environment["CRAMP_DB"], !path.isEmpty { return path }
        // XDG: "If $XDG_DATA_HOME is either not set or empty" (or relative) the default is used.
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return data + "/cramp/cramp.db" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.local/share/cramp/cramp.db" }
        return nil
    }

    /// The folder part of a path ("." when there is none).
    public static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
