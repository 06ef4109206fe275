/// A 64-bit hash (FNV-1a-like, a word at a time) whose value is the same in every process (Swift's `Hasher` is
/// seeded per process), for the build cache's keys. Not for security.
public struct StableHasher: Sendable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public mutating func combine(_ bytes: UnsafeRawBufferPointer) {
        // Eight bytes a step: xor, multiply by an odd constant, rotate. Each step is a bijection
        // of the state, so two inputs that differ in one word never hash alike.
        var state = value
        var i = 0
        let count = bytes.count
        while i + 8 <= count {
            let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            state = (state ^ word) &* 0x9E37_79B9_7F4A_7C15
            state = (state << 29) | (state >> 35)
            i += 8
        }
        while i < count {
            state = (state ^ UInt64(bytes[i])) &* 0x0000_0100_0000_01b3
            i += 1
        }
        value = state
    }

    public mutating func combine(_ number: UInt64) {
        withUnsafeBytes(of: number.littleEndian) { combine($0) }
    }

    public mutating func combine(_ number: Int) { combine(UInt64(bitPattern: Int64(number))) }

    /// The text's bytes and its length, so that `("ab", "c")` and `("a", "bc")` differ.
    public mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { combine(UnsafeRawBufferPointer($0)) }
        combine(text.utf8.count)
    }

    public mutating func combine(_ text: Substring) { combine(String(text)) }

    public static func hash(_ text: String) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(text)
        return hasher.value
    }

    public static func hash(_ bytes: [UInt8]) -> UInt64 {
        var hasher = StableHasher()
        bytes.withUnsafeBytes { hasher.combine($0) }
        hasher.combine(bytes.count)
        return hasher.value
    }
}
