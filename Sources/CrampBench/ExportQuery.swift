/// The SQL that makes `sqlite3 -csv -header` print what `cramp export --format csv` prints: the same
/// columns (`EpisodeColumn`), the same derived values, in the same order.
///
/// It does what cramp does in Swift: local time from the stored UTC instant and offset, the night
/// (default window 22:00-08:00: before 08:00 belongs to the previous evening), nocturnal (woke, or
/// inside the window), `;`-joined trigger and relief lists with `\` and `;` escaped, and the
/// spreadsheet guard (a `'` before a text cell starting with = + - @ tab CR LF NUL or ').
/// The sqlite3 shell quotes more cells than cramp (any with a space, and empty text), so the bytes differ while
/// the cells are the same; the benchmark checks the cells.
enum ExportQuery {
    static let sql = """
        SELECT e.id,
          e.kind,
          strftime('%Y-%m-%dT%H:%M:%S', e.start_utc + e.utc_offset, 'unixepoch')
            || CASE WHEN e.utc_offset < 0 THEN '-' ELSE '+' END
            || printf('%02d:%02d', abs(e.utc_offset) / 3600, abs(e.utc_offset) % 3600 / 60) AS start_local,
          date(e.start_utc + e.utc_offset - 28800, 'unixepoch') AS night_of,
          CASE WHEN e.woke = 'yes' OR (e.start_utc + e.utc_offset) % 86400 >= 79200
                    OR (e.start_utc + e.utc_offset) % 86400 < 28800 THEN 'yes' ELSE 'no' END AS nocturnal,
          e.leg,
          e.site,
          e.duration_s,
          e.intensity,
          e.woke,
          coalesce((SELECT group_concat(replace(replace(t.name, '\\', '\\\\'), ';', '\\;'), ';')
                    FROM (SELECT name FROM episode_trigger WHERE episode_id = e.id ORDER BY position) t), '')
            AS triggers,
          coalesce((SELECT group_concat(replace(replace(r.name, '\\', '\\\\'), ';', '\\;') || ':' || r.outcome, ';')
                    FROM (SELECT name, outcome FROM episode_relief WHERE episode_id = e.id ORDER BY position) r), '')
            AS reliefs,
          CASE WHEN substr(e.note, 1, 1) IN ('=', '+', '-', '@', char(9), char(13), char(10), char(0), '''')
               THEN '''' || e.note ELSE e.note END AS note
        FROM episode e
        ORDER BY e.start_utc, e.id;
        """
}
