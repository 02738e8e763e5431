import Content
import Foundation
import Templates
import Thai

/// The filters the site adds to the engine's (templates.md): Thai dates,
/// digits and money, words, links. Each closes over what it needs of the
/// site (digit style, base URL, asset names), so templates stay data-only.
///
/// ```
/// {{ page.date | thai_date("full") }}       วันพฤหัสบดีที่ 20 กันยายน พ.ศ. 2555
/// {{ project.budget | baht }}               12,500,000 บาท
/// {{ "/news/" | url }}                      /news/   (or /khao/news/ under a base path)
/// ```
public enum SiteFilters {
    /// The standard filters plus the site's, for a site with `configuration`.
    public static func registry(configuration: SiteConfiguration, urls: SiteURLs, assets: AssetNames) -> FilterRegistry {
        var registry = FilterRegistry.standard
        let context = Context(configuration: configuration, urls: urls, assets: assets)
        for filter in DateAndNumberFilters.all(context) + WordFilters.all + LinkFilters.all(context) {
            registry.register(filter)
        }
        return registry
    }

    /// What the filters know of the site.
    struct Context: Sendable {
        let configuration: SiteConfiguration
        let urls: SiteURLs
        let assets: AssetNames
    }
}

extension Value {
    /// Text of a value that a text filter may take: text, HTML (as written)
    /// or a number in its printed form.
    var filterText: String? {
        switch self {
        case .text(let text), .safe(let text): text
        case .integer, .decimal: printedText
        default: nil
        }
    }
}
