/// One column of the screen.
///
/// A wide character (2 columns) is stored in its first cell with `width == 2`; the next cell is
/// a continuation (`width == 0`) that the backend skips. A character with combining marks is a
/// single `Character` of width 1.
public struct Cell: Hashable, Sendable {
    public var character: Character
    /// 1, 2 for the first cell of a wide character, 0 for its continuation.
    public var width: UInt8
    public var style: Style

    public init(_ character: Character = " ", width: UInt8 = 1, style: Style = .normal) {
        self.character = character
        self.width = width
        self.style = style
    }

    public static let blank = Cell()

    public var isContinuation: Bool { width == 0 }
}
