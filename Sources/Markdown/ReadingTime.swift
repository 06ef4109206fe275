/// How long a page takes to read when it mixes Chinese and English.
///
/// Han characters and English words are counted apart and timed at their own rates, so a
/// mixed page is timed as neither all-Chinese nor all-English. The rates are typical silent
/// reading speeds for adult readers: about 260 Han characters and 230 English words a minute.
public struct ReadingTime: Sendable, Equatable {
    public static let hanPerMinute = 260.0
    public static let wordsPerMinute = 230.0

    public private(set) var hanCharacters = 0
    public private(set) var words = 0

    public init() {}

    public init(counting text: String) { add(text) }

    /// Whole minutes, rounded up, never less than one for a page with any text.
    public var minutes: Int {
        let exact = Double(hanCharacters) / Self.hanPerMinute + Double(words) / Self.wordsPerMinute
        return exact == 0 ? 0 : max(1, Int(exact.rounded(.up)))
    }

    /// Counts the Han characters and the words written in letters or digits of `text`.
    public mutating func add(_ text: String) {
        var inWord = false
        for scalar in text.unicodeScalars {
            if scalar.isASCII {  // most of an English page: no Unicode property lookups
                let v = scalar.value
                if (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) {
                    if !inWord { words += 1 }
                    inWord = true
                } else if (v != 0x27 && v != 0x2D) || !inWord {
                    inWord = false
                }
                continue
            }
            if CJK.isHan(scalar) {
                hanCharacters += 1
                inWord = false
            } else if scalar.properties.isAlphabetic && !CJK.isCJK(scalar) || ("0"..."9").contains(scalar) {
                if !inWord { words += 1 }
                inWord = true
            } else if scalar != "'" && scalar != "’" && scalar != "-" || !inWord {
                inWord = false
            }
        }
    }

    public static func + (a: ReadingTime, b: ReadingTime) -> ReadingTime {
        var sum = a
        sum.hanCharacters += b.hanCharacters
        sum.words += b.words
        return sum
    }
}
