/// Sources as BibTeX (biblatex field names, with the classic `journal` and `year` beside them so
/// plain BibTeX styles work too).
///
/// - Type by `Source.kind`: seed articles and press `@article` (the outlet in `journaltitle` and
///   `journal`), official pages and references `@online` (the outlet as `organization`), a source
///   with no URL that is not an article and the unverified placeholder `@misc`.
/// - Key: the source id (`seed-004`), made safe for BibTeX (anything but letters, digits and
///   `-_:.` becomes `-`) and kept unique; the same source always gets the same key.
/// - `author` in double braces (`{{Mohamed Omar}}`): the data does not split names into family
///   and given, and many authors are bodies ("Al-Fassel editorial team"), so the name is literal.
/// - `date` at the precision the data has (`2019`, `2019-02`, `2019-02-06`), `urldate` from
///   `Source.accessed` (left out when unknown), `langid` for the titles' language.
/// - Text is UTF-8 as is (Arabic stays Arabic); LaTeX's special characters are escaped
///   (`&` → `\&`, `%` → `\%` …; braces as `\textbraceleft{}`, because BibTeX counts braces
///   without regard to backslashes, and an unbalanced `\}` in the data would end the field); a URL is written verbatim, with only braces, backslashes and
///   spaces percent-encoded.
///
/// ```swift
/// BibTeXWriter.write(CitationEntry.all(store, language: .en))
/// // @article{seed-004,
/// //   title = {The Global Coalition – Working to Defeat ISIS (fact sheet)},
/// //   journaltitle = {US Department of State}, …
/// ```
public enum BibTeXWriter {
    public static func write(_ entries: [CitationEntry]) -> String {
        var used = Set<String>()
        return entries.map { entry -> String in
            var key = safeKey(entry.source.id)
            if used.contains(key) {
                var n = 2
                while used.contains(key + "-" + String(n)) { n += 1 }
                key += "-" + String(n)
            }
            used.insert(key)
            return write(entry, key: key)
        }.joined(separator: "\n")
    }

    static func write(_ entry: CitationEntry, key: String) -> String {
        let source = entry.source
        let type = entryType(source)
        var fields: [(String, String)] = []
        if let author = entry.author { fields.append(("author", "{" + escape(author) + "}")) }
        fields.append(("title", escape(entry.title)))
        if type == "article" {
            fields.append(("journaltitle", escape(entry.outlet)))
            fields.append(("journal", escape(entry.outlet)))
        } else {
            fields.append(("organization", escape(entry.outlet)))
        }
        if let published = source.published {
            fields.append(("date", published.description))
            fields.append(("year", String(published.year)))
        }
        if let url = source.url { fields.append(("url", verbatimURL(url))) }
        if let accessed = source.accessed { fields.append(("urldate", accessed.description)) }
        fields.append(("langid", entry.language == .ar ? "arabic" : "english"))
        let note = entry.noteLines(seedFile: true)
        if !note.isEmpty { fields.append(("note", note.map(escape).joined(separator: "; "))) }
        let body = fields.map { "  " + $0.0 + " = {" + $0.1 + "}" }.joined(separator: ",\n")
        return "@" + type + "{" + key + ",\n" + body + "\n}\n"
    }

    static func entryType(_ source: Source) -> String {
        switch source.kind {
        case .seed, .press: return "article"
        case .official, .reference: return source.url == nil ? "misc" : "online"
        case .unverified: return "misc"
        }
    }

    static func safeKey(_ id: String) -> String {
        let key = String(id.unicodeScalars.map { scalar -> Character in
            let allowed = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                                             || "-_:.".unicodeScalars.contains(scalar))
            return allowed ? Character(scalar) : "-"
        })
        return key.isEmpty ? "source" : key
    }

    /// LaTeX's special characters escaped, on one line.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text.oneLine {
            switch c {
            case "\\": out += "\\textbackslash{}"
            case "{": out += "\\textbraceleft{}"
            case "}": out += "\\textbraceright{}"
            case "&": out += "\\&"
            case "%": out += "\\%"
            case "$": out += "\\$"
            case "#": out += "\\#"
            case "_": out += "\\_"
            case "^": out += "\\textasciicircum{}"
            case "~": out += "\\textasciitilde{}"
            default: out.append(c)
            }
        }
        return out
    }

    /// A URL as biblatex reads it (verbatim): only what would end the field or the line is encoded.
    static func verbatimURL(_ url: String) -> String {
        var out = ""
        for c in url.oneLine {
            switch c {
            case "{": out += "%7B"
            case "}": out += "%7D"
            case "\\": out += "%5C"
            case " ": out += "%20"
            default: out.append(c)
            }
        }
        return out
    }
}
