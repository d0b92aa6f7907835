import Diary

extension EpisodeRepository {
    /// Every trigger and relief name the diary holds, each once, most used first: what a new name is compared
    /// with (`DiaryNames.checkNew`) and what "did you mean" offers. Read only when a line names one outside the
    /// vocabulary, so the everyday `cramp log left calf 2m` never scans these tables.
    public func names() throws -> DiaryNames {
        let triggers = try db.prepare("SELECT name FROM episode_trigger GROUP BY name ORDER BY count(*) DESC, name")
            .all { $0.text(0) }
        let reliefs = try db.prepare("SELECT name FROM episode_relief GROUP BY name ORDER BY count(*) DESC, name")
            .all { $0.text(0) }
        return DiaryNames(triggers: triggers, reliefs: reliefs)
    }
}
