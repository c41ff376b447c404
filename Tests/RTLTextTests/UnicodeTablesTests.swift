import Foundation
import Testing

/// The Unicode tables in the sources (cell widths, Arabic presentation forms) are exactly what
/// `scripts/unicode/generate_tables.py` derives from the Unicode Character Database of the version
/// it pins, so a hand edit or a half-done Unicode upgrade fails here.
@Suite struct UnicodeTablesTests {
    @Test func committedTablesMatchTheGenerator() throws {
        var repo = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { repo.deleteLastPathComponent() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", repo.appendingPathComponent("scripts/unicode/generate_tables.py").path, "--check"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("tables match Unicode 15.0.0"))
    }
}
