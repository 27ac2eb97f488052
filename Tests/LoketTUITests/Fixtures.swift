import Foundation
import LoketCore
import LoketImporter
import LoketSeed
import LoketTUI

/// The five seed decrees as the interface sees them, parsed once per test process.
enum SeedUI {
    /// Agencies sorted by name (as the store's catalog tree orders them), ids numbered from 1.
    static let world: (catalog: CatalogSnapshot, cards: [Int64: CardData]) = {
        let parsed = SeedFiles.decrees.map { url in
            try! DecreeParser.parse(data: Data(contentsOf: url), source: url.lastPathComponent)
        }
        return Fixture.world(parsed.sorted { $0.agencyName < $1.agencyName })
    }()

    static var catalog: CatalogSnapshot { world.catalog }

    static func program(width: Int = 80, height: Int = 24) -> Program {
        Fixture.program(world, width: width, height: height)
    }
}

enum Fixture {
    /// 2026-11-23 09:05 WITA (01:05 UTC), a Monday.
    static let now = Date(timeIntervalSince1970: 1_795_395_900)

    /// Snapshot and cards from parsed catalogs.
    static func world(_ catalogs: [ParsedCatalog]) -> (catalog: CatalogSnapshot, cards: [Int64: CardData]) {
        var nextID: Int64 = 1
        var cards: [Int64: CardData] = [:]
        let agencies = catalogs.enumerated().map { agencyIndex, catalog in
            CatalogSnapshot.Agency(
                id: Int64(agencyIndex + 1), name: catalog.agencyName, code: "AG\(agencyIndex + 1)",
                timeZone: "Asia/Makassar",
                units: catalog.units.enumerated().map { unitIndex, unit in
                    CatalogSnapshot.Unit(
                        id: Int64(agencyIndex * 100 + unitIndex), name: unit.name,
                        services: unit.services.map { service in
                            let id = nextID
                            nextID += 1
                            cards[id] = CardData(
                                serviceID: id, name: service.name, unitName: unit.name,
                                agencyName: catalog.agencyName, decreeNumber: unit.decree.number,
                                decreeDate: unit.decree.date, timeLimitRaw: service.timeLimitRaw,
                                rows: service.components.map {
                                    CardData.Row(number: $0.number, label: $0.label, text: $0.text)
                                })
                            return CatalogSnapshot.Service(
                                id: id, name: service.name, timeLimitRaw: service.timeLimitRaw,
                                searchText: service.components.map(\.text).joined(separator: "\n"))
                        })
                })
        }
        return (CatalogSnapshot(agencies: agencies), cards)
    }

    /// One agency, one Bagian, `count` services named `"\(prefix) \(n)"`, and its program (no cards).
    static func oneUnit(_ count: Int, named prefix: String) -> (services: [CatalogSnapshot.Service], program: Program) {
        let services = (1...count).map {
            CatalogSnapshot.Service(id: Int64($0), name: "\(prefix) \($0)", timeLimitRaw: "1 hari kerja")
        }
        let catalog = CatalogSnapshot(agencies: [
            CatalogSnapshot.Agency(
                id: 1, name: "Dinas Uji", code: "DU", timeZone: "Asia/Makassar",
                units: [CatalogSnapshot.Unit(id: 1, name: "Bagian Uji", services: services)])
        ])
        let state = AppState(catalog: catalog, operatorName: "x", role: .petugas)
        return (services, Program(state: state, cards: { _ in nil }, clock: { now }))
    }

    /// `state` with a new-request form on top holding a typed name (unsaved work).
    static func withUnsavedForm(_ state: AppState) -> AppState {
        var state = state
        var form = RequestForm(serviceID: 1, path: nil)
        form.name = "Made"
        state.stack.append(.form(form))
        return state
    }

    static func program(
        _ world: (catalog: CatalogSnapshot, cards: [Int64: CardData]), width: Int = 80, height: Int = 24
    ) -> Program {
        let cards = world.cards
        let state = AppState(catalog: world.catalog, width: width, height: height, operatorName: "made", role: .petugas)
        return Program(state: state, cards: { cards[$0] }, clock: { now })
    }

    /// A small hand-made catalog: two agencies; one service with components 1, 3 and 14 only,
    /// a list, an extra row; one with a hostile name.
    static func small(serviceName: String = "Permohonan MC") -> (catalog: CatalogSnapshot, cards: [Int64: CardData]) {
        let components = [
            ParsedComponent(number: 1, label: "Persyaratan", text: "KTP\n• Surat permohonan\n2. Foto 3x4", line: 2),
            ParsedComponent(number: 3, label: "Waktu Penyelesaian", text: "3 (Tiga) hari kerja", line: 3),
            ParsedComponent(number: nil, label: "Maklumat", text: "Kami siap melayani", line: 4),
            ParsedComponent(
                number: 14, label: "Evaluasi Kinerja Pelaksana",
                text: String(repeating: "Evaluasi dilakukan setiap tahun oleh atasan langsung. ", count: 30), line: 5),
        ]
        let setda = ParsedCatalog(
            source: "a.txt", agencyName: "Sekretariat Daerah Kota Denpasar",
            decree: DecreeInfo(number: "188/1/2021", date: "2021-03-15"),
            units: [
                ParsedUnit(
                    name: "Bagian Protokol", decree: DecreeInfo(number: "188/1/2021", date: "2021-03-15"),
                    services: [
                        ParsedService(name: serviceName, line: 1, components: components),
                        ParsedService(name: "Peminjaman Aula", line: 10, components: components),
                    ]),
                ParsedUnit(
                    name: "Bagian Hukum", decree: DecreeInfo(number: nil, date: nil),
                    services: [ParsedService(name: "Konsultasi Hukum", line: 20, components: components)]),
            ], warnings: [])
        let other = ParsedCatalog(
            source: "b.txt", agencyName: "Dinas Komunikasi", decree: DecreeInfo(number: nil, date: nil),
            units: [
                ParsedUnit(
                    name: "Bidang Statistik", decree: DecreeInfo(number: nil, date: nil),
                    services: [ParsedService(name: "Permintaan Data", line: 5, components: components)])
            ], warnings: [])
        return world([other, setda])
    }
}

extension Program {
    /// Sends keys and returns the screen text.
    mutating func press(_ keys: Key...) -> String {
        send(keys)
        return render().text
    }

    mutating func type(_ text: String) { send(Key.typing(text)) }

    var text: String { render().text }

    /// The card screen on top, if any.
    var card: CardScreen? {
        if case .card(let card) = state.top { return card }
        return nil
    }
}
