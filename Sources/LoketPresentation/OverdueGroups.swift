/// Rows grouped by Bagian: the groups in the order of their first row (the most late first when
/// the rows come most late first), the rows kept in order inside. The overdue board of the
/// command line and of the screen.
public struct UnitGroup<Row> {
    public var unitID: Int64
    public var rows: [Row]
}

public enum OverdueGroups {
    public static func group<Row>(_ rows: [Row], unit: (Row) -> Int64) -> [UnitGroup<Row>] {
        var order: [Int64] = []
        var groups: [Int64: [Row]] = [:]
        for row in rows {
            let id = unit(row)
            if groups[id] == nil { order.append(id) }
            groups[id, default: []].append(row)
        }
        return order.map { UnitGroup(unitID: $0, rows: groups[$0] ?? []) }
    }
}
