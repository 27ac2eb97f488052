/// Every service of every agency, with its words folded once, so that each keystroke of a
/// search is a scan of small arrays.
///
/// A query matches a service when each query word is the prefix of some word of the service's
/// name, its unit (Bagian) name, its agency name, or its card's text; word order does not
/// matter. Ranking (tiers): every query word in the name; some in the name, the rest in the
/// Bagian or agency; none in the name; then the same two with some words found only in the
/// card's text (`lpse akses`: "Layanan Permohonan Remote Akses", whose procedure goes through
/// the LPSE helpdesk). Within a tier a name starting with the first query word, then more
/// complete word matches, then shorter names; the catalog order breaks ties.
///
/// When no service matches every word of a query of several words, the services matching
/// the most words are returned instead, marked partial, so that a search never ends in an
/// empty list when something is close.
public struct ServiceSearchIndex: Sendable {
    public struct Entry: Sendable {
        public var path: CatalogSnapshot.Path
        var nameWords: [String]
        var contextWords: [String]  // unit then agency words
        var contentWords: [String]  // distinct words of the card's text
        var nameLength: Int
    }

    public struct Hit: Sendable, Hashable {
        public var path: CatalogSnapshot.Path
        /// Lower is better.
        public var score: Int
        /// False when the service matches only some of the query's words.
        public var isComplete: Bool = true
    }

    public private(set) var entries: [Entry]

    public init(_ catalog: CatalogSnapshot) {
        var entries: [Entry] = []
        entries.reserveCapacity(catalog.serviceCount)
        for (a, agency) in catalog.agencies.enumerated() {
            let agencyWords = SearchFold.words(agency.name)
            for (u, unit) in agency.units.enumerated() {
                let context = SearchFold.words(unit.name) + agencyWords
                for (s, service) in unit.services.enumerated() {
                    let nameWords = SearchFold.words(service.name)
                    let content = Array(Set(SearchFold.words(service.searchText)).subtracting(nameWords))
                    entries.append(
                        Entry(
                            path: .init(agency: a, unit: u, service: s), nameWords: nameWords,
                            contextWords: context, contentWords: content, nameLength: service.name.count))
                }
            }
        }
        self.entries = entries
    }

    /// The matches for `query`, best first. An empty query matches nothing.
    public func search(_ query: String, limit: Int = 200) -> [Hit] {
        let words = SearchFold.words(query)
        guard !words.isEmpty else { return [] }
        var hits: [(hit: Hit, order: Int)] = []
        for (order, entry) in entries.enumerated() {
            guard let score = Self.score(words, entry) else { continue }
            hits.append((Hit(path: entry.path, score: score), order))
        }
        if hits.isEmpty, words.count > 1 {
            // Partial: the most words matched first, then the same ranking over those words.
            for (order, entry) in entries.enumerated() {
                let matched = words.filter { Self.score([$0], entry) != nil }
                guard !matched.isEmpty, let score = Self.score(matched, entry) else { continue }
                let missing = words.count - matched.count
                hits.append((Hit(path: entry.path, score: missing * 1_000_000_000 + score, isComplete: false), order))
            }
        }
        hits.sort { $0.hit.score != $1.hit.score ? $0.hit.score < $1.hit.score : $0.order < $1.order }
        return hits.prefix(limit).map(\.hit)
    }

    /// Nil when some query word matches nothing.
    static func score(_ query: [String], _ entry: Entry) -> Int? {
        var inName = 0
        var inContent = 0
        var completeness = 0  // per mille of matched word lengths covered by the query
        for word in query {
            if let best = bestMatch(word, entry.nameWords) {
                inName += 1
                completeness += best
            } else if let best = bestMatch(word, entry.contextWords) {
                completeness += best / 2
            } else if let best = bestMatch(word, entry.contentWords) {
                inContent += 1
                completeness += best / 4
            } else {
                return nil
            }
        }
        let nameTier = inName == query.count ? 0 : (inName > 0 ? 1 : 2)
        let tier = inContent == 0 ? nameTier : 2 + (inName > 0 ? 1 : 2)
        let startsName = entry.nameWords.first.map { $0.hasPrefix(query[0]) } ?? false
        let averageCompleteness = completeness / query.count  // 0...1000
        // tier dominates, then the start of the name, then completeness, then length.
        return tier * 100_000_000 + (startsName ? 0 : 10_000_000) + (1000 - averageCompleteness) * 1000
            + min(entry.nameLength, 999)
    }

    /// How completely `word` covers the best word it prefixes (1000 = the whole word).
    private static func bestMatch(_ word: String, _ candidates: [String]) -> Int? {
        var best: Int?
        let count = word.utf8.count
        for candidate in candidates where candidate.hasPrefix(word) {
            let value = count * 1000 / max(1, candidate.utf8.count)
            if best == nil || value > best! { best = value }
        }
        return best
    }
}
