import Foundation
import LoketCore

/// The catalog as the interface needs it: agencies → units → services, plain values. The
/// executable builds it from the store with one query; tests build it from parsed seeds.
public struct CatalogSnapshot: Sendable {
    public struct Service: Sendable, Hashable {
        public var id: Int64
        public var name: String
        /// The jangka waktu as printed, nil when the decree lacks it.
        public var timeLimitRaw: String?
        /// A supervisor's jangka waktu in force instead of the printed one.
        public var timeLimitOverride: String?
        /// The reading in force in Indonesian (`3 hari kerja`), for the list column; marked
        /// `(diubah)` when a supervisor's text overrides the decree's.
        public var timeLimitRead: String
        /// The text of the card's components (requirements, procedure, product, ...), which search
        /// matches after the name and the Bagian: `lpse akses` finds the remote-access service
        /// whose procedure goes through the LPSE helpdesk.
        public var searchText: String

        public init(
            id: Int64, name: String, timeLimitRaw: String?, timeLimitOverride: String? = nil, searchText: String = ""
        ) {
            self.id = id
            self.name = name
            self.timeLimitRaw = timeLimitRaw
            self.timeLimitOverride = timeLimitOverride
            self.searchText = searchText
            if let timeLimitOverride {
                timeLimitRead = TimeLimitText.short(timeLimitOverride) + " (diubah)"
            } else {
                timeLimitRead = TimeLimitText.short(timeLimitRaw)
            }
        }
    }

    public struct Unit: Sendable, Hashable {
        public var id: Int64
        public var name: String
        public var services: [Service]

        public init(id: Int64, name: String, services: [Service]) {
            self.id = id
            self.name = name
            self.services = services
        }
    }

    public struct Agency: Sendable {
        public var id: Int64
        public var name: String
        public var code: String
        /// IANA zone of the agency's office (`Asia/Makassar`).
        public var timeZone: TimeZone
        public var units: [Unit]

        public init(id: Int64, name: String, code: String, timeZone: String, units: [Unit]) {
            self.id = id
            self.name = name
            self.code = code
            self.timeZone = TimeZone(identifier: timeZone) ?? TimeZone(identifier: "Asia/Makassar") ?? .current
            self.units = units
        }

        public var serviceCount: Int { units.reduce(0) { $0 + $1.services.count } }
    }

    public var agencies: [Agency]

    public init(agencies: [Agency]) {
        self.agencies = agencies
    }

    public var serviceCount: Int { agencies.reduce(0) { $0 + $1.serviceCount } }

    /// Where a service sits: (agency, unit, service) indices.
    public struct Path: Hashable, Sendable {
        public var agency: Int
        public var unit: Int
        public var service: Int
    }

    public func service(at path: Path) -> Service { agencies[path.agency].units[path.unit].services[path.service] }
}
