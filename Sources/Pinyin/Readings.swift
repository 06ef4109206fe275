/// Readings of Han characters (from Unihan, `ReadingsTable.swift`) and of words whose
/// characters have several readings (`WordReadings.swift`, kept by the team).
public enum Readings {
    /// Every reading of `character`, most frequent first; empty when Unihan has none.
    public static func of(_ character: Unicode.Scalar) -> [Syllable] {
        table[character] ?? []
    }

    /// Parsed once, on first use.
    static let table: [Unicode.Scalar: [Syllable]] = {
        var table: [Unicode.Scalar: [Syllable]] = [:]
        table.reserveCapacity(42_000)
        for line in unihan.utf8.split(separator: UInt8(ascii: "\n")) {
            let fields = line.split(separator: UInt8(ascii: " "))
            guard let first = fields.first, let scalar = String(decoding: first, as: UTF8.self).unicodeScalars.first else { continue }
            table[scalar] = fields.dropFirst().map { field in
                Syllable(letters: String(decoding: field.dropLast(), as: UTF8.self), tone: Int(field.last! - UInt8(ascii: "0")))
            }
        }
        return table
    }()
}
