import CoalitionStore
import RTLText
import TerminalUI

/// PLACEHOLDER: draws the whole screen for a state. Pure: same inputs, same frame.
public func render(_ state: AppState, store: Store, size: Size) -> Frame {
    var frame = Frame(size: size)
    let context = PaneContext(store: store, config: state.config)
    TimelinePane.render(state.timeline, app: state, context: context, in: frame.bounds, focused: true, into: &frame)
    return frame
}
