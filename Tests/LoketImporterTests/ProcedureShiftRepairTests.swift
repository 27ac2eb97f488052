import LoketCore
import Testing

@testable import LoketImporter

/// Procedure text pushed into the head of the jangka waktu cell goes back to the procedure.
struct ProcedureShiftRepairTests {
    static func rows(procedure: String, time: String) -> [ParsedComponent] {
        [
            ParsedComponent(number: 1, label: "Persyaratan", text: "Surat permohonan", line: 10),
            ParsedComponent(number: 2, label: "Sistem, Mekanisme dan Prosedur", text: procedure, line: 11),
            ParsedComponent(number: 3, label: "Jangka Waktu Pelayanan", text: time, line: 14),
            ParsedComponent(number: 4, label: "Biaya/Tarif", text: "Tanpa dipungut biaya", line: 15),
        ]
    }

    static func repair(procedure: String, time: String) -> (procedure: String, time: String, warnings: [ImportWarning])
    {
        var components = rows(procedure: procedure, time: time)
        var warnings: [ImportWarning] = []
        ProcedureShiftRepair.apply(to: &components, warnings: &warnings)
        return (components[1].text, components[2].text, warnings)
    }

    static let steps =
        "Petugas menerima berkas dan memeriksa kelengkapannya bersama pemohon. Berkas yang lengkap diteruskan "
        + "kepada Kepala Bidang untuk diperiksa dan diparaf. Kepala Dinas menandatangani surat yang sudah diparaf."

    @Test func longStepsBeforeTheLimitGoBackToTheProcedure() {
        let result = Self.repair(
            procedure: "1. Pemohon mengisi formulir",
            time: Self.steps + " Disampaikan paling lambat 5 (lima) hari kerja")
        #expect(result.time == "paling lambat 5 (lima) hari kerja")
        #expect(result.procedure.hasPrefix("1. Pemohon mengisi formulir Petugas menerima berkas"))
        #expect(result.procedure.hasSuffix("Kepala Dinas menandatangani surat yang sudah diparaf. Disampaikan"))
        #expect(result.warnings.map(\.line) == [14])
        #expect(
            result.warnings.first?.message.contains("dipindah ke akhir Sistem, Mekanisme dan Prosedur (baris 11)")
                == true)
    }

    @Test func anOpenLimitKeepsItsPhrase() {
        let result = Self.repair(
            procedure: "Rapat koordinasi", time: Self.steps + " Sampai dengan tercapai kesepakatan para pihak")
        #expect(result.time == "Sampai dengan tercapai kesepakatan para pihak")
        #expect(result.warnings.count == 1)
    }

    @Test func aWordThatEndsTheProcedureGoesBack() {
        let result = Self.repair(
            procedure: "1. Menyusun laporan\n2. Menyampaikan hasil ke Bagian", time: "Organisasi 2 (dua) hari kerja")
        #expect(result.time == "2 (dua) hari kerja")
        #expect(result.procedure == "1. Menyusun laporan\n2. Menyampaikan hasil ke Bagian Organisasi")
        #expect(result.warnings.count == 1)
    }

    @Test(arguments: [
        // A qualifier, not steps: short and the procedure above is complete.
        (
            "1. Pemohon datang.",
            "Apabila sudah teranggarkan di APBD untuk proses penyelesaian pelayanan selama 3 bulan."
        ),
        ("1. Pemohon datang", "Maksimal 10 (sepuluh) hari kerja"),
        ("1. Pemohon datang.", "Organisasi 2 (dua) hari kerja"),
        ("1. Pemohon datang", "• 2 menit untuk mengakses secara online; 1 hari untuk layanan manual."),
        // A breakdown of the limit itself.
        ("1. Pemohon datang", "Total jangka waktu penyelesaian proses pengadaan adalah : " + steps + " = 5 hari kerja"),
        // Nothing that reads.
        ("1. Pemohon datang", steps),
    ])
    func whatStaysInTheJangkaWaktuCell(_ procedure: String, _ time: String) {
        let result = Self.repair(procedure: procedure, time: time)
        #expect(result.time == time)
        #expect(result.procedure == procedure)
        #expect(result.warnings.isEmpty)
    }

    @Test func aLongPrefixWithADurationOfItsOwnStays() {
        let time = "Pemeriksaan berkas 2 hari kerja. " + Self.steps + " Penyerahan 3 hari kerja"
        #expect(Self.repair(procedure: "1. Pemohon datang", time: time).warnings.isEmpty)
    }
}
