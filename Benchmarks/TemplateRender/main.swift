// Renders a typical release page 10,000 times with distinct data, on one
// core, in release mode:
//
//     swift run -c release template-render [pages]
//
// The page extends a base layout with header, navigation and footer, and
// lists 20 related releases. A benchmark, not a test.
import Foundation
import Templates

let pageCount = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 10_000

let base = """
    <!doctype html>
    <html lang="th">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{% block title %}{{ site.title }}{% endblock %}</title>
    <meta name="description" content="{{ page.summary | default(site.title) }}">
    <link rel="canonical" href="{{ site.base_url ~ page.url }}">
    <link rel="stylesheet" href="/assets/style.3f2a1c.css">
    </head>
    <body>
    <a class="skip" href="#main">ข้ามไปยังเนื้อหา</a>
    <header><a href="/">{{ site.title }}</a></header>
    <nav aria-label="เมนูหลัก"><ul>
    {%- for item in site.menu %}
      <li><a href="{{ item.url }}"{% if item.url == page.section %} aria-current="page"{% endif %}>{{ item.title }}</a></li>
    {%- endfor %}
    </ul></nav>
    <main id="main">{% block main %}{% endblock %}</main>
    <footer>{% include "partials/footer.html" %}</footer>
    </body>
    </html>
    """

let item = """
    {% extends "base.html" %}
    {% block title %}{{ page.title }} · {{ super() }}{% endblock %}
    {% block main %}
    <article>
      <h1>{{ page.title }}</h1>
      <p class="meta"><time datetime="{{ page.date | iso }}">{{ page.date | date("%d/%m/%Y") }}</time>
      {%- for bureau in page.bureaus %} · <a href="/bureaus/{{ bureau }}/">{{ bureau | upper }}</a>{% endfor %}</p>
      {% if page.summary %}<p class="lead">{{ page.summary }}</p>{% endif %}
      {{ page.body }}
      <p class="tags">{{ page.tags | join(", ") }}</p>
    </article>
    <aside><h2>ข่าวที่เกี่ยวข้อง</h2><ol>
    {%- for related in page.related %}
      <li{% if loop.first %} class="first"{% endif %}><a href="{{ related.url }}">{{ related.title }}</a> <time datetime="{{ related.date | iso }}">{{ related.date | date("%d/%m/%Y") }}</time></li>
    {%- endfor %}
    </ol></aside>
    {% endblock %}
    """

let footer = """
    <p>{{ site.title }} · {{ site.address }}</p><p>โทร. {{ site.phone }}</p>
    """

final class Page: TemplateObject, @unchecked Sendable {
    let title: String, summary: String, url: String, date: Date, body: String, tags: [String], bureaus: [String]
    // A model converts its lists once, not on every read.
    let tagValues: Value, bureauValues: Value
    // Set once, after every page exists; read-only while rendering.
    var related: Value = .list([])

    init(_ index: Int) {
        title = "ข่าวที่ \(index): กรมส่งเสริมสหกรณ์ประชุมหน่วยงานในสังกัด <\(index % 7)>"
        summary = "สรุปข่าวที่ \(index) เรื่องการพัฒนาสหกรณ์ & เครือข่าย"
        url = "/news/2555/news-\(index)/"
        date = Date(timeIntervalSince1970: 1_348_000_000 + Double(index) * 3_600)
        body = "<p>" + String(repeating: "เนื้อหาข่าวประชาสัมพันธ์ของกรมส่งเสริมสหกรณ์ ", count: 20) + "\(index)</p>"
        tags = ["สหกรณ์", "แผนปฏิบัติงาน", "บูรณาการ"].map { "\($0)\(index % 5)" }
        bureaus = [["ctt", "cbd", "fund", "cpd"][index % 4]]
        tagValues = tags.templateValue
        bureauValues = bureaus.templateValue
    }

    var typeName: String { "page" }
    var fieldNames: [String] { ["title", "summary", "url", "date", "body", "tags", "bureaus", "related", "section"] }

    func field(_ name: String) -> Value? {
        switch name {
        case "title": .text(title)
        case "summary": .text(summary)
        case "url": .text(url)
        case "date": .date(date)
        case "body": .safe(body)
        case "tags": tagValues
        case "bureaus": bureauValues
        case "related": related
        case "section": .text("/news/")
        default: nil
        }
    }
}

let site: Value = ([
    "title": .text("กรมส่งเสริมสหกรณ์"), "base_url": .text("https://www.cpd.go.th"),
    "address": .text("12 ถนนกรุงเกษม เขตพระนคร กรุงเทพมหานคร 10200"), "phone": .text("0 2241 5885"),
    "menu": .list(["หน้าแรก": "/", "ข่าว": "/news/", "แผนงาน": "/plans/2556/", "หน่วยงาน": "/bureaus/", "ค้นหา": "/search/", "ติดต่อ": "/contact/"]
        .sorted { $0.value < $1.value }.map { .map(["title": .text($0.key), "url": .text($0.value)]) }),
] as KeyValuePairs<String, Value>).templateValue

let pages = (0..<pageCount).map(Page.init)
for (index, page) in pages.enumerated() {
    page.related = .list((1...20).map { .object(pages[(index + $0 * 37) % pages.count]) })
}

let templates = try TemplateSet(sources: [
    TemplateSource(name: "base.html", path: "base.html", text: base),
    TemplateSource(name: "news/item.html", path: "news/item.html", text: item),
    TemplateSource(name: "partials/footer.html", path: "partials/footer.html", text: footer),
])
let environment = RenderEnvironment(timeZone: TimeZone(identifier: "Asia/Bangkok")!)

var output = [UInt8]()
var bytes = 0
let start = DispatchTime.now()
for page in pages {
    output.removeAll(keepingCapacity: true)
    try templates.render("news/item.html", ["page": .object(page), "site": site], environment: environment, into: &output)
    bytes += output.count
}
let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
print(String(format: "%d pages in %.3f s on one core: %.1f µs a page, %.1f KB a page",
             pageCount, seconds, seconds / Double(pageCount) * 1e6, Double(bytes) / Double(pageCount) / 1024))
