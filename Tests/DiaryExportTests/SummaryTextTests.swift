import Diary
import DiaryAnalytics
@testable import DiaryExport
import Testing

@Suite struct SummaryTextTests {
    private var text: String { SummaryText.render(SummaryDiary.summary) }

    /// The text with line breaks and indents folded into single spaces, to find wrapped sentences.
    private func flat(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    @Test func headerNamesThePeriodAndSinceWhen() {
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "Leg cramp diary: summary for a doctor visit")
        let all = flat(text)
        #expect(all.contains("Period: Sun 2026-08-23 to Fri 2026-11-20 (90 nights); made Sat 2026-11-21."))
        #expect(all.contains("First episode in the diary: Wed 2026-06-10 03:00 +02:00 (night of 2026-06-09)."))
        #expect(all.contains("night window 22:00-08:00"))
    }

    @Test func monthTableHasTheHandCountedFigures() {
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains("  Month             Nights  Kept  Cramps  Nocturnal  Cramp nights  Numbness"))
        #expect(lines.contains("  2026-08 (23-31)        9     9       1          1             1         0"))
        #expect(lines.contains("  2026-09               30    30       4          3             2         1"))
        #expect(lines.contains("  2026-10               31    31       2          2             2         0"))
        #expect(lines.contains("  2026-11 (1-20)        20    20       3          3             3         0"))
        #expect(flat(text).contains("In this period: 10 cramps (9 nocturnal, on 8 nights; 1 in the daytime), 1 numbness episode."))
    }

    @Test func thirtyNightsAndTrend() {
        let all = flat(text)
        #expect(all.contains("4 nocturnal cramps on 4 nights in the 30 nights 2026-10-22 to 2026-11-20, below the mark of 5. "
            + "The mark: 5 or more nocturnal cramps a month is in the range reported by about 6% of adults "
            + "(Grandner & Winkelman, PLOS ONE 2017)."))
        // Both windows fully kept: 4 x 7 / 30 = 0.93 and 1 x 7 / 30 = 0.23 a week.
        #expect(all.contains("2026-10-22 to 2026-11-20: 4 nocturnal cramps, 4 cramp nights, 30 kept nights"))
        #expect(all.contains("2026-09-22 to 2026-10-21: 1 nocturnal cramp, 1 cramp night, 30 kept nights"))
        #expect(all.contains("Change: from 0.2 to 0.9 nocturnal cramps per week over kept nights (more cramps recently; "
            + "counts only, not a test"))
        #expect(!all.contains("Not compared"))
    }

    @Test func aDiaryStartedInsideTheEarlierNightsComparesItsKeptNightsOnly() {
        // First record on the night of 2026-10-01: of the earlier 30 nights (09-22 to 10-21), 21 were kept, with
        // 1 nocturnal cramp (10-01): 1 x 7 / 21 = 0.33 a week, against 4 x 7 / 30 = 0.93.
        let late = SummaryDiary.episodes.filter { $0.start.utc >= SummaryDiary.at("2026-10-01", 12).utc }
        let summary = VisitSummary.build(input: SummaryDiary.input(late), firstEpisode: late.first?.start,
                                         madeAt: SummaryDiary.now)
        let all = flat(SummaryText.render(summary))
        #expect(all.contains("The diary begins on the night of 2026-10-01, its first record: the 39 nights of the period "
            + "before it were not kept, so no figure counts them and the tables start there. Kept nights: 51 of 90 "
            + "(continuous keeping from the first record)."))
        #expect(all.contains("2026-09-22 to 2026-10-21: 1 nocturnal cramp, 1 cramp night, 21 kept nights"))
        #expect(all.contains("Change: from 0.3 to 0.9 nocturnal cramps per week over kept nights"))
        #expect(summary.months.map(\.label) == ["2026-10", "2026-11"])
    }

    @Test func patternLines() {
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains("    hour   22 23 00 01 02 03 04 05 06 07"))
        #expect(lines.contains("    count   .  1  .  1  3  2  1  1  .  ."))
        let all = flat(text)
        #expect(all.contains("Legs: left 6 cramps, 1 numbness; right 3 cramps; both 1 cramp."))
        #expect(all.contains("Sites: calf 8 cramps; foot 1 cramp, 1 numbness; thigh 1 cramp."))
        #expect(all.contains("Triggers noted (episodes naming each): cold 2, crossed-legs 1, medication 1, simvastatin 20mg 1, standing 1."))
    }

    @Test func reliefsRedFlagsAndMedicines() {
        let all = flat(text)
        #expect(all.contains("stretch: used 3; helped 2, partly 1, did not help 0, unsure 0"))
        #expect(all.contains("massage: used 1; helped 0, partly 0, did not help 1, unsure 0"))
        #expect(all.contains("Red flags logged: 1 cramp over 10 minutes: Fri 2026-10-02 02:15 both thigh 11m40s."))
        #expect(all.contains(RedFlags.advice[0]))
        #expect(all.contains("Noted as triggers: medication (1 episode, medicine not named); simvastatin 20mg (1 episode; a statin)."))
        #expect(all.contains("Worth discussing with the prescriber"))
        // Red flags come before everything else but the header.
        #expect(text.range(of: "Red flags logged")!.lowerBound < text.range(of: "How often")!.lowerBound)
    }

    @Test func withoutMedicinesOrRedFlagsItSaysSo() {
        let plain = SummaryDiary.episodes.filter { $0.triggers.isEmpty && !$0.isRedFlag }
        let summary = VisitSummary.build(input: SummaryDiary.input(plain), firstEpisode: plain.first?.start,
                                         madeAt: SummaryDiary.now)
        let all = flat(SummaryText.render(summary))
        #expect(all.contains("Medicines noted as triggers: none."))
        #expect(all.contains("Red flags logged: no cramp over 10 minutes"))
        #expect(!all.contains("prescriber"))
        #expect(all.contains("Triggers noted: none."))
    }

    @Test func onlyLinksThatPassedTheGateAreShown() {
        let summary = SummaryDiary.withPosture
        let links = summary.report.links
        // The fixture is built so one link passes the gate and one cannot.
        #expect(links[.longStanding].shortfall == nil)
        #expect(links[.longSitting].shortfall != nil)
        let all = flat(SummaryText.render(summary))
        #expect(all.contains("After days with standing 4 h or more: link worth mentioning to your doctor (cramp nights more common after such days): 30 of 30 (100%"))
        #expect(all.contains("against 10 of 60 (17%"))
        #expect(!all.contains("After sitting"))
        #expect(!all.contains("not enough data"))
        // Without posture records nothing passes, and the summary says what a link needs.
        let none = flat(text)
        #expect(none.contains("None can be judged yet: a link needs nights with sitting or standing logged the day before, at least 14 after such days and 14 after other days"))
        #expect(!none.contains("After days with"))
    }

    @Test func fitsOnePageAndTheWidth() {
        for summary in [SummaryDiary.summary, SummaryDiary.withPosture] {
            for unicode in [true, false] {
                let text = SummaryText.render(summary, unicode: unicode)
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                // A printed page holds about 66 lines of 80 columns.
                #expect(lines.count <= 66, "\(lines.count) lines")
                for line in lines { #expect(line.unicodeScalars.count <= 80, "\(line)") }
                if !unicode { #expect(text.unicodeScalars.allSatisfy { $0.isASCII }) }
                #expect(!text.lowercased().contains("cause"))
                #expect(!text.contains("\u{1B}"))
            }
        }
    }

    @Test func anEmptyDiaryStillReads() {
        let summary = VisitSummary.build(input: SummaryDiary.input([]), firstEpisode: nil, madeAt: SummaryDiary.now)
        let all = flat(SummaryText.render(summary))
        #expect(all.contains("Nothing logged in the diary yet."))
        #expect(all.contains("In this period: 0 cramps (0 nocturnal, on 0 nights), 0 numbness episodes."))
        #expect(all.contains("Time of night: no nocturnal cramps in this period."))
        #expect(all.contains("No reliefs noted."))
    }
}
