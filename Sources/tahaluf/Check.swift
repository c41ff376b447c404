import ArgumentParser
import CoalitionStore

/// `tahaluf check`: validates a data directory for editors of the data set and for CI.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a data directory: list every problem (file, line, field).",
        discussion: "Exit status 0 and a one-line summary when the data is valid; 1 and the list of problems otherwise.")

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let path = try dataOptions.directory()
        let store: Store
        do {
            store = try Store.load(directory: path)
        } catch {
            printError(String(describing: error))
            throw ExitStatus.dataInvalid
        }
        let d = store.dataset
        try StandardOutput.write("\(path): valid: \(d.events.count) events, \(d.members.count) members, \(d.groups.count) working groups, "
              + "\(d.figures.count) figures, \(d.sources.count) sources"
              + (d.aliases.isEmpty ? "." : ", \(d.aliases.count) alias groups."))
    }
}
