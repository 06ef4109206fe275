// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "policysite",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "policysite", targets: ["policysite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // Replaces a cmark-gfm function that is not thread-safe (see CmarkThreads.c); the
        // symbol must be exported from each executable for the library to call ours.
        .target(
            name: "CmarkThreads",
            linkerSettings: [.unsafeFlags(["-Xlinker", "--export-dynamic-symbol=cmark_manage_extensions_special_characters"])]
        ),
        .target(name: "Markdown", dependencies: ["CCmarkGFM", "CmarkThreads"]),
        .target(name: "Pinyin"),
        .target(name: "Content", dependencies: ["Markdown", "Pinyin", .product(name: "Yams", package: "Yams")]),
        .target(name: "Templates", dependencies: ["Content"]),
        .target(name: "Site", dependencies: ["Content", "Markdown", "Templates"]),
        .target(name: "Preview", dependencies: [
            "Site", "Content", "Markdown", .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"), .product(name: "Logging", package: "swift-log"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
        ]),
        .executableTarget(name: "policysite", dependencies: [
            "Site", "Content", "Pinyin", "Preview",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
        .testTarget(name: "PinyinTests", dependencies: ["Pinyin"]),
        .testTarget(name: "ContentTests", dependencies: ["Content", .product(name: "Yams", package: "Yams")]),
        .testTarget(name: "SiteTests", dependencies: ["Site", "Content", "Templates"]),
        // swift-mustache is the reference our own Mustache renderer is compared with.
        .testTarget(name: "TemplatesTests", dependencies: ["Templates", .product(name: "Mustache", package: "swift-mustache")]),
        .testTarget(name: "PreviewTests", dependencies: [
            "Preview", .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
        ]),
    ]
)
