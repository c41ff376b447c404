import CoalitionStore

/// What `tahaluf dump` prints.
public enum DumpSection: String, Sendable, CaseIterable {
    case timeline, members, groups, stats, all
}

/// PLACEHOLDER: plain-text pane dumps without curses, for scripts and screen readers.
public enum Dump {
    /// `visual`: rows in visual order for reading on a terminal; otherwise logical order
    /// (screen readers, grep).
    public static func text(store: Store, section: DumpSection, width: Int, config: AppConfig, visual: Bool) -> String {
        store.eventsByDate.map { $0.title.text(config.language) }.joined(separator: "\n") + "\n"
    }
}
