/// One Mandarin syllable: its letters without tone (`ü` written as `v`) and its tone,
/// 1–4, or 5 for the neutral tone.
public struct Syllable: Sendable, Hashable, CustomStringConvertible {
    /// Lowercase letters, `v` for ü and `ê` for ê: `lv`, `zhong`.
    public let letters: String
    public let tone: Int

    public init(letters: String, tone: Int) {
        self.letters = letters
        self.tone = tone
    }

    /// `lv4` → lǜ4; `yi1`; a bare `de` is neutral.
    public init?(numbered text: Substring) {
        var letters = text.lowercased().replacingOccurrences(of: "u:", with: "v").replacingOccurrences(of: "ü", with: "v")
        var tone = 5
        if let last = letters.last, let digit = last.wholeNumberValue, (0...5).contains(digit) {
            tone = digit == 0 ? 5 : digit
            letters.removeLast()
        }
        guard Inventory.contains(letters) else { return nil }
        self.init(letters: letters, tone: tone)
    }

    /// Tone-number form: `lv4`, `de5`.
    public var numbered: String { letters + String(tone) }
    public var description: String { marked }

    /// Tone-marked form: `lǜ`, `zhōng`, `de`.
    public var marked: String {
        let shown = letters.replacingOccurrences(of: "v", with: "ü")
        guard (1...4).contains(tone), let index = Self.markIndex(shown) else { return shown }
        var scalars = Array(shown.unicodeScalars)
        scalars.insert(Self.toneMarks[tone - 1], at: index + 1)
        return String(String.UnicodeScalarView(scalars)).precomposedStringWithCanonicalMapping
    }

    /// Combining macron, acute, caron, grave.
    static let toneMarks: [Unicode.Scalar] = ["\u{0304}", "\u{0301}", "\u{030C}", "\u{0300}"]

    /// Where the tone mark goes, as a scalar index into the letters (with ü, not v):
    /// a or e if present; o in `ou`; otherwise the last vowel; for m, n, ng, hm, hng the
    /// first nasal.
    public static func markIndex(_ letters: String) -> Int? {
        let scalars = Array(letters.unicodeScalars)
        if let a = scalars.firstIndex(where: { $0 == "a" || $0 == "e" || $0 == "ê" }) { return a }
        if let o = scalars.firstIndex(of: "o"), o + 1 < scalars.count, scalars[o + 1] == "u" { return o }
        if let last = scalars.lastIndex(where: { "iouü".unicodeScalars.contains($0) }) { return last }
        return scalars.firstIndex(where: { $0 == "m" || $0 == "n" })
    }

    /// The syllable without tone, for comparisons that ignore it.
    public var toneless: Syllable { Syllable(letters: letters, tone: 5) }
}
