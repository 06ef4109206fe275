import Foundation

/// Makes heading ids: ASCII slugs for Latin text, CJK characters kept as they are.
public enum Slug {
    /// The slug of `text`: lowercase ASCII letters and digits (accents dropped) and CJK
    /// characters; every other run of characters becomes a single `-`.
    public static func make(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return makeASCII(text) }
        var out = String.UnicodeScalarView()
        var pendingDash = false
        for scalar in text.unicodeScalars {
            guard let kept = slugScalars(scalar) else {
                pendingDash = true
                continue
            }
            if pendingDash && !out.isEmpty { out.append("-") }
            pendingDash = false
            out.append(contentsOf: kept)
        }
        return String(out)
    }

    /// The same for ASCII text, a byte at a time.
    private static func makeASCII(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingDash = false
        for byte in text.utf8 {
            var kept = byte
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): break
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): kept = byte + 32
            default:
                pendingDash = true
                continue
            }
            if pendingDash && !out.isEmpty { out.append(UInt8(ascii: "-")) }
            pendingDash = false
            out.append(kept)
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func slugScalars(_ scalar: Unicode.Scalar) -> [Unicode.Scalar]? {
        switch scalar {
        case "a"..."z", "0"..."9": return [scalar]
        case "A"..."Z": return [Unicode.Scalar(scalar.value + 32)!]
        case _ where CJK.isCJK(scalar) && !CJK.isPunctuation(scalar): return [scalar]
        case _ where !scalar.isASCII && scalar.properties.isAlphabetic:
            // é → e: keep the ASCII letters of the compatibility decomposition.
            let ascii = String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars
                .filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
                .flatMap { slugScalars($0) ?? [] }
            return ascii.isEmpty ? nil : ascii
        default: return nil
        }
    }
}

/// Hands out unique ids within one page: the second "Summary" becomes `summary-1`.
public struct SlugSet: Sendable {
    private var used: Set<String>
    public init(reserved: [String] = []) { used = Set(reserved) }

    public mutating func unique(for text: String, fallback: String = "section") -> String {
        var base = Slug.make(text)
        if base.isEmpty { base = fallback }
        var candidate = base
        var n = 1
        while used.contains(candidate) {
            candidate = "\(base)-\(n)"
            n += 1
        }
        used.insert(candidate)
        return candidate
    }
}
