#!/usr/bin/env bash
# End-to-end checks of the built `loket` binary against a hostile user and a broken machine
# (issue 11): output that cannot be written, a forged clock, damaged rows, signals in the
# full-screen interface, borrowed identities (user namespaces, uids without an account),
# another program's database, a lock held by another writer, first starts at once, backups
# onto the database's own files. Runs as root with CI=true and no terminal: ordinary accounts
# are played with setpriv (the system's `nobody`), user namespaces with unshare.
# Each section is independent and starts from its own database; append new sections before
# `finish`. Prints 'N passed, N failed' at the end.
set -uo pipefail
cd "$(dirname "$0")/.."
# LOKET_BIN: another build to check (e.g. one from before the fixes, to see the checks fail).
if [ -z "${LOKET_BIN:-}" ]; then swift build >/dev/null; fi
bin="${LOKET_BIN:-$(swift build --show-bin-path)/loket}"
work="$(mktemp -d)"
chmod 755 "$work"
export TMUX_TMPDIR="$work" # a private tmux server
cleanup() { tmux kill-server 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
source .ci/lib.sh
cd "$work"

count() { sqlite3 "$LOKET_DB" "select count(*) from $1"; }
no_crash() { ! grep -qE "Program crashed|Fatal error|Backtrac" "$work/err"; }
err_has() { grep -qF -- "$1" "$work/err"; }
# A fresh seeded database at $1 (the real account, root, is its admin), exported as LOKET_DB.
fresh() {
    export LOKET_DB="$1"
    "$bin" catalog >/dev/null 2>&1
}
# Runs the rest as the system's unprivileged `nobody`.
as_nobody() { setpriv --reuid=nobody --regid=nogroup --clear-groups "$@"; }
export LOKET_NOW=""

# --------------------------------------------------------------------------------------------
echo "-- crashes: output that cannot be written"
fresh "$work/out.sqlite"
"$bin" request new --service "#4" --name "Made Wirawan" >/dev/null 2>&1
number="$(sqlite3 "$LOKET_DB" 'select number from request limit 1')"
check "catalog with standard output closed: exit 74, no crash" status_is 74 bash -c "'$bin' catalog >&-"
check "  says standard output is closed" err_has "keluaran standar tertutup"
check "  and nothing was written to a reused descriptor" no_crash
check "catalog > /dev/full: exit 74 with a message" status_is 74 bash -c "'$bin' catalog >/dev/full"
check "  (the message names the cause)" err_has "keluaran tidak dapat ditulis (No space left on device)"
check "  no crash" no_crash
check "request list --format csv > /dev/full: exit 74" status_is 74 bash -c "'$bin' request list --format csv >/dev/full"
check "request show > /dev/full: exit 74" status_is 74 bash -c "'$bin' request show '$number' >/dev/full"
check "overdue --format json > /dev/full: exit 74" status_is 74 bash -c "'$bin' overdue --format json >/dev/full"
check "--help > /dev/full: exit 74" status_is 74 bash -c "'$bin' --help >/dev/full"
check "output that fits is still exit 0" status_is 0 "$bin" catalog

# --------------------------------------------------------------------------------------------
echo "-- crashes: the clock and dates"
fresh "$work/clock.sqlite"
"$bin" request new --service "#4" --name "Made Wirawan" >/dev/null 2>&1
before="$(count request)"
for now in 9999-12-31T23:59:59+14:00 2026-02-30T09:00:00+08:00 2026-03-02T09:00:00+99:00 \
    0001-01-01T00:00:00Z -2026-03-02T09:00:00+08:00 2026-03-02T09:00:00 1999-12-31T23:00:00Z; do
    check "LOKET_NOW=$now: refused, exit 64" status_is 64 env LOKET_NOW="$now" "$bin" request new --service "#4" --name "Ketut"
    check "  (in Indonesian, with the example)" err_has "LOKET_NOW=2026-03-02T09:00:00+08:00"
done
check "  no request was saved" test "$(count request)" = "$before"
check "a valid LOKET_NOW still works" status_is 0 env LOKET_NOW=2026-03-02T09:00:00+08:00 "$bin" request new --service "#4" --name "Ketut"
check "  and numbers the year 2026" grep -q "SDDEN-2026-" "$work/out"
check "deadline --start in 2201: exit 64" status_is 64 "$bin" deadline --agency SDDEN --start "2201-01-01 10:00" "3 hari kerja"
check "deadline --start in 1999: exit 64" status_is 64 "$bin" deadline --agency SDDEN --start "1999-12-31 10:00" "3 hari kerja"
check "a holiday in 2201: exit 64" status_is 64 "$bin" calendar holiday add 2201-01-01 "Jauh" --agency SDDEN
check "calendar show --year 2300: exit 64" status_is 64 "$bin" calendar show --year 2300
# A row damaged outside Loket (year 10000): named by id, the rest still listed, no crash.
bad_id="$(sqlite3 "$LOKET_DB" 'select max(id) from request')"
bad_number="$(sqlite3 "$LOKET_DB" "select number from request where id = $bad_id")"
sqlite3 "$LOKET_DB" "update request set deadline = '10000-01-01 07:59:59.000' where id = $bad_id"
check "request list with a damaged row: exit 65" status_is 65 "$bin" request list
check "  names the row's id" err_has "permohonan #$bad_id tidak dapat dibaca"
check "  and lists the others" grep -qF "$(sqlite3 "$LOKET_DB" 'select number from request where id = 1')" "$work/out"
check "  no crash" no_crash
check "request list --format csv: exit 65" status_is 65 "$bin" request list --format csv
check "  the others printed" grep -q "Made Wirawan" "$work/out"
check "overdue: exit 65 or 0, no crash" bash -c "'$bin' overdue >'$work/out' 2>'$work/err'; s=\$?; [ \$s -eq 0 ] || [ \$s -eq 65 ]"
check "  no crash" no_crash
check "request show of the damaged row: exit 74 naming it" status_is 74 "$bin" request show "$bad_number"
check "  (Permohonan #$bad_id)" err_has "Permohonan #$bad_id tidak dapat dibaca"
check "receipt of the damaged row: exit 74, no crash" status_is 74 "$bin" receipt "$bad_number"
check "request verify lists it: exit 65" status_is 65 "$bin" request verify
check "  as an unreadable row" grep -q "baris permohonan tidak terbaca" "$work/out"

# --------------------------------------------------------------------------------------------
echo "-- crashes: signals in the full-screen interface"
fresh "$work/tui.sqlite"
tmux new-session -d -s keepalive -x 80 -y 24 "sleep 3600"
session="hostile-$$"
loket_pid() { pgrep -P "$(tmux list-panes -t "$session" -F '#{pane_pid}')" loket; }
start_tui() {
    tmux kill-session -t "$session" 2>/dev/null
    tmux new-session -d -s "$session" -x 80 -y 24 \
        "env TERM=xterm-256color LANG=C.UTF-8 LOKET_DB='$LOKET_DB' '$bin'; echo LOKET-EXIT=\$?; stty -a | tr ' ' '\n' | grep -qx icanon && stty -a | tr ' ' '\n' | grep -qx echo && echo TTY-RESTORED; sleep 30"
    shows "Pilih instansi"
}
if start_tui; then
    pid="$(loket_pid)"
    check "SIGQUIT (Ctrl-\\): the interface starts" test -n "$pid"
    tmux send-keys -t "$session" 'C-\'
    [ -n "$pid" ] && kill -QUIT "$pid"
    sleep 4 # the Swift backtracer takes a second or two to print
    check "  SIGQUIT is ignored: no backtrace over the screen" bash -c "! tmux capture-pane -p -t '$session' | grep -qE 'Backtrac|crashed|Platform|LOKET-EXIT'"
    check "  still running" kill -0 "$pid"
    check "  still drawing the agency list" shows "Pilih instansi"
else
    check "SIGQUIT: the interface starts" false
fi
for sig in USR1 USR2 PIPE ALRM; do
    if start_tui; then
        pid="$(loket_pid)"
        [ -n "$pid" ] && kill -s "$sig" "$pid"
        expected=$((128 + $(kill -l "$sig")))
        check "SIG$sig: exit $expected" shows "LOKET-EXIT=$expected"
        check "  the terminal is restored (icanon, echo)" shows "TTY-RESTORED"
    else
        check "SIG$sig: the interface starts" false
    fi
done
tmux kill-session -t "$session" 2>/dev/null

# --------------------------------------------------------------------------------------------
echo "-- identity"
mkdir -m 777 "$work/shared"
fresh "$work/shared/loket.sqlite"
chmod 666 "$LOKET_DB"
"$bin" user add nobody --role petugas --unit "SDDEN hukum" >/dev/null 2>&1
refusals() { sqlite3 "$LOKET_DB" "select count(*) from refusal where permission = 'akun_tidak_terpercaya'"; }
check "nobody is a petugas and may list requests" status_is 0 as_nobody env LOKET_DB="$LOKET_DB" "$bin" request list
# User namespaces may be forbidden on the machine (a container's seccomp profile, Ubuntu's
# AppArmor restriction for unprivileged users): then those checks are skipped, said so, and the
# uid_map reading is still covered by UserNamespaceTests.
if as_nobody unshare --user --map-root-user true 2>/dev/null; then
    r0="$(refusals)"
    check "a petugas in a user namespace as root (unshare --map-root-user): exit 77" \
        status_is 77 as_nobody unshare --user --map-root-user env LOKET_DB="$LOKET_DB" "$bin" user add evil --role admin
    check "  (says why)" err_has "ruang nama pengguna lain"
    check "  nobody was added" test "$(sqlite3 "$LOKET_DB" "select count(*) from users where account = 'evil'")" = 0
    check "  the refusal is logged" test "$(refusals)" -gt "$r0"
    r0="$(refusals)"
    check "--map-user=0 (become root's uid): exit 77" \
        status_is 77 as_nobody unshare --user --map-user=0 env LOKET_DB="$LOKET_DB" "$bin" user add evil --role admin
    check "  logged" test "$(refusals)" -gt "$r0"
else
    echo "skip an unprivileged user may not create a user namespace here (unshare --user refused)"
fi
if unshare --user --map-root-user true 2>/dev/null; then
    check "root itself in a user namespace: exit 77" status_is 77 unshare --user --map-root-user "$bin" request list
else
    echo "skip user namespaces are not permitted here, not even for root"
fi
check "a uid without a passwd entry, USER=root: exit 77" \
    status_is 77 setpriv --reuid=4242 --regid=4242 --clear-groups env USER=root LOGNAME=root LOKET_DB="$LOKET_DB" "$bin" user add evil --role admin
check "  (USER is not trusted)" err_has "uid 4242 tidak punya akun"
check "  logged as uid 4242" test "$(sqlite3 "$LOKET_DB" "select count(*) from refusal where account = 'uid 4242'")" -ge 1
check "  nobody was added" test "$(sqlite3 "$LOKET_DB" "select count(*) from users where account = 'evil'")" = 0
check "USER=root does not make nobody root" status_is 77 as_nobody env USER=root LOKET_DB="$LOKET_DB" "$bin" user add evil --role admin
check "an unknown account asking for LOKET_USER is not called petugas" \
    status_is 77 setpriv --reuid=daemon --regid=daemon --clear-groups env LOKET_USER=root LOKET_DB="$LOKET_DB" "$bin" request list
check "  (belum terdaftar)" bash -c "grep -q 'belum terdaftar' '$work/err' && ! grep -q '(petugas)' '$work/err'"
# Scope: a supervisor of SDDEN Bagian Hukum, a request there and one in SDKLU.
"$bin" user add sup --role supervisor --unit "SDDEN hukum" >/dev/null 2>&1
"$bin" request new --service "#4" --name "Made Wirawan" --nik 5171010101010002 >/dev/null 2>&1
"$bin" request new --service "#40" --name "Ketut Sari" --nik 5105010101010003 --phone 081234567891 --address "Jl. Rahasia 1" >/dev/null 2>&1
check "verify by a one-Bagian supervisor checks only its Bagian" bash -c "LOKET_USER=sup '$bin' request verify | grep -q '^1 permohonan diperiksa'"
check "  an admin checks both" bash -c "'$bin' request verify | grep -q '^2 permohonan diperiksa'"
check "  another Bagian's request by number: exit 77" status_is 77 env LOKET_USER=sup "$bin" request verify "$(sqlite3 "$LOKET_DB" "select number from request where applicant_name = 'Ketut Sari'")"
check "applicant find by a SDDEN petugas: no SDKLU pemohon by NIK" bash -c "as_nobody() { setpriv --reuid=nobody --regid=nogroup --clear-groups \"\$@\"; }; as_nobody env LOKET_DB='$LOKET_DB' '$bin' applicant find --nik 5105010101010003 | grep -q 'tidak ada pemohon'"
check "  nor by name (no address, no phone)" bash -c "! setpriv --reuid=nobody --regid=nogroup --clear-groups env LOKET_DB='$LOKET_DB' '$bin' applicant find Ketut | grep -q 'Rahasia'"
ketut_id="$(sqlite3 "$LOKET_DB" "select id from applicant where name = 'Ketut Sari'")"
check "  nor copied into a request by a guessed --applicant id" bash -c "! setpriv --reuid=nobody --regid=nogroup --clear-groups env LOKET_DB='$LOKET_DB' '$bin' request new --service '#4' --applicant $ketut_id >/dev/null 2>&1 && [ \"\$(sqlite3 '$LOKET_DB' \"select count(*) from request where applicant_id = $ketut_id\")\" = 1 ]"
check "  its own unit's pemohon are found" bash -c "setpriv --reuid=nobody --regid=nogroup --clear-groups env LOKET_DB='$LOKET_DB' '$bin' applicant find Made | grep -q 'Made Wirawan'"
zw=$'Ma\u200bde\u200f Wirawan'
check "a name with zero-width and bidi marks, same NIK: logged" status_is 0 "$bin" request new --service "#4" --name "$zw" --nik 5171010101010002
check "  the same pemohon, not 'recorded under another name'" bash -c "! grep -q 'atas nama' '$work/out' '$work/err' && [ \"\$(sqlite3 '$LOKET_DB' \"select count(*) from applicant where nik = '5171010101010002'\")\" = 1 ]"
check "  stored without them" test "$(sqlite3 "$LOKET_DB" "select count(*) from request where applicant_name = 'Made Wirawan'")" = 2

# --------------------------------------------------------------------------------------------
echo "-- the database file"
sqlite3 "$work/notes.db" "create table notes (id integer primary key, text text); insert into notes (text) values ('belanja');"
sum="$(md5sum <"$work/notes.db")"
check "--db naming a notes app's database: exit 74" status_is 74 "$bin" --db "$work/notes.db" catalog
check "  says it is another program's database" err_has "basis data program lain"
check "  left byte for byte as it was" test "$(md5sum <"$work/notes.db")" = "$sum"
check "  no -wal file, no Loket table" bash -c "[ ! -e '$work/notes.db-wal' ] && [ \"\$(sqlite3 '$work/notes.db' 'select count(*) from sqlite_master')\" = 1 ] && [ \"\$(sqlite3 '$work/notes.db' 'pragma journal_mode')\" = delete ]"
sqlite3 "$work/users.db" "create table users (id integer primary key, login text); insert into users (login) values ('made');"
sum="$(md5sum <"$work/users.db")"
check "--db naming a database with a users table: exit 74" status_is 74 "$bin" --db "$work/users.db" user add x --role admin
check "  left byte for byte as it was (no table left behind)" test "$(md5sum <"$work/users.db")" = "$sum"
check "--db in a folder that does not exist (a typo): exit 74" status_is 74 "$bin" --db "$work/nonexistent/dir/x.sqlite" catalog
check "  creates no directory" test ! -e "$work/nonexistent"
check "  says how to create it on purpose" err_has "mkdir -p $work/nonexistent/dir"
check "the default data directory is still created" status_is 0 env -u LOKET_DB XDG_DATA_HOME="$work/xdg" "$bin" catalog
check "  with the database in it" test -s "$work/xdg/loket/loket.sqlite"

fresh "$work/busy.sqlite"
"$bin" request new --service "#4" --name "Made Wirawan" >/dev/null 2>&1
# Another process holds a write transaction (begun, one row written, not committed) for 8 s.
(echo "BEGIN IMMEDIATE; INSERT INTO refusal (at, account, permission, reason) VALUES ('2026-01-01 00:00:00.000', 'x', 'y', 'z');"; sleep 8; echo "COMMIT;") | sqlite3 "$LOKET_DB" &
holder=$!
sleep 1
start=$(date +%s%N)
check "while another process writes, catalog reads at once" status_is 0 "$bin" catalog
check "  request list too" status_is 0 "$bin" request list
check "  overdue too" status_is 0 "$bin" overdue
check "  within 2 s (no 5 s busy wait)" test $((($(date +%s%N) - start) / 1000000)) -lt 2000
check "a write meanwhile: exit 74 saying the database is busy" status_is 74 "$bin" request new --service "#4" --name "Ketut"
check "  (and to try again)" bash -c "grep -q 'sedang dipakai' '$work/err' && grep -q 'ulangi' '$work/err'"
wait "$holder"

mkdir "$work/ro"
fresh "$work/ro/loket.sqlite"
"$bin" user add nobody --role petugas --all-units >/dev/null 2>&1
chown -R nobody:nogroup "$work/ro"
chmod 444 "$LOKET_DB"
check "a read-only database file can be read (catalog)" status_is 0 as_nobody env LOKET_DB="$LOKET_DB" "$bin" catalog
check "  (request list)" status_is 0 as_nobody env LOKET_DB="$LOKET_DB" "$bin" request list
check "  a write says it cannot write: exit 74" status_is 74 as_nobody env LOKET_DB="$LOKET_DB" "$bin" request new --service "#4" --name "X"
check "  an unknown account reading it is refused (77), not told the file cannot be opened" \
    status_is 77 setpriv --reuid=daemon --regid=daemon --clear-groups env LOKET_DB="$LOKET_DB" "$bin" catalog
check "  (says it is not registered)" err_has "belum terdaftar"

export LOKET_DB="$work/race.sqlite"
for i in 1 2 3 4 5 6 7 8; do "$bin" catalog >"$work/race-$i.out" 2>"$work/race-$i.err" & done
race_ok=0
for job in $(jobs -p); do wait "$job" && race_ok=$((race_ok + 1)); done
check "eight first starts at once all succeed" test "$race_ok" = 8
check "  no 'already exists'" bash -c "! cat '$work'/race-*.err | grep -q 'already exists'"
check "  one schema, seeded once (5 agencies, 5 revisions)" test "$(count agency):$(count catalogRevision)" = "5:5"
check "  one admin" test "$(count users)" = 1
check "  integrity ok" test "$(sqlite3 "$LOKET_DB" 'pragma integrity_check')" = ok

fresh "$work/bak.sqlite"
"$bin" request new --service "#4" --name "Made Wirawan" >/dev/null 2>&1
for companion in -journal -wal -shm ""; do
    check "backup onto the database's own '$LOKET_DB$companion': exit 64" status_is 64 "$bin" backup "$LOKET_DB$companion"
done
check "  nothing was lost" test "$(count request)" = 1
check "  the database still opens clean" bash -c "'$bin' request list >/dev/null && [ \"\$(sqlite3 '$LOKET_DB' 'pragma integrity_check')\" = ok ]"
# kill -9 as soon as anything appears at the path (or at some point of the copy): what is left
# there is never a partial copy, and a retry works.
partial=0
for round in 1 2 3 4 5; do
    rm -f "$work/copy.sqlite"
    "$bin" backup "$work/copy.sqlite" >/dev/null 2>&1 &
    victim=$!
    while kill -0 "$victim" 2>/dev/null; do
        if [ -e "$work/copy.sqlite" ]; then
            kill -9 "$victim" 2>/dev/null
            break
        fi
    done
    wait "$victim" 2>/dev/null
    if [ -e "$work/copy.sqlite" ] && [ "$(sqlite3 "$work/copy.sqlite" 'select count(*) from request' 2>/dev/null)" != 1 ]; then
        partial=$((partial + 1))
    fi
done
check "backup killed with kill -9: never a partial copy at the path" test "$partial" = 0
rm -f "$work/copy.sqlite"
leftovers="$(ls -a "$work" | grep -c sementara)" # what killed backups left beside the path
check "  a retry makes a complete copy" status_is 0 "$bin" backup "$work/copy.sqlite"
check "  (with the request)" test "$(sqlite3 "$work/copy.sqlite" 'select count(*) from request')" = 1
check "  and leaves no temporary file of its own" test "$(ls -a "$work" | grep -c sementara)" = "$leftovers"

# --------------------------------------------------------------------------------------------
# Input (CRLF decrees, import size and time, time-limit texts): appended here.

finish
