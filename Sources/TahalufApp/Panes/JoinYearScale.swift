import CoalitionStore
import TerminalUI

/// The map's join-year highlight: each tile keeps its code and takes the colour of its join
/// period. Four bands, earliest to latest: the founders (2014 or undated, in the member colour),
/// 2015–17, 2018–19, 2020 on (`StyleRole.scale1`…`scale3`: colours in colour themes, underline
/// and bold in monochrome). The legend shows each band in its own style, so it reads in every theme.
///
/// ```swift
/// JoinYearScale.band(FactDate(year: 2017))   // .early
/// JoinYearScale.band(nil)                    // .founding
/// ```
enum JoinYearScale {
    enum Band: Int, CaseIterable {
        case founding, early, middle, late

        var style: Style {
            switch self {
            case .founding: Style(.tileMember)
            case .early: Style(.scale1)
            case .middle: Style(.scale2)
            case .late: Style(.scale3)
            }
        }
    }

    static func band(_ joined: FactDate?) -> Band {
        guard let year = joined?.year, year > MapHighlight.foundingYear else { return .founding }
        switch year {
        case ...2017: return .early
        case 2018...2019: return .middle
        default: return .late
        }
    }

    /// The band's years as the legend writes them: "2015–17" ("2015-17" in ASCII).
    static func label(_ band: Band, context: PaneContext) -> String {
        let dash = context.ascii ? "-" : "–"
        switch band {
        case .founding: return TableStrings.for(context.language).foundingBand
        case .early: return context.digits("2015" + dash + "17")
        case .middle: return context.digits("2018" + dash + "19")
        case .late: return context.digits("2020" + dash)
        }
    }

    /// "Joined: [2014 or undated] [2015–17] [2018–19] [2020–]", each swatch in its band's style.
    static func legend(context: PaneContext) -> [Segment] {
        [context.segment(TableStrings.for(context.language).joinedLegend, Style(.accent))]
            + Band.allCases.map { context.segment(" " + label($0, context: context) + " ", $0.style) }
    }
}
