import Foundation

/// The Survei Kepuasan Masyarakat (SKM) of PermenPANRB 14/2017: nine elements, each answered
/// from 1 (tidak baik) to 4 (sangat baik). Per element the average score (NRR); the index (IKM)
/// is the mean of the nine averages times 25, from 25 to 100, graded A-D. Answers belong to a
/// service and a month, never to a pemohon (README, "The monthly report and the SKM").
public enum SKMElement: Int, CaseIterable, Sendable, Hashable {
    case persyaratan = 1
    case prosedur
    case waktu
    case biaya
    case produk
    case kompetensi
    case perilaku
    case pengaduan
    case sarana

    /// The element's name as the regulation words it.
    public var name: String {
        switch self {
        case .persyaratan: "Persyaratan"
        case .prosedur: "Sistem, mekanisme dan prosedur"
        case .waktu: "Waktu penyelesaian"
        case .biaya: "Biaya/tarif"
        case .produk: "Produk spesifikasi jenis pelayanan"
        case .kompetensi: "Kompetensi pelaksana"
        case .perilaku: "Perilaku pelaksana"
        case .pengaduan: "Penanganan pengaduan, saran dan masukan"
        case .sarana: "Sarana dan prasarana"
        }
    }

    /// The lowest and highest score of one answer.
    public static let scores: ClosedRange<Int> = 1...4

    /// What each score means, 1 to 4.
    public static func scoreWord(_ score: Int) -> String {
        switch score {
        case 1: "tidak baik"
        case 2: "kurang baik"
        case 3: "baik"
        default: "sangat baik"
        }
    }
}

/// One pemohon's nine answers, in the order of ``SKMElement``.
public struct SKMAnswers: Sendable, Hashable {
    public let scores: [Int]

    /// Nine scores of 1-4, or the reason they are not.
    public init(scores: [Int]) throws(SKMAnswerError) {
        guard scores.count == SKMElement.allCases.count else {
            throw .count(scores.count)
        }
        if let index = scores.firstIndex(where: { !SKMElement.scores.contains($0) }) {
            throw .score(element: index + 1, value: String(scores[index]))
        }
        self.scores = scores
    }

    /// `4,3,4,4,3,4,4,3,4` (spaces allowed around the commas), as on the command line.
    public init(parsing text: String) throws(SKMAnswerError) {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == SKMElement.allCases.count else { throw .count(parts.count) }
        var scores: [Int] = []
        for (index, part) in parts.enumerated() {
            guard let score = Int(part), SKMElement.scores.contains(score) else {
                throw .score(element: index + 1, value: String(part.prefix(20)))
            }
            scores.append(score)
        }
        try self.init(scores: scores)
    }

    /// The answers as stored and typed: `4,3,4,...`.
    public var text: String { scores.map(String.init).joined(separator: ",") }
}

/// Why a set of SKM answers was refused.
public enum SKMAnswerError: Error, Sendable, Hashable {
    /// Not nine answers.
    case count(Int)
    /// Element `element` (1-9) is not a score of 1-4.
    case score(element: Int, value: String)
}

/// The grade of an IKM, PermenPANRB 14/2017.
public enum SKMGrade: String, Sendable, Hashable, CaseIterable {
    case a = "A"
    case b = "B"
    case c = "C"
    case d = "D"

    /// The grade of an index of 25-100 in hundredths, the precision the regulation's bounds are
    /// written in (A 88.31-100, B 76.61-88.30, C 65.00-76.60, D 25.00-64.99).
    public init(hundredths: Int) {
        if hundredths >= 8831 {
            self = .a
        } else if hundredths >= 7661 {
            self = .b
        } else if hundredths >= 6500 {
            self = .c
        } else {
            self = .d
        }
    }

    /// The grade of an index of 25-100, read at two decimals (half up).
    public init(index: Double) {
        self.init(hundredths: Int((index * 100).rounded(.toNearestOrAwayFromZero)))
    }

    /// The grade's meaning: sangat baik, baik, kurang baik, tidak baik.
    public var word: String {
        switch self {
        case .a: "sangat baik"
        case .b: "baik"
        case .c: "kurang baik"
        case .d: "tidak baik"
        }
    }
}

/// Answers summed: how many forms and the total score per element. Adding tallies is how the
/// report goes from service to Bagian to total.
public struct SKMTally: Sendable, Hashable {
    /// How many forms.
    public private(set) var responses: Int
    /// Per element (in the order of ``SKMElement``), the sum of its scores.
    public private(set) var sums: [Int]

    public init() {
        responses = 0
        sums = Array(repeating: 0, count: SKMElement.allCases.count)
    }

    /// A tally read back from the store: `sums` has nine entries.
    public init(responses: Int, sums: [Int]) {
        precondition(sums.count == SKMElement.allCases.count, "an SKM tally has nine sums")
        self.responses = responses
        self.sums = sums
    }

    public mutating func add(_ answers: SKMAnswers) {
        responses += 1
        for index in sums.indices { sums[index] += answers.scores[index] }
    }

    public mutating func add(_ other: SKMTally) {
        responses += other.responses
        for index in sums.indices { sums[index] += other.sums[index] }
    }

    /// Fewer forms than this show no averages, index or grade, only their count: with one or two
    /// forms a supervisor who knows whose request was handed over that month would read that
    /// pemohon's answers, which the survey promises never to link to a person.
    public static let minimumShown = 5

    /// Enough forms for the averages and the index to be shown (``minimumShown``).
    public var isShown: Bool { responses >= Self.minimumShown }

    /// Per element the average score (NRR) in hundredths, rounded half up in whole numbers (so
    /// every front end shows the same digits); nil below ``minimumShown`` forms.
    public var averageHundredths: [Int]? {
        guard isShown else { return nil }
        return sums.map { (200 * $0 + responses) / (2 * responses) }
    }

    /// Per element the average score (NRR), to two decimals; nil below ``minimumShown`` forms.
    public var averages: [Double]? { averageHundredths.map { $0.map { Double($0) / 100 } } }

    /// The IKM in hundredths: the mean of the nine averages times 25, 25 * sum / (9 * forms),
    /// from the exact sums, rounded half up; nil below ``minimumShown`` forms.
    public var indexHundredths: Int? {
        guard isShown else { return nil }
        let total = sums.reduce(0, +)
        let elements = sums.count
        return (2 * 2500 * total + elements * responses) / (2 * elements * responses)
    }

    /// The IKM (25-100), to two decimals; nil below ``minimumShown`` forms.
    public var index: Double? { indexHundredths.map { Double($0) / 100 } }

    /// The grade of ``index``.
    public var grade: SKMGrade? { indexHundredths.map(SKMGrade.init(hundredths:)) }
}
