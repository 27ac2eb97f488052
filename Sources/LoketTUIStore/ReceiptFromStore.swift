import LoketCore
import LoketPresentation
import LoketStore

extension Receipt {
    /// The slip of a stored request (the command line's `loket receipt` and the screen's print key).
    public init(_ detail: RequestDetail) {
        let s = detail.summary
        self.init(
            agencyName: detail.agencyName, number: s.number, serviceName: s.serviceName, unitName: s.unitName,
            applicantName: detail.applicant.name, maskedNIK: detail.applicant.maskedNIK, phone: detail.applicant.phone,
            receivedAt: s.receivedAt, completeAt: s.completeAt, deadline: s.deadline, status: s.status,
            missingItems: detail.missingItems.map(\.text), complaintChannel: detail.complaintChannel,
            officer: detail.loggedBy ?? s.assignee ?? "-", zone: DateText.zone(detail.timeZone))
        event = detail.event
        eventWarning = detail.eventWarning
    }
}
