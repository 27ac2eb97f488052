import LoketCore

/// Gives back to the cell the text that the PDF extraction folded into a row's label.
///
/// The label column and the value column of a decree table often run together in the text
/// layer: a row's own label cell carries the first lines of the value (`Dasar Hukum 1. Undang-
/// undang Nomor 25 ...`, `1. Persyaratan 1. Data Peta Jabatan ...`), or a TAB-led line that
/// continues the row puts value text or OCR debris in the label column (`Pengelolaan Pengaduan`
/// + `dapat melalui Telepon ...`, `Pengawasan Internal` + `1741 1841 - 1841 ...`).
///
/// The rule, for a label longer than ``threshold`` characters:
///
/// 1. A stray list marker before the label (`1.`, `•`) is set aside.
/// 2. The label must begin with a known spelling of a component label (``spellings``: the
///    canonical labels and the decrees' own short labels): the longest such prefix of its words
///    is the label.
/// 3. The rest is left in the label when it is label text itself: every word of it is a word of
///    the known spellings (a wrapped `dan Masukan`), or it begins with the spelling of another
///    component (labels stacked by the extraction: `Dasar Hukum Sarana dan Prasarana ...`).
/// 4. Otherwise the rest goes to the cell. OCR debris (``isDebris(_:)``) goes to the end of the
///    cell on a line of its own, so that it does not cut a sentence; other text goes where it
///    was read: the rest of the row's
///    own label cell before the cell's text, a continuation line's label after the text read
///    before that line. A piece that continues the sentence before it (no closing punctuation
///    there, a letter here) joins it with a space; any other piece starts a line of its own, and
///    list items are split as ``CellText/splitItems(_:)`` does. Nothing is dropped: OCR debris
///    moves to the cell as it is.
enum LabelSplit {
    /// Labels up to this length are never split (the longest canonical label has 42 characters
    /// and is only split when more follows it).
    static let threshold = 40

    /// One piece of a row's label as read: the row's own label cell (`offset` 0) or the label
    /// column of a continuation line, with the length (UTF-8) of the row's raw text read before it.
    struct Piece: Equatable {
        var text: String
        var offset: Int
    }

    struct Result: Equatable {
        /// The label: the known spelling the long label begins with.
        var label: String
        /// The row's raw text with the moved pieces put back.
        var raw: String
        /// The moved text, flattened, for the warning.
        var moved: String
        /// A list marker read before the label, set aside.
        var marker: String?
    }

    /// Known spellings of the component labels: the canonical labels and the decrees' own.
    static let spellings: [String] =
        Component.allCases.map(\.canonicalLabel) + [
            "Persyaratan Pelayanan",
            "Sistem, Mekanisme, Prosedur", "Sistem Mekanisme dan Prosedur Pelayanan", "Prosedur", "Prosedur Pelayanan",
            "Sistem Mekanisme",
            "Jangka Waktu", "Waktu Pelayanan", "Waktu Penyelesaian",
            "Biaya", "Biaya Pelayanan", "Tarif",
            "Produk",
            "Penanganan Pengaduan, Saran, Masukan", "Pengaduan, Saran dan Masukan", "Pengelolaan Pengaduan",
            "Pengelolaan Pengaduan Call Centre", "Penanganan Pengaduan",
            "Sarana dan Prasarana", "Sarana/Prasarana", "Sarana, Prasarana dan/atau Fasilitas",
            "Sarana, Prasarana dan Fasilitas", "Sarana Prasarana",
            "Kompetensi", "Pengawas Internal",
            "Jaminan Keamanan dan Keselamatan", "Jaminan Keamanan",
            "Evaluasi Kinerja", "Evaluasi Kinerja Pelaksana Pelayanan",
        ]

    /// A label reduced to its letters, lower case: `Sarana/ Prasarana` and `Sarana/Prasarana` agree.
    static func key(_ text: some StringProtocol) -> String { String(text.lowercased().filter(\.isLetter)) }

    static let spellingKeys: Set<String> = Set(spellings.map(key))

    static let labelWords: Set<String> = Set(
        spellings.flatMap { $0.split { !$0.isLetter }.map { key($0) } }.filter { !$0.isEmpty })

    static func isListMarker(_ word: Substring) -> Bool {
        if word == "•" || word == "-" || word == "#" { return true }
        guard let last = word.last, last == "." || last == ")" else { return false }
        let body = word.dropLast()
        return !body.isEmpty && body.count <= 2 && body.allSatisfy(\.isNumber)
    }

    /// The number of words of the longest prefix of `words` that is a known spelling: words
    /// without digits, the last one with a letter (`Dasar Hukum 1.` is not a spelling).
    static func knownPrefix(_ words: ArraySlice<Substring>) -> Int? {
        let usable = words.prefix { word in !word.contains(where: \.isNumber) }.prefix(8)
        for count in stride(from: usable.count, through: 1, by: -1) {
            let candidate = usable.prefix(count)
            guard candidate.last!.contains(where: \.isLetter) else { continue }
            if spellingKeys.contains(key(candidate.joined(separator: " "))) { return count }
        }
        return nil
    }

    /// OCR debris rather than cell text: no lower-case word of three letters or more (digit runs,
    /// `j i`, `(4) (4)`, upper-case garbage such as `THE PROPERTY O`, a heading cut in two as
    /// `PENGELOLAAN PE`).
    static func isDebris(_ text: String) -> Bool {
        !CellText.flatten(text).split { !$0.isLetter }.contains { word in
            word.count >= 3 && word.contains(where: \.isLowercase)
        }
    }

    static func split(pieces: [Piece], raw: String) -> Result? {
        let flatPieces = pieces.map { CellText.flatten($0.text) }
        let full = flatPieces.filter { !$0.isEmpty }.joined(separator: " ")
        guard full.count > threshold else { return nil }
        // Every word with the index of the piece it was read in.
        var words: [Substring] = []
        var owner: [Int] = []
        for (index, flat) in flatPieces.enumerated() {
            for word in flat.split(separator: " ") {
                words.append(word)
                owner.append(index)
            }
        }
        var start = 0
        if let first = words.first, isListMarker(first) { start = 1 }
        guard let length = knownPrefix(words[start...]) else { return nil }
        let end = start + length
        guard end < words.count else { return nil }
        let rest = words[end...]
        // The rest is label text: a wrapped label, or the label of another component stacked on it.
        if rest.allSatisfy({ labelWords.contains(key($0)) || ($0.allSatisfy { !$0.isLetter && !$0.isNumber }) }) {
            return nil
        }
        let label = words[start..<end].joined(separator: " ")
        if let next = knownPrefix(rest),
            let other = Component.recognise(rest.prefix(next).joined(separator: " ")),
            other != Component.recognise(label)
        {
            return nil
        }

        // The pieces to move: the rest of the piece the label ends in, then the later pieces whole.
        // Debris goes to the end of the cell, on a line of its own, rather than into a sentence.
        var insertions: [(offset: Int, text: String)] = []
        var debris: [String] = []
        func move(_ text: String, from offset: Int) {
            if isDebris(text) { debris.append(CellText.flatten(text)) } else { insertions.append((offset, text)) }
        }
        let lastPiece = owner[end - 1]
        let restOfLast = words[end...].indices.filter { owner[$0] == lastPiece }.map { words[$0] }
        if !restOfLast.isEmpty { move(restOfLast.joined(separator: " "), from: pieces[lastPiece].offset) }
        for index in pieces.indices where index > lastPiece && !flatPieces[index].isEmpty {
            move(pieces[index].text, from: pieces[index].offset)
        }
        var rebuilt = Joined()
        var cursor = raw.utf8.startIndex
        var cursorOffset = 0
        for insertion in insertions {
            let offset = min(max(insertion.offset, 0), raw.utf8.count)
            if offset > cursorOffset {
                let at = raw.utf8.index(cursor, offsetBy: offset - cursorOffset)
                rebuilt.append(String(raw[cursor..<at]))
                cursor = at
                cursorOffset = offset
            }
            rebuilt.append(insertion.text)
        }
        rebuilt.append(String(raw[cursor...]))
        var text = rebuilt.text
        if !debris.isEmpty { text = text.trimmed + " \u{1} " + debris.joined(separator: " ") }
        let moved = CellText.flatten((insertions.map(\.text) + debris).joined(separator: " "))
        return Result(
            label: label, raw: text, moved: moved, marker: start == 1 ? String(words[0]) : nil)
    }

    static let openers = ["<p>", "<ul style=\"list-style-type: none\">", "<ol style=\"list-style-type: none\">"]

    /// Pieces of a cell joined one after the other: with a space when the next piece continues
    /// the sentence before it (or straight on after a hyphen), on a line of its own otherwise.
    /// Each piece is looked at once, so joining many pieces takes time linear in their length.
    struct Joined {
        private(set) var text = ""
        /// The last character of the text so far, markup removed.
        private var lastFlat: Character?

        mutating func append(_ next: String) {
            var tail = next.trimmed
            if tail.isEmpty { return }
            let flatTail = CellText.flatten(tail)
            defer { lastFlat = flatTail.last ?? lastFlat }
            if text.isEmpty {
                text = tail
                return
            }
            guard let before = lastFlat, let after = flatTail.first, after.isLetter, !".;:!?)".contains(before)
            else {
                text += " \u{1} " + tail
                return
            }
            // A page break re-opens the editor's markup mid-sentence; do not let it start a new item.
            for opener in openers where tail.hasPrefix(opener) { tail = String(tail.dropFirst(opener.count)).trimmed }
            if before == "-", text.last == "-" {
                text += tail
            } else {
                text += " " + tail
            }
        }
    }
}
