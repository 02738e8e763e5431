extension Array where Element: AnyObject {
    /// Calls `body` with the element at `index`, without retaining it.
    ///
    /// For the parts of a template (nodes, branches): the array keeps the
    /// element alive for the whole call, but Swift cannot see that, and
    /// retained and released each part around every use, an atomic pair per
    /// part per page that was once the largest single cost of rendering.
    @inline(__always)
    func withUnretained<Result>(at index: Int, _ body: (Element) throws(TemplateError) -> Result) throws(TemplateError) -> Result {
        // `_withUnsafeGuaranteedRef` only rethrows untyped errors; a Result
        // carries the typed one through it.
        try Unmanaged.passUnretained(self[index])._withUnsafeGuaranteedRef { element in
            Swift.Result { () throws(TemplateError) in try body(element) }
        }.get()
    }
}
