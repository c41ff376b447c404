import CoalitionStore

/// The panes' names: the title on a pane's header, its tab and the status bar, and the short
/// name the help line for the number keys uses ("map" for "Member map"). The one place a pane is
/// named: `PaneRegistry` lists the panes and reads their names here; `Strings.paneTitle`,
/// `Pane.title`, the dump's headings and the help all come through it.
///
/// ```swift
/// PaneStrings.for(.ar).title(.map)        // "خريطة الأعضاء"
/// PaneStrings.for(.en).shortTitle(.stats) // "statistics"
/// ```
package struct PaneStrings: Sendable {
    /// A pane's title and short name.
    package struct Name: Sendable {
        package let title: String, short: String
    }

    package let timeline: Name, map: Name, groups: Name, stats: Name, sources: Name

    package static func `for`(_ language: Language) -> PaneStrings { language == .ar ? ar : en }

    /// The pane's name (a switch, so a new `PaneID` does not build until it is named).
    package func name(_ pane: PaneID) -> Name {
        switch pane {
        case .timeline: timeline
        case .map: map
        case .groups: groups
        case .stats: stats
        case .sources: sources
        }
    }

    package func title(_ pane: PaneID) -> String { name(pane).title }
    package func shortTitle(_ pane: PaneID) -> String { name(pane).short }

    package static let ar = PaneStrings(
        timeline: Name(title: "الخط الزمني", short: "الخط الزمني"),
        map: Name(title: "خريطة الأعضاء", short: "الخريطة"),
        groups: Name(title: "مجموعات العمل", short: "المجموعات"),
        stats: Name(title: "الإحصاءات", short: "الإحصاءات"),
        sources: Name(title: "المصادر", short: "المصادر")
    )

    package static let en = PaneStrings(
        timeline: Name(title: "Timeline", short: "timeline"),
        map: Name(title: "Member map", short: "map"),
        groups: Name(title: "Working groups", short: "groups"),
        stats: Name(title: "Statistics", short: "statistics"),
        sources: Name(title: "Sources", short: "sources")
    )
}
