import Diary
import Testing

/// Issue 13, "Night-time input": what a half-asleep person types at 03:06 on Thursday 2026-11-26 (Berlin, +01:00).
@Suite("night-time input: parsing")
struct NightTimeInputTests {
    let night = clock("2026-11-26T03:06:00+01:00")

    func words(_ line: String, names: DiaryNames = .none) throws -> EpisodeDraft {
        try EpisodeWords.parse(line.split(separator: " ").map(String.init), clock: night) { names }
    }

    /// The error `body` throws, or nil (recorded as an issue) when it throws none.
    func refusal(_ body: () throws -> Any) -> (any Error)? {
        do {
            let value = try body()
            Issue.record("expected a refusal, got \(value)")
            return nil
        } catch {
            return error
        }
    }

    // MARK: spaced durations

    // Issue 13: a number followed by a unit word is one duration
    @Test("spaced durations", arguments: [
        ("left calf 2 min", 120), ("left calf 10 minutes", 600), ("left calf 2 mins", 120), ("left calf 1 hour", 3600),
        ("left calf 90 s", 90), ("1 hour 30 minutes left", 5400), ("left 2 m calf", 120), ("left 1.5 h", 5400),
    ] as [(String, Int)])
    func spacedDurations(line: String, seconds: Int) throws {
        #expect(try words(line).duration == seconds)
    }

    // Issue 13: the message listing accepted duration forms stays true ("2 min" is one of them)
    @Test func theAcceptedFormsListedAreAccepted() throws {
        #expect(DurationText.acceptedForms.contains("2 min") && DurationText.acceptedForms.contains("10 minutes"))
        #expect(try words("2 min").duration == 120 && words("10 minutes").duration == 600)
        let weeks = refusal { try words("left 3 weeks") } as? InputError
        #expect(weeks?.hint == "\"weeks\" is not accepted: use h, m (minutes) or s", "a calendar unit keeps its own hint")
    }

    // MARK: times among the words

    // Issue 13: `cramp log left calf 2m 3am`, a time among the words, is the start
    @Test("times among the words", arguments: [
        ("left calf 2m 3am", "2026-11-26T03:00:00+01:00"), ("left calf 2m 3 am", "2026-11-26T03:00:00+01:00"),
        ("11:30pm left", "2026-11-25T23:30:00+01:00"), ("left yesterday 23:40", "2026-11-25T23:40:00+01:00"),
        ("left last night 2am", "2026-11-26T02:00:00+01:00"), ("left last night 11pm", "2026-11-25T23:00:00+01:00"),
        ("left midnight", "2026-11-26T00:00:00+01:00"),
    ])
    func timesAmongWords(line: String, expected: String) throws {
        expectStamp(try #require(try words(line).start), expected)
    }

    @Test func aBareClockTimeAmongTheWordsStaysADuration() throws {
        let draft = try words("left 1:30")
        #expect(draft.duration == 90 && draft.start == nil, "m:ss is a duration, as before")
    }

    @Test func aDayWordWithoutATimeSaysSo() {
        let error = refusal { try words("left calf yesterday") } as? InputError
        #expect(error?.description == "\"yesterday\" needs a time after it: yesterday 3am, or --at \"yesterday 3am\"")
    }

    // MARK: times ahead

    // Issue 13: at 03:06, `--at 3:10am` is refused with both readings, never moved a day back
    @Test("a clock time up to an hour ahead is asked about", arguments: [
        ("3:10am", "\"3:10am\" is 4 minutes ahead of now (03:06). Did you mean now (--at now) or yesterday 03:10 "
            + "(--at \"yesterday 3:10am\")?"),
        ("today 4am", "\"today 4am\" is 54 minutes ahead of now (03:06). Did you mean now (--at now) or yesterday 04:00 "
            + "(--at \"yesterday 4am\")?"),
        ("04:06", "\"04:06\" is 1 hour ahead of now (03:06). Did you mean now (--at now) or yesterday 04:06 "
            + "(--at \"yesterday 04:06\")?"),
        ("3:06:30", "\"3:06:30\" is 30 seconds ahead of now (03:06). Did you mean now (--at now) or yesterday 03:06:30 "
            + "(--at \"yesterday 3:06:30\")?"),
        ("thu 3:10am", "\"thu 3:10am\" is 4 minutes ahead of now (03:06). Did you mean now (--at now) or "
            + "Thu 2026-11-19 03:10 (--at \"2026-11-19 3:10am\")?"),
    ])
    func aheadIsAsked(text: String, message: String) {
        do {
            let stamp = try When.parse(text, clock: night)
            Issue.record("\(text) was read as \(stamp)")
        } catch {
            #expect(error.description == message)
            #expect(error.field == "--at" && error.value == text)
        }
    }

    @Test("the readings offered parse back to what they name")
    func offeredReadingsParse() throws {
        expectStamp(try When.parse("yesterday 3:10am", clock: night), "2026-11-25T03:10:00+01:00")
        expectStamp(try When.parse("2026-11-19 3:10am", clock: night), "2026-11-19T03:10:00+01:00")
        expectStamp(try When.parse("now", clock: night), "2026-11-26T03:06:00+01:00")
    }

    // Issue 13: more than an hour ahead keeps its documented reading, the most recent past one
    @Test("more than an hour ahead is the most recent past", arguments: [
        ("04:07", "2026-11-25T04:07:00+01:00"), ("11pm", "2026-11-25T23:00:00+01:00"), ("3:06", "2026-11-26T03:06:00+01:00"),
        ("3am", "2026-11-26T03:00:00+01:00"),
    ])
    func furtherAheadIsYesterday(text: String, expected: String) throws {
        expectStamp(try When.parse(text, clock: night), expected)
    }

    @Test func anExplicitDateAheadKeepsItsRefusal() {
        expectRefusal(field: "--at", value: "2026-11-26 03:10", hint: "that is in the future; now is 2026-11-26T03:06:00+01:00") {
            () throws(InputError) in try When.parse("2026-11-26 03:10", clock: night)
        }
    }

    // MARK: last night

    // Issue 13: `--at "last night 2am"`: the night that began yesterday evening; from noon on, that evening
    @Test("last night, by day and in the evening", arguments: [
        ("2026-11-26T03:06:00+01:00", "last night 2am", "2026-11-26T02:00:00+01:00"),
        ("2026-11-26T14:00:00+01:00", "last night 2am", "2026-11-26T02:00:00+01:00"),
        ("2026-11-26T14:00:00+01:00", "last night 11pm", "2026-11-25T23:00:00+01:00"),
        ("2026-11-26T23:30:00+01:00", "Last Night 2 am", "2026-11-26T02:00:00+01:00"),
        ("2026-11-26T23:30:00+01:00", "last night 11:45pm", "2026-11-25T23:45:00+01:00"),
        ("2026-11-27T00:30:00+01:00", "last night 11pm", "2026-11-26T23:00:00+01:00"),
        ("2026-11-26T14:00:00+01:00", "last night noon", "2026-11-25T12:00:00+01:00"),
    ])
    func lastNight(now: String, text: String, expected: String) throws {
        expectStamp(try When.parse(text, clock: clock(now)), expected)
    }

    @Test func lastNightNotYetComeIsRefusedWithTheNightBefore() {
        do {
            let stamp = try When.parse("last night 2am", clock: clock("2026-11-27T00:30:00+01:00"))
            Issue.record("read as \(stamp)")
        } catch {
            #expect(error.description == "last night's 02:00 is Fri 2026-11-27 02:00, later than now (00:30); "
                    + "for the night before, write --at \"yesterday 2am\"")
        }
        expectRefusal(field: "--at", value: "last night", hint: "add a time: last night 2am") {
            () throws(InputError) in try When.parse("last night", clock: night)
        }
    }

    // MARK: typos

    // Issue 13: a typo is one short line with "did you mean …?"
    @Test("typos of log words", arguments: [
        ("lft calf 2m", "unknown leg \"lft\"; did you mean \"left\"?"),
        ("left calve 2m", "unknown site \"calve\"; did you mean \"calves\"?"),
        ("left calf stretching", "unknown relief \"stretching\"; did you mean \"stretch\"?"),
        ("left calf woken", "unknown word \"woken\"; did you mean \"woke\"?"),
        ("left calf standng", "unknown trigger \"standng\"; did you mean \"standing\"?"),
        ("left calf stretch:helpd", "unknown relief \"stretch:helpd\"; did you mean \"stretch:helped\"?"),
        ("left calf banana", "unknown word \"banana\"; own words go in --note, --trigger or --relief"),
    ])
    func typos(line: String, message: String) {
        let error = refusal { try words(line) }
        #expect((error as? UnknownWord)?.description == message, "\(String(describing: error))")
    }

    // Issue 13: names already in the diary are suggested too, and read only for an unknown word
    @Test func namesInTheDiaryAreSuggested() throws {
        let names = DiaryNames(triggers: ["night shift"], reliefs: ["quinine"])
        #expect((refusal { try words("left quinin", names: names) } as? UnknownWord)?.description
                == "unknown word \"quinin\"; did you mean --relief \"quinine\"?")
        #expect((refusal { try words("left night-shift", names: names) } as? UnknownWord)?.description
                == "unknown word \"night-shift\"; did you mean --trigger \"night shift\"?")
        var reads = 0
        _ = try EpisodeWords.parse(["left", "calf", "2", "min"], clock: night) { reads += 1; return names }
        #expect(reads == 0, "a line of known words never reads the diary's names")
    }

    // MARK: new names close to known ones

    // Issue 13: `strech:helped` and `streching:helped` are refused, suggesting stretch or stretching
    @Test("new names close to known ones", arguments: [
        ("strech:helped", [], "new relief \"strech\" is close to \"stretch\": did you mean \"stretch\"? "
            + "To keep \"strech\" as a new name, add --new-name"),
        ("streching:helped", [], "new relief \"streching\" is close to \"stretch\": did you mean \"stretch\"? "
            + "To keep \"streching\" as a new name, add --new-name"),
        ("streching:helped", ["stretching"], "new relief \"streching\" is close to \"stretching\": did you mean "
            + "\"stretching\"? To keep \"streching\" as a new name, add --new-name"),
        ("Quinine", ["quinine"], "new relief \"Quinine\" is close to \"quinine\": did you mean \"quinine\"? "
            + "To keep \"Quinine\" as a new name, add --new-name"),
    ] as [(String, [String], String)])
    func newNameRefused(spec: String, stored: [String], message: String) throws {
        var draft = EpisodeDraft()
        draft.reliefs = [try #require(Relief(spec: spec))]
        let names = DiaryNames(reliefs: stored)
        #expect(DiaryNames.hasOwnNames(draft))
        #expect(throws: UnknownWord.self) { try names.checkNew(draft, allowNew: false) }
        do { try names.checkNew(draft, allowNew: false) } catch { #expect(error.description == message) }
        try names.checkNew(draft, allowNew: true)
    }

    @Test func namesThatAreKnownOrFarAreKept() throws {
        var draft = EpisodeDraft()
        draft.reliefs = [Relief(.stretch), Relief(name: "stretching")!, Relief(name: "quinine")!]
        draft.triggers = [Trigger("night shift")!, Trigger(.cold)]
        try DiaryNames(reliefs: ["stretching"]).checkNew(draft, allowNew: false)
        var trigger = EpisodeDraft()
        trigger.triggers = [Trigger("colder")!]
        #expect(throws: UnknownWord("trigger", value: "colder", suggestion: "\"cold\"", isNewName: true)) {
            try DiaryNames.none.checkNew(trigger, allowNew: false)
        }
        var known = EpisodeDraft()
        known.reliefs = [Relief(.massage)]
        #expect(!DiaryNames.hasOwnNames(known))
    }
}

/// The edit distance behind every suggestion, on pairs counted by hand.
@Suite("Spelling")
struct SpellingTests {
    // Issue 13: Damerau-Levenshtein (optimal string alignment), without case
    @Test("distances", arguments: [
        ("lgo", "log", 1), ("lft", "left", 1), ("calve", "calf", 2), ("woken", "woke", 1), ("strech", "stretch", 1),
        ("kitten", "sitting", 3), ("ca", "abc", 3), ("", "abc", 3), ("LEFT", "left", 0), ("streching", "stretch", 4),
    ] as [(String, String, Int)])
    func distance(a: String, b: String, expected: Int) {
        #expect(Spelling.distance(a, b) == expected)
        #expect(Spelling.distance(b, a) == expected)
    }

    @Test func toleranceGrowsWithTheWord() {
        #expect([Spelling.tolerance(for: "lft"), Spelling.tolerance(for: "calve"), Spelling.tolerance(for: "streching")] == [1, 2, 3])
    }

    @Test func nearestPrefersTheWholeWordThenTheFirstListed() {
        #expect(Spelling.nearest(to: "lgo", among: ["status", "log", "list"]) == "log")
        #expect(Spelling.nearest(to: "streching", among: ["stretch", "stretching"]) == "stretching")
        #expect(Spelling.nearest(to: "streching", among: ["stretch"]) == "stretch")
        #expect(Spelling.nearest(to: "bath", among: ["heat", "walk"]) == nil)
        #expect(Spelling.nearest(to: "banana", among: ["left", "right", "both"]) == nil)
    }
}
