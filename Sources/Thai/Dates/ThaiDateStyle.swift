/// How much of a Thai date to write.
///
/// A `String` raw value so templates can name a style (`{{ date | thai_date: "short" }}`).
///
/// ```swift
/// ThaiDateStyle(rawValue: "medium")   // .medium → "1 ต.ค. 2555"
/// ```
public enum ThaiDateStyle: String, CaseIterable, Sendable {
    /// `วันจันทร์ที่ 1 ตุลาคม พ.ศ. 2555`: headers of press releases and letters.
    case full
    /// `1 ตุลาคม 2555`: the everyday form on the site.
    case long
    /// `1 ต.ค. 2555`: lists and tables.
    case medium
    /// `1 ต.ค. 55`: narrow table columns; the BE century is implied.
    case short
}
