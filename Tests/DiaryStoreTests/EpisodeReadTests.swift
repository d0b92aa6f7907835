import Diary
import DiaryStore
import Foundation
import Testing

/// Reading episodes back: every field, and each episode's own triggers and reliefs in their order.
@Suite struct EpisodeReadTests {
    let folder: URL
    let file: DiaryFile

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("cramp-store-\(UUID().uuidString)")
        file = try #require(try DiaryFile.open(path: folder.appendingPathComponent("d.db").path, create: true))
    }

    private func store(_ start: Int64, _ triggers: [String] = [], _ reliefs: [Relief] = [], note: String? = nil) throws -> Int64 {
        let episode = Episode(
            start: Timestamp(utc: start, offset: 3600), leg: .left, site: .calf, durationSeconds: 90, intensity: 6,
            woke: .yes, triggers: triggers.map { Trigger($0)! }, reliefs: reliefs, note: note)
        return try file.write { try EpisodeRepository(file.db).insert(episode, nowUTC: start + 60) }
    }

    @Test func everyFieldAndTheChildrenInTheirOrderComeBack() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let reliefs = [Relief(.stretch, outcome: .helped), Relief(name: "hot bath", outcome: .noHelp)!, Relief(.walk)]
        let id = try store(1_000_000, ["standing", "Long drive", "cold"], reliefs, note: "a, \"b\"")
        let episode = try #require(try EpisodeRepository(file.db).fetch(id: id))
        #expect(episode.id == id)
        #expect(episode.kind == .cramp && episode.leg == .left && episode.site == .calf && episode.woke == .yes)
        #expect(episode.start == Timestamp(utc: 1_000_000, offset: 3600))
        #expect(episode.durationSeconds == 90 && episode.intensity == 6 && episode.note == "a, \"b\"")
        #expect(episode.createdUTC == 1_000_060 && episode.updatedUTC == 1_000_060)
        #expect(episode.triggers.map(\.name) == ["standing", "Long drive", "cold"])
        #expect(episode.reliefs == reliefs)
    }

    @Test func eachEpisodeGetsOnlyItsOwnChildren() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        // Same start instant (ordered by id), an episode with no children in between, and one logged
        // later for an earlier time, so id order and time order differ.
        let a = try store(5_000, ["standing"], [Relief(.stretch, outcome: .partly)])
        let b = try store(5_000)
        let c = try store(5_000, ["cold", "exercise"])
        let d = try store(4_000, [], [Relief(.massage, outcome: .helped), Relief(.heat)])
        let e = try store(9_000, ["sitting"])
        let read = try EpisodeRepository(file.db).episodes(fromUTC: 0, toUTC: 10_000)
        #expect(read.map(\.id) == [d, a, b, c, e])
        #expect(read.map { $0.triggers.map(\.name) } == [[], ["standing"], [], ["cold", "exercise"], ["sitting"]])
        #expect(read.map { $0.reliefs.map(\.description) } == [["massage:helped", "heat:unsure"], ["stretch:partly"], [], [], []])
    }

    @Test func rangesIncludeTheirStartAndExcludeTheirEnd() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try store(100, ["cold"])
        let second = try store(200, ["standing"])
        _ = try store(300, ["sitting"])
        let read = try EpisodeRepository(file.db).episodes(fromUTC: 100, toUTC: 300)
        #expect(read.map(\.id) == [first, second])
        #expect(read.map { $0.triggers.map(\.name) } == [["cold"], ["standing"]])
        var streamed: [Int64] = []
        try EpisodeRepository(file.db).forEach(fromUTC: 150, toUTC: 301) { streamed.append($0.id!) }
        #expect(streamed.count == 2 && streamed[0] == second)
    }

    @Test func latestIsTheLastStartedWithItsChildren() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try EpisodeRepository(file.db).latest() == nil)
        let late = try store(9_000, ["exercise"], [Relief(.walk, outcome: .helped)])
        _ = try store(1_000, ["cold"])
        let latest = try #require(try EpisodeRepository(file.db).latest())
        #expect(latest.id == late)
        #expect(latest.triggers.map(\.name) == ["exercise"])
        #expect(latest.reliefs.map(\.description) == ["walk:helped"])
        #expect(try EpisodeRepository(file.db).fetch(id: 999) == nil)
    }
}
