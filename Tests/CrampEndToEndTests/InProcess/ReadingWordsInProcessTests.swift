import Diary
import Foundation
import Testing

/// Issue 13's wording, the report's `--details`, and what a bare `cramp log` copies, through the real commands.
@Suite("in process: reading words")
struct ReadingWordsInProcessTests {
    /// The diary of the report tests: nocturnal cramps on the nights of Fri 20, Thu 19, Mon 9 and Nov 1, a long
    /// standing day before the night of Fri 20, and a relief given as unsure.
    private func diary() throws -> InProcessCramp {
        let cramp = try InProcessCramp()
        cramp.ok(["log", "left", "calf", "2m", "--at", "03:10", "--woke", "--trigger", "cold", "--trigger", "standing",
                  "--relief", "stretch:helped", "--relief", "massage:unsure"])
        cramp.ok(["log", "right", "foot", "12m", "--at", "yesterday 02:00"])
        cramp.ok(["log", "left", "calf", "1m", "--at", "2026-11-10T02:00"])
        cramp.ok(["log", "both", "thigh", "3m", "--at", "2026-11-01T23:00"])
        cramp.ok(["stand", "5h", "--at", "yesterday 17:00"])
        return cramp
    }

    // Issue 13: "both calfs" reads "both calves" (and feet, shins, thighs).
    @Test func bothCalves() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        #expect(cramp.ok(["log", "both", "calf", "2m", "--at", "03:10"]).messageLines
            == ["logged #1 cramp, both calves, 2m, Sat 2026-11-21 03:10 +01:00, night of Fri 2026-11-20, woke: unknown; undo: cramp undo"])
        #expect(cramp.ok(["log", "both", "foot", "1m", "--at", "03:20"]).stderr.contains(", both feet, 1m, "))
    }

    // Issue 13: one separator for trigger and relief lists in the echo, the list and the CSV (`;`, the CSV's).
    @Test func oneSeparator() throws {
        let cramp = try diary()
        defer { cramp.cleanup() }
        let echo = cramp.ok(["log", "left", "calf", "1m", "--at", "03:30", "--trigger", "cold", "--trigger", "standing",
                             "--relief", "stretch:helped", "--relief", "massage:unsure"])
        #expect(echo.stderr.contains(", triggers: cold;standing, reliefs: stretch:helped;massage:unsure;"), "\(echo.stderr)")
        let list = cramp.ok(["list"])
        #expect(list.outputLines.last?.contains("  cold;standing  stretch:helped;massage:unsure") == true, "\(list.stdout)")
        let csv = cramp.ok(["export", "-o", "-"])
        // The CSV quotes a cell holding its list separator.
        #expect(csv.stdout.contains(",\"cold;standing\",\"stretch:helped;massage:unsure\","), "\(csv.stdout)")
        // The CSV is unchanged, so an export made before reads back.
        let file = cramp.path("old.csv")
        cramp.ok(["export", "-o", file])
        let other = try InProcessCramp()
        defer { other.cleanup() }
        other.ok(["import", file])
        #expect(try other.storedEpisodes().last?.triggers.map(\.name) == ["cold", "standing"])
    }

    // Issue 13: "+1 cramps" takes the singular; a relief given as unsure is not "Not said".
    @Test func singularAndUnsure() throws {
        let cramp = try diary()
        defer { cramp.cleanup() }
        let report = cramp.ok(["report"]).outputLines
        #expect(report.contains("  Change: +1 cramp, +1 night with a nocturnal cramp."), "\(report)")
        #expect(report.contains("  Relief                     Used  Helped  Partly  Did not    Unsure"), "\(report)")
        #expect(report.contains("  massage                       1       0       0        0         1"), "\(report)")
        #expect(!report.joined().contains("Not said"))
    }

    // Issue 13: "the links look further back than this period" only when they do.
    @Test func furtherBackOnlyWhenTrue() throws {
        let cramp = try diary()
        defer { cramp.cleanup() }
        let week = cramp.ok(["report"]).stdout
        #expect(week.contains("The links look further back than this period"))
        let long = cramp.ok(["report", "--period", "from 2026-08-01 to 2026-11-20"]).stdout
        #expect(long.contains("Links with the day before (90 nights, 2026-08-23 to 2026-11-20)"), "\(long)")
        #expect(!long.contains("further back"), "\(long)")
    }

    // Issue 13: the report's links are counts and a verdict by default, statistics with --details, all in --json.
    @Test func detailsAndJSON() throws {
        let cramp = try diary()
        defer { cramp.cleanup() }
        // Wrapped lines joined, so a phrase is found wherever the width broke it.
        func flat(_ text: String) -> String { text.split(separator: "\n").map { $0.trimmingSpaces }.joined(separator: " ") }
        let brief = flat(cramp.ok(["report"]).stdout)
        let detailed = flat(cramp.ok(["report", "--details"]).stdout)
        #expect(brief.contains("After days with standing 4 h or more: cramp nights 1 of 1 after such days, none "
            + "logged yet after other days => not enough data: at least 27 more logged nights needed (13 after such days, "
            + "14 after other days, 4 more cramp nights in all, 2 more cramp nights after such days)."), "\(brief)")
        for statistic in ["95% CI", "basis:", "Benjamini"] {
            #expect(!brief.contains(statistic), "\(statistic)")
            #expect(detailed.contains(statistic), "\(statistic)")
        }
        #expect(detailed.contains("cramp nights after such days: 1 of 1 (100%, 95% CI 21-100%)"), "\(detailed)")
        let json = cramp.ok(["report", "--json"]).stdout
        #expect(cramp.ok(["report", "--json", "--details"]).stdout == json)
        let report = try cramp.jsonObject(["report", "--json"])
        let links = try #require(report["links"] as? [String: Any])
        let first = try #require((links["exposures"] as? [[String: Any]])?.first)
        for key in ["riskRatio", "p", "adjustedP", "exposed", "unexposed"] { #expect(first.keys.contains(key), "\(key)") }
        #expect((first["exposed"] as? [String: Any])?.keys.contains("ci95") == true)
    }

    // Issue 13: bare `cramp log` copies from the episode typed last, not the one that starts last, and names it.
    @Test func bareLogCopiesTheEpisodeTypedLast() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.ok(["log", "left", "calf", "2m", "--at", "03:10"])
        cramp.ok(["log", "right", "foot", "3m", "--at", "wed 23:40"])
        let bare = cramp.ok(["log"])
        #expect(bare.messageLines == [
            "logged #3 cramp, right foot, 3m, Sat 2026-11-21 09:00 +01:00, night of Sat 2026-11-21, woke: unknown "
                + "(leg and site copied from #2; duration not given, copied from #2); undo: cramp undo",
        ])
    }
}
