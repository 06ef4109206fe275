/// Hanzi annotated with pinyin in `<ruby>`, one `<rt>` per Han character, `<rp>` parentheses
/// for browsers without ruby support, and `lang` on both scripts (DESIGN.md §4).
public enum Ruby {
    /// `<ruby lang="zh-Hans">中<rp>(</rp><rt lang="zh-Latn-pinyin">Zhōng</rt><rp>)</rp>…</ruby>`.
    /// Non-Han characters stand unannotated. When the syllables do not match the characters
    /// one to one, the pinyin follows the hanzi as a whole.
    public static func html(hanzi: String, pinyin: String) -> String {
        let syllables = PinyinText.parse(pinyin)
        let hanCount = hanzi.unicodeScalars.filter(PinyinChecker.isHan).count
        var out = "<ruby lang=\"zh-Hans\">"
        guard syllables.count == hanCount else {
            return out + escape(hanzi) + "<rp>(</rp><rt lang=\"zh-Latn-pinyin\">\(escape(pinyin))</rt><rp>)</rp></ruby>"
        }
        var next = syllables.makeIterator()
        for scalar in hanzi.unicodeScalars {
            out += escape(String(scalar))
            if PinyinChecker.isHan(scalar), let syllable = next.next() {
                out += "<rp>(</rp><rt lang=\"zh-Latn-pinyin\">\(escape(display(syllable)))</rt><rp>)</rp>"
            }
        }
        return out + "</ruby>"
    }

    /// The syllable as written, normalised to composed tone marks.
    static func display(_ syllable: WrittenSyllable) -> String {
        guard let reading = syllable.syllable, !syllable.misplacedMark else { return syllable.text }
        let marked = reading.marked
        return syllable.capitalized ? marked.prefix(1).uppercased() + marked.dropFirst() : marked
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
