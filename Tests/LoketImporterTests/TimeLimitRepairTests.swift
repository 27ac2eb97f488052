import LoketCore
@testable import LoketImporter
import Testing

/// Jangka waktu cells that the PDF extraction split over rows or dropped out of the table, put
/// back by structure (never by line number or service name), each with a warning.
struct TimeLimitRepairTests {
    /// A cell line that starts `maklumat pelayanannya, ...` is the rest of a cell, not the
    /// Maklumat Pelayanan that closes a decree: before, rows 3-14 of the service were dropped.
    @Test func cellLineMentioningMaklumatDoesNotCloseTheTable() throws {
        #expect(LineClassifier.classify("\t\tmaklumat pelayanannya, yang selanjutnya") != .closer(startsDecree: false))
        #expect(LineClassifier.classify("MAKLUMAT PELAYANAN") == .closer(startsDecree: false))
        #expect(LineClassifier.classify("Maklumat pelayanannya disusun") != .closer(startsDecree: false))

        let catalog = try Seeds.catalog("003")
        let service = try #require(Seeds.service(catalog, line: 2383)).service
        #expect(service.name == "Pendampingan Penyusunan Standar Pelayanan")
        let time = try #require(service.component(.jangkaWaktu))
        #expect(time.line == 2410)
        #expect(time.text == "1 (satu) hari kerja")
        #expect(TimeLimitParser.parse(time.text).reading == .duration(TimeAmount(1, .workdays)))
        #expect(service.component(.prosedur)?.text == "I. Bagian Organisasi")
        #expect(
            service.components.first { $0.line == 2389 }?.text.hasSuffix(
                "beserta maklumat pelayanannya, yang selanjutnya ditetapkan dengan Keputusan Kepala Unit Pelayanan.")
                == true)
        #expect(service.component(.evaluasi)?.line == 2438)
        #expect(!catalog.warnings.contains { $0.line == 2383 && $0.message.contains("tanpa bagian B") })
    }
}
