/// The words releases are made of, ported from the shared benchmark's
/// `gen_corpus.py` (its phrase bank is partly taken from a real release of
/// the department). Templates name slots in braces, filled by ``Slots``:
/// `{province}`, `{coop_full}`, `{money}`…
///
/// Change any word and bump ``CorpusManifest/generatorVersion``: scripts
/// reuse a corpus whose manifest names the same version.
enum Vocabulary {
    /// The bureaus of the example's site.yaml, by id, with the names texts quote.
    static let bureaus: [(id: String, name: String)] = [
        ("cbd", "สำนักพัฒนาธุรกิจสหกรณ์"),
        ("ctt", "สำนักพัฒนาและถ่ายทอดเทคโนโลยีการสหกรณ์"),
        ("fund", "สำนักบริหารเงินทุน"),
        ("cpd", "สำนักส่งเสริมและพัฒนาสหกรณ์"),
    ]

    static func bureauName(_ id: String) -> String {
        bureaus.first { $0.id == id }?.name ?? id
    }

    /// Thai month names, January first.
    static let monthNames = [
        "มกราคม",
        "กุมภาพันธ์",
        "มีนาคม",
        "เมษายน",
        "พฤษภาคม",
        "มิถุนายน",
        "กรกฎาคม",
        "สิงหาคม",
        "กันยายน",
        "ตุลาคม",
        "พฤศจิกายน",
        "ธันวาคม",
    ]
}
