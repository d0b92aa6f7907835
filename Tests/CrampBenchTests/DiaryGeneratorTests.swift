import Diary
import DiaryStore
import Foundation
import Testing
@testable import CrampBench

@Suite struct DiaryGeneratorTests {
    @Test func writesExactlyTheAskedRowsAndAJournalEntryForEach() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let path = folder.path + "/d.db"
        let diary = try DiaryGenerator.generate(testShape(), path: path)
        #expect(diary.episodes == 3_000)
        #expect(diary.sessions == 1_500)
        #expect(diary.bytes == Int64(try FileManager.default.attributesOfItem(atPath: path)[.size] as! Int))

        let file = try #require(try DiaryFile.open(path: path, create: false))
        #expect(try EpisodeRepository(file.db).count() == 3_000)
        #expect(try PostureRepository(file.db).count() == 1_500)
        #expect(try file.db.scalarInt("SELECT count(*) FROM stretch_break") == Int64(diary.breaks))
        // Issue 14: and the 30 steps of the medicine timeline, each journalled as `cramp med` would.
        #expect(try MedicineEventRepository(file.db).count() == 30)
        #expect(try file.db.scalarInt("SELECT count(*) FROM operation") == Int64(3_000 + 1_500 + diary.breaks + 30))
        #expect(try file.db.scalarInt("SELECT count(*) FROM operation_change") == Int64(3_000 + 1_500 + diary.breaks + 30))
        #expect(try file.db.scalarText("PRAGMA journal_mode") == "wal")
        #expect(try file.schemaVersion() == MigrationCatalogue.latestVersion)
        #expect(try file.db.scalarText("PRAGMA integrity_check") == "ok")
        // Every generated row reads back through the store, triggers and reliefs included.
        let all = try EpisodeRepository(file.db).episodes(fromUTC: .min, toUTC: .max)
        #expect(all.count == 3_000)
        #expect(all.contains { !$0.triggers.isEmpty } && all.contains { !$0.reliefs.isEmpty })
        // Issue 14: the timeline reads back as 13 medicines, 7 of them running, the first started on day 30 at 08:00.
        let timeline = MedicineTimeline(try MedicineEventRepository(file.db).all())
        #expect(timeline.medicines.count == BenchMedicines.medicines && timeline.running.count == BenchMedicines.running)
        #expect(timeline.medicines.map(\.name).prefix(3) == ["atorvastatin", "ramipril", "naproxen"])
        #expect(timeline.medicines[0].events[0].at.local == LocalDateTime(date: testShape().firstEvening.adding(days: 30), hour: 8, minute: 0))
        // The undo journal points at the last episode logged, as after a real `cramp log`.
        #expect(try Journal(file.db).last() != nil)
    }

    @Test func theSameSeedWritesTheSameDiary() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        func fingerprint(_ seed: UInt64, _ name: String) throws -> String {
            let path = folder.path + "/" + name
            _ = try DiaryGenerator.generate(testShape(episodes: 500, sessions: 300, seed: seed), path: path)
            let db = try Database(path: path, create: false, readOnly: true)
            return try db.scalarText("""
                SELECT group_concat(id || kind || start_utc || utc_offset || leg || ifnull(site, '') || duration_s
                    || ifnull(intensity, '') || woke || ifnull(note, '') || created_utc, ',') FROM episode
                """)! + (try db.scalarText("SELECT group_concat(start_utc || posture || duration_s, ',') FROM posture_session")!)
        }
        let first = try fingerprint(42, "a.db")
        #expect(first == (try fingerprint(42, "b.db")))
        #expect(first != (try fingerprint(43, "c.db")))
    }

    @Test func spansTenYearsEndingBeforeNow() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let path = folder.path + "/d.db"
        let shape = testShape()
        _ = try DiaryGenerator.generate(shape, path: path)
        let db = try Database(path: path, create: false, readOnly: true)
        let nowUTC = CentralEuropeanZone().timestamp(local: shape.now).utc
        let first = try #require(try db.scalarInt("SELECT min(start_utc) FROM episode"))
        let last = try #require(try db.scalarInt("SELECT max(start_utc + duration_s) FROM episode"))
        let created = try #require(try db.scalarInt("SELECT max(max(created_utc, updated_utc)) FROM episode"))
        #expect(last <= nowUTC && created <= nowUTC)
        // Ten years of 365.2425 days, give or take the first night's evening hours.
        let days = Double(nowUTC - first) / 86_400
        #expect(days > 3_640 && days < 3_655, "\(days) days")
        // Offsets are Berlin's: only +01:00 and +02:00.
        #expect(try db.scalarInt("SELECT count(*) FROM episode WHERE utc_offset NOT IN (3600, 7200)") == 0)
    }

    @Test func nightsClusterLikeRealCramps() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let path = folder.path + "/d.db"
        _ = try DiaryGenerator.generate(testShape(episodes: 20_000, sessions: 8_000), path: path)
        let db = try Database(path: path, create: false, readOnly: true)
        let local = "(start_utc + utc_offset)"
        // Most episodes fall in the default night window 22:00-08:00.
        let nocturnal = try #require(try db.scalarInt(
            "SELECT count(*) FROM episode WHERE \(local) % 86400 >= 79200 OR \(local) % 86400 < 28800"))
        #expect((15_000...19_000).contains(nocturnal), "\(nocturnal) of 20,000 at night")
        // More in summer (June to August) than in winter (December to February).
        let summer = try #require(try db.scalarInt(
            "SELECT count(*) FROM episode WHERE strftime('%m', \(local), 'unixepoch') IN ('06', '07', '08')"))
        let winter = try #require(try db.scalarInt(
            "SELECT count(*) FROM episode WHERE strftime('%m', \(local), 'unixepoch') IN ('12', '01', '02')"))
        #expect(Double(summer) > 1.5 * Double(winter), "summer \(summer), winter \(winter)")
        // Nights after a day with more than 4 hours standing bring more episodes than the others.
        let perNight = try db.prepare("""
            WITH standing AS (
                SELECT date(start_utc + utc_offset, 'unixepoch') AS day, sum(duration_s) AS seconds
                FROM posture_session WHERE posture = 'standing' GROUP BY day),
            nights AS (
                SELECT date(start_utc + utc_offset - 28800, 'unixepoch') AS night, count(*) AS n
                FROM episode GROUP BY night)
            SELECT coalesce(s.seconds, 0) > 14400, avg(n.n)
            FROM nights n LEFT JOIN standing s ON s.day = n.night GROUP BY 1 ORDER BY 1
            """).bind([]).all { $0.double(1) }
        #expect(perNight.count == 2)
        #expect(perNight[1] > 1.5 * perNight[0], "after standing \(perNight[1]), otherwise \(perNight[0])")
        // Clustered: the busiest tenth of nights holds far more than a tenth of the episodes.
        let busiest = try #require(try db.scalarInt("""
            WITH nights AS (SELECT count(*) AS n FROM episode GROUP BY date(\(local) - 28800, 'unixepoch'))
            SELECT sum(n) FROM (SELECT n FROM nights ORDER BY n DESC LIMIT 365)
            """))
        #expect(busiest > 4_000, "\(busiest) of 20,000 in the busiest 365 nights")
    }

    @Test func aHistoryDiaryKeepsTheSmallDiarysLastYear() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let small = folder.path + "/small.db", history = folder.path + "/history.db"
        _ = try DiaryGenerator.generate(testShape(episodes: 400, sessions: 200), path: small)
        var shape = testShape(episodes: 5_000, sessions: 200)
        shape.recentLike = 400
        let generated = try DiaryGenerator.generate(shape, path: history)
        #expect(generated.episodes == 5_000)
        // Every stored field but the ids and the journal, episode for episode, with their lists.
        func nightsOfLastYear(_ path: String) throws -> [String] {
            let db = try Database(path: path, create: false, readOnly: true)
            let firstRecent = shape.lastEvening.adding(days: 1 - DiaryShape.recentNights).description
            return try db.prepare("""
                SELECT date(start_utc + utc_offset - 28800, 'unixepoch') AS night,
                       quote(start_utc) || '|' || quote(utc_offset) || '|' || kind || '|' || leg || '|' || quote(site)
                       || '|' || duration_s || '|' || quote(intensity) || '|' || woke || '|' || quote(note)
                       || '|' || created_utc || '|' || updated_utc
                       || '|' || ifnull((SELECT group_concat(name, ',') FROM episode_trigger WHERE episode_id = e.id), '')
                       || '|' || ifnull((SELECT group_concat(name || ':' || outcome, ',') FROM episode_relief
                                         WHERE episode_id = e.id), '')
                FROM episode e WHERE night >= ? ORDER BY start_utc, id
                """).bind([firstRecent]).all { "\($0.text(0)) \($0.text(1))" }
        }
        let recent = try nightsOfLastYear(history)
        #expect(recent.count > 30)
        #expect(recent.contains { $0.contains("stretch:") }, "lists are compared too")
        #expect(recent == (try nightsOfLastYear(small)))
    }
}
