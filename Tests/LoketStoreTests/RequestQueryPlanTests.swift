import Foundation
import GRDB
import LoketCore
import Testing
@testable import LoketStore

/// The list and overdue queries of the real roles read an index in order: no scan of the
/// request table, no sort of it (the 1 000 000-request figures depend on it).
@Suite struct RequestQueryPlanTests {
    static func plan(_ store: Store, _ sql: String, _ arguments: StatementArguments) throws -> [String] {
        try store.reader.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }
        }
    }

    /// The plan's line for the request table `r`, and that nothing sorts.
    static func requestStep(_ plan: [String]) -> String? {
        #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
        return plan.first { $0.hasPrefix("SCAN r") || $0.hasPrefix("SEARCH r") }
    }

    @Test func overdueForOneUnitAndForEveryoneUseThePartialIndexes() throws {
        let world = try RequestWorld()
        let now = RequestWorld.at(2026, 3, 10, 10)
        let unit = UserScope(role: .supervisor, unitIDs: [world.hukum])
        let scoped = try Self.plan(world.store, Store.overdueQuery(scope: unit), [now, 100])
        #expect(Self.requestStep(scoped)?.contains("USING INDEX request_open_by_unit_deadline") == true, "\(scoped)")
        let all = try Self.plan(world.store, Store.overdueQuery(scope: .everything), [now, 100])
        #expect(Self.requestStep(all)?.contains("USING INDEX request_open_by_deadline") == true, "\(all)")
    }

    @Test func listsNewestFirstReadAnIndexBackwards() throws {
        let world = try RequestWorld()
        let now = RequestWorld.at(2026, 3, 10, 10)
        let cases: [(RequestFilter, UserScope, String)] = [
            (RequestFilter(limit: 100), .everything, "request_by_received"),
            (RequestFilter(status: .diproses, limit: 100), .everything, "request_by_status_received"),
            (RequestFilter(limit: 100), UserScope(role: .petugas, unitIDs: [world.hukum]), "request_on_unit_received"),
            (RequestFilter(unitID: world.hukum, limit: 100), .everything, "request_on_unit_received"),
        ]
        for (filter, scope, index) in cases {
            let (sql, arguments) = Store.requestsQuery(filter, scope: scope, at: now)
            let plan = try Self.plan(world.store, sql, arguments)
            #expect(Self.requestStep(plan)?.contains("USING INDEX \(index)") == true, "\(filter): \(plan)")
        }
    }

    @Test func runningListsAndTheirCountsReadTheDeadlineIndexes() throws {
        let world = try RequestWorld()
        let now = RequestWorld.at(2026, 3, 10, 10)
        let unit = UserScope(role: .petugas, unitIDs: [world.hukum])
        let twoUnits = UserScope(role: .supervisor, unitIDs: [world.hukum, world.umum])
        let cases: [(RequestFilter, UserScope, String)] = [
            (RequestFilter(overdue: true, limit: 1000), .everything, "request_open_by_deadline"),
            (RequestFilter(overdue: true), .everything, "request_open_by_deadline"),
            (RequestFilter(overdue: true, limit: 100), twoUnits, "request_open_by_deadline"),
            (RequestFilter(overdue: true, limit: 100), unit, "request_open_by_unit_deadline"),
            (
                RequestFilter(unitID: world.umum, overdue: true, limit: 100), .everything,
                "request_open_by_unit_deadline"
            ),
            (RequestFilter(status: .diproses, overdue: true), .everything, "request_open_by_deadline"),
            (RequestFilter(dueWithin: 86_400, limit: 100), .everything, "request_open_by_deadline"),
            (RequestFilter(dueWithin: 86_400, limit: 100), unit, "request_open_by_unit_deadline"),
        ]
        for (filter, scope, index) in cases {
            let (sql, arguments) = Store.requestsQuery(filter, scope: scope, at: now)
            let plan = try Self.plan(world.store, sql, arguments)
            #expect(Self.requestStep(plan)?.contains("USING INDEX \(index)") == true, "\(filter): \(plan)")
            // The count reads only the covering index of running requests (no row of the table).
            let (count, countArguments) = Store.requestsQuery(filter, scope: scope, at: now, count: true)
            let countPlan = try Self.plan(world.store, count, countArguments)
            #expect(
                Self.requestStep(countPlan)?.contains("USING COVERING INDEX request_open_board") == true,
                "\(filter): \(countPlan)")
        }
    }

    @Test func counterPagesReadAnIndexInOrder() throws {
        let world = try RequestWorld()
        let now = RequestWorld.at(2026, 3, 10, 10)
        let unit = UserScope(role: .petugas, unitIDs: [world.hukum])
        let cases: [(RequestPageQuery, UserScope, String)] = [
            (RequestPageQuery(), .everything, "request_by_received"),
            (RequestPageQuery(after: (now, 7)), .everything, "request_by_received"),
            (RequestPageQuery(scope: .mine), .everything, "request_by_assignee_received"),
            (RequestPageQuery(focus: .running), .everything, "request_open_by_deadline"),
            (RequestPageQuery(focus: .overdue), .everything, "request_open_by_deadline"),
            (RequestPageQuery(focus: .overdue, after: (now, 7)), .everything, "request_open_by_deadline"),
            (RequestPageQuery(focus: .dueBefore(now.addingTimeInterval(3600))), unit, "request_open_by_unit_deadline"),
        ]
        for (query, scope, index) in cases {
            let (sql, arguments) = Store.requestPageQuery(query, scope: scope, userID: world.petugas.id, at: now)
            let plan = try Self.plan(world.store, sql, arguments)
            #expect(Self.requestStep(plan)?.contains("INDEX \(index)") == true, "\(query.focus): \(plan)")
        }
        // A name search reads the names' full-text index, then those pemohon's requests by index
        // (and sorts only them).
        let (sql, arguments) = Store.requestPageQuery(
            RequestPageQuery(text: "made wira"), scope: .everything, userID: world.petugas.id, at: now)
        let plan = try Self.plan(world.store, sql, arguments)
        #expect(plan.contains { $0.contains("applicant_name_fts VIRTUAL TABLE") }, "\(plan)")
        #expect(plan.contains { $0.contains("SEARCH r USING INDEX request_on_applicant_id") }, "\(plan)")
    }
}
