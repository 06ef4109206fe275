import Foundation

/// A date at the precision it was written: a year, a month or a day.
public struct PartialDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int?
    public let day: Int?

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking that the day exists.
    public init?(_ text: String) {
        // YYYY, YYYY-MM or YYYY-MM-DD: ASCII digits with dashes at 4 and 7.
        let bytes = Array(text.utf8)
        guard [4, 7, 10].contains(bytes.count) else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                guard bytes[i] >= 0x30, bytes[i] <= 0x39 else { return nil }
                value = value * 10 + Int(bytes[i] - 0x30)
            }
            return value
        }
        guard let year = number(0..<4) else { return nil }
        var month: Int?, day: Int?
        if bytes.count >= 7 {
            guard bytes[4] == UInt8(ascii: "-"), let value = number(5..<7) else { return nil }
            month = value
        }
        if bytes.count == 10 {
            guard bytes[7] == UInt8(ascii: "-"), let value = number(8..<10) else { return nil }
            day = value
        }
        (self.year, self.month, self.day) = (year, month, day)
        if let month, !(1...12).contains(month) { return nil }
        if let month, let day, !(1...Self.days(in: month, of: year)).contains(day) { return nil }
    }

    public static func days(in month: Int, of year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// As written, for `<time datetime>`.
    public var description: String {
        func padded(_ number: Int, _ width: Int) -> String {
            let digits = String(number)
            return number < 0 || digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
        }
        var text = padded(year, 4)
        if let month { text += "-" + padded(month, 2) }
        if let day { text += "-" + padded(day, 2) }
        return text
    }

    public static func < (a: PartialDate, b: PartialDate) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }
}
