// swift-tools-version: 6.0
//
// Khao: one library module per pipeline stage, arrows pointing down only
// (see shared spec architecture.md).
import PackageDescription

let package = Package(
    name: "Khao",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "khao", targets: ["KhaoCLI"]),
        .library(name: "Thai", targets: ["Thai"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // Debian's ICU, seen only by the C shim: its headers clash with
        // Foundation's private copy of ICU when imported into Swift.
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev"])]
        ),
        .target(name: "ICUShim", dependencies: ["CICU"]),
        .target(name: "Thai", dependencies: ["ICUShim"]),
        .target(name: "Diagnostics"),
        .target(name: "Content", dependencies: ["Thai", "Diagnostics", "FileSystemShim", .product(name: "Yams", package: "Yams")]),
        // Knows nothing of news, plans or Thai: the site registers its own
        // filters and exposes its models through TemplateObject.
        .target(name: "Templates", dependencies: ["Diagnostics"]),
        // Debian's libcmark, the CommonMark reference implementation.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "Markdown", dependencies: ["CCmark", "Thai"]),
        // The build: pages, lists, feeds, the writer. Renders, never parses files.
        .target(name: "Site", dependencies: ["Content", "Templates", "Markdown", "Thai", "Diagnostics", "BundledFiles", "FileSystemShim"]),
        // The Linux calls Glibc hides behind _GNU_SOURCE (renameat2, syncfs,
        // copy_file_range), for the writer's swap and durability.
        .target(name: "FileSystemShim"),
        // PDFs of the built pages through headless Chromium, with the page
        // numbers of contents lists read back from the PDF (`khao pdf`).
        .target(name: "Print", dependencies: []),
        .target(name: "Serve", dependencies: ["Site", "Diagnostics", .product(name: "FlyingFox", package: "FlyingFox")]),
        // The default theme (templates/) and the example site (content/),
        // compiled into the binary so that a copied `khao` still has them.
        // Theme and Example are links to those folders, excluded from the
        // sources: they make SwiftPM plan again (and rerun the plugin) when
        // a file is added or deleted there (see Plugins/EmbedFiles).
        .target(name: "BundledFiles", exclude: ["Theme", "Example"], plugins: ["EmbedFiles"]),
        .plugin(name: "EmbedFiles", capability: .buildTool(), dependencies: ["embed-files"]),
        .executableTarget(name: "embed-files"),
        .executableTarget(
            name: "KhaoCLI",
            dependencies: [
                "BundledFiles", "Content", "Diagnostics", "Print", "Serve", "Site", "Thai",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "thai-throughput",
            dependencies: ["Content", "Thai"],
            path: "Benchmarks/ThaiThroughput"
        ),
        .executableTarget(
            name: "template-render",
            dependencies: ["Templates"],
            path: "Benchmarks/TemplateRender"
        ),
        .executableTarget(
            name: "markdown-render",
            dependencies: ["Markdown", "Content", "CCmark"],
            path: "Benchmarks/MarkdownRender"
        ),
        .executableTarget(
            name: "search-recall",
            dependencies: ["Content", "Markdown", "Thai", "SearchClient", "TestSupport"],
            path: "Benchmarks/SearchRecall"
        ),
        .executableTarget(
            name: "write-files",
            dependencies: ["Site"],
            path: "Benchmarks/WriteFiles"
        ),
        // Fuzz targets (scripts/fuzz builds them with libFuzzer); an
        // ordinary build makes a replayer of saved inputs.
        .executableTarget(
            name: "khao-fuzz",
            dependencies: ["Content", "Templates", "Markdown", "Thai"],
            path: "Fuzz/Targets"
        ),
        // The corpus scripts/bench builds: Foundation only, so the
        // benchmark needs nothing but the package.
        .executableTarget(
            name: "bench-corpus",
            dependencies: ["Content", "TestSupport"],
            path: "Benchmarks/GenerateCorpus"
        ),

        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .target(name: "SearchClient", dependencies: ["Thai"], path: "Tests/SearchClient"),
        .testTarget(name: "ThaiTests", dependencies: ["Thai", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "TemplatesTests", dependencies: ["Templates", "Diagnostics", "TestSupport"]),
        .testTarget(name: "ContentTests", dependencies: ["Content", "Thai", "Diagnostics", "TestSupport"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "SiteTests", dependencies: ["Site", "Content", "Templates", "Thai", "TestSupport", "SearchClient", "BundledFiles", "embed-files"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "PrintTests", dependencies: ["Print", "TestSupport"]),
        .testTarget(name: "ServeTests", dependencies: ["Serve", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["KhaoCLI", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
