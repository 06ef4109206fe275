import Testing
@testable import Site

/// Paths of relative links, resolved against the linking page's folder.
struct LinkPathTests {
    @Test(arguments: [
        ("content/guide/../about.md", "content/about.md"),
        ("content/guide/./intro.md", "content/guide/intro.md"),
        ("content//guide///intro.md", "content/guide/intro.md"),
        ("content/a/b/../../c/d.md", "content/c/d.md"),
        ("content/a/b/../../../content/x.md", "content/x.md"),
        ("content/guide/数据.zh.md", "content/guide/数据.zh.md"),
        ("content/guide/intro.md/", "content/guide/intro.md"),
    ])
    func normalizes(_ input: String, _ expected: String) {
        #expect(PageLinks.normalize(input) == expected)
    }

    @Test(arguments: ["content/../../etc/passwd", "content/../site.yml", "../content/x.md", "content/guide/../../.."])
    func refusesPathsOutsideContent(_ input: String) {
        #expect(PageLinks.normalize(input) == nil)
    }
}
