import Diary
import DiaryAnalytics
@testable import DiaryExport
import Foundation
import Testing

/// Parses the compact text back with Foundation, which the tests may use, to prove it is JSON.
private func parsed(_ report: Report) throws -> [String: Any] {
    let text = ReportJSON.value(report).compact
    return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
}

@Suite struct ReportJSONTests {
    @Test func topLevelFieldsInTheirDocumentedOrder() throws {
        guard case .object(let members) = ReportJSON.value(ReportSamples.busy) else {
            Issue.record("not an object")
            return
        }
        #expect(members.map(\.0) == [
            "schema", "period", "settings", "redFlags", "redFlagAdvice", "nights", "totals", "previous",
            "nocturnalCrampsByHour", "legs", "sites", "nocturnal30", "triggers", "postureTriggers", "reliefs",
            "posture", "links", "keeping", "measures",
        ])
    }

    @Test func everySampleIsValidJSONWithoutTheWordCause() throws {
        for (name, report) in ReportSamples.all {
            _ = try parsed(report)
            #expect(!ReportJSON.value(report).pretty.lowercased().contains("cause"), "\(name)")
        }
    }

    @Test func theBusyWeekInJSON() throws {
        let json = try parsed(ReportSamples.busy)
        #expect(json["schema"] as? String == "cramp-report/1")
        let period = try #require(json["period"] as? [String: Any])
        #expect(period["from"] as? String == "2026-11-23")
        #expect(period["to"] as? String == "2026-11-29")
        #expect((json["nights"] as? [Any])?.count == 7)
        let nocturnal = try #require(json["nocturnal30"] as? [String: Any])
        #expect(nocturnal["mark"] as? Int == 5)
        #expect(nocturnal["atOrAboveMark"] as? Bool == true)
        #expect(nocturnal["source"] as? String == "Grandner & Winkelman, PLOS ONE 2017")
        let flags = try #require(json["redFlags"] as? [[String: Any]])
        #expect(flags.first?["durationSeconds"] as? Int == 900)
        #expect(flags.first?["start"] as? String == "2026-11-27T23:40:00+01:00")
        let links = try #require(json["links"] as? [String: Any])
        let exposures = try #require(links["exposures"] as? [[String: Any]])
        #expect(exposures.map { $0["exposure"] as? String } == ["long-standing", "long-sitting", "missed-breaks"])
        let standing = exposures[0]
        #expect(standing["verdict"] as? String == "link worth mentioning to your doctor")
        let exposed = try #require(standing["exposed"] as? [String: Any])
        #expect(exposed["crampNights"] as? Int == 16)
        #expect(exposed["nights"] as? Int == 30)
        #expect((exposed["ci95"] as? [String: Any])?["lower"] is Double)
        #expect(standing["adjustedP"] is Double)
        #expect(standing["shortfall"] is NSNull)
        let sitting = exposures[1]
        #expect(sitting["verdict"] as? String == "not enough data")
        #expect(sitting["p"] is NSNull)
        #expect(sitting["riskRatio"] is NSNull)
        #expect(sitting["moreNightsNeeded"] as? Int == 14)
        let posture = try #require(json["posture"] as? [String: Any])
        #expect(posture["daysWithRecords"] as? Int == 7)
    }

    @Test func anEmptyDiaryIsAFullObjectOfZeros() throws {
        let json = try parsed(ReportSamples.empty)
        let nights = try #require(json["nights"] as? [[String: Any]])
        #expect(nights.count == 7)
        #expect(nights.allSatisfy { $0["cramps"] as? Int == 0 && $0["dayBefore"] is NSNull })
        #expect((json["redFlags"] as? [Any])?.isEmpty == true)
        let totals = try #require(json["totals"] as? [String: Any])
        #expect(totals["cramps"] as? Int == 0)
        let hours = try #require(json["nocturnalCrampsByHour"] as? [Int])
        #expect(hours == [Int](repeating: 0, count: 24))
    }
}
