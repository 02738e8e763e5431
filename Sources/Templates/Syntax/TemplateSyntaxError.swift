/// A mistake in a template's text, found when it loads.
struct TemplateSyntaxError: Error, Sendable {
    var message: String
    var location: Location
    var hint: String?

    init(_ message: String, at location: Location, hint: String? = nil) {
        self.message = message
        self.location = location
        self.hint = hint
    }
}
