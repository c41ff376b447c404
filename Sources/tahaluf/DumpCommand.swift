import ArgumentParser
import CoalitionStore
import NCursesDriver
import TahalufApp

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension DumpSection: ExpressibleByArgument {}

/// `tahaluf dump`: a pane as plain text, for scripts, screen readers and terminals that cannot run
/// the full-screen browser (TERM=dumb).
struct DumpCommand: ParsableCommand {
    enum Order: String, EnumerableFlag {
        case visual, logical
        static func help(for value: Order) -> ArgumentHelp? {
            switch value {
            case .visual: return "Rows in screen order, for reading on a terminal (default on a terminal)."
            case .logical: return "Text in logical order, for screen readers and grep (default in a pipe)."
            }
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "Print a pane as plain text: timeline, members, groups, stats, sources or all.")

    @Argument(help: "timeline, members, groups, stats, sources (one per source: kind, date, outlet, title, URL, how many records cite it) or all.")
    var section: DumpSection = .all

    @Option(help: ArgumentHelp("Line width in cells (default: $COLUMNS, else the terminal's width, else 80).", valueName: "n"))
    var width: Int?

    @Flag var order: Order?

    /// The orders `--sort` offers for the members.
    enum MemberOrder: String, ExpressibleByArgument, CaseIterable {
        case name, joined, region
        var sort: MemberSort {
            switch self {
            case .name: MemberSort(column: .name)
            case .joined: MemberSort(column: .joined)
            case .region: MemberSort(column: .region)
            }
        }
    }

    @Option(help: ArgumentHelp(
        "Order of the members: name (in the UI language), joined (undated founders first, then by date) or region. Default: the map's reading order.",
        valueName: "name|joined|region"))
    var sort: MemberOrder?

    @OptionGroup var display: DisplayOptions
    @OptionGroup var dataOptions: DataOptions

    func validate() throws {
        if let width, width < 1 { throw ValidationError("--width must be at least 1.") }
        if sort != nil, section != .members, section != .all {
            throw ValidationError("--sort orders the members: use it with 'dump members' (or 'all').")
        }
    }

    func run() throws {
        TerminalEnvironment.adoptUserLocale()
        let store = try dataOptions.loadStore()
        // $COLUMNS is rarely exported, so the terminal's own width comes next.
        let columns = width ?? TerminalEnvironment.variable("COLUMNS").flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
            ?? TerminalEnvironment.outputWidth() ?? 80
        let visual = (order ?? (isatty(1) != 0 ? .visual : .logical)) == .visual
        try StandardOutput.write(Dump.text(store: store, section: section, width: columns, config: display.config(),
                                           visual: visual, memberOrder: sort?.sort))
    }
}
