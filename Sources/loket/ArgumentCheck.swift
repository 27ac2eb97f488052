/// Arguments that look like options but are not. Loket has no short options except `-h`, yet
/// ArgumentParser reads any `-xyz` as a group of them: `loket deadline "-5 hari kerja"` held a
/// `-h` and printed the help with exit 0. Such an argument is refused before parsing instead.
enum ArgumentCheck {
    static func check(_ arguments: [String]) throws(CLIError) {
        for argument in arguments {
            if argument == "--" { return }  // what follows is text, whatever it starts with
            guard argument.hasPrefix("-"), !argument.hasPrefix("--"), argument != "-", argument != "-h" else {
                continue
            }
            throw .usage(
                "penggunaan salah: '\(argument)' diawali tanda minus tetapi bukan opsi (opsi ditulis '--nama'). "
                    + "Jangka waktu, jumlah dan tanggal tidak boleh negatif; teks yang memang diawali '-' "
                    + "ditulis sesudah '--', misalnya: loket deadline --agency A -- \"-5 hari kerja\".\n"
                    + "Tidak ada yang diubah.")
        }
    }
}
