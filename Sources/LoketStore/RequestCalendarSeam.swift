import Foundation
import GRDB
import LoketCore

// The seam between requests and issue 3's calendar work. Until `v2-calendar` and its store
// APIs are merged, the agency calendar is the standard one (Mon-Fri 08:00-16:00, no holidays)
// in the agency's zone, and the time limit is the parse of the service revision's raw text.

extension Store {
    /// The working calendar deadlines of `agencyID` are computed on.
    func requestCalendar(agencyID: Int64, timeZone: String) throws -> WorkingCalendar {
        let zone = TimeZone(identifier: timeZone) ?? TimeZone(identifier: AgencyRecord.defaultTimeZone)!
        return WorkingCalendar.standard(timeZone: zone, holidays: [])
    }

    /// The time-limit reading requests of `serviceID` are logged under (`raw` is the revision's
    /// component 3 text; nil or empty reads as open).
    func requestTimeLimit(serviceID: Int64, raw: String?) throws -> TimeLimitReading {
        guard let raw, !raw.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return .open(reason: nil)
        }
        return TimeLimitParser.parse(raw).reading
    }
}
