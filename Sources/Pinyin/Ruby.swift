import Foundation

/// Hanzi annotated with pinyin in `<ruby>`: one `<rt>` per pinyin word over the characters
/// it reads (per word rather than per character, so long syllables do not pull the
/// characters apart), `<rp>` parentheses for browsers without ruby support, and `lang` on
/// both scripts (DESIGN.md §4).
public enum Ruby {
    /// `<ruby lang="zh-Hans">中国<rp>(</rp><rt lang="zh-Latn-pinyin">Zhōngguó</rt><rp>)</rp>…</ruby>`.
    /// Non-Han characters stand unannotated. When the syllables do not match the characters
    /// one to one, the pinyin follows the hanzi as a whole.
    public static func html(hanzi: String, pinyin: String) -> String {
        let key = hanzi + "\u{0}" + pinyin
        if let known = memo.value(key) { return known }
        let made = make(hanzi: hanzi, pinyin: pinyin)
        memo.store(made, for: key)
        return made
    }

    /// Glossary terms are annotated on every page that mentions them: made once each.
    private static let memo = Memo()

    private final class Memo: @unchecked Sendable {
        private var table: [String: String] = [:]
        private let lock = NSLock()
        func value(_ key: String) -> String? { lock.withLock { table[key] } }
        func store(_ value: String, for key: String) { lock.withLock { table[key] = value } }
    }

    static func make(hanzi: String, pinyin: String) -> String {
        let syllables = PinyinText.parse(pinyin)
        let scalars = Array(hanzi.unicodeScalars)
        let hanCount = scalars.filter(PinyinChecker.isHan).count
        var out = "<ruby lang=\"zh-Hans\">"
        guard syllables.count == hanCount, hanCount > 0 else {
            return out + escape(hanzi) + "<rp>(</rp><rt lang=\"zh-Latn-pinyin\">\(escape(pinyin))</rt><rp>)</rp></ruby>"
        }
        var words: [[WrittenSyllable]] = []
        for syllable in syllables {
            if syllable.startsWord || words.isEmpty { words.append([syllable]) } else { words[words.count - 1].append(syllable) }
        }
        var index = 0
        for word in words {
            var base = ""
            var remaining = word.count
            while index < scalars.count, remaining > 0 || !PinyinChecker.isHan(scalars[index]) && base.isEmpty {
                if PinyinChecker.isHan(scalars[index]) { remaining -= 1 }
                base.unicodeScalars.append(scalars[index])
                index += 1
            }
            let reading = word.enumerated().map { offset, syllable in
                let shown = display(syllable)
                return offset > 0 && "aoeê".contains(syllable.letters.first ?? "x") ? "'" + shown : shown
            }.joined()
            out += escape(base) + "<rp>(</rp><rt lang=\"zh-Latn-pinyin\">\(escape(reading))</rt><rp>)</rp>"
        }
        // Trailing characters without a reading (the + of 人工智能+) stand after the ruby.
        out += "</ruby>"
        if index < scalars.count { out += escape(String(String.UnicodeScalarView(scalars[index...]))) }
        return out
    }

    /// The syllable as written, normalised to composed tone marks.
    static func display(_ syllable: WrittenSyllable) -> String {
        guard let reading = syllable.syllable, !syllable.misplacedMark else { return syllable.text }
        let marked = reading.marked
        return syllable.capitalized ? marked.prefix(1).uppercased() + marked.dropFirst() : marked
    }

    static func escape(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for character in s.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }
}
