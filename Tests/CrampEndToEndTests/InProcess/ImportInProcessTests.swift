import Diary
import Foundation
import Testing

/// `cramp import` through the real command: round trips, all-or-nothing refusals, duplicates.
@Suite("in process: import")
struct ImportInProcessTests {
    /// A diary with awkward values (a formula-looking note over two lines, a `;` in a trigger, numbness) and
    /// sitting and standing, exported as episodes and as posture sessions.
    private func exported() throws -> (cramp: InProcessCramp, episodes: String, posture: String) {
        let cramp = try InProcessCramp()
        cramp.ok(["log", "left", "calf", "2m", "--at", "03:10", "--woke", "--intensity", "6", "--trigger", "cold",
                  "--trigger", "Neue Schuhe; eng", "--relief", "stretch:helped", "--relief", "Magnesium-Öl:partly",
                  "--note", "-lange Schicht,\n\"zweite\" Zeile"])
        cramp.ok(["log", "right", "foot", "12m", "--at", "2026-11-01T14:00", "--numbness", "--no-woke"])
        cramp.ok(["log", "both", "thigh", "40s", "--at", "2026-11-10T23:59"])
        cramp.ok(["delete", "2"])   // ids in the file are not 1...n
        cramp.ok(["log", "right", "toes", "1m", "--at", "2026-11-15T01:00", "--relief", "massage:no-help"])
        cramp.ok(["sit", "2h", "--breaks", "1", "--note", "=Zug"])
        cramp.ok(["stand", "3h", "--at", "yesterday 17:00"])
        let episodes = cramp.path("episodes.csv"), posture = cramp.path("posture.csv")
        cramp.ok(["export", "-o", episodes])
        cramp.ok(["export", "--what", "posture", "-o", posture])
        return (cramp, episodes, posture)
    }

    /// What a person entered, with the id: the bookkeeping times say when a row was written, not what it holds.
    static func entered(_ episode: Episode) -> Episode {
        var copy = episode
        (copy.createdUTC, copy.updatedUTC) = (0, 0)
        return copy
    }

    @Test func anExportImportsIntoASecondDiaryAndExportsTheSameBytes() throws {
        let (cramp, episodes, posture) = try exported()
        defer { cramp.cleanup() }
        let second = cramp.path("second.db")
        let result = cramp.ok(["import", "--db", second, episodes])
        #expect(result.messageLines == ["imported 3 episodes from \(episodes); undo: cramp undo"], "\(result.stderr)")
        cramp.ok(["import", "--db", second, posture])
        #expect(try cramp.storedEpisodes(second).map(Self.entered) == cramp.storedEpisodes().map(Self.entered),
                "every field and id, read back from the second diary")
        #expect(try cramp.storedPostureSessions(second).map(\.note) == [nil, "=Zug"])
        #expect(Data(cramp.ok(["export", "--db", second]).stdout.utf8) == cramp.bytes(episodes))
        #expect(Data(cramp.ok(["export", "--db", second, "--what", "posture"]).stdout.utf8) == cramp.bytes(posture))
    }

    @Test func importingTwiceAddsNothingAndWritesNoUndoEntry() throws {
        let (cramp, episodes, _) = try exported()
        defer { cramp.cleanup() }
        let second = cramp.path("second.db")
        cramp.ok(["import", "--db", second, episodes])
        let before = try cramp.storedEpisodes(second)
        let again = cramp.ok(["import", "--db", second, episodes])
        #expect(again.messageLines == [
            "nothing new in \(episodes): all 3 episodes are already in the diary (same kind, start time and leg)",
        ])
        #expect(try cramp.storedEpisodes(second) == before)
        // The second import left no journal entry, so undo takes the whole first import back.
        #expect(cramp.ok(["undo", "--db", second]).stderr.hasPrefix("undid `cramp import`"))
        #expect(try cramp.storedEpisodes(second).isEmpty)
    }

    @Test func aFileWithABadRowExits65AndImportsNothing() throws {
        let (cramp, episodes, _) = try exported()
        defer { cramp.cleanup() }
        var text = String(decoding: cramp.bytes(episodes) ?? Data(), as: UTF8.self)
        text += "9,cramp,2026-11-16T02:00:00+01:00,2026-11-15,yes,left,calf,60,12,yes,,,\r\n"
        let bad = try cramp.write(text, to: "bad.csv")
        let second = cramp.path("second.db")
        let result = cramp.run(["import", "--db", second, bad])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.messageLines.first == "cramp: \(bad): nothing imported: 1 problem", "\(result.stderr)")
        #expect(result.stderr.contains("line 6, intensity \"12\": accepted: a whole number from 0 to 10"), "\(result.stderr)")
        #expect(!cramp.exists(second), "a refused import created the diary")

        // Into a diary with entries: nothing is added, not even the good rows.
        cramp.ok(["log", "--db", second, "left", "1m"])
        #expect(cramp.run(["import", "--db", second, bad]).status == 65)
        #expect(try cramp.storedEpisodes(second).count == 1)
    }

    @Test(arguments: [
        ("id,kind\r\n1,cramp\r\n", "line 1, header"),
        ("[{\"id\": 1}]\n", "looks like JSON"),
        ("not a csv at all", "line 1, header"),
    ])
    func aFileThatIsNotAnExportExits65(_ text: String, _ message: String) throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        let file = try cramp.write(text, to: "in.csv")
        let result = cramp.run(["import", file])
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("cramp: \(file)") && result.stderr.contains(message), "\(result.stderr)")
        #expect(cramp.names() == ["in.csv"], "a refused import created \(cramp.names())")
    }

    @Test func standardInputAndAHeaderOnlyFile() throws {
        let (cramp, episodes, _) = try exported()
        defer { cramp.cleanup() }
        let second = cramp.path("second.db")
        let piped = cramp.ok(["import", "--db", second, "-"], stdin: Array(cramp.bytes(episodes) ?? Data()))
        #expect(piped.messageLines == ["imported 3 episodes from standard input; undo: cramp undo"])
        #expect(try cramp.storedEpisodes(second).count == 3)
        let empty = try cramp.write(ExportInProcessTests.header + "\r\n", to: "empty.csv")
        let third = cramp.path("third.db")
        #expect(cramp.ok(["import", "--db", third, empty]).messageLines
            == ["nothing to import: \(empty) has a header row and no episodes"])
        #expect(!cramp.exists(third))
    }

    @Test func aMissingFileIsAUsageError() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        expectUsageRefusal(cramp.run(["import", cramp.path("nope.csv")]), field: "file")
        expectUsageRefusal(cramp.run(["import", cramp.folder.path]), field: "file")
        #expect(cramp.names().isEmpty)
    }
}
