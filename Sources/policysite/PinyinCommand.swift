import ArgumentParser
import Foundation
import Pinyin

struct PinyinCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pinyin",
        abstract: "Print pinyin with tone marks; with --hanzi, check it against the characters.",
        discussion: """
        Examples:
          policysite pinyin "Zhong1guo2 Ren2min2 Yin2hang2"    → Zhōngguó Rénmín Yínháng
          policysite pinyin Dachengshuju --hanzi 大数据          → pinyin-count, suggests Dàshùjù (exit 1)
        """)

    @Argument(help: "Pinyin with tone numbers (lv4se4, lu:4), tone marks, or neither.")
    var text: String

    @Option(name: .long, help: "The hanzi the pinyin is a reading of.")
    var hanzi: String?

    func run() async throws {
        let syllables = PinyinText.parse(text)
        print(Self.marked(syllables))
        guard let hanzi else {
            if syllables.contains(where: { $0.syllable == nil }) { throw ExitCode(1) }
            return
        }
        let problems = PinyinChecker.check(pinyin: text, hanzi: hanzi)
        for problem in problems {
            print("\(problem.column): error: \(problem.message) [\(problem.code)]")
        }
        if let suggestion = problems.first?.suggestion { print("note: suggestion: \(suggestion)") }
        if !problems.isEmpty { throw ExitCode(1) }
    }

    /// The text's syllables with tone marks, keeping its words and capitals.
    static func marked(_ syllables: [WrittenSyllable]) -> String {
        var out = ""
        for (index, written) in syllables.enumerated() {
            var text = written.syllable?.marked ?? written.text
            if written.capitalized { text = text.prefix(1).uppercased() + text.dropFirst() }
            if index > 0 {
                if written.startsWord { out += " " } else if "aoeê".contains(written.letters.first ?? "x") { out += "'" }
            }
            out += text
        }
        return out
    }
}
