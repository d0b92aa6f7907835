import Diary
import DiaryAnalytics
@testable import DiaryExport
import Testing

/// Terminal columns of a line, measured here independently: escapes removed, East Asian wide
/// characters (the only wide ones the samples hold) counted twice.
private func columns(_ line: Substring) -> Int {
    var text = String(line)
    while let start = text.range(of: "\u{1B}[") {
        let rest = text[start.upperBound...]
        guard let end = rest.firstIndex(of: "m") else { break }
        text.removeSubrange(start.lowerBound...end)
    }
    return text.unicodeScalars.reduce(0) { $0 + ((0x3000...0x9FFF).contains($1.value) ? 2 : 1) }
}

/// The text with line breaks and indents folded into single spaces, to look for wrapped sentences.
private func flat(_ text: String) -> String {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
}

private let optionSets = [
    ReportTextOptions(unicode: true, color: false), ReportTextOptions(unicode: true, color: true),
    ReportTextOptions(unicode: false, color: false), ReportTextOptions(unicode: false, color: true),
    ReportTextOptions(unicode: true, color: true, width: 72), ReportTextOptions(unicode: true, width: 120),
]

@Suite struct ReportTextTests {
    @Test func everyLineFitsTheWidthEightyByDefault() {
        #expect(ReportTextOptions().width == 80)
        for (name, report) in ReportSamples.all {
            for options in optionSets {
                let text = ReportText.render(report, options: options)
                for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                    #expect(columns(line) <= options.width, "\(name) \(options): \(line)")
                }
            }
        }
    }

    @Test func asciiFallbackIsPlainASCII() {
        for (name, report) in ReportSamples.all {
            let text = ReportText.render(report, options: ReportTextOptions(unicode: false))
            #expect(text.unicodeScalars.allSatisfy { $0.isASCII }, "\(name)")
        }
        #expect(ReportText.render(ReportSamples.busy, options: ReportTextOptions(unicode: false)).contains("  #"))
        let unicode = ReportText.render(ReportSamples.busy, options: ReportTextOptions(unicode: true))
        #expect(unicode.contains("█"))
        #expect(unicode.contains("热水袋") || unicode.contains("Wärmflasche"))
    }

    @Test func colourOnlyWhenAskedAndOnlyForMeaning() {
        for (name, report) in ReportSamples.all {
            #expect(!ReportText.render(report, options: ReportTextOptions(color: false)).contains("\u{1B}"), "\(name)")
        }
        let coloured = ReportText.render(ReportSamples.busy, options: ReportTextOptions(color: true))
        let redLines = coloured.split(separator: "\n").filter { $0.contains("\u{1B}[1;31m") }
        #expect(redLines.count == 1)
        #expect(redLines.first?.contains("over 10 minutes") == true)
        let noticeLines = coloured.split(separator: "\n").filter { $0.contains("\u{1B}[33m") }
        #expect(noticeLines.contains { $0.contains("link worth mentioning") })
        #expect(noticeLines.contains { $0.contains("6% of adults") })
    }

    @Test func neverTheWordCause() {
        for (name, report) in ReportSamples.all {
            for options in optionSets {
                #expect(!ReportText.render(report, options: options).lowercased().contains("cause"), "\(name)")
            }
        }
    }

    @Test func anEmptyDiaryReadsFriendly() {
        let text = flat(ReportText.render(ReportSamples.empty))
        #expect(text.hasPrefix("Cramp diary report: Mon 2026-11-23 to Sun 2026-11-29 (7 nights)"))
        #expect(text.contains("Nothing logged for these nights."))
        #expect(text.contains("0 nocturnal cramps on 0 nights"))
        #expect(text.contains("No link can be judged yet: at least 28 more logged nights needed."))
        #expect(!text.contains("nan") && !text.contains("inf"))
        #expect(!text.contains("Red flag"))
    }

    @Test func redFlagsComeFirstWithTheAdvice() throws {
        let text = flat(ReportText.render(ReportSamples.busy))
        let flag = try #require(text.range(of: "Red flag: please read first"))
        let nights = try #require(text.range(of: "Nights Night Cramps"))
        #expect(flag.lowerBound < nights.lowerBound)
        #expect(text.contains("Fri 2026-11-27 23:40: both thigh cramp lasted 15m (over 10 minutes)."))
        #expect(text.contains("seek medical care now"))
    }

    @Test func theBusyWeekShowsItsCountsAndVerdicts() {
        let text = flat(ReportText.render(ReportSamples.busy))
        #expect(text.contains("in the range reported by about 6% of adults"))
        #expect(text.contains("(Grandner & Winkelman, PLOS ONE 2017)"))
        #expect(text.contains("Links with the day before (90 nights, 2026-09-01 to 2026-11-29)"))
        #expect(text.contains("=> link worth mentioning to your doctor: cramp nights were more common"))
        #expect(text.contains("=> not enough data"))
        #expect(text.contains("Posture records on 7 of 7 days"))
        // The basis of each exposure is one of the statistics' details (issue 13).
        #expect(!text.contains("our convention"))
        #expect(flat(ReportText.render(ReportSamples.busy, options: ReportTextOptions(details: true))).contains("our convention"))
        #expect(text.contains("Cramps include 1 daytime cramp"))
    }

    @Test func theNightUnderWayIsMarked() {
        let text = flat(ReportText.render(ReportSamples.inProgress))
        #expect(text.contains("Tue 2026-11-24*"))
        #expect(text.contains("* night under way"))
        #expect(text.contains("This period (2 of 7 nights so far)"))
        #expect(!text.contains("Wed 2026-11-25"))
    }
}
