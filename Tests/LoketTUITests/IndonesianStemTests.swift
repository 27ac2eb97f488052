import LoketTUI
import Testing

@Suite("Indonesian roots and typing mistakes")
struct IndonesianStemTests {
    @Test(
        "affixes off, nasal assimilation undone",
        arguments: [
            ("peminjaman", "pinjam"), ("perizinan", "izin"), ("pelayanan", "layan"), ("layanan", "layan"),
            ("pendaftaran", "daftar"), ("pengajuan", "aju"), ("pengiriman", "kirim"), ("penyusunan", "susun"),
            ("pembuatan", "buat"), ("penulisan", "tulis"), ("permohonan", "mohon"), ("diperpanjang", "panjang"),
            ("keamanan", "aman"), ("bermain", "main"), ("memberikan", "beri"), ("menyampaikan", "sampai"),
            ("mengajukan", "aju"), ("pengecekan", "cek"), ("kebutuhannya", "butuh"), ("diproses", "proses"),
            ("memperoleh", "oleh"), ("penanganan", "tangan"), ("mencari", "cari"), ("perdata", "data"),
        ])
    func roots(word: String, root: String) {
        #expect(IndonesianStem.roots(word).contains(root), "\(IndonesianStem.roots(word))")
    }

    @Test("the word itself is a root; short roots and words are left alone")
    func shortWords() {
        #expect(IndonesianStem.roots("izin") == ["izin"])
        #expect(IndonesianStem.roots("pinjam") == ["pinjam"])
        #expect(IndonesianStem.roots("mc") == [])
        #expect(!IndonesianStem.roots("perda").contains("da"))
        #expect(!IndonesianStem.roots("dian").contains("an"))
    }

    @Test(
        "typing mistakes within the allowance",
        arguments: [
            ("hibh", "hibah", false, 1), ("rekomendsi", "rekomendasi", false, 1), ("hbiah", "hibah", false, 1),
            ("rekomnedasi", "rekomendasi", false, 1), ("rekomendsi", "rekomendasinya", true, 1),
            ("permohnan", "permohonan", false, 1), ("prmhonan", "permohonan", false, 2),
        ])
    func typos(query: String, word: String, prefix: Bool, edits: Int) {
        let limit = TypoDistance.allowance(query.count)
        #expect(TypoDistance.distance(Array(query.utf8), Array(word.utf8), limit: limit, prefix: prefix) == edits)
    }

    @Test("too many mistakes, or too short a word, is no match")
    func notTypos() {
        #expect(TypoDistance.allowance(3) == 0)
        #expect(TypoDistance.allowance(4) == 1)
        #expect(TypoDistance.allowance(7) == 1)
        #expect(TypoDistance.allowance(8) == 2)
        #expect(TypoDistance.distance(Array("hba".utf8), Array("hibah".utf8), limit: 0) == nil)
        #expect(TypoDistance.distance(Array("hbah".utf8), Array("hibah".utf8), limit: 1) == 1)
        #expect(TypoDistance.distance(Array("hbh".utf8), Array("hibah".utf8), limit: 1) == nil)
        #expect(TypoDistance.distance(Array("rekmndsi".utf8), Array("rekomendasi".utf8), limit: 2) == nil)
        #expect(TypoDistance.distance(Array("rekomendsi".utf8), Array("rekomendasinya".utf8), limit: 2) == nil)
        #expect(TypoDistance.distance(Array("data".utf8), Array("data".utf8), limit: 1) == 0)
    }
}
