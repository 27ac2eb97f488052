import Foundation
import LoketCore
import LoketPresentation

/// The SKM dialog after a hand-over. The pemohon reads it on the officer's screen: one element
/// at a time highlighted, what 1-4 mean always in view, the answers given beside their elements,
/// plain words, no colour needed. Nothing names the pemohon.
enum SurveyView {
    static func draw(_ view: RequestView, scores: [Int], notice: Notice?, into screen: inout Screen) {
        let count = SKMElement.allCases.count
        var lines: [(String, Style)] = [
            ("Layanan: " + Sanitizer.clean(view.serviceName), .muted),
            ("Bagaimana pelayanan kami? Tekan satu angka untuk tiap unsur:", .normal),
            (SKMElement.scores.map { "\($0) = \(SKMElement.scoreWord($0))" }.joined(separator: "   "), .accent),
        ]
        let nameWidth = SKMElement.allCases.map { DisplayWidth.of($0.name) }.max() ?? 0
        for element in SKMElement.allCases {
            let index = element.rawValue - 1
            let label = "\(element.rawValue). " + element.name
            let pad = String(repeating: " ", count: max(1, nameWidth + 5 - DisplayWidth.of(label)))
            if let score = scores[safe: index] {
                lines.append(("  " + label + pad + "\(score) \(SKMElement.scoreWord(score))", .normal))
            } else if index == scores.count {
                lines.append(("> " + label + pad + "1-4 ?", .selection))
            } else {
                lines.append(("  " + label, .muted))
            }
        }
        if scores.count == count {
            lines.append(("Semua terjawab. Enter: simpan.  Backspace: ubah.  Esc: lewati.", .accent))
        } else {
            lines.append(("Unsur \(scores.count + 1) dari \(count).  Backspace: kembali.  Esc: lewati.", .muted))
        }
        lines.append(("Tanpa nama: jawaban dijumlahkan per layanan dan bulan.", .muted))
        let width = min(screen.width - 4, 76)
        if let notice, notice.isProblem {
            for line in TextWrap.wrap(Sanitizer.clean(notice.text), width: width - 4) { lines.append((line, .warning)) }
        }
        let height = min(screen.height - 3, lines.count + 2)
        let left = (screen.width - width) / 2
        let top = max(2, (screen.height - 1 - height) / 2)
        Box.draw(
            row: top, column: left, width: width, height: height,
            title: RequestScreen.dialogTitle(.survey(scores: scores)).capitalizedFirst, into: &screen)
        for (index, line) in lines.prefix(height - 2).enumerated() {
            if line.1 == .selection {
                screen.fill(row: top + 1 + index, column: left + 1, width: width - 2, style: .selection)
            }
            screen.put(line.0, row: top + 1 + index, column: left + 2, limit: width - 4, style: line.1, ellipsis: true)
        }
    }
}
