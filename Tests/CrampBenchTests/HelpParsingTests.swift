import Testing
@testable import CrampBench

@Suite struct HelpParsingTests {
    @Test func subcommandsAreTheNamesUnderTheirHeading() {
        let help = """
            OVERVIEW: A diary.

            USAGE: cramp <subcommand>

            OPTIONS:
              --version               Show the version.

            SUBCOMMANDS:
              status (default)        Show a short status: the last episode, last night,
                                      this week (the default command).
              log                     Record a cramp (or numbness) in one line.
              report                  The weekly report.
              export                  Export every episode.

              See 'cramp help <subcommand>' for detailed help.
            """
        #expect(ComparisonRunner.subcommands(inHelp: help) == ["status", "log", "report", "export"])
    }

    @Test func noHeadingMeansNoSubcommands() {
        #expect(ComparisonRunner.subcommands(inHelp: "USAGE: cramp\n  log   words\n").isEmpty)
    }
}
