import Diary
import DiaryStore
import Testing

@Suite("Repositories")
struct RepositoryTests {
    /// Every field set, with own-words triggers and reliefs and a note in several scripts.
    static let fullEpisode = Episode(
        kind: .cramp, start: Moments.nightCramp, leg: .right, site: .foot, durationSeconds: 95, intensity: 8,
        woke: .yes,
        triggers: [Trigger(.standing), Trigger("Fußball ⚽ am Abend")!, Trigger(.cold)],
        reliefs: [Relief(.stretch, outcome: .helped), Relief(name: "Magnesium-Öl 🧴", outcome: .partly)!,
                  Relief(.walk)],
        note: "Zehen krümmten sich — ça fait mal.\n第二行\ttab, e\u{301} (combining), 👩🏽‍⚕️")

    @Test func anEpisodeRoundTripsWithEveryField() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try freshDiary(folder)
        let repository = EpisodeRepository(file.db)
        let id = try file.write { try repository.insert(Self.fullEpisode, nowUTC: Moments.now) }
        var expected = Self.fullEpisode
        expected.id = id
        expected.createdUTC = Moments.now
        expected.updatedUTC = Moments.now
        let stored = try #require(try repository.fetch(id: id))
        #expect(stored == expected)
        // Unicode is stored as typed, not normalised: the combining accent stays two scalars.
        #expect(stored.note?.unicodeScalars.count == expected.note?.unicodeScalars.count)
        #expect(try file.db.scalarText("SELECT name FROM episode_trigger WHERE position = 1") == "Fußball ⚽ am Abend")
        #expect(try file.db.scalarText("SELECT outcome FROM episode_relief WHERE position = 2") == "unsure")
    }

    @Test func aMinimalEpisodeRoundTripsWithItsNulls() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try freshDiary(folder)
        let minimal = Episode(kind: .numbness, start: Timestamp(utc: Moments.nightCramp.utc, offset: -18_000),
                              leg: .both, durationSeconds: 1)
        let id = try file.write { try EpisodeRepository(file.db).insert(minimal, nowUTC: Moments.now) }
        let stored = try #require(try EpisodeRepository(file.db).fetch(id: id))
        #expect(stored.site == nil && stored.intensity == nil && stored.note == nil)
        #expect(stored.triggers.isEmpty && stored.reliefs.isEmpty)
        #expect(stored.woke == .unknown && stored.kind == .numbness && stored.start.offset == -18_000)
        #expect(try file.db.scalarInt("SELECT count(*) FROM episode WHERE site IS NULL AND note IS NULL AND intensity IS NULL") == 1)
    }

    @Test func aRepeatedTriggerIsStoredOnce() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try freshDiary(folder)
        let episode = Episode(start: Moments.nightCramp, leg: .left, durationSeconds: 60,
                              triggers: [Trigger(.cold), Trigger("COLD")!, Trigger(.standing)])
        let id = try file.write { try EpisodeRepository(file.db).insert(episode, nowUTC: Moments.now) }
        #expect(try EpisodeRepository(file.db).fetch(id: id)?.triggers == [Trigger(.cold), Trigger(.standing)])
    }

    @Test func updateReplacesFieldsAndListsAndKeepsCreation() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try freshDiary(folder)
        let repository = EpisodeRepository(file.db)
        let id = try file.write { try repository.insert(Self.fullEpisode, nowUTC: Moments.now) }
        var changed = try #require(try repository.fetch(id: id))
        changed.leg = .left
        changed.site = nil
        changed.intensity = nil
        changed.triggers = [Trigger(.exercise)]
        changed.reliefs = []
        changed.note = "kürzer"
        try file.write { try repository.update(changed, nowUTC: Moments.now + 60) }
        let stored = try #require(try repository.fetch(id: id))
        #expect(stored.createdUTC == Moments.now)
        #expect(stored.updatedUTC == Moments.now + 60)
        changed.updatedUTC = Moments.now + 60
        #expect(stored == changed)
        #expect(try file.db.scalarInt("SELECT count(*) FROM episode_relief") == 0)
    }

    @Test func deleteRemovesTheEpisodeAndItsLists() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try freshDiary(folder)
        let repository = EpisodeRepository(file.db)
        let id = try file.write { try repository.insert(Self.fullEpisode, nowUTC: Moments.now) }
        #expect(try file.write { try repository.delete(id: id) })
        #expect(try repository.fetch(id: id) == nil)
        #expect(try file.write { try repository.delete(id: id) } == false)
        #expect(try file.db.scalarInt("SELECT count(*) FROM episode_trigger") == 0)
        #expect(try file.db.scalarInt("SELECT count(*) FROM episode_relief") == 0)
    }

    @Test func rangesAreHalfOpenAndOrderedByStart() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try freshDiary(folder)
        let repository = EpisodeRepository(file.db)
        let base = Moments.nightCramp.utc
        // Inserted out of order; two share a start instant.
        let starts: [Int64] = [base + 7200, base, base + 3600, base + 3600, base - 1]
        let ids = try file.write {
            try starts.map { try repository.insert(Episode(start: Moments.stamp($0), leg: .left, durationSeconds: 60), nowUTC: Moments.now) }
        }
        let inRange = try repository.episodes(fromUTC: base, toUTC: base + 7200)
        #expect(inRange.map(\.id) == [ids[1], ids[2], ids[3]])
        var seen: [Int64] = []
        try repository.forEach(fromUTC: base - 1, toUTC: base + 7201) { seen.append($0.id!) }
        #expect(seen == [ids[4], ids[1], ids[2], ids[3], ids[0]])
        #expect(try repository.latest()?.id == ids[0])
        #expect(try repository.earliestStart() == Moments.stamp(base - 1))
        #expect(try repository.count() == 5)
        try file.write {
            let ledger = try ImportLedger(file.db)
            #expect(try repository.unclaimedID(kind: .cramp, startUTC: base + 7200, leg: .left) == ids[0])
            #expect(try repository.unclaimedID(kind: .cramp, startUTC: base + 7200, leg: .right) == nil)
            #expect(try repository.unclaimedID(kind: .numbness, startUTC: base + 7200, leg: .left) == nil)
            // Two with one key: the lower id first, then, once an import row took it, the other.
            #expect(try repository.unclaimedID(kind: .cramp, startUTC: base + 3600, leg: .left) == ids[2])
            try ledger.claim(ids[2])
            #expect(try repository.unclaimedID(kind: .cramp, startUTC: base + 3600, leg: .left) == ids[3])
            #expect(try !repository.hasUnclaimed(id: ids[2], kind: .cramp, startUTC: base + 3600, leg: .left))
            #expect(try repository.hasUnclaimed(id: ids[3], kind: .cramp, startUTC: base + 3600, leg: .left))
        }
    }

    @Test func postureSessionsAndBreaksRoundTrip() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try freshDiary(folder)
        let postures = PostureRepository(file.db)
        let start = Moments.stamp(Moments.now - 7200)
        let session = PostureSession(posture: .standing, start: start, durationSeconds: 7200, breaksTaken: 2,
                                     note: "Messe, Stand 4 — viel gelaufen")
        let id = try file.write { try postures.insert(session, nowUTC: Moments.now) }
        var expected = session
        expected.id = id
        expected.createdUTC = Moments.now
        expected.updatedUTC = Moments.now
        #expect(try postures.fetch(id: id) == expected)
        // Overlap: a range inside the session finds it; one starting at its end does not.
        #expect(try postures.sessions(overlappingFromUTC: Moments.now - 60, toUTC: Moments.now).map(\.id) == [id])
        #expect(try postures.sessions(overlappingFromUTC: Moments.now, toUTC: Moments.now + 60).isEmpty)
        #expect(try postures.count() == 1)

        let breaks = BreakRepository(file.db)
        let breakID = try file.write { try breaks.insert(StretchBreak(at: Moments.stamp(Moments.now - 3600)), nowUTC: Moments.now) }
        #expect(try breaks.breaks(fromUTC: Moments.now - 7200, toUTC: Moments.now)
            == [StretchBreak(id: breakID, at: Moments.stamp(Moments.now - 3600), createdUTC: Moments.now)])
        #expect(try file.write { try breaks.delete(id: breakID) })
        #expect(try breaks.breaks(fromUTC: 0, toUTC: Moments.now).isEmpty)
    }

    @Test func settingsOverlayTheDefaultsAndReset() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try freshDiary(folder)
        let settings = SettingsRepository(file.db)
        #expect(try settings.load() == Settings.defaults)
        try file.write {
            try settings.set(.breakInterval, to: "30")
            try settings.set(.breakInterval, to: "25")
            try settings.set(.nightWindow, to: "23:30-06:45")
        }
        #expect(try settings.stored() == ["break-interval": "25", "night-window": "23:30-06:45"])
        let loaded = try settings.load()
        #expect(loaded.breakIntervalMinutes == 25)
        #expect(loaded.nightWindow.description == "23:30-06:45")
        #expect(loaded.longStandingHours == Settings.defaults.longStandingHours)
        #expect(try file.write { try settings.reset(.breakInterval) })
        #expect(try file.write { try settings.reset(.breakInterval) } == false)
        #expect(try settings.load().breakIntervalMinutes == Settings.defaults.breakIntervalMinutes)
    }
}
