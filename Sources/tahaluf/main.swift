import ArgumentParser
import CoalitionStore

/// PLACEHOLDER command line; the real one arrives with the shell work.
struct Tahaluf: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tahaluf", abstract: "Arabic-first terminal browser of the Global Coalition against Daesh.")
    func run() throws {
        print("tahaluf")
    }
}
Tahaluf.main()
