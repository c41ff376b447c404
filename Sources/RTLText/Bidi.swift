import CFriBidi

/// The FriBidi calls the engine makes, in one place, over buffers the caller owns. The conformance
/// tests drive these same functions with Unicode's test files.
///
/// ```swift
/// Bidi.types(of: scalars, into: types)
/// Bidi.brackets(of: scalars, types: types, into: brackets)
/// let direction = Bidi.levels(types: types, brackets: brackets, requested: FRIBIDI_PAR_RTL, into: levels)
/// Bidi.reorder(types: types, direction: direction, levels: lineLevels, text: line, map: map)
/// ```
enum Bidi {
    static let fill: UInt32 = UInt32(FRIBIDI_CHAR_FILL)
    static let reorderNSM = FriBidiFlags(FRIBIDI_FLAG_REORDER_NSM)
    static let shapeFlags = FriBidiFlags(FRIBIDI_FLAG_SHAPE_MIRRORING) | FriBidiFlags(FRIBIDI_FLAGS_ARABIC)
    static let mirrorOnly = FriBidiFlags(FRIBIDI_FLAG_SHAPE_MIRRORING)

    /// Bidi classes of each scalar (`fribidi_get_bidi_types`).
    static func types(of text: UnsafeBufferPointer<UInt32>, into types: UnsafeMutableBufferPointer<FriBidiCharType>) {
        guard text.count > 0 else { return }
        fribidi_get_bidi_types(text.baseAddress, FriBidiStrIndex(text.count), types.baseAddress)
    }

    /// Paired-bracket types for rule N0 (`fribidi_get_bracket_types`).
    static func brackets(of text: UnsafeBufferPointer<UInt32>, types: UnsafeBufferPointer<FriBidiCharType>,
                         into brackets: UnsafeMutableBufferPointer<FriBidiBracketType>) {
        guard text.count > 0 else { return }
        fribidi_get_bracket_types(text.baseAddress, FriBidiStrIndex(text.count), types.baseAddress, brackets.baseAddress)
    }

    /// Embedding levels for one paragraph (`fribidi_get_par_embedding_levels_ex`), and the resolved
    /// paragraph direction (`FRIBIDI_PAR_LTR` or `FRIBIDI_PAR_RTL`). `requested` is LTR, RTL, WRTL
    /// (`BaseDirection.auto`) or ON (Unicode's own auto, falling back to LTR; the conformance
    /// files use it). If FriBidi fails (out of memory), every level is the paragraph level, so
    /// text still shows in logical order.
    @discardableResult
    static func levels(types: UnsafeBufferPointer<FriBidiCharType>, brackets: UnsafeBufferPointer<FriBidiBracketType>,
                       requested: FriBidiParType, into levels: UnsafeMutableBufferPointer<FriBidiLevel>) -> FriBidiParType {
        let fallback = requested == FRIBIDI_PAR_LTR || requested == FRIBIDI_PAR_ON ? FRIBIDI_PAR_LTR : FRIBIDI_PAR_RTL
        guard types.count > 0 else { return fallback }
        var direction = requested
        let result = fribidi_get_par_embedding_levels_ex(types.baseAddress, brackets.baseAddress,
                                                         FriBidiStrIndex(types.count), &direction, levels.baseAddress)
        if result == 0 {
            levels.update(repeating: fallback == FRIBIDI_PAR_RTL ? 1 : 0)
            return fallback
        }
        // With no strong character FriBidi leaves WRTL (or ON) as it was: WRTL means RTL.
        return direction.rawValue & UInt32(FRIBIDI_MASK_RTL) != 0 ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR
    }

    /// The paragraph direction without levels: the first strong character, RTL when there is none
    /// for `.auto` (used in terminal mode, where the app does not reorder).
    static func direction(types: UnsafeBufferPointer<FriBidiCharType>, base: BaseDirection) -> FriBidiParType {
        switch base {
        case .ltr: return FRIBIDI_PAR_LTR
        case .rtl: return FRIBIDI_PAR_RTL
        case .auto:
            guard types.count > 0 else { return FRIBIDI_PAR_RTL }
            let found = fribidi_get_par_direction(types.baseAddress, FriBidiStrIndex(types.count))
            return found == FRIBIDI_PAR_LTR ? FRIBIDI_PAR_LTR : FRIBIDI_PAR_RTL
        }
    }

    /// Shapes `text` in place: Arabic joining, presentation forms and lam-alef ligatures when
    /// `arabic` is true, mirrored brackets always. `text` holds the logical scalars of the range
    /// whose `types` and `levels` are given; `props` is scratch of the same length.
    static func shape(_ text: UnsafeMutableBufferPointer<UInt32>, types: UnsafeBufferPointer<FriBidiCharType>,
                      levels: UnsafeBufferPointer<FriBidiLevel>, arabic: Bool,
                      props: UnsafeMutableBufferPointer<FriBidiArabicProp>) {
        let count = FriBidiStrIndex(text.count)
        guard count > 0 else { return }
        if arabic {
            fribidi_get_joining_types(text.baseAddress, count, props.baseAddress)
            fribidi_join_arabic(types.baseAddress, count, levels.baseAddress, props.baseAddress)
            fribidi_shape(shapeFlags, levels.baseAddress, count, props.baseAddress, text.baseAddress)
        } else {
            fribidi_shape(mirrorOnly, levels.baseAddress, count, nil, text.baseAddress)
        }
    }

    /// Reorders one line into visual order (`fribidi_reorder_line`, rule L1 to L4). `levels` must be
    /// a copy (L1 rewrites it); `text` and `map` are permuted alongside. With `nonSpacingMarks`
    /// marks stay after their base in right-to-left runs, as a terminal cell needs them.
    static func reorder(types: UnsafeBufferPointer<FriBidiCharType>, direction: FriBidiParType,
                        levels: UnsafeMutableBufferPointer<FriBidiLevel>, text: UnsafeMutablePointer<UInt32>?,
                        map: UnsafeMutableBufferPointer<FriBidiStrIndex>, nonSpacingMarks: Bool = true) {
        guard types.count > 0 else { return }
        _ = fribidi_reorder_line(nonSpacingMarks ? reorderNSM : 0, types.baseAddress, FriBidiStrIndex(types.count), 0,
                             direction, levels.baseAddress, text, map.baseAddress)
    }

    /// The direction of the first strong letter of `text` (L, or R and AL), nil when it has none:
    /// rule P2 for an isolate's contents, without the nested isolates' own letters.
    static func firstStrongDirection(_ text: String) -> BaseDirection? {
        var depth = 0
        for scalar in text.unicodeScalars {
            let type = fribidi_get_bidi_type(scalar.value)
            switch scalar.value {
            case 0x2066...0x2068: depth += 1; continue
            case 0x2069: depth = max(0, depth - 1); continue
            default: break
            }
            guard depth == 0, type.rawValue & UInt32(FRIBIDI_MASK_LETTER) != 0 else { continue }
            return type.rawValue & UInt32(FRIBIDI_MASK_RTL) != 0 ? .rtl : .ltr
        }
        return nil
    }

    /// Characters rule X9 removes (embeddings, overrides, boundary neutrals): they get no place
    /// in the visual order the conformance files list (FriBidi's `FRIBIDI_IS_EXPLICIT_OR_BN`).
    static func isRemovedByX9(_ type: FriBidiCharType) -> Bool {
        type.rawValue & UInt32(FRIBIDI_MASK_EXPLICIT | FRIBIDI_MASK_BN) != 0
    }
}

extension BaseDirection {
    var fribidi: FriBidiParType {
        switch self {
        case .ltr: FRIBIDI_PAR_LTR
        case .rtl: FRIBIDI_PAR_RTL
        case .auto: FRIBIDI_PAR_WRTL
        }
    }
}
