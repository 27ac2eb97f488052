import Foundation

/// The data Loket ships with, bundled as package resources so that the binary finds it
/// from any working directory.
public enum SeedFiles {
    /// The Standar Pelayanan decrees (text extracted from PDF), sorted by file name.
    public static var decrees: [URL] {
        guard let dir = Bundle.module.url(forResource: "decrees", withExtension: nil) else { return [] }
        let files = (try? FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)) ?? []
        return files.filter { $0.pathExtension == "txt" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// National holidays and cuti bersama (`tanggal,jenis,nama`).
    public static var nationalHolidays: URL? {
        Bundle.module.url(forResource: "calendar/hari-libur-nasional", withExtension: "csv")
    }
}
