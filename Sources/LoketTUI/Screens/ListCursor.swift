/// The selected row of a list and the first row shown. Kept in the route, so that coming
/// back to a list finds the same selection.
public struct ListCursor: Hashable, Sendable {
    public var selected: Int
    public var top: Int

    public init(selected: Int = 0, top: Int = 0) {
        self.selected = selected
        self.top = top
    }

    /// Moves the selection by `delta` rows within `count`, keeping it inside `visible` rows.
    public mutating func move(by delta: Int, count: Int, visible: Int) {
        select(selected + delta, count: count, visible: visible)
    }

    /// Selects `index` (clamped) and scrolls the least needed to show it.
    public mutating func select(_ index: Int, count: Int, visible: Int) {
        guard count > 0 else {
            selected = 0
            top = 0
            return
        }
        let visible = max(1, visible)
        selected = min(max(0, index), count - 1)
        if selected < top { top = selected }
        if selected >= top + visible { top = selected - visible + 1 }
        top = min(max(0, top), max(0, count - visible))
    }

    /// Re-clamps after a resize.
    public mutating func fit(count: Int, visible: Int) { select(selected, count: count, visible: visible) }

    /// A cursor on `index`, scrolled so it sits in view (near the middle when far down).
    public static func focused(on index: Int, count: Int, visible: Int) -> ListCursor {
        var cursor = ListCursor(selected: 0, top: max(0, index - max(1, visible) / 2))
        cursor.select(index, count: count, visible: visible)
        return cursor
    }
}
