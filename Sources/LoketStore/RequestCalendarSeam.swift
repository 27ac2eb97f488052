import Foundation
import GRDB
import LoketCore

// Where requests meet issue 3's calendar: the agency's working calendar (zone, office hours,
// national and local holidays) and the jangka waktu in force (a supervisor's override, else the
// decree's text).

extension Store {
    /// The working calendar deadlines of `agencyID` are computed on.
    func requestCalendar(agencyID: Int64) throws -> WorkingCalendar {
        try workingCalendar(agencyID: agencyID)
    }

    /// The time-limit reading requests of `serviceID` are logged under, and its text.
    func requestTimeLimit(serviceID: Int64) throws -> (reading: TimeLimitReading, text: String?) {
        guard let limit = try timeLimit(serviceID: serviceID) else { throw RequestError.serviceNotFound(serviceID) }
        return (limit.reading, limit.text)
    }
}
