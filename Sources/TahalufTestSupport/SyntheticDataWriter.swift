import CoalitionStore
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a synthetic data directory of any size one event at a time, with the same events as a
/// CSV file (for VisiData) and an HTML table (for lynx), so the benchmark compares the programs
/// on the same rows. Memory stays bounded: no `Dataset` of a million events, no file-sized string.
///
/// ```swift
/// try SyntheticDataWriter.write(events: 1_000_000, members: 1_000, seed: 42, to: "/tmp/data",
///                               csv: "/tmp/events.csv", html: "/tmp/events.html")
/// ```
package enum SyntheticDataWriter {
    /// The events table's columns, as `tahaluf export --format csv` writes `events.csv`.
    static let columns = ["id", "date", "inferred_ar", "inferred_en", "category", "title_ar", "title_en",
                          "summary_ar", "summary_en", "place_ar", "place_en", "members", "locations", "groups", "figures"]

    package static func write(events eventCount: Int, members memberCount: Int, seed: UInt64, to directory: String,
                             csv: String? = nil, html: String? = nil) throws {
        var generator = SyntheticGenerator(members: memberCount, seed: seed)
        try DatasetWriter.write(Dataset(sources: generator.sources, events: [], members: generator.members,
                                        groups: generator.groups, figures: generator.figures), to: directory)
        let json = try BufferedFile(path: directory + "/events.json")
        let table = try csv.map(BufferedFile.init(path:))
        let page = try html.map(BufferedFile.init(path:))
        table?.text += CSVLine.header
        page?.text += HTMLTable.header(columns, title: "Synthetic events (\(eventCount))")

        // One event per line, empty optional fields left out: the shape of a large export a
        // researcher brings (about 550 bytes an event), and line N + 1 is event N.
        json.text += eventCount == 0 ? "[]\n" : "[\n"
        for index in 0..<eventCount {
            let event = generator.event(index)
            JSONWriter.write(withoutEmptyOptionals(RecordJSON.event(event)), to: &json.text)
            json.text += index + 1 < eventCount ? ",\n" : "\n]\n"
            let cells = row(event)
            if let table { CSVTable.append(cells, to: &table.text) }
            if let page { HTMLTable.append(cells, to: &page.text) }
            try json.flushIfFull(); try table?.flushIfFull(); try page?.flushIfFull()
        }
        page?.text += HTMLTable.footer
        try json.close(); try table?.close(); try page?.close()
    }

    /// The fields a data file may leave out (`Docs/DATA.md`), dropped when null or empty.
    static let optionalFields: Set<String> = ["inferred", "place", "locations", "groups", "figures", "notes"]

    static func withoutEmptyOptionals(_ record: JSONValue) -> JSONValue {
        guard case .object(let pairs) = record else { return record }
        return .object(pairs.compactMap { key, value in
            if key == "sources", case .array(let citations) = value {
                return (key, .array(citations.map(withoutNullQuote)))
            }
            guard optionalFields.contains(key) else { return (key, value) }
            switch value {
            case .null: return nil
            case .array(let items): return items.isEmpty ? nil : (key, value)
            default: return (key, value)
            }
        })
    }

    /// A citation's `quote` is optional too.
    static func withoutNullQuote(_ citation: JSONValue) -> JSONValue {
        guard case .object(let pairs) = citation else { return citation }
        return .object(pairs.filter { key, value in
            if key == "quote", case .null = value { return false }
            return true
        })
    }

    static func row(_ e: Event) -> [String] {
        [e.id, e.date.description, e.inferred?.ar ?? "", e.inferred?.en ?? "", e.category.rawValue,
         e.title.ar, e.title.en, e.summary.ar, e.summary.en, e.place?.ar ?? "", e.place?.en ?? "",
         e.members.joined(separator: ";"), e.locations.joined(separator: ";"), e.groups.joined(separator: ";"),
         e.figures.joined(separator: ";")]
    }

    private enum CSVLine {
        static let header: String = {
            var line = ""
            CSVTable.append(SyntheticDataWriter.columns, to: &line)
            return line
        }()
    }
}

/// The rows as one HTML table, each cell escaped.
enum HTMLTable {
    static func header(_ columns: [String], title: String) -> String {
        "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head><meta charset=\"utf-8\"><title>\(escaped(title))</title></head>\n"
            + "<body>\n<table>\n<tr>" + columns.map { "<th>\(escaped($0))</th>" }.joined() + "</tr>\n"
    }

    static let footer = "</table>\n</body>\n</html>\n"

    static func append(_ cells: [String], to out: inout String) {
        out += "<tr>"
        for cell in cells { out += "<td>"; out += escaped(cell); out += "</td>" }
        out += "</tr>\n"
    }

    static func escaped(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") })
        else { return text }
        var out = ""
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}

/// A file written in 1 MiB blocks from a string buffer; every failure names the file.
final class BufferedFile {
    let path: String
    var text = ""
    private let handle: UnsafeMutablePointer<FILE>

    init(path: String) throws {
        guard let handle = fopen(path, "w") else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        self.path = path
        self.handle = handle
        text.reserveCapacity(2 << 20)
    }

    func flushIfFull() throws {
        if text.utf8.count >= 1 << 20 { try flush() }
    }

    func close() throws {
        try flush()
        guard fclose(handle) == 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
    }

    private func flush() throws {
        let written = text.withUTF8 { fwrite($0.baseAddress, 1, $0.count, handle) }
        guard written == text.utf8.count else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        text.removeAll(keepingCapacity: true)
    }
}

package struct WriteError: Error, CustomStringConvertible {
    package let path: String, reason: String
    package var description: String { "cannot write \(path): \(reason)" }
}
