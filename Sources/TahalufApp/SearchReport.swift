import CoalitionStore
import RTLText

/// What `tahaluf search` prints: one hit per line, or a JSON array, in the browser's ranking.
///
/// Text: `id ⇥ kind ⇥ title ⇥ field ⇥ snippet`, tab-separated so `cut -f` works. JSON: an array
/// of objects with `id`, `kind`, `title`, `field`, `rank`, `snippet` and `match` (the matched
/// words inside the snippet). Every value is sanitised like all data output (`Sanitizer`).
///
/// ```swift
/// SearchReport.text(store.search("air", limit: 2), language: .en)
/// // "air-strikes\tfigure\tAir strikes\ttitle\tAir strikes\n…"
/// ```
package enum SearchReport {
    package static func text(_ hits: [SearchHit], language: Language) -> String {
        var out = ""
        for hit in hits {
            let fields = [hit.ref.id, hit.ref.kind.rawValue, hit.title.text(language), hit.field.rawValue, hit.snippet.text]
            out += fields.map(cell).joined(separator: "\t") + "\n"
        }
        return out
    }

    package static func json(_ hits: [SearchHit], language: Language) -> String {
        guard !hits.isEmpty else { return "[]\n" }
        var out = "[\n"
        for (n, hit) in hits.enumerated() {
            let pairs: [(String, String)] = [
                ("id", hit.ref.id), ("kind", hit.ref.kind.rawValue), ("title", hit.title.text(language)),
                ("field", hit.field.rawValue), ("rank", rankName(hit.rank)), ("snippet", hit.snippet.text),
                ("match", hit.snippet.match),
            ]
            out += "  {" + pairs.map { "\"\($0)\": \(quoted($1))" }.joined(separator: ", ") + "}"
            out += n + 1 < hits.count ? ",\n" : "\n"
        }
        return out + "]\n"
    }

    /// `exact`, `word`, `word-start` or `inside`.
    package static func rankName(_ rank: SearchHit.Rank) -> String {
        switch rank {
        case .exact: return "exact"
        case .word: return "word"
        case .wordStart: return "word-start"
        case .inside: return "inside"
        }
    }

    /// One column of a text line: sanitised, with no tab or line break inside.
    private static func cell(_ value: String) -> String {
        String(String.UnicodeScalarView(Sanitizer.sanitize(value).unicodeScalars.map { $0.properties.isWhitespace ? " " : $0 }))
    }

    /// A JSON string literal of the sanitised value.
    private static func quoted(_ value: String) -> String {
        var out = "\""
        for scalar in Sanitizer.sanitize(value).unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
