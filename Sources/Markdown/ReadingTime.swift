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
        var counter = Counter()
        var text = text
        text.withUTF8 { counter.add($0) }
        hanCharacters += counter.time.hanCharacters
        words += counter.time.words
    }

    /// Counts text handed over in pieces (a Markdown tree's text nodes), a word running on
    /// from one piece into the next, over UTF-8 bytes.
    struct Counter {
        private(set) var time = ReadingTime()
        private var inWord = false

        /// What a space between pieces does: ends the word.
        mutating func separate() { inWord = false }

        mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
            var i = 0
            let count = bytes.count
            while i < count {
                let byte = bytes[i]
                if byte < 0x80 {  // most of an English page: no Unicode property lookups
                    i += 1
                    if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) {
                        if !inWord { time.words += 1 }
                        inWord = true
                    } else if (byte != 0x27 && byte != 0x2D) || !inWord {
                        inWord = false
                    }
                    continue
                }
                // A scalar of 2 to 4 bytes (cmark and Swift strings hold valid UTF-8).
                var value: UInt32, length: Int
                if byte >= 0xF0 { value = UInt32(byte & 0x07); length = 4 }
                else if byte >= 0xE0 { value = UInt32(byte & 0x0F); length = 3 }
                else { value = UInt32(byte & 0x1F); length = 2 }
                var k = 1
                while k < length, i + k < count { value = value << 6 | UInt32(bytes[i + k] & 0x3F); k += 1 }
                i += length
                guard let scalar = Unicode.Scalar(value) else { inWord = false; continue }
                if CJK.isHan(scalar) {
                    time.hanCharacters += 1
                    inWord = false
                } else if !CJK.isCJK(scalar) && scalar.properties.isAlphabetic {  // CJK first: no property lookup for CJK punctuation
                    if !inWord { time.words += 1 }
                    inWord = true
                } else if scalar != "’" || !inWord {
                    inWord = false
                }
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
