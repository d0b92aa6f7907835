import Foundation
import TestSupport

/// The independent FHIR R4 reader of the FHIR export's tests: Tests/FHIR/read_fhir_r4.py over fhir.resources 6.4.0,
/// the last release of that package modelling FHIR 4.0.1 (6.5 models R4B, 7 and 8 model R5), installed by `.ci/run`
/// with `pip --target` into its own folder so the machine's pydantic 2 stays as it is.
enum FHIRLibrary {
    /// Where `.ci/run` installs the library (`CRAMP_FHIR_LIB` overrides).
    static var folder: String {
        let environment = ProcessInfo.processInfo.environment
        return environment["CRAMP_FHIR_LIB"] ?? (environment["HOME"] ?? "/root") + "/.cache/cramp/fhir.resources-6.4.0"
    }

    /// The reader script.
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("FHIR/read_fhir_r4.py")

    /// Nil when python3 and the library are there; otherwise why the FHIR reading tests skip.
    static let missing: String? = {
        let probe = "import sys; sys.path.insert(0, sys.argv[1]); import fhir.resources as f; print(f.__fhir_version__)"
        guard let out = try? Python.run(probe, folder) else {
            return "skipped: python3 or fhir.resources 6.4.0 is missing in \(folder) (.ci/run installs it)"
        }
        let version = String(decoding: out, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return version == "4.0.1" ? nil : "skipped: the library in \(folder) models FHIR \(version), not 4.0.1"
    }()

    /// Parses and validates the Bundle text with the library (the whole Bundle, then each entry with its own R4
    /// model) and returns the fields it read back; throws when the library refuses the file.
    static func read(_ bundle: String) throws -> Bundle {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cramp-fhir-\(UUID().uuidString).json").path
        try Data(bundle.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let text = try String(contentsOf: script, encoding: .utf8)
        let object = try JSONSerialization.jsonObject(with: try Python.run(text, path, folder))
        return Bundle(object as? [String: Any] ?? [:])
    }

    /// What the library read.
    struct Bundle {
        let type: String?
        let entries: [[String: Any]]

        init(_ object: [String: Any]) {
            type = object["type"] as? String
            entries = object["entries"] as? [[String: Any]] ?? []
        }

        /// The entries of one resource type, in file order.
        func of(_ type: String) -> [[String: Any]] { entries.filter { $0["type"] as? String == type } }

        /// Observations of a profile: `SymptomObservation` or `SymptomAbsentObservation`.
        func observations(_ profile: String) -> [[String: Any]] {
            of("Observation").filter { ($0["profile"] as? [String])?.first?.hasSuffix("/" + profile) == true }
        }
    }
}

extension Dictionary where Key == String, Value == Any {
    /// A string field.
    func text(_ key: String) -> String? { self[key] as? String }

    /// A read-back CodeableConcept as `system|code` list and text.
    func concept(_ key: String) -> (codings: [String], text: String?) {
        let value = self[key] as? [String: Any]
        return (value?["codings"] as? [String] ?? [], value?["text"] as? String)
    }

    /// Components as `code → value` lines: `loinc|64750-3 = sct|24484000 "7 of 10"`, `…|woke = true`.
    var componentLines: [String] {
        (self["components"] as? [[String: Any]] ?? []).map { component in
            let code = component.text("code")?.replacingOccurrences(of: "http://loinc.org|", with: "loinc|") ?? "?"
            if let flag = component["boolean"] as? Bool { return "\(code.split(separator: "|").last!) = \(flag)" }
            let value = component.concept("value")
            let codes = value.codings.map { $0.replacingOccurrences(of: "http://snomed.info/sct|", with: "sct|") }
            let notes = (component["notes"] as? [String] ?? []).map { " (\($0))" }.joined()
            return "\(code) = \((codes + ["\"\(value.text ?? "")\""]).joined(separator: " "))\(notes)"
        }
    }
}
