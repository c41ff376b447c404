import TerminalUI

/// What tells the terminal not to reorder or reshape what tahaluf already reordered and shaped
/// (terminal-bidi.md §2), sent after curses starts and again on resume; `leave` undoes it.
/// With `--bidi terminal` tahaluf sends logical order and leaves the terminal's BiDi alone.
///
/// ```swift
/// BidiHandshake(appReorders: true, insideTmux: false, terminalName: "xterm-256color").enter  // "\u{1B}[8l"
/// BidiHandshake(appReorders: false, insideTmux: false, terminalName: "vte").enter            // ""
/// ```
struct BidiHandshake: Equatable {
    let enter: String
    let leave: String

    init(appReorders: Bool, insideTmux: Bool, terminalName: String) {
        guard appReorders else { enter = ""; leave = ""; return }
        var enter = ControlSequences.bidiExplicit(insideTmux: insideTmux)
        var leave = ControlSequences.bidiImplicit(insideTmux: insideTmux)
        // mlterm ignores BDSM; its own switch turns its BiDi and shaping off (doc/en/PROTOCOL).
        if terminalName.hasPrefix("mlterm") {
            enter += "\u{1B}]5379;use_ctl=false\u{07}"
            leave += "\u{1B}]5379;use_ctl=true\u{07}"
        }
        self.enter = enter
        self.leave = leave
    }
}

/// The few escape sequences tahaluf writes itself, around what ncurses writes.
///
/// ```swift
/// ControlSequences.clipboard("hi")   // "\u{1B}]52;c;aGk=\u{07}"
/// ControlSequences.bidiExplicit(insideTmux: false)   // "\u{1B}[8l"
/// ```
enum ControlSequences {
    /// BDSM explicit (`CSI 8 l`): the terminal must not reorder; tahaluf sends visual order itself.
    /// Inside tmux, which drops mode 8, the sequence is also sent through to the outer terminal
    /// (effective when tmux has `allow-passthrough on`).
    static func bidiExplicit(insideTmux: Bool) -> String { bidi("l", insideTmux: insideTmux) }

    /// BDSM implicit (`CSI 8 h`): the default, for the shell after tahaluf.
    static func bidiImplicit(insideTmux: Bool) -> String { bidi("h", insideTmux: insideTmux) }

    private static func bidi(_ final: String, insideTmux: Bool) -> String {
        let plain = "\u{1B}[8" + final
        return insideTmux ? plain + "\u{1B}Ptmux;\u{1B}" + plain + "\u{1B}\\" : plain
    }

    /// OSC 52: put `text` on the clipboard of the terminal (and of the user's machine over SSH).
    static func clipboard(_ text: String) -> String {
        "\u{1B}]52;c;" + base64(Array(text.utf8)) + "\u{07}"
    }

    /// OSC 8 with an `id`, so every span of one URL is one link: what follows is a link to `target`
    /// until `hyperlinkClose`. The URI is a `LinkTarget`, printable ASCII only; ST ends it.
    static func hyperlinkOpen(_ target: LinkTarget) -> String {
        "\u{1B}]8;id=" + target.id + ";" + target.uri + "\u{1B}\\"
    }

    /// OSC 8 with an empty URI: what follows is no link.
    static let hyperlinkClose = "\u{1B}]8;;\u{1B}\\"

    /// CUP, 0-based in, 1-based on the wire.
    static func cursorPosition(row: Int, column: Int) -> String {
        "\u{1B}[" + String(row + 1) + ";" + String(column + 1) + "H"
    }

    /// SGR 0: attributes and colours back to normal.
    static let resetAttributes = "\u{1B}[0m"

    /// One SGR sequence that sets a cell's look from normal: attributes, then colours as the
    /// depth has them (0–7 as 30–37, 8–15 as 90–97 on 8-colour terminals, `38;5;n` on 256).
    /// `useDefaults`: the terminal's default colours exist (`use_default_colors`); without them
    /// ncurses draws the default as white on black, and so does this.
    static func sgr(_ look: RoleLook, depth: ColorDepth, useDefaults: Bool) -> String {
        var parameters = ["0"]
        if look.attributes.contains(.bold) { parameters.append("1") }
        if look.attributes.contains(.dim) { parameters.append("2") }
        if look.attributes.contains(.underline) { parameters.append("4") }
        if look.attributes.contains(.reverse) { parameters.append("7") }
        if depth != .monochrome {
            parameters.append(color(look.foreground, base: 30, fallback: 7, depth: depth, useDefaults: useDefaults))
            parameters.append(color(look.background, base: 40, fallback: 0, depth: depth, useDefaults: useDefaults))
        }
        return "\u{1B}[" + parameters.joined(separator: ";") + "m"
    }

    private static func color(_ color: TerminalColor, base: Int, fallback: Int, depth: ColorDepth,
                              useDefaults: Bool) -> String {
        let index: Int
        switch color {
        case .terminalDefault:
            guard !useDefaults else { return String(base + 9) }
            index = fallback
        case .index(let n): index = n
        }
        if index < 8 { return String(base + index) }
        if depth == .basic8 && index < 16 { return String(base + 60 + index - 8) }
        return String(base + 8) + ";5;" + String(index)
    }

    /// What undoes everything curses and tahaluf set, for the emergency path: mouse reports off,
    /// attributes reset, cursor shown, keypad local, alternate screen left, bidi back (`bidiLeave`).
    /// Terminfo strings are used where the terminal has them (`sgr0`, `cnorm`, `rmkx`, `rmcup`).
    static func emergencyRestore(terminfo: (String) -> String?, mouse: Bool, bidiLeave: String) -> String {
        var s = mouse ? "\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l" : ""
        s += terminfo("sgr0") ?? "\u{1B}[0m"
        s += terminfo("cnorm") ?? "\u{1B}[?25h"
        s += terminfo("rmkx") ?? ""
        s += terminfo("rmcup") ?? "\u{1B}[?1049l"
        s += bidiLeave
        return s
    }

    /// RFC 4648 base64, without Foundation.
    static func base64(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i < bytes.count {
            let b0 = UInt32(bytes[i])
            let b1 = i + 1 < bytes.count ? UInt32(bytes[i + 1]) : 0
            let b2 = i + 2 < bytes.count ? UInt32(bytes[i + 2]) : 0
            let n = b0 << 16 | b1 << 8 | b2
            out.append(alphabet[Int(n >> 18 & 63)])
            out.append(alphabet[Int(n >> 12 & 63)])
            out.append(i + 1 < bytes.count ? alphabet[Int(n >> 6 & 63)] : UInt8(ascii: "="))
            out.append(i + 2 < bytes.count ? alphabet[Int(n & 63)] : UInt8(ascii: "="))
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}
