import Content
import Foundation
import Templates
import Thai

/// One page to render: where it goes, with which template, seeing what.
struct RenderJob: Sendable {
    let path: String
    let template: String
    let context: [String: Value]

    /// The same job, seeing `value` as `name` too.
    func adding(_ name: String, _ value: Value) -> RenderJob {
        var context = context
        context[name] = value
        return RenderJob(path: path, template: template, context: context)
    }
}

/// Every HTML page of the site (layout.md's output tree), in a fixed order.
enum PagePlan {
    /// Releases on the home page.
    static let latestCount = 10

    /// The search page's `search_index`, the site path of the index's
    /// manifest, is added when the index is made (``RenderJob/adding(_:_:)``).
    /// With `linkPDFs`, print documents get `pdf_url`, where `khao pdf` puts their PDF.
    static func jobs(_ model: SiteModel, linkPDFs: Bool = false) -> [RenderJob] {
        let directory = model.directory
        let configuration = directory.configuration
        let perPage = configuration.perPage
        let site = Value.object(model.site)
        var jobs = [RenderJob]()

        func add(_ path: String, _ template: String, _ page: some TemplateObject, _ extra: [String: Value] = [:]) {
            var context = extra
            context["site"] = site
            context["page"] = .object(page)
            if linkPDFs && SiteURLs.isPrintDocument(path) {
                context["pdf_url"] = .text(directory.urls.link(SiteURLs.pdf(for: path)))
            }
            jobs.append(RenderJob(path: path, template: template, context: context))
        }
        func page(_ kind: String, _ title: String, _ description: String, _ path: String, section: String? = nil, jsonLD: Value = .none) -> PageObject {
            PageObject(kind: kind, title: title, description: description, path: path, section: section, jsonLD: jsonLD, directory: directory)
        }
        func paginated(_ kind: String, _ title: String, _ description: String, _ indices: [Int], base: String, section: String,
                       template: String = "list.html", _ extra: [String: Value] = [:]) {
            for pagination in PaginationObject.pages(of: indices, perPage: perPage, base: base, directory: directory) {
                let numbered = pagination.number == 1 ? title : "\(title) (หน้า \(pagination.number))"
                var context = extra
                context["pagination"] = .object(pagination)
                add(pagination.path, template, page(kind, numbered, description, pagination.path, section: section), context)
            }
        }

        let all = Array(directory.releases.indices)
        add(SiteURLs.home, "home.html", page("home", configuration.title, homeDescription(configuration), SiteURLs.home,
                                             jsonLD: organisationJSONLD(directory)),
            ["latest": directory.releases(Array(all.prefix(latestCount)))])
        paginated("news", "ข่าวประชาสัมพันธ์", "ข่าวประชาสัมพันธ์ทั้งหมดของ\(configuration.title) เรียงจากใหม่ไปเก่า", all,
                  base: SiteURLs.news, section: SiteURLs.news)
        for year in directory.years {
            paginated("archive", "ข่าวประจำปี พ.ศ. \(year.year)", "ข่าวประชาสัมพันธ์ของ\(configuration.title) ปี พ.ศ. \(year.year)",
                      year.releaseIndices, base: year.path, section: SiteURLs.news, ["year": .object(year)])
        }
        add(SiteURLs.tags, "tags.html", page("tags", "ป้ายกำกับข่าว", "ป้ายกำกับของข่าวประชาสัมพันธ์ทั้งหมด", SiteURLs.tags,
                                             section: SiteURLs.news))
        for tag in directory.tags {
            paginated("tag", "ข่าวป้ายกำกับ “\(tag.name)”", "ข่าวประชาสัมพันธ์ที่มีป้ายกำกับ \(tag.name)", tag.releaseIndices,
                      base: tag.path, section: SiteURLs.news, ["tag": .object(tag)])
        }
        add(SiteURLs.bureaus, "bureaus.html", page("bureaus", "หน่วยงาน", "หน่วยงานในสังกัด\(configuration.title)", SiteURLs.bureaus))
        for bureau in directory.bureaus {
            paginated("bureau", bureau.bureau.name, "ข่าวและโครงการของ\(bureau.bureau.name)", bureau.releaseIndices,
                      base: bureau.path, section: SiteURLs.bureaus, template: "bureau.html", ["bureau": .object(bureau)])
        }
        for release in directory.releases {
            add(release.url, "release.html", release)
            add(SiteURLs.printable(release: release.url), "release-print.html", release)
        }
        for plan in directory.plans {
            add(plan.path, "plan.html", page("plan", plan.plan.title, "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. \(plan.plan.fiscalYear.year)",
                                             plan.path), ["plan": .object(plan)])
            let brief = SiteURLs.brief(year: plan.plan.fiscalYear.year)
            add(brief, "brief.html", page("brief", plan.plan.title, "เอกสารสรุป\(plan.plan.title) สำหรับพิมพ์", brief, section: plan.path),
                ["plan": .object(plan)])
            for bureauBrief in plan.briefs {
                let bureau = bureauBrief.bureau.bureau.name
                add(bureauBrief.path, "bureau-brief.html",
                    page("brief", "\(bureau): \(plan.plan.title)", "เอกสารสรุปงานของ\(bureau) ตาม\(plan.plan.title) สำหรับพิมพ์",
                         bureauBrief.path, section: plan.path),
                    ["plan": .object(plan), "brief": .object(bureauBrief)])
            }
            for project in plan.projects {
                add(project.path, "project.html", page("project", project.project.title,
                                                       "โครงการ \(project.project.id) ตามแผนปีงบประมาณ พ.ศ. \(plan.plan.fiscalYear.year)",
                                                       project.path, section: plan.path),
                    ["plan": .object(plan), "project": .object(project)])
            }
        }
        let sections = SiteSections.value(model)
        for standing in directory.pages {
            add(standing.path, standing.page.template ?? "page.html", standing, ["sections": sections])
        }
        add(SiteURLs.search, "search.html", page("search", "ค้นหา", "ค้นหาข่าวประชาสัมพันธ์และหน้าต่าง ๆ ในเว็บไซต์\(configuration.title)",
                                                 SiteURLs.search))
        add("/404.html", "404.html", page("404", "ไม่พบหน้าที่ต้องการ", "ไม่พบหน้าที่ต้องการในเว็บไซต์\(configuration.title)", "/404.html"))
        return jobs
    }

    private static func homeDescription(_ configuration: SiteConfiguration) -> String {
        [configuration.title, configuration.organisation.ministry].compactMap { $0 }.joined(separator: " ")
    }

    /// schema.org `GovernmentOrganization` for the home page.
    private static func organisationJSONLD(_ directory: Directory) -> Value {
        let configuration = directory.configuration
        var organisation: OrderedMap = [
            "@context": "https://schema.org", "@type": "GovernmentOrganization", "name": .text(configuration.title),
            "url": .text(directory.urls.absolute(SiteURLs.home)),
        ]
        if let english = configuration.titleEnglish { organisation["alternateName"] = .text(english) }
        if let phone = configuration.organisation.phone { organisation["telephone"] = .text(phone) }
        if let address = configuration.organisation.address { organisation["address"] = .text(address) }
        if let ministry = configuration.organisation.ministry {
            organisation["parentOrganization"] = ["@type": "GovernmentOrganization", "name": .text(ministry)]
        }
        return .map(organisation)
    }
}

/// The site's tree for the sitemap page (ผังเว็บไซต์), from what is really published.
enum SiteSections {
    static func value(_ model: SiteModel) -> Value {
        let directory = model.directory
        let urls = directory.urls
        func entry(_ title: String, _ path: String, _ children: [Value] = []) -> Value {
            ["title": .text(title), "url": .text(urls.link(path)), "children": .list(children)]
        }
        return .list([
            entry("หน้าแรก", SiteURLs.home),
            entry("ข่าวประชาสัมพันธ์", SiteURLs.news, directory.years.map { entry("ปี พ.ศ. \($0.year) (\($0.releaseIndices.count) ข่าว)", $0.path) }),
            entry("ป้ายกำกับข่าว", SiteURLs.tags),
            entry("หน่วยงาน", SiteURLs.bureaus, directory.bureaus.map { entry($0.bureau.name, $0.path) }),
        ] + directory.plans.reversed().map { plan in
            entry(plan.plan.title, plan.path, plan.projects.map { entry("\($0.project.id) \($0.project.title)", $0.path) })
        } + directory.pages.map { entry($0.page.title, $0.path) })
    }
}
