import Testing

@testable import LoketTUI

/// Whole screens of the counter at 80x24, reviewed by a person: a change to any of them shows here.
@Suite("Counter: golden screens")
struct CounterGoldenTests {
    func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingTrailing() }
    }

    @Test("saved, one request, the list: whole screens")
    func goldens() {
        var (program, fake) = RequestFormTests.onCard()
        program.send(.char("n"))
        program.type("Made Wirawan")
        program.send(.tab)
        program.type("5171010101010001")
        program.send(.tab, .tab, .tab, .tab, .char(" "))
        program.send(.function(2))
        #expect(lines(program.render().text) == lines(Self.saved))
        program.send(.enter)
        #expect(lines(program.render().text) == lines(Self.request))
        fake.seed(3)
        program.send(.function(4))
        #expect(lines(program.render().text) == lines(Self.list))
    }

    static let saved = """
         Loket › Permohonan                  made (petugas)  Sen 23 Nov 2026 09:05 WITA
         Permohonan tersimpan

          Nomor permohonan:

                    ██  █ █     ███ ███ ███ ███     ███ ███ ███ ███ ███  █
                    █ █ █ █       █ █ █   █ █       █ █ █ █ █ █ █ █ █ █ ██
                    █ █ █ █ ███ ███ █ █ ███ ███ ███ █ █ █ █ █ █ █ █ █ █  █
                    █ █ █ █     █   █ █ █   █ █     █ █ █ █ █ █ █ █ █ █  █
                    ██  ███     ███ ███ ███ ███     ███ ███ ███ ███ ███ ███

                                         DU-2026-000001

          Pemohon   : Made Wirawan
          Layanan   : Permintaan Data
          Tenggat   : menunggu kelengkapan berkas: dihitung saat berkas lengkap
          Kurang    : Surat permohonan; Foto 3x4
          Status    : menunggu kelengkapan berkas



          Tekan p untuk mencetak tanda terima.

         p Cetak  Enter Buka  n Baru lagi  Esc Kembali  F1/? Bantuan  / Cari
        """

    static let request = """
         Loket › Permohonan                  made (petugas)  Sen 23 Nov 2026 09:05 WITA
         Permohonan DU-2026-000001                          menunggu kelengkapan berkas
         Pemohon    : Made Wirawan · NIK 5171010101010001
         Layanan    : Permintaan Data (Bagian Uji, Dinas Uji)
         Status     : menunggu kelengkapan berkas · petugas made
         Jangka     : 3 hari kerja → 3 hari kerja
         Diterima   : Senin, 23 November 2026 09.05 WITA
         Tenggat    : menunggu kelengkapan berkas (kurang: Surat permohonan; Foto 3x4)

         Persyaratan
           [x] 1. KTP
           [ ] 2. Surat permohonan — belum dibawa
           [ ] 3. Foto 3x4 — belum dibawa

         Riwayat
           Sen 23 Nov 09:05 made dicatat, menunggu kelengkapan berkas







         d Berkas  s Status  c Catatan  p Cetak  Esc Kembali  F1/? Bantuan  / Cari
        """

    static let list = """
         Loket › Permohonan                  made (petugas)  Sen 23 Nov 2026 09:05 WITA
         Permohonan: Bagian saya, semua                                               4
           Nomor, pemohon / layanan, tenggat                   Keadaan
         > DU-2026-000001    Made Wirawan                      menunggu berkas
             Permintaan Data                                   petugas made
           DU-2026-000004    Pemohon 3                         sisa 2 hari kerja
             Layanan 3 · tenggat 26 Nov 09:04                  diterima · made
           DU-2026-000003    Pemohon 2                         sisa 2 hari kerja
             Layanan 2 · tenggat 26 Nov 09:03                  diterima · made
           DU-2026-000002    Pemohon 1                         sisa 2 hari kerja
             Layanan 1 · tenggat 26 Nov 09:02                  diterima · made












         ↑↓ Pilih  Enter Buka  / Cari  m Saya/Bagian  f Saring  Esc Kembali  F1 Bantuan
        """
}

@Suite("Requests list: the state column")
struct RequestListWordsTests {
    @Test("Lateness up to 999 working days fits the state column uncut (it was cut at 10)")
    func latenessFits() {
        for words in [
            Urgency.overdue(.workdays(10)).words, Urgency.overdue(.workdays(999)).words,
            Urgency.overdue(.hours(7)).words, Urgency.dueToday.words, "terlambat <1 jam",
        ] {
            #expect(DisplayWidth.of(words) <= RequestListView.wordsWidth, "\(words)")
        }
    }
}
