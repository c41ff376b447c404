import Foundation
import Testing

/// UI text lives in the string tables (`Strings.swift` and the feature tables `*Strings.swift`), so a
/// translation is a table and nothing on screen escapes it. This test reads the UI modules' sources
/// and fails, naming file and line, on UI text written inline: a language choice between literals
/// that hold words (`ar ? "…" : "…"`), or any string literal with Arabic letters.
@Suite struct InlineStringTests {
    /// Files whose Arabic literals are not UI text, each with the reason.
    static let notUIText: [String: String] = [
        "ArabicKeyboard.swift": "the Arabic keyboard layout's letters, mapped to the keys they sit on",
    ]

    static let sourcesRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")

    @Test func uiModulesHoldNoInlineText() throws {
        var offences: [String] = []
        for module in ["TahalufApp", "TerminalUI"] {
            let root = Self.sourcesRoot.appendingPathComponent(module)
            for file in try Self.swiftFiles(under: root) where !Self.isExempt(file.lastPathComponent) {
                let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
                for (index, line) in lines.enumerated() where Self.holdsInlineText(line) {
                    offences.append("\(module)/\(file.path.dropFirst(root.path.count + 1)):\(index + 1): "
                                    + line.trimmingCharacters(in: .whitespaces))
                }
            }
        }
        #expect(offences.isEmpty, "UI text outside the string tables:\n\(offences.joined(separator: "\n"))")
    }

    /// An exemption names a file that still needs it: one whose text moved to a table loses it.
    @Test func everyExemptionIsStillNeeded() throws {
        let files = try ["TahalufApp", "TerminalUI"].flatMap { try Self.swiftFiles(under: Self.sourcesRoot.appendingPathComponent($0)) }
        for name in Self.notUIText.keys {
            let file = try #require(files.first { $0.lastPathComponent == name }, "\(name) is exempt but gone")
            let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
            #expect(lines.contains(where: Self.holdsInlineText), "\(name) is exempt but holds no inline text")
        }
    }

    /// The check itself must catch what it is for, and leave symbols and comments alone.
    @Test func recognisesInlineText() {
        #expect(Self.holdsInlineText(#"let s = ar ? "undated" : "x""#))
        #expect(Self.holdsInlineText(#"return language == .ar ? "الأعضاء" : "Members""#))
        #expect(Self.holdsInlineText(#"parts.append("ميدان العمليات")"#))
        #expect(!Self.holdsInlineText(#"x.joined(separator: c.language == .ar ? "، " : ", ")"#))
        #expect(!Self.holdsInlineText(#"case .series: return ascii ? "~" : (language == .ar ? "↖" : "↗")"#))
        #expect(!Self.holdsInlineText(#"let ltr = ar ? "\u{200E}" : """#))
        #expect(!Self.holdsInlineText(#"/// Strings.for(.ar).appName   // "تحالف""#))
        #expect(!Self.holdsInlineText(#"let x = f(y)   // "مليار دولار", not "1 مليار دولار""#))
    }

    static func isExempt(_ name: String) -> Bool { name.hasSuffix("Strings.swift") || notUIText[name] != nil }

    static func swiftFiles(under root: URL) throws -> [URL] {
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        return (enumerator?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "swift" }
            .sorted { $0.path < $1.path }
    }

    /// Whether the code part of `line` (comments dropped) has a string literal with Arabic letters,
    /// or a language choice (`ar ? "`) whose first literal holds a letter (a word, not a symbol or a
    /// control character like `\u{200E}`).
    static func holdsInlineText(_ line: String) -> Bool {
        let literals = stringLiterals(line)
        if literals.contains(where: { $0.unicodeScalars.contains(where: isArabicLetter) }) { return true }
        let code = codeOnly(line)
        guard let choice = code.range(of: #"\bar \? ""#, options: .regularExpression) else { return false }
        let chosen = String(code[code.index(before: choice.upperBound)...])
        return stringLiterals(chosen).first.map { literal in
            literal.replacingOccurrences(of: #"\\u\{[0-9A-Fa-f]+\}"#, with: "", options: .regularExpression)
                .unicodeScalars.contains { CharacterSet.letters.contains($0) }
        } ?? false
    }

    /// Arabic letters (hamza to yeh, the extended letters), not Arabic punctuation, digits or marks:
    /// "، " and "٬" are separators, not words.
    static func isArabicLetter(_ scalar: Unicode.Scalar) -> Bool {
        (0x0621...0x064A).contains(scalar.value) || (0x0671...0x06D3).contains(scalar.value)
    }

    /// The contents of the line's string literals, in order, up to a `//` comment.
    static func stringLiterals(_ line: String) -> [String] {
        var literals: [String] = [], current = "", inString = false, escaped = false
        var previous: Character = " "
        for character in line {
            if inString {
                if escaped { escaped = false; current.append(character) }
                else if character == "\\" { escaped = true; current.append(character) }
                else if character == "\"" { literals.append(current); current = ""; inString = false }
                else { current.append(character) }
            } else if character == "\"" {
                inString = true
            } else if character == "/" && previous == "/" {
                break
            }
            previous = inString ? " " : character
        }
        return literals
    }

    /// The line up to its `//` comment (a `//` inside a string literal does not count).
    static func codeOnly(_ line: String) -> String {
        var code = "", inString = false, escaped = false
        for character in line {
            if inString {
                if escaped { escaped = false } else if character == "\\" { escaped = true }
                else if character == "\"" { inString = false }
            } else if character == "\"" {
                inString = true
            } else if character == "/" && code.last == "/" {
                code.removeLast()
                break
            }
            code.append(character)
        }
        return code
    }
}
