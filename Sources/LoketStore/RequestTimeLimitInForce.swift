import Foundation
import GRDB
import LoketCore

// The jangka waktu a request is logged under: the one in force (a supervisor's override, else the
// decree's text). Deadlines are computed on the agency's `workingCalendar(agencyID:)`.

extension Store {
    /// The time-limit reading requests of `serviceID` are logged under, and its text.
    func requestTimeLimit(serviceID: Int64) throws -> (reading: TimeLimitReading, text: String?) {
        guard let limit = try timeLimit(serviceID: serviceID) else { throw RequestError.serviceNotFound(serviceID) }
        return (limit.reading, limit.text)
    }
}
