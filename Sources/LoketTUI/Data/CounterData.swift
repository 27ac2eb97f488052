import Foundation
import LoketCore

/// The interface's one door to the data: a request message in, a response message out. The
/// program serves it from the store (`LoketTUIStore`); tests serve it from memory. The state
/// machine never calls it: it asks with ``Effect/fetch(_:)`` and gets the answer through
/// ``App/receive(_:_:)``.
public protocol CounterData: Sendable {
    func perform(_ request: DataRequest) -> DataResponse
}

/// What the interface asks for.
public enum DataRequest: Sendable, Hashable {
    /// A service's card.
    case card(serviceID: Int64)
    /// What the new-request form needs for a service: checklist, time limit in force, calendar.
    case intake(serviceID: Int64)
    /// Known pemohon with this NIK or telephone.
    case applicants(nik: String?, phone: String?)
    /// Log a new request.
    case log(RequestDraft)
    /// One page of the requests list.
    case requests(RequestQuery)
    /// One request with everything about it.
    case request(number: String)
    /// Change a request; `version` is ``RequestView/version`` as the screen saw it.
    case change(number: String, RequestChange, version: Int)
    /// The officers a request of `unitID` may be handed to.
    case officers(unitID: Int64)
    /// Print the request's tanda terima (or save it to a file when no printer is set).
    case printReceipt(number: String)
    /// The supervisors' board of the user's units.
    case board
    /// The data's change mark (the live board asks once a second, reads again when it moved).
    case changeMark
    /// The monthly report of the user's units (F6).
    case report(month: ReportMonth)
    /// One pemohon's nine SKM answers, added to the service's tally of the current month (never
    /// linked to the pemohon or the request).
    case recordSKM(serviceID: Int64, answers: SKMAnswers)
}

/// The answer to a ``DataRequest``, tagged with what was asked.
public enum DataResponse: Sendable {
    case card(serviceID: Int64, Result<CardData?, DataError>)
    case intake(serviceID: Int64, Result<IntakeInfo, DataError>)
    case applicants(nik: String?, phone: String?, Result<[KnownApplicant], DataError>)
    case logged(Result<RequestView, DataError>)
    case requests(RequestQuery, Result<RequestPage, DataError>)
    case request(number: String, Result<RequestView, DataError>)
    case changed(number: String, Result<RequestView, DataError>)
    case officers(unitID: Int64, Result<[Officer], DataError>)
    case printed(number: String, Result<PrintOutcome, DataError>)
    case board(Result<BoardPage, DataError>)
    case changeMark(Result<DataMark, DataError>)
    case report(month: ReportMonth, Result<MonthlyReport, DataError>)
    /// The month the answers were counted in.
    case skmRecorded(serviceID: Int64, Result<ReportMonth, DataError>)
}

/// Why a request failed, worded for the screen by the data side (no command-line flags).
public struct DataError: Error, Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// Bad input; `field` names the form field it is about, when one is.
        case invalid(field: FormField?)
        /// The user's role or units do not allow it.
        case refused
        /// Someone else changed the request meanwhile: show the fresh state.
        case changedMeanwhile
        case notFound
        /// The database or the printer failed.
        case failure
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }
}

/// The fields of the new-request form.
public enum FormField: Int, Sendable, Hashable, CaseIterable {
    case name, nik, phone, address, note, option, eventDate, checklist
}
