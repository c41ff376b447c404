import CoalitionStore
import RTLText
import TerminalUI

/// State of the Statistics pane: the selected figure (by its place in `StatsPane.figures`) and
/// the first row on screen.
package struct StatsState: Sendable, Hashable {
    package var selected = 0
    package var scroll = 0
    package init() {}
}

/// The Statistics pane: figures by theme under a heading per theme. Each figure has a title row
/// (disagreement mark, title, headline value in words, sparkline when it has two or more dated
/// observations of one scope) and a row per observation: a bar growing from the start edge, the
/// value in words, what it counts, its date and its outlet. Rows and scrolling: `StatsRows.swift`.
package enum StatsPane: Pane {
    package static let id = PaneID.stats

    /// Figures in display order: by theme, then as the data set lists them.
    package static func figures(of store: Store) -> [Figure] {
        Theme.allCases.flatMap { store.figures(theme: $0) }
    }

    package static func render(_ state: StatsState, app: AppState, context: PaneContext, in rect: Rect,
                              focused: Bool, into frame: inout Frame) {
        guard !rect.isEmpty else { return }
        let figures = figures(of: context.store)
        guard !figures.isEmpty else {
            context.drawStart(StatsStrings.for(context.language).noFigures, in: rect, style: Style(.dim),
                              into: &frame)
            return
        }
        let rows = rows(figures)
        // Figures the filters leave out stay in place, dimmed: the list is short and keeps its order.
        let match = context.filters.narrowsFigures ? FacetMatch(context.filters, store: context.store) : nil
        let selected = min(max(0, state.selected), figures.count - 1)
        let first = scroll(state.scroll, selected: selected, rows: rows, height: rect.height)
        for (offset, row) in screenRows(rows, first: first, height: rect.height).enumerated() {
            let line = context.withGutter(Rect(x: rect.x, y: rect.y + offset, width: rect.width, height: 1))
            let isSelected = context.highlights(row.figure == selected)
            switch row {
            case .theme(let theme):
                context.drawStart(FactText.theme(theme, language: context.language), in: line,
                                  style: Style(.title, bold: true, underline: true), into: &frame)
            case .title(let f):
                if f == selected { context.markSelection(line, into: &frame) }
                drawTitle(figures[f], in: line, selected: isSelected, focused: focused,
                          dimmed: match.map { !$0.figure(figures[f]) } ?? false, context: context, into: &frame)
            case .observation(let f, let i):
                drawObservation(figures[f], index: i, in: line, context: context, into: &frame)
            }
        }
    }

    package static func reduce(_ state: StatsState, action: Action, context: PaneContext, rect: Rect) -> StatsState {
        let figures = figures(of: context.store)
        guard !figures.isEmpty else { return state }
        let rows = rows(figures)
        var next = state
        let current = min(max(0, state.selected), figures.count - 1)
        let page = max(1, rect.height / 3)
        switch action {
        case .move(.up): next.selected = max(0, current - 1)
        case .move(.down): next.selected = min(figures.count - 1, current + 1)
        case .pageUp: next.selected = max(0, current - page)
        case .pageDown: next.selected = min(figures.count - 1, current + page)
        case .home: next.selected = 0
        case .end: next.selected = figures.count - 1
        case .wheel(let up, _, _): next.selected = up ? max(0, current - 1) : min(figures.count - 1, current + 1)
        case .click(let x, let y):
            guard rect.contains(x: x, y: y) else { break }
            let first = scroll(state.scroll, selected: current, rows: rows, height: rect.height)
            let shown = screenRows(rows, first: first, height: rect.height)
            if shown.indices.contains(y - rect.y), let f = shown[y - rect.y].figure { next.selected = f }
        default: break
        }
        next.scroll = scroll(state.scroll, selected: next.selected, rows: rows, height: rect.height)
        return next
    }

    package static func selection(_ state: StatsState, context: PaneContext) -> RecordRef? {
        let figures = figures(of: context.store)
        guard !figures.isEmpty else { return nil }
        return RecordRef(.figure, figures[min(max(0, state.selected), figures.count - 1)].id)
    }

    package static func select(_ ref: RecordRef, in state: StatsState, context: PaneContext) -> StatsState? {
        guard ref.kind == .figure, let index = figures(of: context.store).firstIndex(where: { $0.id == ref.id }) else {
            return nil
        }
        var next = state
        next.selected = index
        return next
    }

    /// The selected figure's place among all figures, for the status bar ("3/30").
    package static func position(_ state: StatsState, context: PaneContext) -> (index: Int, count: Int)? {
        let count = figures(of: context.store).count
        return count == 0 ? nil : (min(max(0, state.selected), count - 1) + 1, count)
    }

    // MARK: - Parts

    /// "≠ Air strikes  35 thousand" from the start edge, and the sparkline at the end edge.
    static func drawTitle(_ figure: Figure, in line: Rect, selected: Bool, focused: Bool, dimmed: Bool = false,
                          context: PaneContext, into frame: inout Frame) {
        let style = selected ? Style(focused ? .selected : .selectedUnfocused, bold: true)
                             : (dimmed ? Style(.dim) : Style(bold: true))
        if selected { frame.fill(line, with: Cell(" ", style: style)) }
        let title = titleText(figure, context: context)
        let series = FactText.series(figure)
        var spark = ""
        // Values of different scopes (all forces vs security forces) are not a trend: no line for them.
        if series.count >= 2, line.width >= 24, figure.disagreement?.kind != .scope {
            spark = Sparkline.line(series.map(\.value), direction: context.direction, ascii: context.ascii)
            let area = context.direction == .rtl
                ? Rect(x: line.x, y: line.y, width: spark.count, height: 1)
                : Rect(x: line.maxX - spark.count, y: line.y, width: spark.count, height: 1)
            frame.draw(VisualLine(symbols: spark), in: area, align: .left, style: selected ? style : Style(.bar))
        }
        var segments: [Segment] = []
        var room = line.width - (spark.isEmpty ? 0 : spark.count + 1)
        if let mark = title.mark {
            let isSeries = figure.disagreement?.kind == .series
            segments.append(Segment(line: VisualLine(symbols: mark), style: Style(isSeries ? .accent : .warning, bold: true)))
            room -= 2
        }
        segments.append(Segment(line: context.fitted(title.text, width: room), style: style))
        context.drawSegments(segments, in: line, into: &frame)
    }

    /// The title row's words: the disagreement mark, and the title with the headline value (the
    /// observation `FactText.headline` picks). Drawing and `y` both take them from here.
    static func titleText(_ figure: Figure, context: PaneContext) -> (mark: String?, text: String) {
        var text = figure.title.text(context.language)
        if let headline = FactText.headline(figure) {
            text += "  " + NumberFormat.words(headline, language: context.language, digits: context.text.options.digits)
        }
        return (FactText.mark(figure, language: context.language, ascii: context.ascii), text)
    }

    /// A bar from the start edge scaled to the figure's largest value of the same unit (percentages
    /// to 100), then "more than 33 thousand · air strikes · February 2019 · US Department of State".
    static func drawObservation(_ figure: Figure, index: Int, in line: Rect, context: PaneContext,
                                into frame: inout Frame) {
        let observation = figure.observations[index]
        let barWidth = line.width >= 16 ? min(16, line.width / 4) : 0
        if barWidth > 0 {
            let peers = figure.observations.filter { FactText.comparable($0.unit, observation.unit) }.map { abs($0.value) }
            let scale = observation.unit == .percent ? 100 : (peers.max() ?? 0)
            let bar = BarChart.bar(fraction: scale > 0 ? abs(observation.value) / scale : 0, width: barWidth,
                                   direction: context.direction, ascii: context.ascii)
            let area = context.direction == .rtl
                ? Rect(x: line.maxX - barWidth, y: line.y, width: barWidth, height: 1)
                : Rect(x: line.x, y: line.y, width: barWidth, height: 1)
            frame.draw(VisualLine(symbols: bar), in: area, align: context.startAlignment, style: Style(.bar))
        }
        let textArea = context.direction == .rtl
            ? Rect(x: line.x, y: line.y, width: line.width - barWidth - 1, height: 1)
            : Rect(x: line.x + barWidth + 1, y: line.y, width: line.width - barWidth - 1, height: 1)
        context.drawStart(observationText(observation, context: context), in: barWidth > 0 ? textArea : line,
                          into: &frame)
    }

    /// The value in words, what it counts, its date and its outlet.
    static func observationText(_ observation: Observation, context: PaneContext) -> String {
        let language = context.language, digits = context.text.options.digits
        var parts = [FactText.phrase(observation, language: language, digits: digits, separator: context.separator)]
        if let asOf = observation.asOf {
            parts.append(FactText.date(asOf, language: language, months: context.months, digits: digits))
        }
        if let source = context.store.source(observation.source.source) {
            parts.append(source.outlet.text(language))
        }
        return parts.filter { !$0.isEmpty }.joined(separator: context.separator)
    }
}
