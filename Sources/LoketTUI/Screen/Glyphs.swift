/// The line and bullet characters: Unicode under a UTF-8 locale, ASCII otherwise.
public struct Glyphs: Hashable, Sendable {
    public var horizontal: Character
    public var vertical: Character
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character
    public var bullet: Character
    public var separator: String
    public var ellipsis: String
    /// Whether only ASCII may be drawn (data is transliterated).
    public var asciiOnly: Bool

    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        bullet: "•", separator: " › ", ellipsis: "…", asciiOnly: false)

    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        bullet: "-", separator: " > ", ellipsis: "...", asciiOnly: true)
}
