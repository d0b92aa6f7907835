import Diary
import Testing
@testable import DiaryExport

@Suite struct CellTextTests {
    @Test(arguments: [0, 3600, -18_000, 19_800, 45_900, -43_200, 64_800, -64_800])
    func timestampsReadBackAtEveryOffset(offset: Int) {
        let stamp = Fixture.at(17, 2, 40, offset: offset).adding(seconds: 17)
        #expect(TimestampText.parse(stamp.iso8601) == stamp)
    }

    @Test func timestampVariantsSpreadsheetsWrite() {
        #expect(TimestampText.parse("2026-11-17T02:40+01:00") == Fixture.at(17, 2, 40))
        #expect(TimestampText.parse("2026-11-17 02:40:00+01:00") == Fixture.at(17, 2, 40))
        #expect(TimestampText.parse(" 2026-11-17T01:40:00Z ") == Fixture.at(17, 1, 40, offset: 0))
        #expect(TimestampText.parse("2026-11-17T02:40:00-05:30")?.offset == -19_800)
    }

    @Test(arguments: [
        "2026-11-17T02:40:00", "2026-11-17T02:40:00+19:00", "2026-11-17T24:00:00+01:00",
        "2026-02-30T02:40:00+01:00", "2026-11-17T02:60:00+01:00", "2026-11-17T02:40:00+01:60",
        "2026-11-17T02:40:00+0100", "2026-11-17T02:40:00+01:00x", "2026-11-17", "", "17/11/2026 02:40",
        "2026-11-17T2:40:00+01:00", "2026-11-17T02:40:00z",
    ])
    func timestampsWithoutAnUnambiguousInstantAreRefused(text: String) {
        #expect(TimestampText.parse(text) == nil)
    }

    @Test func namesWithSeparatorsSurviveTheList() {
        let names = ["plain", "semi;colon", "back\\slash", "\\;", ";\u{301}", "=own", "emoji 🦵"]
        let joined = NameList.join(names)
        #expect(joined == "plain;semi\\;colon;back\\\\slash;\\\\\\;;\\;\u{301};=own;emoji 🦵")
        #expect(NameList.split(joined) == names)
        #expect(NameList.split("") == [])
        #expect(NameList.join([]) == "")
    }

    // Issue 11, point 16: a list without `\` is split on its `;` bytes; the names are those of the scalar walk,
    // a `;` under a combining mark and empty names included.
    @Test func point16_aListWithoutEscapesSplitsAtEverySemicolonScalar() {
        #expect(NameList.split("a;\u{301}b;;c 🦵;") == ["a", "\u{301}b", "", "c 🦵", ""])
        #expect(NameList.split(";") == ["", ""])
        #expect(NameList.split("massage:helped;heat:no-help") == ["massage:helped", "heat:no-help"])
    }

    @Test func listEscapesOtherThanBackslashAndSemicolonAreRefused() {
        #expect(NameList.split("a\\b") == nil)
        #expect(NameList.split("a\\") == nil)
        #expect(NameList.split("a;;b") == ["a", "", "b"])
    }
}
