import ArgumentParser

/// `--db PATH`, shared by every command that opens the database.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: "Berkas database (bawaan: LOKET_DB atau direktori data pengguna).")
    var db: String?
}
