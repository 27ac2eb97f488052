#!/usr/bin/env bash
# End-to-end checks of requests with the built `loket` binary: users and refusals, the request
# commands, receipt, overdue, backup; four processes logging at once; a process killed with
# kill -9 in the middle of a burst. The real account creates the database and is its admin;
# as admin it plays the other users with LOKET_USER and sets the clock with LOKET_NOW.
# Prints 'N passed, N failed' at the end.
set -uo pipefail
cd "$(dirname "$0")/.."
swift build >/dev/null
bin="$(swift build --show-bin-path)/loket"
seed_dir="$PWD/seed/decrees"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
source .ci/lib.sh
count() { sqlite3 "$LOKET_DB" "select count(*) from $1"; }

export LOKET_DB="$work/loket.sqlite"
cd "$work"
as() { local who="$1"; shift; LOKET_USER="$who" "$@"; }

me="$(id -un)"
check "LOKET_USER cannot choose the first admin" bash -c "LOKET_USER=bos '$bin' catalog >/dev/null 2>&1; test \$? -eq 77 && sqlite3 '$LOKET_DB' \"select account || ':' || role from users\" | grep -qx '$me:admin'"
check "the creator (the real account) becomes admin" bash -c "'$bin' user list | grep -q '$me *admin'"
check "the admin adds a second admin" status_is 0 "$bin" user add bos --role admin
check "admin adds a petugas of SDDEN Bagian Hukum" status_is 0 as bos "$bin" user add putu --role petugas --unit "SDDEN hukum"
check "a petugas without --unit: exit 64 (no silent 'every unit')" status_is 64 as bos "$bin" user add komang --role petugas
check "  nor a supervisor" status_is 64 as bos "$bin" user add komang --role supervisor
check "admin adds a supervisor (all units, said explicitly)" status_is 0 as bos "$bin" user add kabag --role supervisor --all-units --name "Kepala Bagian"
check "ambiguous unit: exit 64, lists candidates" status_is 64 as bos "$bin" user add komang --role petugas --unit "Bagian Hukum"
check "  (candidates listed, nobody added)" bash -c "grep -q SDKLU '$work/err' && [ \"\$(sqlite3 '$LOKET_DB' 'select count(*) from users')\" = 4 ]"
check "petugas cannot add users: exit 77" status_is 77 as putu "$bin" user add tamu --role admin
check "unknown account: exit 77 in Indonesian" status_is 77 as orang-asing "$bin" request list
check "  (message says how to get registered)" grep -q "belum terdaftar" "$work/err"
check "user list shows roles" bash -c "LOKET_USER=putu '$bin' user list | grep -q 'kabag *supervisor'"
check "  with a header and units with their agency code" bash -c "LOKET_USER=putu '$bin' user list >'$work/ul' && head -1 '$work/ul' | grep -q '^Akun *Peran *Nama *Unit' && grep -q '^putu .*Bagian Hukum (SDDEN)' '$work/ul'"
check "a supervisor of one Bagian only" status_is 0 "$bin" user add sup --role supervisor --unit "SDDEN hukum"
check "  cannot add another agency's holiday: exit 77" status_is 77 as sup "$bin" calendar holiday add 2026-12-30 "X" --agency SDBAL
check "  nor override another Bagian's time limit: exit 77" status_is 77 as sup "$bin" service time-limit "#34" "2 hari kerja"
check "  but may override one of its own Bagian" status_is 0 as sup "$bin" service time-limit "#4" "2 hari kerja" --reason "uji"
check "  (and clear it again)" status_is 0 as sup "$bin" service time-limit "#4" --clear
check "admin moves a user to another Bagian" bash -c "'$bin' user add ketut --role petugas --unit 'SDDEN hukum' >/dev/null && '$bin' user set ketut --unit 'SDDEN umum' | grep -q 'Bagian Umum (SDDEN)'"
check "  a deactivated user is refused (77) with how to get back" bash -c "'$bin' user set ketut --inactive >/dev/null && LOKET_USER=ketut '$bin' catalog >/dev/null 2>'$work/err'; test \$? -eq 77 && grep -q 'dinonaktifkan' '$work/err'"
check "  the last active admin cannot step down: exit 65" bash -c "cp '$LOKET_DB' '$work/adm.sqlite' && sqlite3 '$work/adm.sqlite' \"update users set active = 0 where account = 'bos'\" && LOKET_DB='$work/adm.sqlite' '$bin' user set '$me' --role petugas --all-units 2>/dev/null; test \$? -eq 65"
check "petugas cannot add a local holiday: exit 77" status_is 77 as putu "$bin" calendar holiday add 2026-12-28 "Libur" --agency SDDEN
check "  (refusal logged)" bash -c "[ \"\$(sqlite3 '$LOKET_DB' \"select count(*) from refusal where account = 'putu' and permission = 'kelola_libur'\")\" = 1 ]"
check "supervisor adds a local holiday" status_is 0 as kabag "$bin" calendar holiday add 2026-12-28 "Libur Lokal Uji" --agency SDDEN
check "  recorded as added by the supervisor" bash -c "sqlite3 '$LOKET_DB' \"select created_by from holiday where date = '2026-12-28'\" | grep -qx kabag"
check "petugas cannot override a time limit: exit 77" status_is 77 as putu "$bin" service time-limit "#4" "1 hari kerja"
check "petugas can read a time limit" status_is 0 as putu "$bin" service time-limit "#4"
check "supervisor cannot change office hours (admin): exit 77" status_is 77 as kabag "$bin" calendar hours --agency SDDEN --days 6 --open 08:00 --close 12:00
check "petugas cannot import: exit 77" status_is 77 as putu "$bin" import "$seed_dir/000_50ed256b51cdba7a.txt"
check "petugas cannot play another user with LOKET_USER" bash -c "cp '$LOKET_DB' '$work/p.sqlite' && sqlite3 '$work/p.sqlite' \"update users set role = 'petugas' where account = '$me'\" && LOKET_DB='$work/p.sqlite' LOKET_USER=bos '$bin' catalog >/dev/null 2>&1; test \$? -eq 77"
check "  nor set the clock with LOKET_NOW" bash -c "LOKET_DB='$work/p.sqlite' LOKET_NOW=2026-01-01T10:00:00+08:00 '$bin' catalog 2>'$work/err' >/dev/null; test \$? -eq 77 && grep -q 'LOKET_NOW' '$work/err'"

check "a mistyped LOKET_NOW: exit 64 with the expected form" bash -c "LOKET_NOW='2026-03-02 09:00' '$bin' request list >/dev/null 2>'$work/err'; test \$? -eq 64 && grep -q '2026-03-02T09:00:00+08:00' '$work/err'"
check "  nor a date without a zone" bash -c "LOKET_NOW='2026-03-02T09:00:00' '$bin' request list >/dev/null 2>&1; test \$? -eq 64"
export LOKET_NOW=2026-03-02T09:00:00+08:00
check "request new prints number and deadline" status_is 0 as putu "$bin" request new --service 4 --name "Made Wirawan" --nik 5171010101010001 --phone "0812-3456-7890"
check "  number SDDEN-2026-000001" grep -qx "Nomor: SDDEN-2026-000001" "$work/out"
check "  deadline 5 Hari from Monday 09:00 = Monday 9 March closing" grep -q "Tenggat: Senin, 9 Maret 2026 16.00 WITA" "$work/out"
check "missing documents: no deadline yet" status_is 0 as putu "$bin" request new --service "Permasalahan Hukum" --name Ketut --missing 2
check "  waiting for documents" grep -q "Tenggat: menunggu kelengkapan berkas" "$work/out"
before="$(count request)"
check "ambiguous service: exit 64" status_is 64 as putu "$bin" request new --service "Pengajuan" --name X
check "bad NIK: exit 65" status_is 65 as putu "$bin" request new --service 4 --name X --nik 123
check "  message in Indonesian" grep -q "NIK harus tepat 16 angka" "$work/err"
check "--missing=Int.min: exit 64, no crash" status_is 64 as putu "$bin" request new --service 4 --name X --missing=-9223372036854775808
check "--option=Int.min on a choice limit: exit 64, no crash" status_is 64 as kabag "$bin" request new --service 69 --name X --option=-9223372036854775808
check "service of another unit: exit 77" status_is 77 as putu "$bin" request new --service 1 --name X
check "  (rejected commands changed nothing)" test "$(count request)" = "$before"
check "show has history and checklist" bash -c "LOKET_USER=putu '$bin' request show SDDEN-2026-000002 | grep -q '\[ \] 2. Dokumen pendukung'"
check "complete-documents starts the clock" status_is 0 as putu "$bin" request complete-documents SDDEN-2026-000002
check "update to diproses" status_is 0 as putu "$bin" request update SDDEN-2026-000001 --status diproses --note "mulai"
check "backwards transition refused: exit 65" status_is 65 as putu "$bin" request update SDDEN-2026-000001 --status diterima
check "rejection without reason: exit 65" status_is 65 as putu "$bin" request update SDDEN-2026-000001 --status ditolak
check "list json has the issue's fields" bash -c "LOKET_USER=putu '$bin' request list --format json | python3 -c '
import json, sys
rows = json.load(sys.stdin)
assert len(rows) == 2, rows
r = [x for x in rows if x[\"number\"] == \"SDDEN-2026-000001\"][0]
for key in (\"number\", \"status\", \"service\", \"unit\", \"applicant\", \"received_at\", \"deadline\"):
    assert key in r, key
assert r[\"status\"] == \"diproses\" and r[\"unit\"] == \"Bagian Hukum\" and r[\"applicant\"] == \"Made Wirawan\", r
assert r[\"received_at\"] == \"2026-03-02T09:00:00+08:00\" and r[\"deadline\"] == \"2026-03-09T16:00:00+08:00\", r
'"
check "list csv has a header" bash -c "LOKET_USER=putu '$bin' request list --format csv | head -1 | grep -qx 'number,status,service,unit,applicant,received_at,deadline'"

# DKISDEN #66: 'Maksimal 10 (Sepuluh) Hari kerja + 7 (Tujuh) hari kerja' allows one extension.
check "supervisor logs an extensible request" status_is 0 as kabag "$bin" request new --service 66 --name "Ni Luh"
check "extend by a petugas: exit 77" status_is 77 as putu "$bin" request extend DKISDEN-2026-000001 --reason "koordinasi"
check "  refusal logged" bash -c "sqlite3 '$LOKET_DB' \"select count(*) from refusal where account = 'putu'\" | grep -qvx 0"
check "extend without reason: exit 65" status_is 65 as kabag "$bin" request extend DKISDEN-2026-000001
check "extend by the supervisor" status_is 0 as kabag "$bin" request extend DKISDEN-2026-000001 --reason "koordinasi OPD"
check "a second extension: exit 65" status_is 65 as kabag "$bin" request extend DKISDEN-2026-000001 --reason "lagi"

# Tables fit an 80-column PuTTY window and never cut a request number (DKISDEN-2026-000001 is 19
# characters; it used to show as DKISDEN-2026-00000).
fits80() { # command...: every line at most 80 display columns
    "$@" | python3 -c '
import sys, unicodedata
bad = [l for l in sys.stdin.read().splitlines() if sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in l) > 80]
sys.exit(1 if bad else 0)'
}
check "request list fits 80 columns" fits80 env LOKET_USER=kabag COLUMNS=80 "$bin" request list
check "  and shows the long number whole" bash -c "LOKET_USER=kabag COLUMNS=80 '$bin' request list | grep -q 'DKISDEN-2026-000001 '"
check "overdue fits 80 columns" fits80 env LOKET_USER=kabag LOKET_NOW=2026-06-01T10:00:00+08:00 COLUMNS=80 "$bin" overdue
check "  and shows the long number whole" bash -c "LOKET_USER=kabag LOKET_NOW=2026-06-01T10:00:00+08:00 COLUMNS=80 '$bin' overdue | grep -q 'DKISDEN-2026-000001 '"
check "a wider terminal gets wider tables" bash -c "[ \"\$(LOKET_USER=kabag COLUMNS=160 '$bin' request list | awk '{ if (length > m) m = length } END { print m }')\" -gt 80 ]"
check "extension where the limit has none: exit 65" status_is 65 as kabag "$bin" request extend SDDEN-2026-000001 --reason x
check "assign to the officer who has it: exit 65, says so, no new event" bash -c "before=\$(sqlite3 '$LOKET_DB' 'select count(*) from request_event'); LOKET_USER=kabag '$bin' request assign SDDEN-2026-000002 --to putu 2>'$work/err'; test \$? -eq 65 && grep -q 'sudah ditangani .putu.; tidak ada yang diubah' '$work/err' && [ \"\$(sqlite3 '$LOKET_DB' 'select count(*) from request_event')\" = \"\$before\" ]"
check "assign to the supervisor" status_is 0 as kabag "$bin" request assign SDDEN-2026-000002 --to kabag
check "assign back to the petugas" status_is 0 as kabag "$bin" request assign SDDEN-2026-000002 --to putu
check "assign outside the assignee's unit: exit 65" status_is 65 as kabag "$bin" request assign DKISDEN-2026-000001 --to putu

check "receipt: masked NIK, deadline, complaint channel" bash -c "LOKET_USER=putu '$bin' receipt SDDEN-2026-000001 >'$work/r' && grep -q '\*\{12\}0001' '$work/r' && grep -q 'Senin, 9 Maret 2026' '$work/r' && grep -q '(0361) 234831' '$work/r' && ! grep -q 5171010101010001 '$work/r'"
check "receipt lines fit 42 columns" bash -c "LOKET_USER=putu '$bin' receipt SDDEN-2026-000001 | awk 'length > 42 { bad = 1 } END { exit bad }'"
check "receipt of a waiting request lists missing items" bash -c "LOKET_USER=putu LOKET_NOW= '$bin' request new --service 4 --name W --missing 1 >/dev/null && LOKET_USER=putu '$bin' receipt SDDEN-2026-000003 --width 80 | grep -q 'menunggu kelengkapan berkas'"
check "receipt width 50: exit 64" status_is 64 as putu "$bin" receipt SDDEN-2026-000001 --width 50

export LOKET_NOW=2026-04-20T10:00:00+08:00
check "overdue for a petugas: exit 77" status_is 77 as putu "$bin" overdue
check "overdue: most late first, grouped by Bagian, lateness in working days" bash -c "LOKET_USER=kabag '$bin' overdue >'$work/o' && head -1 '$work/o' | grep -q 'Bagian Hukum' && grep -qE 'SDDEN-2026-000001 +terlambat .* hari kerja' '$work/o'"
check "overdue json" bash -c "LOKET_USER=kabag '$bin' overdue --format json | python3 -c '
import json, sys
rows = json.load(sys.stdin)
assert [r[\"number\"] for r in rows][0] == \"SDDEN-2026-000001\", rows
assert all(r[\"late_workdays\"] or r[\"late_hours\"] for r in rows)
'"
check "overdue at 16:30 on the deadline day: late by less than one working hour" bash -c "LOKET_USER=kabag LOKET_NOW=2026-03-09T16:30:00+08:00 '$bin' overdue | grep -qE 'SDDEN-2026-000001 +terlambat kurang dari 1 jam kerja'"
check "list cut at --limit says so" bash -c "LOKET_USER=putu '$bin' request list --limit 1 | tail -1 | grep -q '^(1 dari [0-9]* ditampilkan; pakai --limit 0 untuk semua)'"
check "  on standard error for csv (the csv stays clean)" bash -c "LOKET_USER=putu '$bin' request list --limit 1 --format csv 2>'$work/cuterr' | wc -l | grep -qx 2 && grep -q 'ditampilkan' '$work/cuterr'"
check "assigning a cancelled request says it is finished" bash -c "LOKET_USER=putu '$bin' request update SDDEN-2026-000003 --status dibatalkan --reason 'pemohon menarik' --note 'lewat telepon' >/dev/null && LOKET_USER=kabag '$bin' request assign SDDEN-2026-000003 --to putu 2>'$work/err'; test \$? -eq 65 && grep -q 'sudah selesai; tidak dapat dialihkan' '$work/err' && ! grep -q 'dari dibatalkan ke dibatalkan' '$work/err'"
check "  its closing reason is the reason alone" test "$(sqlite3 "$LOKET_DB" "select closing_reason from request where number = 'SDDEN-2026-000003'")" = "pemohon menarik"
check "--due-within 1h is ambiguous (hari or jam): exit 64" status_is 64 as putu "$bin" request list --due-within 1h
check "--due-within 1hari works" status_is 0 as putu "$bin" request list --due-within 1hari
check "--status in any case (Diproses, 'menunggu berkas')" bash -c "LOKET_USER=putu '$bin' request list --status Diproses >/dev/null && LOKET_USER=putu '$bin' request list --status 'menunggu berkas' >/dev/null"
check "list --overdue" bash -c "LOKET_USER=putu '$bin' request list --overdue --format csv | grep -q SDDEN-2026-000001"
unset LOKET_NOW

# A later visit by the same NIK under another name never rewrites the earlier request.
check "a known NIK under another name: accepted, with a clear note" bash -c "LOKET_USER=putu LOKET_NOW=2026-04-21T10:00:00+08:00 '$bin' request new --service 4 --name 'Orang Lain' --nik 5171010101010001 --address 'Jl. Lain' >'$work/nik2' && grep -q 'NIK ini sebelumnya tercatat atas nama Made Wirawan' '$work/nik2'"
check "  the first receipt and show still say Made Wirawan" bash -c "LOKET_USER=putu '$bin' receipt SDDEN-2026-000001 | grep -q 'Made Wirawan' && ! LOKET_USER=putu '$bin' receipt SDDEN-2026-000001 | grep -q 'Orang Lain' && LOKET_USER=putu '$bin' request show SDDEN-2026-000001 | grep -q 'Pemohon  : Made Wirawan, NIK 5171010101010001, telp. +6281234567890$'"
check "  the new request's history records the note" bash -c "n=\$(grep -o 'SDDEN-2026-[0-9]*' '$work/nik2'); LOKET_USER=putu '$bin' request show \$n | grep -q 'dicatat.*sebelumnya tercatat atas nama Made Wirawan'"

# A returning pemohon: found by NIK, phone or name, then logged by id.
check "applicant find --nik prints the pemohon with its id" bash -c "LOKET_USER=putu '$bin' applicant find --nik 5171010101010001 >'$work/app' && grep -q '^#[0-9]* *Made Wirawan, NIK 5171010101010001' '$work/app'"
check "  by phone and by name too" bash -c "LOKET_USER=putu '$bin' applicant find --phone '+62 812 3456 7890' | grep -q 'Made Wirawan' && LOKET_USER=putu '$bin' applicant find wirawan | grep -q 'Made Wirawan'"
check "  without a criterion: exit 64" status_is 64 as putu "$bin" applicant find
check "request new --applicant ID takes the pemohon's details" bash -c "id=\$(grep -o '^#[0-9]*' '$work/app' | tr -d '#'); LOKET_USER=putu LOKET_NOW=2026-04-21T11:00:00+08:00 '$bin' request new --service 4 --applicant \$id >'$work/byid' && n=\$(grep -o 'SDDEN-2026-[0-9]*' '$work/byid') && LOKET_USER=putu '$bin' request show \$n | grep -q 'Pemohon  : Made Wirawan, NIK 5171010101010001'"
check "  --applicant takes the id as applicant find prints it (#N)" bash -c "id=\$(grep -o '^#[0-9]*' '$work/app' | head -1); LOKET_USER=putu LOKET_NOW=2026-04-21T11:00:00+08:00 '$bin' request new --service 4 --applicant \"\$id\" | grep -q '^Nomor: '"
check "  neither --name nor --applicant: exit 64" status_is 64 as putu "$bin" request new --service 4
check "  an unknown --applicant: exit 65" status_is 65 as putu "$bin" request new --service 4 --applicant 99999
check "request verify: every request matches its history" bash -c "LOKET_USER=kabag '$bin' request verify | grep -q 'semuanya sesuai riwayatnya'"
check "  a row changed behind the history's back: exit 65, the field named" bash -c "cp '$LOKET_DB' '$work/v.sqlite' && sqlite3 '$work/v.sqlite' \"update request set status = 'selesai' where number = 'SDDEN-2026-000001'\" && LOKET_DB='$work/v.sqlite' LOKET_USER=kabag '$bin' request verify >'$work/vout' 2>'$work/verr'; test \$? -eq 65 && grep -q 'SDDEN-2026-000001' '$work/vout' && grep -q 'status: selesai di baris, diproses menurut riwayat' '$work/vout'"
check "  one request by number" bash -c "LOKET_DB='$work/v.sqlite' LOKET_USER=kabag '$bin' request verify SDDEN-2026-000002 | grep -q '1 permohonan diperiksa'"
check "  a pemohon's name edited behind Loket's back (events unchanged): exit 65, the seal named" bash -c "cp '$LOKET_DB' '$work/s.sqlite' && sqlite3 '$work/s.sqlite' \"update request set applicant_name = 'X' where number = 'SDDEN-2026-000002'\" && LOKET_DB='$work/s.sqlite' LOKET_USER=kabag '$bin' request verify >'$work/vout' 2>/dev/null; test \$? -eq 65 && grep -q '^SDDEN-2026-000002: baris berbeda' '$work/vout' && grep -q 'diubah di luar Loket: tidak cocok dengan segel' '$work/vout'"
check "  a deleted row's events are orphans: exit 65 for the admin" bash -c "cp '$LOKET_DB' '$work/o.sqlite' && sqlite3 '$work/o.sqlite' \"delete from request where number = 'SDDEN-2026-000002'\" && LOKET_DB='$work/o.sqlite' '$bin' request verify >'$work/vout' 2>'$work/verr'; test \$? -eq 65 && grep -q '^Permohonan #2 tidak ada, tetapi [0-9]* peristiwa riwayat menunjuknya' '$work/vout' && grep -q 'menunjuk 1 permohonan yang tidak ada' '$work/verr'"
# bench requests: small counts work, and a kept database verifies clean with the runner as admin.
for n in 1 10 999; do
    check "bench requests --count $n --keep: no crash, verify exit 0, the runner is admin" bash -c "'$bin' bench requests --count $n --iterations 2 --keep '$work/bench$n.sqlite' >/dev/null && LOKET_DB='$work/bench$n.sqlite' '$bin' request verify | grep -q '^$((n + 2)) permohonan diperiksa; semuanya sesuai' && LOKET_DB='$work/bench$n.sqlite' '$bin' user list | grep -q '^$me *admin'"
done
check "bench requests --count 0: exit 64" status_is 64 "$bin" bench requests --count 0

# Terminal controls never reach the terminal: stripped on input, and every output path is filtered.
esc=$'\e'
check "a name with escape sequences is accepted, its controls stripped" bash -c "LOKET_USER=putu LOKET_NOW=2026-04-20T10:00:00+08:00 '$bin' request new --service 4 --name \$'\\e[31mX\\e]0;pwned\\a\\u202e' --note \$'catat\\e[2J' >'$work/esc' && grep -o 'SDDEN-2026-[0-9]*' '$work/esc' >'$work/escnum' && [ \"\$(sqlite3 '$LOKET_DB' \"select (select count(*) from applicant where name like '%' || char(27) || '%') + (select count(*) from request_event where note like '%' || char(27) || '%')\")\" = 0 ]"
check "  show, receipt, list (table, csv), overdue print no control byte" bash -c "n=\$(cat '$work/escnum'); { LOKET_USER=putu '$bin' request show \$n; LOKET_USER=putu '$bin' receipt \$n; LOKET_USER=putu '$bin' request list; LOKET_USER=putu '$bin' request list --format csv; LOKET_USER=kabag LOKET_NOW=2026-06-20T10:00:00+08:00 '$bin' overdue; } >'$work/escout' && grep -q 'pwned' '$work/escout' && ! grep -q '[[:cntrl:]]' <(tr -d '\n\t' <'$work/escout') && ! LC_ALL=C.UTF-8 grep -qP '[\x{80}-\x{9f}\x{202a}-\x{202e}\x{2066}-\x{2069}]' '$work/escout'"
check "  output filtered even for text stored behind Loket's back (catalog, user list)" bash -c "cp '$LOKET_DB' '$work/raw.sqlite' && sqlite3 '$work/raw.sqlite' \"update users set display_name = 'Bos' || char(27) || '[5m' where account = 'bos'; update serviceRevision set name = name || char(27) || ']0;x' || char(7) where id = 1\" && { LOKET_DB='$work/raw.sqlite' '$bin' user list; LOKET_DB='$work/raw.sqlite' '$bin' catalog; } >'$work/rawout' && grep -q 'Bos\[5m' '$work/rawout' && ! grep -q '[[:cntrl:]]' <(tr -d '\n\t' <'$work/rawout')"
check "  an echoed error carries no control byte" bash -c "LOKET_USER=putu '$bin' request show \$'X\\e[31m' 2>'$work/escerr'; test \$? -eq 65 && grep -q 'X\[31m' '$work/escerr' && ! grep -q \"\$(printf '\\033')\" '$work/escerr'"
check "csv: a field read as a formula gets a leading quote" bash -c "LOKET_USER=putu LOKET_NOW=2026-04-21T10:00:00+08:00 '$bin' request new --service 4 --name '=HYPERLINK(\"http://x\",\"y\")' >/dev/null && LOKET_USER=putu '$bin' request list --format csv | grep -q ',\"'\"'\"'=HYPERLINK(' && ! LOKET_USER=putu '$bin' request list --format csv | grep -q ',=HYPERLINK'"
check "user add with a control in the account: exit 64" status_is 64 "$bin" user add $'ev\e[1mil' --role petugas --unit "SDDEN hukum"
check "  nor upper case or spaces" status_is 64 "$bin" user add "Evil User" --role petugas --unit "SDDEN hukum"

check "the database refuses to change history" bash -c "! sqlite3 '$LOKET_DB' \"update request_event set note = 'x'\" 2>/dev/null && ! sqlite3 '$LOKET_DB' 'delete from request_event' 2>/dev/null"
check "backup by a petugas: exit 77" status_is 77 as putu "$bin" backup "$work/copy.sqlite"
check "backup by the supervisor is a sound copy" bash -c "LOKET_USER=kabag '$bin' backup '$work/copy.sqlite' >/dev/null && [ \"\$(sqlite3 '$work/copy.sqlite' 'pragma integrity_check')\" = ok ] && [ \"\$(sqlite3 '$work/copy.sqlite' 'select count(*) from request')\" = \"\$(sqlite3 '$LOKET_DB' 'select count(*) from request')\" ]"
check "backup over an existing file: refused (exit 64), file kept" bash -c "LOKET_USER=kabag '$bin' backup '$work/copy.sqlite' 2>/dev/null; [ \$? -eq 64 ] && [ \"\$(sqlite3 '$work/copy.sqlite' 'pragma integrity_check')\" = ok ]"

check "petugas cannot change the agency code: exit 77" status_is 77 as putu "$bin" agency code --agency SDDEN DPS
check "bad agency code: exit 64" status_is 64 "$bin" agency code --agency SDDEN "D-1"
check "admin sets a short agency code" status_is 0 "$bin" agency code --agency SDDEN DPS
check "  the next number uses it, the year's sequence continues" bash -c "LOKET_USER=putu '$bin' request new --service 4 --name Kode | grep -qE '^Nomor: DPS-2026-[0-9]{6}$' && [ \"\$(sqlite3 '$LOKET_DB' \"select count(*) from request where number like 'DPS-%'\")\" = 1 ]"
check "  old numbers still open" status_is 0 as putu "$bin" request show SDDEN-2026-000001
check "  agency list shows it" bash -c "'$bin' agency list | grep -q ' DPS '"

# --agency-units: every Bagian of an agency in one flag, resolved when the command runs
# (SDDEN's code is DPS by now).
sdden_units() { sqlite3 "$LOKET_DB" "select count(*) from unit where agency_id = (select id from agency where code = 'DPS')"; }
units_of() { sqlite3 "$LOKET_DB" "select count(*) from user_unit where user_id = (select id from users where account = '$1')"; }
export -f sdden_units units_of
check "user add --agency-units DPS: a supervisor of every DPS (was SDDEN) Bagian" status_is 0 "$bin" user add wira --role supervisor --agency-units DPS
check "  all of them, and only them" bash -c "[ \"\$(sdden_units)\" -ge 2 ] && [ \"\$(units_of wira)\" = \"\$(sdden_units)\" ] && [ \"\$(sqlite3 '$LOKET_DB' \"select count(*) from user_unit join unit on unit.id = unit_id join agency on agency.id = unit.agency_id where user_id = (select id from users where account = 'wira') and agency.code <> 'DPS'\")\" = 0 ]"
check "user set --agency-units with --unit of another agency: both, each once" status_is 0 "$bin" user set wira --agency-units DPS --unit "DKISDEN" --agency-units DPS
check "  the SDDEN units plus one" bash -c "[ \"\$(units_of wira)\" = \"\$((\$(sdden_units) + 1))\" ]"
check "--agency-units with --all-units: exit 64" status_is 64 "$bin" user set wira --agency-units DPS --all-units
check "--agency-units of an unknown agency: exit 64, nothing changed" bash -c "'$bin' user set wira --agency-units XYZQ >/dev/null 2>&1; [ \$? -eq 64 ] && [ \"\$(units_of wira)\" = \"\$((\$(sdden_units) + 1))\" ]"
check "help says when the units are resolved" bash -c "'$bin' user add --help | grep -q 'agency-units' && '$bin' user add --help | tr -s ' \n' ' ' | grep -q 'Bagian baru nanti tidak ikut'"

# The monthly report and the SKM (supervisors; the answers any officer of the Bagian records).
check "report by a petugas: exit 77" status_is 77 as putu "$bin" report --month 2026-03
check "report --month 2026-3: exit 64 with the expected form" bash -c "LOKET_USER=kabag '$bin' report --month 2026-3 2>'$work/err' >/dev/null; test \$? -eq 64 && grep -q -- '--month 2026-11' '$work/err'"
check "report json: the issue's keys; units sum to the total; March counted in WITA" bash -c "LOKET_USER=kabag '$bin' report --month 2026-03 --format json >'$work/rep.json' && python3 - '$work/rep.json' \"\$(sqlite3 '$LOKET_DB' \"select count(*) from request where received_at >= '2026-02-28 16:00' and received_at < '2026-03-31 16:00'\")\" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
keys = {'received', 'finished_on_time', 'finished_late', 'open', 'overdue', 'on_time_pct', 'median_working_hours', 'ikm'}
assert d['month'] == '2026-03', d['month']
assert keys <= set(d['total']), d['total']
for u in d['units']:
    assert keys | {'agency', 'unit', 'services'} <= set(u), u
    for s in u['services']:
        assert keys | {'service'} <= set(s), s
    assert sum(s['received'] for s in u['services']) == u['received'], u
assert sum(u['received'] for u in d['units']) == d['total']['received']
assert d['total']['received'] == int(sys.argv[2]) > 0, (d['total']['received'], sys.argv[2])
PY"
check "  a supervisor of one Bagian sees that Bagian only" bash -c "LOKET_USER=sup '$bin' report --month 2026-03 --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); assert [u[\"unit\"] for u in d[\"units\"]] == [\"Bagian Hukum\"], d[\"units\"]'"
check "  nor another Bagian's with --unit: exit 77" status_is 77 as sup "$bin" report --month 2026-03 --unit "DPS umum"
check "  the table fits 80 columns and has the total" bash -c "LOKET_USER=kabag '$bin' report --month 2026-03 >'$work/rep.txt' && grep -q '^Jumlah ' '$work/rep.txt' && python3 -c 'import sys,unicodedata; assert all(len(l.rstrip(\"\n\")) <= 80 for l in open(sys.argv[1]))' '$work/rep.txt'"
check "  csv: a header and one line per Bagian, service and the total, each with its level" bash -c "LOKET_USER=kabag '$bin' report --month 2026-03 --format csv >'$work/rep.csv' && head -1 '$work/rep.csv' | grep -q '^month,level,agency,unit,service,received,finished_on_time,' && tail -1 '$work/rep.csv' | grep -q '^2026-03,jumlah,,,,'"
tally() { sqlite3 "$LOKET_DB" "select coalesce(sum(responses), 0) from skm_tally"; }
export -f tally
check "skm add: a paper form of service 4 by the petugas" status_is 0 as putu "$bin" skm add --service 4 --answers 4,3,4,4,3,4,4,3,4
check "  eight answers: exit 64, nothing recorded" bash -c "LOKET_USER=putu '$bin' skm add --service 4 --answers 4,3,4,4,3,4,4,3 2>'$work/err'; test \$? -eq 64 && grep -q 'sembilan' '$work/err' && [ \"\$(tally)\" = 1 ]"
check "  a 5: exit 64, the element named, nothing recorded" bash -c "LOKET_USER=putu '$bin' skm add --service 4 --answers 4,3,5,4,3,4,4,3,4 2>'$work/err'; test \$? -eq 64 && grep -q 'unsur 3' '$work/err' && [ \"\$(tally)\" = 1 ]"
check "  a month not yet begun: exit 64, nothing recorded" bash -c "LOKET_USER=putu '$bin' skm add --service 4 --answers 4,4,4,4,4,4,4,4,4 --month 2199-01 2>'$work/err'; test \$? -eq 64 && grep -q 'belum tiba' '$work/err' && [ \"\$(tally)\" = 1 ]"
check "  one form is counted, its answers not shown (fewer than 5 could be recognised)" bash -c "LOKET_USER=kabag '$bin' report --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); t=d[\"total\"]; assert (t[\"skm_responses\"], t[\"ikm\"], t[\"skm_averages\"], d[\"skm_minimum_responses\"]) == (1, None, None, 5), t' && LOKET_USER=kabag '$bin' report | grep -q 'Baru 1 responden'"
check "  four more forms: 5 responden, IKM 91,67 A in the table and the JSON" bash -c "for i in 1 2 3 4; do LOKET_USER=putu '$bin' skm add --service 4 --answers 4,3,4,4,3,4,4,3,4 >/dev/null || exit 1; done; LOKET_USER=kabag '$bin' report --format json | python3 -c 'import json,sys; t=json.load(sys.stdin)[\"total\"]; assert (t[\"skm_responses\"], t[\"ikm\"], t[\"ikm_grade\"]) == (5, 91.67, \"A\"), t' && LOKET_USER=kabag '$bin' report | grep -q 'IKM 91,67, mutu A (sangat baik), dari 5 responden'"
check "  stored as sums per service and month, nothing that names a pemohon or a request" test "$(sqlite3 "$LOKET_DB" "select group_concat(name, ',') from pragma_table_info('skm_tally')")" = "service_id,month,responses,e1,e2,e3,e4,e5,e6,e7,e8,e9"

# Load: four processes, 250 requests each, at once, on one service.
export LOKET_DB="$work/load.sqlite"
"$bin" catalog >/dev/null 2>&1
for i in 1 2 3 4; do "$bin" bench burst --service 4 --count 250 >"$work/burst$i" 2>"$work/burst$i.err" & done
load_ok=1
for job in $(jobs -p); do wait "$job" || load_ok=0; done
check "4 processes x 250 requests: no error" test "$load_ok" = 1
check "  1000 requests, 1000 distinct numbers" bash -c "[ \"\$(cat '$work'/burst? | sort -u | wc -l)\" = 1000 ] && [ \"\$(sqlite3 '$LOKET_DB' 'select count(distinct number) from request')\" = 1000 ]"
check "  gap-free: sequences 1..1000" test "$(sqlite3 "$LOKET_DB" 'select min(sequence) || "-" || max(sequence) from request')" = "1-1000"
check "  integrity_check ok" test "$(sqlite3 "$LOKET_DB" 'pragma integrity_check')" = ok

# Crash: kill -9 in the middle of a burst.
export LOKET_DB="$work/crash.sqlite"
"$bin" catalog >/dev/null 2>&1
"$bin" bench burst --service 4 --count 100000 >"$work/crash.out" 2>/dev/null &
victim=$!
for _ in $(seq 1 100); do
    [ "$(wc -l <"$work/crash.out")" -ge 200 ] && break
    sleep 0.1
done
kill -9 "$victim"
wait "$victim" 2>/dev/null
saved="$(awk '/^disimpan / { print $2 }' "$work/crash.out" | sort -u)"
check "kill -9 mid-burst: it had reported saves" test "$(echo "$saved" | wc -l)" -ge 200
check "  every number reported saved exists" bash -c "[ -z \"\$(comm -23 <(echo '$saved') <(sqlite3 '$LOKET_DB' 'select number from request order by number' | sort -u))\" ]"
check "  the database opens and checks clean" bash -c "[ \"\$(sqlite3 '$LOKET_DB' 'pragma integrity_check')\" = ok ] && '$bin' request list --limit 1 >/dev/null"
check "  and numbering continues without a gap" bash -c "'$bin' bench burst --service 4 --count 1 >/dev/null && [ \"\$(sqlite3 '$LOKET_DB' 'select max(sequence) = count(*) from request')\" = 1 ]"

finish
