/// A problem with a pinyin reading of some hanzi.
public struct PinyinProblem: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case invalidSyllable = "pinyin-syllable"
        case misplacedMark = "pinyin-tone-mark"
        case count = "pinyin-count"
        case notAReading = "pinyin-reading"
        case wordReading = "pinyin-word"
    }

    public let kind: Kind
    /// 1-based column in the pinyin text.
    public let column: Int
    public let message: String
    /// The whole reading as it should be, tone-marked, when one can be worked out.
    public let suggestion: String?

    public var code: String { kind.rawValue }
}

/// Checks pinyin against hanzi (DESIGN.md §4): valid syllables with well-placed tone marks,
/// one syllable per Han character (other characters skipped), each a reading of its
/// character, and known word readings of polyphonic characters winning over character readings.
public enum PinyinChecker {
    public static func check(pinyin: String, hanzi: String) -> [PinyinProblem] {
        let written = PinyinText.parse(pinyin)
        let han = hanzi.unicodeScalars.filter(isHan)
        let expected = expectedReadings(han: Array(han), written: written)
        let suggestion = expected.map { suggest($0, like: written) }
        var problems: [PinyinProblem] = []

        for syllable in written {
            if syllable.syllable == nil {
                problems.append(PinyinProblem(kind: .invalidSyllable, column: syllable.column,
                                              message: "\"\(syllable.text)\" is not a Mandarin syllable", suggestion: suggestion))
            } else if syllable.misplacedMark {
                let right = syllable.syllable!.marked
                problems.append(PinyinProblem(kind: .misplacedMark, column: syllable.column,
                                              message: "tone mark misplaced in \"\(syllable.text)\": write \"\(right)\"",
                                              suggestion: suggestion))
            }
        }
        guard problems.isEmpty else { return problems }
        guard written.count == han.count else {
            let syllables = "\(written.count) syllable\(written.count == 1 ? "" : "s")"
            let characters = "\(han.count) Han character\(han.count == 1 ? "" : "s")"
            return [PinyinProblem(kind: .count, column: written.first?.column ?? 1,
                                  message: "pinyin \"\(pinyin)\" has \(syllables), \(hanzi) has \(characters)",
                                  suggestion: suggestion)]
        }
        for (index, (syllable, character)) in zip(written, han).enumerated() {
            let reading = syllable.syllable!
            if let word = expected?[index], word.fromWord, !sameReading(reading, word.syllable) {
                problems.append(PinyinProblem(
                    kind: .wordReading, column: syllable.column,
                    message: "\(word.word) reads \(word.wordReading); \"\(syllable.text)\" does not match \(Character(character))",
                    suggestion: suggestion))
            } else if !Readings.of(character).isEmpty, !Readings.of(character).contains(where: { sameReading(reading, $0) }) {
                let known = Readings.of(character).map(\.marked).joined(separator: ", ")
                problems.append(PinyinProblem(
                    kind: .notAReading, column: syllable.column,
                    message: "\"\(syllable.text)\" is not a reading of \(Character(character)) (readings: \(known))",
                    suggestion: suggestion))
            }
        }
        return problems
    }

    /// A toneless (neutral) syllable matches any tone of the same letters.
    static func sameReading(_ written: Syllable, _ known: Syllable) -> Bool {
        written.letters == known.letters && (written.tone == known.tone || written.tone == 5)
    }

    struct Expected {
        let syllable: Syllable
        let fromWord: Bool
        let word: String
        let wordReading: String
    }

    /// The reading each character should have: from the word table where a known word
    /// covers it, else the written syllable if it is a reading, else the most frequent one.
    static func expectedReadings(han: [Unicode.Scalar], written: [WrittenSyllable]) -> [Expected]? {
        var expected: [Expected?] = Array(repeating: nil, count: han.count)
        var i = 0
        while i < han.count {
            var matched = false
            for length in stride(from: min(Readings.longestWord, han.count - i), through: 2, by: -1) {
                let word = String(String.UnicodeScalarView(han[i..<i + length]))
                guard let syllables = Readings.wordSyllables[word] else { continue }
                let shown = syllables.map(\.marked).joined()
                for (k, syllable) in syllables.enumerated() {
                    expected[i + k] = Expected(syllable: syllable, fromWord: true, word: word, wordReading: shown)
                }
                i += length
                matched = true
                break
            }
            if !matched { i += 1 }
        }
        for (index, character) in han.enumerated() where expected[index] == nil {
            let readings = Readings.of(character)
            let mine = index < written.count ? written[index].syllable : nil
            // The written syllable if it is a reading (with its tone filled in when it has none).
            let pick = mine.flatMap { m in readings.first { $0 == m } ?? readings.first { sameReading(m, $0) } } ?? readings.first
            guard let pick else { return nil }
            expected[index] = Expected(syllable: pick, fromWord: false, word: "", wordReading: "")
        }
        return expected.map { $0! }
    }

    /// The expected syllables written the way the user wrote theirs: the same words and
    /// capitals when the counts agree, otherwise as one word.
    static func suggest(_ expected: [Expected], like written: [WrittenSyllable]) -> String {
        guard written.count == expected.count else {
            let joined = expected.map(\.syllable.marked).joined()
            return written.first?.capitalized == true ? joined.prefix(1).uppercased() + joined.dropFirst() : joined
        }
        var out = ""
        for (index, (syllable, mine)) in zip(expected.map(\.syllable), written).enumerated() {
            var text = syllable.marked
            if mine.capitalized { text = text.prefix(1).uppercased() + text.dropFirst() }
            if index > 0 {
                if mine.startsWord { out += " " } else if "aoeê".contains(syllable.letters.first!) { out += "'" }
            }
            out += text
        }
        return out
    }

    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x323AF, 0x3007: return true
        default: return false
        }
    }
}
