import Foundation

/// The last part of a page's URL (layout.md): Thai letters keep their
/// marks, Latin letters are lower-cased, spaces and punctuation become `-`,
/// runs of `-` collapse, and a slug is never empty.
///
/// ```swift
/// Slug.make("ระดมสมอง 4 หน่วยงาน")   // "ระดมสมอง-4-หน่วยงาน"
/// Slug.make("CPD: Annual Plan!")      // "cpd-annual-plan"
/// ```
public enum Slug {
    /// The slug of `text`, or nil when nothing of it can be kept.
    public static func make(_ text: String) -> String? {
        let normalized = ThaiNormalizer.normalized(text)
        var scalars = String.UnicodeScalarView()
        var pendingDash = false
        for scalar in normalized.unicodeScalars {
            let keep: Unicode.Scalar?
            switch scalar.value {
            case 0x30...0x39, 0x61...0x7A: keep = scalar
            case 0x41...0x5A: keep = Unicode.Scalar(scalar.value + 0x20)
            case 0x0E01...0x0E2E, 0x0E30...0x0E3A, 0x0E40...0x0E4E, 0x0E50...0x0E59: keep = scalar
            default:
                // Letters of other scripts stay (lower-cased); everything
                // else is a separator.
                keep = scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
                    ? scalar.properties.lowercaseMapping.unicodeScalars.first : nil
            }
            if let keep {
                if pendingDash && !scalars.isEmpty { scalars.append("-") }
                pendingDash = false
                scalars.append(keep)
            } else {
                pendingDash = true
            }
        }
        return scalars.isEmpty ? nil : String(scalars)
    }

    /// The slug of `text` in at most `maximumUTF8` bytes, for the name of a
    /// new file (`khao new`): a whole Thai title can pass the 255 bytes a
    /// file name may have (a Thai letter takes three), and makes a long URL.
    /// The cut falls after the last whole word that fits, found by the Thai
    /// word segmenter since Thai has no spaces; a first word longer than the
    /// limit is cut between graphemes, so a letter keeps its marks.
    ///
    /// ```swift
    /// Slug.make("ระดมสมอง 4 หน่วยงานในสังกัดกรมส่งเสริมสหกรณ์", maximumUTF8: 60)   // "ระดมสมอง-4-หน่วยงาน"
    /// ```
    public static func make(_ text: String, maximumUTF8 limit: Int) -> String? {
        guard let whole = make(text) else { return nil }
        if whole.utf8.count <= limit { return whole }
        let normalized = ThaiNormalizer.normalized(text)
        var best: String?
        for segment in ThaiWords.segments(in: normalized) where segment.isWord {
            guard let slug = make(String(normalized[..<segment.range.upperBound])) else { continue }
            if slug.utf8.count > limit { break }
            best = slug
        }
        if let best { return best }
        var cut = ""
        for character in whole {
            if cut.utf8.count + character.utf8.count > limit { break }
            cut.append(character)
        }
        while cut.hasSuffix("-") { cut.removeLast() }
        return cut.isEmpty ? nil : cut
    }

    /// The slug for a page whose title gives none: the date and six hex
    /// digits of a hash of the title, `20120920-3f2a1c`, the same on every build.
    public static func fallback(title: String, date: Date, timeZone: TimeZone) -> String {
        let day = ISO8601Format.date(date, timeZone: timeZone).replacingOccurrences(of: "-", with: "")
        return day + "-" + StableHash(title.utf8).hex(digits: 6)
    }
}
