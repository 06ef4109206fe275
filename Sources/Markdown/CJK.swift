/// Character classes for Chinese, Japanese and Korean text.
public enum CJK {
    /// Han ideographs, in every Unicode block that holds them.
    public static func isHan(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF,
             0x20000...0x2A6DF, 0x2A700...0x2EBEF, 0x2F800...0x2FA1F, 0x30000...0x323AF:
            return true
        case 0x3007: return true  // 〇
        default: return false
        }
    }

    /// CJK symbols and punctuation, full-width forms and the like: no space belongs next to them.
    public static func isPunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3000...0x303F, 0xFF00...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65,
             0xFE30...0xFE4F, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x2014:
            return s.value != 0x3007
        default: return false
        }
    }

    /// Any character of CJK writing: Han, kana, Hangul, bopomofo, CJK punctuation.
    public static func isCJK(_ s: Unicode.Scalar) -> Bool {
        if isHan(s) { return true }
        switch s.value {
        case 0x3000...0x30FF, 0x3100...0x312F, 0x31A0...0x31FF, 0xAC00...0xD7AF, 0x1100...0x11FF,
             0xFF00...0xFF65:
            return true
        default: return false
        }
    }

    /// Whether a soft line break between these two characters should vanish rather than
    /// become a space. Curly quotes and dashes are shared with Latin text, so they count
    /// only when the character on the other side is CJK too.
    static func joinsWithoutSpace(_ before: Unicode.Scalar, _ after: Unicode.Scalar) -> Bool {
        let strongBefore = isCJK(before), strongAfter = isCJK(after)
        if strongBefore && strongAfter { return true }
        let sharedBefore = isPunctuation(before) && !strongBefore
        let sharedAfter = isPunctuation(after) && !strongAfter
        return (strongBefore && sharedAfter) || (sharedBefore && strongAfter)
    }
}
