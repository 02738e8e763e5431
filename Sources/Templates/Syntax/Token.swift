import Foundation

/// A token inside `{{ }}` or `{% %}`.
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case name(String)
        case string(String)
        case integer(Int)
        case decimal(Decimal)
        /// Punctuation and operators: `( ) [ ] , . | ~ + - * / % == != < <= > >= =`.
        case symbol(String)
    }

    var kind: Kind
    var location: Location

    /// The token as a person would point at it in a message.
    var display: String {
        switch kind {
        case .name(let name): name
        case .string(let text): "\"\(text)\""
        case .integer(let value): String(value)
        case .decimal(let value): "\(value)"
        case .symbol(let symbol): symbol
        }
    }
}

/// A piece of a template as the lexer cuts it: text, or a tag with its tokens.
enum Piece: Sendable {
    case text(String, Location)
    /// `{{ … }}`
    case output([Token], open: Location, end: Location)
    /// `{% … %}`
    case statement([Token], open: Location, end: Location)
}
