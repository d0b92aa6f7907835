import Diary

/// Parses an episode id as typed: `12` or `#12`.
enum EpisodeID {
    static func parse(_ text: String, field: String = "id") throws(InputError) -> Int64 {
        let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
        guard let id = Int64(digits), id > 0 else {
            throw InputError(field: field, value: text, accepted: "an episode number such as 12 or #12, as shown by cramp list")
        }
        return id
    }

    static func notFound(_ id: Int64) -> InputError {
        InputError(field: "id", value: "#\(id)", accepted: "an existing episode", hint: "see cramp list")
    }
}
