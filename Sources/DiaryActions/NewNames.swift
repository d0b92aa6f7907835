import Diary
import DiaryStore

extension DiaryReader {
    /// The trigger and relief names this diary holds (none when there is no diary yet).
    public func names() throws -> DiaryNames {
        try reading { file in try file.map { try EpisodeRepository($0.db).names() } ?? .none }
    }
}

extension Actions {
    /// Refuses a trigger or relief in `draft` that is new to the diary yet close to a known name
    /// (`DiaryNames.checkNew`), unless `allowNew`; reads the diary's names only when `draft` has own words.
    func checkNewNames(_ draft: EpisodeDraft, in file: DiaryFile?, allowNew: Bool) throws {
        guard !allowNew, DiaryNames.hasOwnNames(draft) else { return }
        let names = try file.map { try EpisodeRepository($0.db).names() } ?? .none
        try names.checkNew(draft, allowNew: allowNew)
    }
}
