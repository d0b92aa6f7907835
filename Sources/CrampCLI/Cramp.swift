import ArgumentParser

@main
struct Cramp: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cramp", abstract: "A diary for leg cramps and numbness.")
}
