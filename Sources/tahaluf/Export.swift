import ArgumentParser
import CoalitionStore

/// `tahaluf export`: the whole data set for other tools.
struct Export: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case json, csv }

    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write the data set to standard output as JSON or CSV.")

    @Option(help: "json or csv.")
    var format: Format

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let store = try dataOptions.loadStore()
        do {
            switch format {
            case .json: printOutput(try Exporter.json(store))
            case .csv: printOutput(Exporter.csv(store))
            }
        } catch {
            // The store loaded, so it must serialise: anything else is a bug.
            printError("tahaluf: internal error while exporting: \(error)")
            throw ExitStatus.internalError
        }
    }
}
