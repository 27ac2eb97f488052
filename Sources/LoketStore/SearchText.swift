import GRDB

extension Store {
    /// For each service of the current catalogs, the text of its card's components (labels
    /// excluded), for search beyond names. One query.
    public func serviceSearchTexts() throws -> [Int64: String] {
        try read("teks kartu layanan") { db in
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    WITH latest AS (
                        SELECT r.id FROM catalogRevision r
                        WHERE r.number = (SELECT MAX(number) FROM catalogRevision WHERE agency_id = r.agency_id)
                    )
                    SELECT sr.service_id, c.text
                    FROM serviceRevision sr
                    JOIN latest ON latest.id = sr.revision_id
                    JOIN component c ON c.service_revision_id = sr.id
                    ORDER BY sr.service_id, c.position
                    """)
            var texts: [Int64: String] = [:]
            while let row = try rows.next() {
                let id: Int64 = row[0]
                let text: String = row[1]
                texts[id, default: ""] += text + "\n"
            }
            return texts
        }
    }
}
