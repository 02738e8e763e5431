import Templates

/// `url`, `abs_url` and `asset`: links a theme writes, made to honour the
/// site's base path and refused when they could run script.
enum LinkFilters {
    static func all(_ context: SiteFilters.Context) -> [Filter] {
        let urls = context.urls
        let assets = context.assets
        return [
            Filter("url", arguments: 0...0,
                   summary: "A site path as pages link to it, under base_url's path: `{{ \"/news/\" | url }}`; http, https, mailto, tel and relative links pass, other schemes are an error.") { input, _, _ throws(FilterError) in
                guard let link = try link(input, "url") else { return .none }
                return .text(link.hasPrefix("/") && !link.hasPrefix("//") ? urls.published(link) : link)
            },
            Filter("abs_url", arguments: 0...0,
                   summary: "The absolute URL of a site path, for feeds and sharing tags: `{{ page.url | abs_url }}` gives `https://www.cpd.go.th/news/`.") { input, _, _ throws(FilterError) in
                guard let link = try link(input, "abs_url") else { return .none }
                if LinkSafety.scheme(of: link) != nil || link.hasPrefix("//") { return .text(link) }
                return .text(urls.origin + urls.published(link.hasPrefix("/") ? link : "/" + link))
            },
            Filter("asset", arguments: 0...0,
                   summary: "The fingerprinted path of a theme asset, cacheable forever: `{{ \"style.css\" | asset }}` gives `/assets/style.3f2a1c9e.css`.") { input, _, _ throws(FilterError) in
                guard let name = input.textValue else { throw .needs("asset", "the name of a file in templates/assets/", got: input) }
                guard let path = assets.path(for: name) else {
                    throw FilterError("there is no asset \"\(name)\"", hint: "the assets are \(assets.names.joined(separator: ", "))")
                }
                return .text(urls.link(path))
            },
        ]
    }

    /// The link in `input`, checked: nil for none.
    private static func link(_ input: Value, _ filter: String) throws(FilterError) -> String? {
        if case .none = input { return nil }
        guard let link = input.textValue else { throw .needs(filter, "text", got: input) }
        if let scheme = LinkSafety.scheme(of: link), !LinkSafety.allowedSchemes.contains(scheme) {
            throw FilterError("\"\(filter)\" refuses a \(scheme): link", hint: "links may be http, https, mailto, tel or a path in the site")
        }
        return link
    }
}

/// Which links may appear in a page (templates.md, quality.md).
enum LinkSafety {
    static let allowedSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    /// The lower-cased scheme of `link` (`JavaScript:alert(1)` → `javascript`),
    /// ignoring the white space and control characters browsers ignore;
    /// nil for a path or a fragment.
    static func scheme(of link: String) -> String? {
        var scheme = ""
        for scalar in link.unicodeScalars {
            if scalar.value <= 0x20 { continue }
            if scalar == ":" { return scheme.isEmpty ? nil : scheme }
            guard scalar.isASCII, scalar.properties.isAlphabetic || (!scheme.isEmpty && "0123456789+-.".unicodeScalars.contains(scalar)) else {
                return nil
            }
            scheme.unicodeScalars.append(Unicode.Scalar(UInt8(scalar.value) | (scalar.properties.isUppercase ? 0x20 : 0)))
        }
        return nil
    }
}
