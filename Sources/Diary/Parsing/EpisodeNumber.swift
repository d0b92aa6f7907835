/// An episode number as typed: `12` or `#12`.
public enum EpisodeNumber {
    /// The id, or the refusal saying what an episode number looks like.
    public static func parse(_ text: String, field: String = "id") throws(InputError) -> Int64 {
        let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
        guard let id = Int64(digits), id > 0 else {
            throw InputError(field: field, value: text, accepted: "an episode number such as 12 or #12, as shown by cramp list")
        }
        return id
    }

    /// The refusal for a number no stored episode has.
    public static func notFound(_ id: Int64) -> InputError {
        InputError(field: "id", value: "#\(id)", accepted: "an existing episode", hint: "see cramp list")
    }
}
