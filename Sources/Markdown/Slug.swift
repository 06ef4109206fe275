import Foundation

/// Makes heading ids: ASCII slugs for Latin text, CJK characters kept as they are.
public enum Slug {
    /// The slug of `text`: lowercase ASCII letters and digits (accents dropped) and CJK
    /// characters; every other run of characters becomes a single `-`.
    public static func make(_ text: String) -> String {
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
