import Diary
import DiaryStore

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

extension Context {
    /// The open diary and the stored episode `id`, or the not-found refusal (also when there is no diary yet).
    func storedEpisode(_ id: Int64) throws -> (file: DiaryFile, episode: Episode) {
        guard let file = try openForReading(), let episode = try EpisodeRepository(file.db).fetch(id: id) else {
            throw EpisodeID.notFound(id)
        }
        return (file, episode)
    }
}
