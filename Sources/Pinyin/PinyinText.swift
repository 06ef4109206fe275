import Foundation

/// A syllable as written in a pinyin text, with where it stands.
public struct WrittenSyllable: Sendable, Equatable {
    /// The text as written, e.g. `Rén`.
    public let text: String
    /// 1-based column of its first character in the whole text, counted in Unicode scalars.
    public let column: Int
    /// Toneless letters (`v` for ü): `ren`.
    public let letters: String
    /// 1–4, or 5 for neutral (no mark, no number or 5/0).
    public let tone: Int
    /// Index of the letter that carries the tone mark, when written with marks.
    public let markedLetter: Int?
    /// More than one tone mark in one syllable.
    public let extraMarks: Bool
    /// First syllable of a word, and whether it starts with a capital.
    public let startsWord: Bool
    public let capitalized: Bool

    /// The syllable, or nil when its letters are not a Mandarin syllable.
    public var syllable: Syllable? { Inventory.contains(letters) ? Syllable(letters: letters, tone: tone) : nil }

    /// Whether a tone mark sits on the wrong letter (`líu` for `liú`).
    public var misplacedMark: Bool {
        guard let markedLetter, syllable != nil else { return false }
        return extraMarks || Syllable.markIndex(letters.replacingOccurrences(of: "v", with: "ü")) != markedLetter
    }
}

/// Parses pinyin written with tone marks (`Zhōngguó Rénmín Yínháng`), tone numbers
/// (`Zhong1guo2`, `lv4`, `lu:4`), or neither, into syllables. Words written together are
/// split as the orthography reads them: longest syllables first, and a syllable starting
/// with a, o or e inside a word only after an apostrophe (`Xī'ān`, `fāng'àn`).
public enum PinyinText {
    struct Letter {
        var written: Character
        var base: Character
        var tone: Int?
        var upper: Bool
        var column: Int
    }

    public static func parse(_ text: String) -> [WrittenSyllable] {
        var result: [WrittenSyllable] = []
        var chunk: [Letter] = []
        var column = 1
        var wordStart = true

        func flush(tone numbered: Int? = nil) {
            guard !chunk.isEmpty else { return }
            result += segment(chunk, numberedTone: numbered, startsWord: wordStart)
            chunk = []
            wordStart = false
        }

        let characters = Array(text)
        var i = 0
        while i < characters.count {
            let character = characters[i]
            let width = character.unicodeScalars.count
            defer { column += width; i += 1 }
            if let letter = letter(character, column: column) {
                chunk.append(letter)
            } else if character == ":", let last = chunk.last, last.base == "u" {
                chunk[chunk.count - 1].base = "v"  // lu:4 is lǜ
                chunk[chunk.count - 1].written = "ü"
            } else if let digit = character.wholeNumberValue, character.isASCII, (0...5).contains(digit), !chunk.isEmpty {
                flush(tone: digit == 0 ? 5 : digit)
            } else if character == "'" || character == "’" {
                flush()
            } else {
                flush()
                wordStart = true
            }
        }
        flush()
        return result
    }

    /// A letter with its tone mark and case, or nil for anything else. `u:` is ü.
    static func letter(_ character: Character, column: Int) -> Letter? {
        var base: Character?
        var tone: Int?
        var umlaut = false, circumflex = false
        for scalar in String(character).decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar {
            case "\u{0304}": tone = 1
            case "\u{0301}": tone = 2
            case "\u{030C}": tone = 3
            case "\u{0300}": tone = 4
            case "\u{0308}": umlaut = true
            case "\u{0302}": circumflex = true
            default:
                guard base == nil, scalar.isASCII, scalar.properties.isAlphabetic else { return nil }
                base = Character(scalar)
            }
        }
        guard let base else { return nil }
        let lower = Character(base.lowercased())
        let upper = base.isUppercase
        let written = Character(String(character).precomposedStringWithCanonicalMapping)
        if umlaut && lower == "u" { return Letter(written: written, base: "v", tone: tone, upper: upper, column: column) }
        if circumflex && lower == "e" { return Letter(written: written, base: "ê", tone: tone, upper: upper, column: column) }
        if umlaut || circumflex { return nil }
        return Letter(written: written, base: lower, tone: tone, upper: upper, column: column)
    }

    /// Splits a run of letters into syllables; the run's tone number goes to its last syllable.
    static func segment(_ letters: [Letter], numberedTone: Int?, startsWord: Bool) -> [WrittenSyllable] {
        let plain = letters.map { String($0.base) }
        let cuts = split(plain, strict: true) ?? split(plain, strict: false) ?? [letters.count]
        var out: [WrittenSyllable] = []
        var start = 0
        for (n, end) in cuts.enumerated() {
            let part = Array(letters[start..<end])
            let marks = part.enumerated().filter { $0.element.tone != nil }
            var tone = marks.first?.element.tone ?? 5
            if let numberedTone, n == cuts.count - 1 { tone = numberedTone }
            out.append(WrittenSyllable(
                text: String(part.map(\.written)),
                column: part[0].column,
                letters: part.map { String($0.base) }.joined(),
                tone: tone,
                markedLetter: marks.first?.offset,
                extraMarks: marks.count > 1,
                startsWord: startsWord && n == 0,
                capitalized: part[0].upper))
            start = end
        }
        return out
    }

    /// End offsets of a split into valid syllables, longest first; nil if there is none.
    /// `strict` keeps a, o, e from starting any syllable but the first.
    static func split(_ letters: [String], strict: Bool) -> [Int]? {
        var memo: [Int: [Int]?] = [:]
        func from(_ start: Int) -> [Int]? {
            if start == letters.count { return [] }
            if let known = memo[start] { return known }
            var found: [Int]?
            for length in stride(from: min(Inventory.longest, letters.count - start), through: 1, by: -1) {
                let candidate = letters[start..<start + length].joined()
                guard Inventory.contains(candidate) else { continue }
                if strict && start > 0 && "aoeê".contains(candidate.first!) { continue }
                if let rest = from(start + length) {
                    found = [start + length] + rest
                    break
                }
            }
            memo[start] = found
            return found
        }
        return from(0)
    }
}
