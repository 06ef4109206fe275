import ArgumentParser
import Foundation
import Templates

struct Init: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a new site in DIR from the embedded default templates and a sample page.")

    @Argument(help: "The folder to create; it must not exist or be empty.")
    var directory: String

    @Flag(name: .long, help: "Leave out templates/: the site then uses the embedded theme, which newer versions may improve.")
    var noTemplates = false

    func validate() throws {
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        if !contents.isEmpty { throw ValidationError("\(directory) exists and is not empty") }
    }

    func run() async throws {
        let root = URL(fileURLWithPath: directory)
        var files = SampleSite.files
        if !noTemplates { files.merge(Theme.defaultFiles) { a, _ in a } }
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        print("Created a site in \(directory) (\(files.count) files). Build it with: policysite build --root \(directory)\n"
              + "To check and rebuild it on every commit: git init, then policysite hooks install --root \(directory)")
    }
}

enum SampleSite {
    static let files: [String: String] = [
        ".gitignore": """
        # Built by policysite: the site and the incremental build cache.
        site/
        .build-site/

        """,
        "content/site.yml": """
        title: {en: My policy explainer, zh: 我的政策解读}
        description: {en: Explaining Chinese policy in two languages., zh: 用两种语言解读中国政策。}
        baseURL: https://example.org/
        languages: [en, zh]
        markdown:
          unsafeHTML: false

        """,
        "content/index.md": """
        ---
        title: My policy explainer
        description: Explaining Chinese policy in English and Chinese.
        ---

        Welcome. Start with [the sample page](policies/sample.md).

        """,
        "content/index.zh.md": """
        ---
        title: 我的政策解读
        description: 用中英两种语言解读中国政策。
        ---

        欢迎。请先阅读[示例页面](policies/sample.zh.md)。

        """,
        "content/policies/sample.md": """
        ---
        title: A sample page
        description: What a page looks like.
        date: 2025-08-05
        weight: 10
        ---

        ## What it says

        Write Markdown here. Link other pages by their source file, like [the home page](../index.md),
        and sections by their heading, like [below](#what-it-means).

        ## What it means

        | Column | Another |
        | ------ | ------- |
        | Tables | work    |

        """,
        "content/policies/sample.zh.md": """
        ---
        title: 示例页面
        description: 页面的样子。
        date: 2025-08-05
        weight: 10
        ---

        ## 文件内容

        在这里写 Markdown。用源文件链接其他页面，例如[首页](../index.zh.md)；
        用标题链接章节，例如[下文](#含义)。

        ## 含义

        | 列 | 另一列 |
        | -- | ------ |
        | 表格 | 可用 |

        """,
        "content/static/.gitkeep": "",
    ]
}
