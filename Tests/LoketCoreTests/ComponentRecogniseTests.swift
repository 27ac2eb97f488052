import Testing

@testable import LoketCore

/// `Component.recognise`: every label variant of DOMAIN.md and of the five seeds (as the
/// extraction gives them, OCR tails included), one test case each, with the component a person
/// reads in it. Dropping any rule of the recogniser fails at least one case here.
@Suite struct ComponentRecogniseTests {
    static let variants: [(String, Component)] = [
        // 1. Persyaratan
        ("Persyaratan", .persyaratan), ("Persyaratan Pelayanan", .persyaratan), ("Persyara", .persyaratan),
        ("Persyaratan -", .persyaratan), ("Persyaratan 500", .persyaratan), ("Persyaratan Tersyaratan", .persyaratan),
        ("Persyaratan Toroyaratari", .persyaratan), ("Syarat", .persyaratan),
        // 2. Sistem, Mekanisme dan Prosedur
        ("Sistem, Mekanisme dan Prosedur", .prosedur), ("Sistem Mekanisme dan Prosedur", .prosedur),
        ("Sistem, mekanisme dan prosedur", .prosedur), ("Sistem,Mekanismedan Prosedur", .prosedur),
        ("Sistem, Mekanisme, Prosedur", .prosedur), ("Sistem Mekanisme dan Prosedur Pelayanan", .prosedur),
        ("Sistem Mekanisme", .prosedur), ("Sistem dan Pros", .prosedur), ("Prosedur", .prosedur),
        ("Prosedur -", .prosedur), ("dan Prosedur", .prosedur), ("Mekanisme", .prosedur),
        ("Sistem,", .prosedur),
        // 3. Jangka Waktu Pelayanan
        ("Jangka Waktu Pelayanan", .jangkaWaktu), ("Jangka Waktu", .jangkaWaktu), ("Jangka waktu", .jangkaWaktu),
        ("Waktu Pelayanan", .jangkaWaktu), ("Waktu Penyelesaian", .jangkaWaktu),
        ("Jangka Waktu Penyelesaian", .jangkaWaktu), ("Jangka Waktu Pelayanan relayallall", .jangkaWaktu),
        ("Waktu", .jangkaWaktu),
        // 4. Biaya/Tarif
        ("Biaya/Tarif", .biaya), ("Biaya /Tarif", .biaya), ("Biaya/tarif", .biaya), ("Biaya", .biaya),
        ("Biaya Pelayanan", .biaya), ("Tarif", .biaya),
        // 5. Produk Pelayanan
        ("Produk Pelayanan", .produk), ("Produk", .produk), ("Produk Pelayanan -", .produk),
        // 6. Penanganan Pengaduan, Saran dan Masukan
        ("Penanganan Pengaduan, Saran dan Masukan", .pengaduan),
        ("Penanganan pengaduan, saran dan masukan", .pengaduan),
        ("Penanganan Pengaduan, Saran, Masukan", .pengaduan), ("Pengelolaan Pengaduan", .pengaduan),
        ("Pengelolaan Pengaduan Call Centre", .pengaduan), ("Penanganan", .pengaduan),
        ("Penanganan Pengaduan", .pengaduan), ("Saran dan Masukan", .pengaduan),
        // 7. Dasar Hukum
        ("Dasar Hukum", .dasarHukum), ("Dasar Hukum - _ -", .dasarHukum), ("Dasar Hukum Dabai Hakuiii _", .dasarHukum),
        // 8. Sarana, Prasarana dan/atau Fasilitas
        ("Sarana, Prasarana dan/atau Fasilitas", .sarana), ("Sarana dan Prasarana", .sarana),
        ("Sarana Dan Prasarana", .sarana), ("Sarana/Prasarana", .sarana), ("Sarana/ Prasarana", .sarana),
        ("Sarana, Prasarana dan / fasilitas", .sarana), ("Prasarana", .sarana), ("Fasilitas", .sarana),
        // 9. Kompetensi Pelaksana
        ("Kompetensi Pelaksana", .kompetensi), ("Kompetensi", .kompetensi), ("Kompetensi Pelaksana r -", .kompetensi),
        // 10. Pengawasan Internal
        ("Pengawasan Internal", .pengawasan), ("Pengawas Internal", .pengawasan),
        (". Pengawasan Internal", .pengawasan),
        ("Pengawasan Internal 0.70", .pengawasan),
        // 11. Jumlah Pelaksana
        ("Jumlah Pelaksana", .jumlahPelaksana), ("Jumlah", .jumlahPelaksana), ("Jumlah Petugas", .jumlahPelaksana),
        // 12. Jaminan Pelayanan
        ("Jaminan Pelayanan", .jaminanPelayanan), ("Jumlah Pelaksana Jaminan Pelayanan", .jaminanPelayanan),
        // 13. Jaminan Keamanan dan Keselamatan Pelayanan
        ("Jaminan Keamanan dan Keselamatan Pelayanan", .jaminanKeamanan),
        ("Jaminan Keamanan dan Keselamatan", .jaminanKeamanan),
        ("Jaminan Keamanan Dan Keselamatan", .jaminanKeamanan),
        ("Jaminan Keamanan danKeselamatan Pelayanan", .jaminanKeamanan),
        ("Jaminan Keamanan dan", .jaminanKeamanan), ("Keamanan", .jaminanKeamanan),
        ("Keselamatan Pelayanan", .jaminanKeamanan), ("dan Keselamatan", .jaminanKeamanan),
        // 14. Evaluasi Kinerja Pelaksana
        ("Evaluasi Kinerja Pelaksana", .evaluasi), ("Evaluasi Kinerja", .evaluasi),
        ("Evaluasi Kinerj Pelaksana", .evaluasi),
        ("Evaluasi Kinerja Pelaksana Pelayanan", .evaluasi), ("Evaluasi Pelaksana", .evaluasi),
    ]

    @Test(arguments: variants)
    func recognises(_ label: String, _ component: Component) {
        #expect(Component.recognise(label) == component, "«\(label)»")
    }

    @Test(arguments: Component.allCases)
    func theCanonicalLabelNamesItsComponent(_ component: Component) {
        #expect(Component.recognise(component.canonicalLabel) == component)
        #expect(Component.recognise(component.canonicalLabel.uppercased()) == component)
    }

    /// Labels that name no component: extra rows and the extraction's debris. The row number
    /// decides for these, or they stay extra rows.
    @Test(arguments: [
        "", "V", "No", "Pelayanan", "Pelaksana", "Maklumat Pelayanan", "Keterangan", "To colon", "Camman i Clayanan",
        "1.",
    ])
    func namesNoComponent(_ label: String) {
        #expect(Component.recognise(label) == nil, "«\(label)»")
    }
}
