extension FilterRegistry {
    /// The generic filters of templates.md that know nothing of the site:
    /// escape safe default length first last join sort reverse limit where
    /// group_by sum upper lower json date iso.
    public static let standard: FilterRegistry = {
        var registry = FilterRegistry()
        for filter in StandardFilters.all {
            registry.register(filter)
        }
        return registry
    }()
}

/// The generic filters, one definition each.
enum StandardFilters {
    static let all: [Filter] =
        TextFilters.all + ListFilters.all + CollectionFilters.all + JSONFilters.all + DateFilters.all
}
