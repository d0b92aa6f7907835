import Diary
import DiaryAnalytics
@testable import DiaryExport
import Foundation
import Testing
import TestSupport

@Suite struct SummaryHTMLTests {
    private var html: String { SummaryHTML.render(SummaryDiary.summary) }

    /// Every `<svg>...</svg>` in the page.
    private func charts(_ html: String) -> [String] {
        var found: [String] = []
        var rest = html[...]
        while let start = rest.range(of: "<svg"), let end = rest[start.lowerBound...].range(of: "</svg>") {
            found.append(String(rest[start.lowerBound..<end.upperBound]))
            rest = rest[end.upperBound...]
        }
        return found
    }

    /// Parses `text` with Python's XML parser and returns the count of `tag` elements; fails on malformed XML.
    private func xmlCount(_ text: String, tag: String) throws -> Int {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cramp-svg-\(UUID().uuidString).svg").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        // Python's XML parser fails on a page that is not well-formed XML.
        let data = try Python.run("""
            import sys, xml.etree.ElementTree as ET
            root = ET.parse(sys.argv[1]).getroot()
            print(sum(1 for e in root.iter() if e.tag.endswith('}' + sys.argv[2])))
            """, path, tag)
        return Int(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    @Test func selfContainedWithoutScriptsOrFetches() {
        let page = html.lowercased()
        #expect(page.hasPrefix("<!doctype html>"))
        #expect(page.contains("<meta charset=\"utf-8\">"))
        for forbidden in ["<script", "src=", "href=", "@import", "url(", "<link", "<iframe", "<img"] {
            #expect(!page.contains(forbidden), "\(forbidden)")
        }
        // The only address is the SVG namespace, an identifier that is never fetched.
        let addresses = page.components(separatedBy: "http").count - 1
        #expect(addresses == charts(html).count)
        #expect(page.contains("@page { size: a4"))
    }

    @Test func twoChartsWithOneBarPerWeekAndPerHour() throws {
        let svgs = charts(html)
        try #require(svgs.count == 2)
        #expect(try xmlCount(svgs[0], tag: "rect") == 14)
        #expect(try xmlCount(svgs[1], tag: "rect") == 10)
        // Partial weeks are drawn lighter and labelled with their nights.
        #expect(svgs[0].components(separatedBy: "class=\"bar partial\"").count - 1 == 2)
        #expect(svgs[0].contains(">0/1</text>") && svgs[0].contains(">1/5</text>"))
        #expect(svgs[0].contains("week of 2026-11-09: 1 cramp nights of 7 kept nights"))
        #expect(svgs[1].contains("aria-label=\"Nocturnal cramps by starting hour") || svgs[1].contains("02:00-02:59: 3 nocturnal cramps"))
        #expect(svgs[1].contains("<title>02:00-02:59: 3 nocturnal cramps</title>"))
    }

    @Test func barHeightsFollowTheCounts() throws {
        let svg = charts(html)[1]
        // Rect heights in drawing order: hours 22 ... 07 with counts 0,1,0,1,3,2,1,1,0,0 and a plot of 124 units.
        let heights = svg.components(separatedBy: "height=\"").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
        let plot = SummaryCharts.height - SummaryCharts.bottom - SummaryCharts.top
        #expect(heights == [0, 1, 0, 1, 3, 2, 1, 1, 0, 0].map { $0 * plot / 3 })
    }

    @Test func longPeriodsChartMonthsInstead() throws {
        let year = NightRange(last: SummaryDiary.currentNight.adding(-1), count: 200)
        // Kept since January, so the 200 nights (29 weeks) are all shown.
        let keeping = DiaryKeeping(rule: .continuous, firstRecord: Night(evening: SummaryDiary.date("2026-01-01")))
        let summary = VisitSummary.build(input: SummaryDiary.input(period: year, keeping: keeping),
                                         firstEpisode: SummaryDiary.first.start, madeAt: SummaryDiary.now)
        let page = SummaryHTML.render(summary)
        #expect(page.contains("<h3>Cramp nights per month</h3>"))
        #expect(try xmlCount(charts(page)[0], tag: "rect") == summary.months.count)
    }

    @Test func personTextIsEscaped() throws {
        var episodes = SummaryDiary.episodes
        episodes.append(Episode(start: SummaryDiary.at("2026-11-15", 2), leg: .left, durationSeconds: 60,
                                triggers: [Trigger("<script>alert('x')</script> & co")!],
                                reliefs: [Relief(name: "\"hot\" <b>bath</b>", outcome: .helped)!]))
        let page = SummaryHTML.render(VisitSummary.build(input: SummaryDiary.input(episodes),
                                                         firstEpisode: SummaryDiary.first.start, madeAt: SummaryDiary.now))
        #expect(!page.contains("<script"))
        #expect(!page.contains("<b>"))
        #expect(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co 1"))
        #expect(page.contains("<td>&quot;hot&quot; &lt;b&gt;bath&lt;/b&gt;</td>"))
    }

    @Test func saysWhatTheTextSays() {
        let page = html
        for sentence in [
            "Period: Sun 2026-08-23 to Fri 2026-11-20 (90 nights); made Sat 2026-11-21.",
            "<tr><td>2026-09</td><td>30</td><td>30</td><td>4</td><td>3</td><td>2</td><td>1</td></tr>",
            "4 nocturnal cramps on 4 nights in the 30 nights 2026-10-22 to 2026-11-20, below the mark of 5.",
            "Change: from 0.2 to 0.9 nocturnal cramps per week over kept nights",
            "Kept nights: 90 of 90 (continuous keeping from the first record).",
            "82 cramp-free nights, 0.7 nocturnal cramps per week over kept nights.",
            "Duration: median 1m, longest 11m40s.",
            "<tr><td>stretch</td><td>3</td><td>2</td><td>1</td><td>0</td><td>0</td></tr>",
            "Worth discussing with the prescriber",
            "Red flags logged: 1 cramp over 10 minutes: Fri 2026-10-02 02:15 both thigh 11m40s.",
        ] {
            #expect(page.contains(SummaryHTML.escape(sentence)) || page.contains(sentence), "\(sentence)")
        }
        #expect(!page.lowercased().contains("cause"))
    }
}
