/// `cramp import` of a million-row export into a new diary, against sqlite3's `.import` of the same file into a
/// plain table (issue 11, point 16: time at most 3x, peak memory under 64 MiB).
enum ImportBench {
    /// Writes the large diary's export, the file both sides read.
    static func exportSource(_ setup: BenchSetup, _ runner: ProcessRunner) throws {
        let export = setup.cramp(["export", "-o", setup.importCSV], diary: setup.largeDiary, output: "import-source")
        let sample = try runner.run(export)
        guard sample.exitStatus == 0 else {
            throw BenchError("\(export.display) failed (exit \(sample.exitStatus)): \((try? Files.readText(export.stderrPath)) ?? "")")
        }
    }

    /// Exports the diary the last import built and compares it with the file it came from, byte for byte:
    /// the import reproduced every row, id and value.
    static func check(_ setup: BenchSetup, _ runner: ProcessRunner) throws -> OutputCheck {
        let again = setup.importDiary + ".csv"
        let export = setup.cramp(["export", "-o", again], diary: setup.importDiary, output: "import-check")
        guard try runner.run(export).exitStatus == 0 else {
            return OutputCheck(text: "cannot export the imported diary: \((try? Files.readText(export.stderrPath)) ?? "")",
                               passed: false)
        }
        let source = try Files.readBytes(setup.importCSV), result = try Files.readBytes(again)
        let rows = source.filter { $0 == UInt8(ascii: "\n") }.count - 1
        guard source == result else {
            return OutputCheck(text: "the imported diary exports differently from the file it came from", passed: false)
        }
        return OutputCheck(text: "the imported diary exports the same \(rows.grouped) rows, byte for byte", passed: true)
    }
}

extension BenchSetup {
    /// The export of the large diary both sides import.
    var importCSV: String { outputFolder + "/import-source.csv" }
    /// The diary `cramp import` builds, removed before every run.
    var importDiary: String { outputFolder + "/import-target.db" }
    /// The database sqlite3 imports into, removed before every run.
    var importSQLite: String { outputFolder + "/import-sqlite.db" }

    /// The import pair: each side starts from no database at all, through `sh`, which removes it and then
    /// execs the measured program (so the time and peak memory are the program's, plus a shell's start).
    var importComparison: Comparison {
        var crampEnvironment = environment
        crampEnvironment["CRAMP_NOW"] = now
        crampEnvironment["CRAMP_DB"] = importDiary
        let subject = Command(
            label: "cramp import (\(largeEpisodes.grouped) rows)", program: "/bin/sh",
            arguments: ["-c", "rm -f \"$1\" \"$1-wal\" \"$1-shm\" && exec \"$2\" import \"$3\"", "sh",
                        importDiary, cramp, importCSV],
            environment: crampEnvironment, stdoutPath: "\(outputFolder)/import.out",
            stderrPath: "\(outputFolder)/import.err", crampSubcommand: "import")
        let baseline = Command(
            label: "sqlite3 .import (\(largeEpisodes.grouped) rows)", program: "/bin/sh",
            arguments: ["-c", "rm -f \"$1\" && exec \"$2\" \"$1\" \".import --csv '$3' episode_csv\"", "sh",
                        importSQLite, sqlite3, importCSV],
            environment: environment, stdoutPath: "\(outputFolder)/import-sqlite.out",
            stderrPath: "\(outputFolder)/import-sqlite.err")
        return Comparison(
            id: "import", title: "cramp import / sqlite3 .import of \(largeEpisodes.grouped) rows",
            subject: subject, baseline: baseline, targetRatio: 3, memoryLimitMiB: 64,
            explanation: """
                The export of the \(largeEpisodes.grouped)-episode diary read back into a new diary: cramp checks \
                every cell, stores each episode with its triggers and reliefs, journals each row for undo and keeps \
                the ids, in one transaction; sqlite3 .import --csv puts the same file's cells, as text, into a new \
                plain table (one transaction, its default rollback journal and synchronous=FULL). Each run starts \
                with no database; the check exports the imported diary and compares it with the file.
                """,
            runs: 3)
    }
}
