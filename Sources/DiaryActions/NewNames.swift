import Diary
import DiaryStore

extension DiaryReader {
    /// The trigger and relief names this diary holds, for suggestions (none when there is no diary yet).
    public func names() throws -> DiaryNames {
        try usedNames().map(DiaryNames.init) ?? .none
    }
}

extension DiaryNames {
    /// The names `UsedNames` read.
    init(_ used: UsedNames) { self.init(triggers: used.triggers, reliefs: used.reliefs) }
}

extension Actions {
    /// Refuses a trigger or relief in `draft` that is new to the diary yet close to a known name
    /// (`DiaryNames.checkNew`), unless `allowNew`; reads the diary's names only when `draft` has own words, so the
    /// everyday `cramp log left calf 2m` never scans those tables.
    func checkNewNames(_ draft: EpisodeDraft, in file: DiaryFile?, allowNew: Bool) throws {
        guard !allowNew, DiaryNames.hasOwnNames(draft) else { return }
        let names = try file.map { DiaryNames(try UsedNames($0.db)) } ?? .none
        try names.checkNew(draft, allowNew: allowNew)
    }
}
