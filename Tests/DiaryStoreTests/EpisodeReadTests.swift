import Diary
import DiaryStore
import Testing

/// Reading many episodes at once: each gets exactly its own triggers and reliefs, in their order,
/// however ids, start times and empty lists interleave (the reader merges three ordered scans).
@Suite struct EpisodeReadTests {
    private func store(_ file: DiaryFile, _ start: Int64, _ triggers: [String] = [], _ reliefs: [Relief] = []) throws -> Int64 {
        let episode = Episode(start: Moments.stamp(start), leg: .left, site: .calf, durationSeconds: 90,
                              triggers: triggers.map { Trigger($0)! }, reliefs: reliefs)
        return try file.write { try EpisodeRepository(file.db).insert(episode, nowUTC: start + 60) }
    }

    @Test func eachEpisodeGetsOnlyItsOwnChildren() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try freshDiary(folder)
        // Same start instant (ordered by id), an episode with no children in between, and one logged
        // later for an earlier time, so id order and time order differ.
        let a = try store(file, 5_000, ["standing"], [Relief(.stretch, outcome: .partly)])
        let b = try store(file, 5_000)
        let c = try store(file, 5_000, ["cold", "Long drive", "exercise"])
        let d = try store(file, 4_000, [], [Relief(.massage, outcome: .helped), Relief(name: "hot bath")!])
        let e = try store(file, 9_000, ["sitting"])
        let read = try EpisodeRepository(file.db).episodes(fromUTC: 0, toUTC: 10_000)
        #expect(read.map(\.id) == [d, a, b, c, e])
        #expect(read.map { $0.triggers.map(\.name) } == [[], ["standing"], [], ["cold", "Long drive", "exercise"], ["sitting"]])
        #expect(read.map { $0.reliefs.map(\.description) } == [["massage:helped", "hot bath:unsure"], ["stretch:partly"], [], [], []])
        // One at a time, the same.
        #expect(try EpisodeRepository(file.db).fetch(id: c)?.triggers.map(\.name) == ["cold", "Long drive", "exercise"])
        #expect(try EpisodeRepository(file.db).fetch(id: b)?.reliefs == [])
    }

    @Test func latestIsTheLastStartedWithItsChildren() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try freshDiary(folder)
        #expect(try EpisodeRepository(file.db).latest() == nil)
        let late = try store(file, 9_000, ["exercise"], [Relief(.walk, outcome: .helped)])
        _ = try store(file, 1_000, ["cold"])
        let latest = try #require(try EpisodeRepository(file.db).latest())
        #expect(latest.id == late)
        #expect(latest.triggers.map(\.name) == ["exercise"])
        #expect(latest.reliefs.map(\.description) == ["walk:helped"])
        #expect(try EpisodeRepository(file.db).fetch(id: 999) == nil)
    }
}

@Suite struct EpisodeOutlineReadTests {
    @Test func outlinesAreTheStoredEpisodesOutlines() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try freshDiary(folder)
        let kinds: [EpisodeKind] = [.cramp, .numbness]
        for (index, start) in [Int64(1_000), 2_000, 3_000, 4_000, 5_000, 6_000].enumerated() {
            let episode = Episode(kind: kinds[index % 2], start: Timestamp(utc: start, offset: [-36_000, 0, 3_600][index % 3]),
                                  leg: .right, site: .foot, durationSeconds: 45 + index, intensity: 4,
                                  woke: Woke.allCases[index % Woke.allCases.count], triggers: [Trigger(.cold)],
                                  reliefs: [Relief(.stretch, outcome: .helped)], note: "n\(start)")
            _ = try file.write { try EpisodeRepository(file.db).insert(episode, nowUTC: start + 1) }
        }
        let repository = EpisodeRepository(file.db)
        let whole = try repository.episodes(fromUTC: 2_000, toUTC: 6_000)
        let outlines = try repository.outlines(fromUTC: 2_000, toUTC: 6_000)
        #expect(whole.count == 4)
        #expect(Set(outlines.map(\.kind)) == [.cramp, .numbness] && outlines.contains(where: \.wokeThem))
        #expect(outlines.sorted { $0.start.utc < $1.start.utc } == whole.map(\.outline))
    }
}
