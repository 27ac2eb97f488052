#!/usr/bin/env bash
# End-to-end checks of the built `loket` binary, as a new user would run it: a fresh database
# from the bundled seed, from a directory that is not the clone; imports that must change
# nothing; exit statuses. Prints 'N passed, N failed' at the end.
set -uo pipefail
cd "$(dirname "$0")/.."
swift build >/dev/null
bin="$(swift build --show-bin-path)/loket"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
source .ci/lib.sh
fingerprint() { sqlite3 "$1" "select count(*) from agency; select count(*) from catalogRevision; select count(*) from serviceRevision; select count(*) from component;" | tr '\n' ' '; }

export LOKET_DB="$work/loket.sqlite"
cd "$work"   # the binary must find its seed data from any working directory

check "first run creates and seeds the database" status_is 0 "$bin"
check "the database is in WAL mode" test "$(sqlite3 "$LOKET_DB" 'pragma journal_mode')" = wal
check "catalog lists five agencies" bash -c "'$bin' catalog | grep -c '^[^ ]' | grep -qx 5"
check "catalog lists 166 services" bash -c "'$bin' catalog | grep -c '^    #' | grep -qx 166"
check "catalog shows raw time limits" bash -c "'$bin' catalog | grep -q 'jangka waktu: Maksimal 10 (Sepuluh) Hari kerja + 7 (Tujuh) hari kerja'"
before="$(fingerprint "$LOKET_DB")"
seed="$OLDPWD/seed/decrees/004_e51b8f43c36a2df0.txt"
check "re-importing a seed changes nothing" bash -c "'$bin' import '$seed' | grep -q 'Tidak berubah'"
check "  (database identical)" test "$(fingerprint "$LOKET_DB")" = "$before"
printf 'PNG\0\1\2' >"$work/gambar.txt"
: >"$work/kosong.txt"
check "binary file: exit 65" status_is 65 "$bin" import "$work/gambar.txt"
check "  message in Indonesian" grep -q "bukan berkas teks" "$work/err"
check "empty file beside a good one: exit 65" status_is 65 "$bin" import "$seed" "$work/kosong.txt"
check "missing file: exit 65" status_is 65 "$bin" import "$work/tidak-ada.txt"
check "  (database identical after failures)" test "$(fingerprint "$LOKET_DB")" = "$before"
check "bad usage: exit 64" status_is 64 "$bin" import --format xml "$seed"
check "  usage message in Indonesian" grep -q "penggunaan salah: nilai 'xml' tidak sah" "$work/err"
check "dry-run json has the issue's shape" bash -c "'$bin' import --dry-run --format json '$seed' | python3 -c '
import json, sys
d = json.load(sys.stdin)
a = d[\"agencies\"][0]
assert a[\"source\"] == \"004_e51b8f43c36a2df0.txt\" and a[\"decree\"] == {\"number\": \"000.8.3.2/26/2024\", \"date\": \"2024-11-04\"}
s = a[\"units\"][0][\"services\"][0]
assert s[\"line\"] == 293 and s[\"time_limit\"][\"raw\"] == \"14 hari kerja\"
assert s[\"components\"][2] == {\"number\": 3, \"label\": \"Jangka Waktu Pelayanan\", \"text\": \"14 hari kerja\", \"line\": 303} or s[\"components\"][2][\"number\"] == 3
assert sum(len(u[\"services\"]) for u in a[\"units\"]) == 33
'"
check "dry-run json reads the time limit" bash -c "'$bin' import --dry-run --format json '$OLDPWD/seed/decrees/002_12070bcf1393a748.txt' | python3 -c '
import json, sys
t = json.load(sys.stdin)[\"agencies\"][0][\"units\"][0][\"services\"][0][\"time_limit\"]
assert t[\"kind\"] == \"extension\" and t[\"amount\"] == 10 and t[\"unit\"] == \"workdays\", t
assert t[\"extension\"] == {\"amount\": 7, \"unit\": \"workdays\"}, t
'"
check "dry-run json is the same bytes every run" bash -c "[ \"\$('$bin' import --dry-run --format json '$seed' | md5sum)\" = \"\$('$bin' import --dry-run --format json '$seed' | md5sum)\" ]"
check "dry-run writes nothing" bash -c "LOKET_DB='$work/none.sqlite' '$bin' import --dry-run '$seed' >/dev/null && test ! -e '$work/none.sqlite'"
check "--db chooses the file" bash -c "'$bin' catalog --db '$work/other.sqlite' >/dev/null 2>&1 && test -s '$work/other.sqlite'"

# Issue 3: jangka waktu, working calendar, deadlines.
check "deadline json: 3 hari kerja from Monday 10:00" bash -c "'$bin' deadline --agency SDDEN --start '2026-11-23 10:00' '3 (tiga) hari kerja' --format json | python3 -c '
import json, sys
d = json.load(sys.stdin)
assert d[\"reading\"] == {\"kind\": \"duration\", \"amount\": 3, \"unit\": \"workdays\"}, d
assert d[\"deadline\"] == \"2026-11-26T16:00:00+08:00\", d
'"
check "deadline json: choice has one deadline per option" bash -c "'$bin' deadline --agency SDDEN --start '2026-11-23 10:00' '5 hari kerja jika seleksi, 14 hari kerja jika non seleksi' --format json | python3 -c '
import json, sys
d = json.load(sys.stdin)
assert d[\"reading\"][\"kind\"] == \"choice\" and \"deadline\" not in d, d
assert [o[\"deadline\"] for o in d[\"options\"]] == [\"2026-11-30T16:00:00+08:00\", \"2026-12-11T16:00:00+08:00\"], d
assert d[\"options\"][0][\"reading\"] == {\"kind\": \"duration\", \"amount\": 5, \"unit\": \"workdays\"}, d
'"
check "deadline json: extension and open" bash -c "'$bin' deadline --agency SDDEN --start '2026-11-23 10:00' 'Maksimal 10 (Sepuluh) Hari kerja + 7 (Tujuh) hari kerja' --format json | python3 -c '
import json, sys
d = json.load(sys.stdin)
assert d[\"reading\"][\"kind\"] == \"extension\" and d[\"deadline\"] == \"2026-12-07T16:00:00+08:00\", d
assert d[\"extended_deadline\"] == \"2026-12-16T16:00:00+08:00\", d
' && '$bin' deadline --agency SDDEN 'sampai dengan tercapai kesepakatan' --format json | python3 -c '
import json, sys
d = json.load(sys.stdin)
assert d[\"reading\"][\"kind\"] == \"open\" and d[\"deadline\"] is None, d
'"
check "deadline across the Idul Fitri 2026 cuti bersama" bash -c "'$bin' deadline --agency SDDEN --start '2026-03-17 10:00' '3 hari kerja' | grep -q 'Batas waktu:   Jumat, 27 Maret 2026 16.00 WITA'"
check "ambiguous agency: exit 64, candidates listed" status_is 64 "$bin" deadline --agency denpasar "1 hari"
check "  (both Denpasar agencies named)" bash -c "grep -q SDDEN '$work/err' && grep -q DKISDEN '$work/err'"
check "bad start time: exit 64" status_is 64 "$bin" deadline --agency SDDEN --start "23/11/2026" "1 hari"
check "calendar show lists 2026's national holidays" bash -c "'$bin' calendar show --year 2026 | grep -q '2026-03-20.*Cuti Bersama Hari Raya Idul Fitri'"
check "local holiday add" status_is 0 "$bin" calendar holiday add 2026-11-25 "Hari Jadi Uji" --agency SDDEN
check "  shown in calendar show" bash -c "'$bin' calendar show --agency SDDEN --year 2026 | grep -q 'Hari Jadi Uji (libur lokal SDDEN)'"
check "  moves that agency's deadlines" bash -c "'$bin' deadline --agency SDDEN --start '2026-11-23 10:00' '3 hari kerja' --format json | grep -q '2026-11-27T16:00:00+08:00'"
check "  not another agency's" bash -c "'$bin' deadline --agency DKISDEN --start '2026-11-23 10:00' '3 hari kerja' --format json | grep -q '2026-11-26T16:00:00+08:00'"
check "same date again: exit 65" status_is 65 "$bin" calendar holiday add 2026-11-25 "Lagi" --agency SDDEN
check "bad date: exit 64" status_is 64 "$bin" calendar holiday add 2026-02-30 "X" --agency SDDEN
check "time-limit override" status_is 0 "$bin" service time-limit "#34" "5 hari kerja" --reason "Nota dinas"
check "  shown as such in the catalog" bash -c "'$bin' catalog | grep -A2 '#34 ' | grep -q 'diubah pengawas: 5 hari kerja'"
check "  survives re-importing the decree" bash -c "'$bin' import '$OLDPWD/seed/decrees/000_50ed256b51cdba7a.txt' >/dev/null && '$bin' service time-limit '#34' | grep -q '5 hari kerja → 5 hari kerja \[diubah'"
check "unreadable override: exit 65" status_is 65 "$bin" service time-limit "#34" "secepatnya"
check "  (override unchanged)" bash -c "'$bin' service time-limit '#34' | grep -q '5 hari kerja → 5 hari kerja \\[diubah'"
check "--reason without a text: exit 64" status_is 64 "$bin" service time-limit "#34" --reason "x"
check "rejected first command creates no database" bash -c "LOKET_DB='$work/fresh.sqlite' '$bin' deadline --agency SDDEN --start 23/11/2026 '1 hari' 2>/dev/null; test \$? -eq 64 && test ! -e '$work/fresh.sqlite'"
check "office hours: shorter Friday keeps Monday-Thursday" bash -c "'$bin' calendar hours --agency DKISDEN --days 5 --open 07:30 --close 11:00 | grep -q 'sekarang:   Senin-Kamis 08.00-16.00, Jumat 07.30-11.00'"
check "  a Friday deadline closes at 11.00" bash -c "'$bin' deadline --agency DKISDEN --start '2026-11-26 10:00' '1 hari kerja' | grep -q 'Jumat, 27 November 2026 11.00 WITA'"
check "closing at 24:00: exit 64" status_is 64 "$bin" calendar hours --agency DKISDEN --days 1 --open 08:00 --close 24:00
check "deadline in a year without national holidays warns" bash -c "'$bin' deadline --agency SDDEN --start '2028-08-16 10:00' '3 hari kerja' | grep -q 'tahun 2028 belum tersedia'"
check "import report lists unreadable time limits" bash -c "'$bin' import --dry-run '$OLDPWD/seed/decrees/003_'*.txt | grep -q 'Jangka waktu tidak terbaca (6)'"

# Issue 12: jangka waktu before an event (H-N).
check "deadline --event: the opening of the event day" bash -c "'$bin' deadline --agency SDDEN --start '2026-12-01 10:00' --event 2026-12-10 'Disesuaikan dengan waktu (H-5)' --format json | python3 -c '
import json, sys
d = json.load(sys.stdin)
assert d[\"reading\"] == {\"kind\": \"before_event\", \"days_before\": 5}, d
assert d[\"deadline\"] == \"2026-12-10T08:00:00+08:00\" and d[\"event\"] == \"2026-12-10\" and d[\"warnings\"] == [], d
'"
check "  later than H-5: a warning" bash -c "'$bin' deadline --agency SDDEN --start '2026-12-08 10:00' --event 2026-12-10 'H-5' | grep -q 'Catatan:.*lewat dari H-5 (paling lambat 2026-12-05'"
check "  without --event: exit 64" status_is 64 "$bin" deadline --agency SDDEN "H-5"
check "  --event for another kind: exit 64" status_is 64 "$bin" deadline --agency SDDEN --event 2026-12-10 "3 hari kerja"
check "dry-run json: H-5 is before_event with days_before" bash -c "'$bin' import --dry-run --format json '$OLDPWD/seed/decrees/003_'*.txt | python3 -c '
import json, sys
kinds = [(s[\"time_limit\"][\"kind\"], s[\"time_limit\"].get(\"days_before\")) for u in json.load(sys.stdin)[\"agencies\"][0][\"units\"] for s in u[\"services\"] if \"(H-\" in (s[\"time_limit\"][\"raw\"] or \"\")]
assert kinds == [(\"before_event\", 5), (\"before_event\", 5), (\"before_event\", 3)], kinds
'"
protocol="$("$bin" catalog | grep -B1 'jangka waktu: Disesuaikan dengan waktu (H-5)' | grep -o '#[0-9]*' | head -1)"
check "request new for an H-5 service without --event: exit 64" status_is 64 "$bin" request new --service "$protocol" --name "Budi"
check "  with --event: deadline at the event day's opening, late warning" bash -c "LOKET_NOW=2026-12-08T09:00:00+08:00 '$bin' request new --service '$protocol' --name Budi --event 2026-12-10 | grep -q 'Tenggat: Kamis, 10 Desember 2026 08.00 WITA' && LOKET_NOW=2026-12-08T09:00:00+08:00 '$bin' request new --service '$protocol' --name Budi --event 2026-12-10 | grep -q 'Perhatian: .*lewat dari H-5'"
check "  the receipt names the event day and the warning" bash -c "'$bin' receipt \"\$(sqlite3 '$LOKET_DB' 'select number from request where event_date is not null limit 1')\" | grep -q 'Hari acara : 10 Desember 2026'"

finish
