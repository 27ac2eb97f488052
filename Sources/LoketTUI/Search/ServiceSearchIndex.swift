/// Every service of every agency, with its words folded and their roots found once, so that
/// each keystroke of a search is a scan of small arrays.
///
/// A query matches a service when each query word is found in the service's name, its unit
/// (Bagian) name, its agency name, or its card's text; word order does not matter. A word is
/// found as a whole word, as the same Indonesian root (`pinjam` ~ Peminjaman, `izin` ~
/// perizinan, see ``IndonesianStem``), as the start of a word, or, in the name, Bagian and
/// agency only, with a typing mistake (`rekomendsi`, `hibh`, see ``TypoDistance``) when no
/// word of the catalog starts with it as typed.
///
/// Ranking, each rule breaking the ties of the one before:
/// 1. services matching every word before those matching some (partial, see below);
/// 2. without a typing correction before with one;
/// 3. found by whole words, roots or word starts in the name, Bagian or agency, or by whole
///    words in the card, before those needing a word start or a root in the card's text;
/// 4. the user's own Bagian, then its agency, then the other agencies (``Hit/isElsewhere``);
/// 5. how each word was found: a whole word or root in the name, a whole word in the
///    Bagian/agency, then in the card (4 letters or more), then word starts and the other
///    roots (`perda`: the cards saying "Perda" before PERDATA);
/// 6. a name starting with the first query word; more complete word matches; shorter names;
///    the catalog order.
///
/// When no service matches every word of a query of several words, the services matching
/// the most words are returned instead, marked partial, so that a search never ends in an
/// empty list when something is close.
public struct ServiceSearchIndex: Sendable {
    public struct Entry: Sendable {
        public var path: CatalogSnapshot.Path
        var agencyID: Int64
        var unitID: Int64
        var name: Field
        var context: Field  // unit then agency words
        var content: Field  // distinct words of the card's text not in the name
        var nameLength: Int
    }

    /// The words of one part of a service, with everything a keystroke compares.
    struct Field: Sendable {
        var words: [String]
        /// The words' bytes, for typing-mistake distances (name and context only).
        var bytes: [[UInt8]]
        /// The words and the roots found by taking a prefix off (peminjaman → pinjam); name and
        /// context only.
        var roots: Set<String> = []
        /// The roots found by taking only suffixes off (pinjaman → pinjam): a query word equal to
        /// one of them is a word start being typed (`pelay` of "pelayan"), not a root.
        var suffixRoots: Set<String> = []
        /// The card's words as numbers into ``ServiceSearchIndex/contentWords`` (content only:
        /// hundreds of words a service, whose roots are compared once per keystroke, not per
        /// service).
        var wordIDs: [Int32] = []

        /// True when `word` shares a root with a word of the field.
        func sharesRoot(_ word: QueryWord) -> Bool {
            if !wordIDs.isEmpty { return wordIDs.contains { word.contentRootWords[Int($0)] } }
            if word.bytes.count >= 4, roots.contains(word.text) { return true }
            return word.roots.contains { roots.contains($0) || suffixRoots.contains($0) }
        }
    }

    /// A distinct word of the cards' texts and its roots (see ``Field``).
    struct WordRoots: Sendable {
        var word: String
        var prefixed: [String]
        var suffixed: [String]

        init(_ word: String) {
            self.word = word
            let all = IndonesianStem.roots(word).filter { $0 != word }
            prefixed = all.filter { !word.hasPrefix($0) }
            suffixed = all.filter { word.hasPrefix($0) }
        }

        func sharesRoot(_ query: QueryWord) -> Bool {
            if query.bytes.count >= 4, prefixed.contains(query.text) { return true }
            return query.roots.contains { $0 == word || prefixed.contains($0) || suffixed.contains($0) }
        }
    }

    /// Where the user works: search puts these first. Empty: no preference, nothing marked.
    public struct Home: Sendable, Hashable {
        public var unitIDs: Set<Int64>
        public var agencyIDs: Set<Int64>

        public init(unitIDs: Set<Int64> = [], agencyIDs: Set<Int64> = []) {
            self.unitIDs = unitIDs
            self.agencyIDs = agencyIDs
        }

        public static let none = Home()
        public var isEmpty: Bool { unitIDs.isEmpty && agencyIDs.isEmpty }
    }

    public struct Hit: Sendable, Hashable {
        public var path: CatalogSnapshot.Path
        /// Lower is better.
        public var score: Int
        /// False when the service matches only some of the query's words.
        public var isComplete: Bool = true
        /// The service is in an agency the user does not work in (only with a ``Home``).
        public var isElsewhere: Bool = false
        /// Some query word was found only with a typing mistake forgiven.
        public var isCorrected: Bool = false
    }

    public private(set) var entries: [Entry]

    public init(_ catalog: CatalogSnapshot) {
        // Every distinct word once, numbered, with its roots.
        var ids: [String: Int32] = [:]
        var words: [WordRoots] = []
        func id(_ word: String) -> Int32 {
            if let id = ids[word] { return id }
            let id = Int32(words.count)
            ids[word] = id
            words.append(WordRoots(word))
            return id
        }
        /// The name's or the context's words: few, with their roots and bytes for typing mistakes.
        func small(_ text: [String]) -> Field {
            var field = Field(words: text, bytes: [], roots: Set(text))
            for word in text {
                let found = words[Int(id(word))]
                field.roots.formUnion(found.prefixed)
                field.suffixRoots.formUnion(found.suffixed)
            }
            // Typing mistakes are forgiven against the words and their roots (`pinjm` ~ pinjam).
            let extra = field.roots.union(field.suffixRoots).subtracting(text).filter { $0.utf8.count >= 4 }.sorted()
            field.bytes = (text + extra).map { Array($0.utf8) }
            return field
        }
        var entries: [Entry] = []
        entries.reserveCapacity(catalog.serviceCount)
        for (a, agency) in catalog.agencies.enumerated() {
            let agencyWords = SearchFold.words(agency.name)
            for (u, unit) in agency.units.enumerated() {
                let context = small(SearchFold.words(unit.name) + agencyWords)
                for (s, service) in unit.services.enumerated() {
                    let nameWords = SearchFold.words(service.name)
                    let content = Array(Set(SearchFold.words(service.searchText)).subtracting(nameWords))
                    entries.append(
                        Entry(
                            path: .init(agency: a, unit: u, service: s), agencyID: agency.id, unitID: unit.id,
                            name: small(nameWords), context: context,
                            content: Field(words: content, bytes: [], wordIDs: content.map(id)),
                            nameLength: service.name.count))
                }
            }
        }
        self.entries = entries
        contentWords = words
        vocabulary = words.map(\.word).sorted()
        roots = Set(words.flatMap { $0.prefixed + $0.suffixed })
    }

    /// Every distinct word of the catalog (``Field/wordIDs`` number them).
    let contentWords: [WordRoots]
    /// Every word of the catalog, sorted, and every root: a query word found in them as typed is
    /// not corrected (`data` never turns into `dana`).
    private let vocabulary: [String]
    private let roots: Set<String>

    /// True when some word of the catalog starts with `word`, or shares a root with it.
    func isKnown(_ word: QueryWord) -> Bool {
        var low = 0
        var high = vocabulary.count
        while low < high {
            let middle = (low + high) / 2
            if vocabulary[middle] < word.text { low = middle + 1 } else { high = middle }
        }
        if low < vocabulary.count, vocabulary[low].hasPrefix(word.text) { return true }
        return roots.contains(word.text) || word.roots.contains(where: roots.contains)
    }

    /// A query word with what each comparison needs.
    struct QueryWord {
        var text: String
        var bytes: [UInt8]
        /// Its roots of 4 letters or more, itself not included (shorter words are compared as
        /// typed).
        var roots: [String]
        var typoLimit: Int
        /// By word number (``ServiceSearchIndex/contentWords``): the words sharing a root with
        /// this one.
        var contentRootWords: [Bool] = []

        init(_ text: String) {
            self.text = text
            bytes = Array(text.utf8)
            roots = bytes.count >= 4 ? IndonesianStem.roots(text).filter { $0 != text && $0.utf8.count >= 4 } : []
            typoLimit = TypoDistance.allowance(bytes.count)
        }
    }

    /// The matches for `query`, best first, the user's `home` first among equals (see the
    /// ranking above). An empty query matches nothing.
    public func search(_ query: String, home: Home = .none, limit: Int = 200) -> [Hit] {
        let words = SearchFold.words(query).map { text in
            var word = QueryWord(text)
            if word.typoLimit > 0, isKnown(word) { word.typoLimit = 0 }
            word.contentRootWords = contentWords.map { $0.sharesRoot(word) }
            return word
        }
        guard !words.isEmpty else { return [] }
        let homeAgencies = home.agencyIDs.union(
            entries.lazy.filter { home.unitIDs.contains($0.unitID) }.map(\.agencyID))
        func place(_ entry: Entry) -> Int {
            guard !home.isEmpty else { return 0 }
            if home.unitIDs.contains(entry.unitID) { return 0 }
            return homeAgencies.contains(entry.agencyID) ? 1 : 2
        }
        var hits: [(hit: Hit, order: Int)] = []
        for (order, entry) in entries.enumerated() {
            guard let ranked = Self.rank(words, entry, place: place(entry)) else { continue }
            hits.append((ranked, order))
        }
        if hits.isEmpty, words.count > 1 {
            // Partial: the most words matched first, then the same ranking over those words.
            for (order, entry) in entries.enumerated() {
                let matched = words.filter { Self.match($0, entry) != nil }
                guard !matched.isEmpty, var ranked = Self.rank(matched, entry, place: place(entry)) else { continue }
                ranked.score += min(words.count - matched.count, 50) * 100_000_000_000_000_000
                ranked.isComplete = false
                hits.append((ranked, order))
            }
        }
        hits.sort { $0.hit.score != $1.hit.score ? $0.hit.score < $1.hit.score : $0.order < $1.order }
        return hits.prefix(limit).map(\.hit)
    }

    /// How one query word was found in a service: `grade` (lower is better, see ``Grade``) and
    /// how much of the matched word it covers (1000 = all of it).
    struct Match {
        var grade: Grade
        var completeness: Int
    }

    /// The ways a word is found, best first (rule 5 of the ranking; typing corrections last).
    enum Grade: Int, Comparable {
        case nameWord, nameRoot, contextWord, contentWord
        // A root shared with the Bagian or agency only after a name start: while a word is typed,
        // its prefixes are often roots (`pelayan`), and the list must not jump at every letter.
        case nameStart, contextRoot, contextStart, contentRoot, contentStart
        case nameTypo, contextTypo

        static func < (lhs: Grade, rhs: Grade) -> Bool { lhs.rawValue < rhs.rawValue }
        var isTypo: Bool { self >= .nameTypo }
        /// Needs the card's text for less than a whole word (rule 3).
        var isWeak: Bool { self == .contentRoot || self == .contentStart }
    }

    /// The hit for `query` in `entry`, nil when some query word is not found.
    static func rank(_ query: [QueryWord], _ entry: Entry, place: Int) -> Hit? {
        var grades = 0
        var completeness = 0
        var corrected = false
        var weak = false
        for word in query {
            guard let match = match(word, entry) else { return nil }
            grades += match.grade.rawValue
            completeness += match.completeness
            corrected = corrected || match.grade.isTypo
            weak = weak || match.grade.isWeak
        }
        let band = corrected ? 2 : (weak ? 1 : 0)
        let startsName = entry.name.words.first.map { $0.hasPrefix(query[0].text) } ?? false
        let averageCompleteness = min(1000, completeness / query.count)
        // band, then place, then grades, then the start of the name, completeness, length.
        let score =
            band * 10_000_000_000_000_000 + place * 1_000_000_000_000_000 + min(grades, 99_999) * 10_000_000_000
            + (startsName ? 0 : 1_000_000_000) + (1000 - averageCompleteness) * 1000 + min(entry.nameLength, 999)
        return Hit(
            path: entry.path, score: score, isElsewhere: place == 2, isCorrected: corrected)
    }

    /// The best way `word` is found in `entry`, nil when it is not.
    static func match(_ word: QueryWord, _ entry: Entry) -> Match? {
        var best: Match?
        func offer(_ grade: Grade, _ completeness: Int) {
            if best == nil || grade < best!.grade || (grade == best!.grade && completeness > best!.completeness) {
                best = Match(grade: grade, completeness: completeness)
            }
        }
        let fields: [(Field, word: Grade, root: Grade, start: Grade, typo: Grade?)] = [
            (entry.name, .nameWord, .nameRoot, .nameStart, .nameTypo),
            (entry.context, .contextWord, .contextRoot, .contextStart, .contextTypo),
            (entry.content, .contentWord, .contentRoot, .contentStart, nil),
        ]
        let count = word.bytes.count
        for (field, wordGrade, rootGrade, startGrade, _) in fields {
            if best.map({ $0.grade < wordGrade }) == true { break }
            for candidate in field.words where candidate.hasPrefix(word.text) {
                let length = candidate.utf8.count
                // In the card's text a short whole word (`di`, `pe`, `p`) is noise: it ranks as
                // a word start, so that the results do not reshuffle at every letter typed.
                let whole = length == count && (wordGrade != .contentWord || count >= 4)
                offer(whole ? wordGrade : startGrade, count * 1000 / max(1, length))
            }
            if best.map({ $0.grade < rootGrade }) != true, field.sharesRoot(word) {
                offer(rootGrade, 800)
            }
        }
        if best != nil || word.typoLimit == 0 { return best }
        for (field, _, _, _, typoGrade) in fields {
            guard let typoGrade else { continue }
            for candidate in field.bytes {
                let prefix = count >= 5 && candidate.count > count
                guard let edits = TypoDistance.distance(word.bytes, candidate, limit: word.typoLimit, prefix: prefix)
                else { continue }
                offer(typoGrade, 500 - edits * 100)
            }
            if best != nil { break }
        }
        return best
    }
}
