#!/usr/bin/env bash
# End-to-end checks of the full-screen interface: the built `loket` binary in a detached tmux
# session at 80x24 (works with CI=true, no terminal, no standard input). Builds nothing: run
# after `swift build` (.ci/e2e.sh does). Prints 'N passed, N failed' at the end.
set -uo pipefail
cd "$(dirname "$0")/.."
bin="$(swift build --show-bin-path)/loket"
seed="$PWD/seed/decrees/000_50ed256b51cdba7a.txt"
work="$(mktemp -d)"
session="loket-e2e-$$"
export TMUX_TMPDIR="$work"   # a private tmux server, whatever the caller runs
cleanup() { tmux kill-server 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
# A session that lives for the whole script keeps the server up: without it the server exits
# with each test's session, and the next new-session can race the dying server
# ("server exited unexpectedly").
tmux new-session -d -s keepalive -x 80 -y 24 "sleep 3600"
source .ci/lib.sh
command -v tmux >/dev/null || { echo "tmux not installed"; echo "0 passed, 1 failed"; exit 1; }
[ -x "$bin" ] || { echo "no binary at $bin (run swift build first)"; echo "0 passed, 1 failed"; exit 1; }

keys() { tmux send-keys -t "$session" "$@"; }

# The labels of the Punia card, as the decree prints them (from the importer's dry run).
mapfile -t labels < <("$bin" import --dry-run --format json "$seed" | python3 -c '
import json, sys
for agency in json.load(sys.stdin)["agencies"]:
    for unit in agency["units"]:
        for service in unit["services"]:
            if service["name"] == "Alur Permohonan Pengajuan Punia":
                for c in service["components"]:
                    if c["number"]:
                        print("%d. %s" % (c["number"], c["label"]))
')
check "the seed card has 14 numbered labels" test "${#labels[@]}" -eq 14

export LOKET_DB="$work/loket.sqlite"
"$bin" catalog >/dev/null 2>&1  # create and seed the database outside the measured start
tmux new-session -d -s "$session" -x 80 -y 24 \
    "env TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 LOKET_DB='$LOKET_DB' '$bin'; echo LOKET-EXIT=\$?; sleep 30"

check "starts on the agency list" shows "Pilih instansi"
check "  top bar shows the clock zone" shows "WITA"
check "  bottom bar shows the keys" shows "F1/? Bantuan"
keys /
check "/ opens the search line" shows "Cari:"
keys -l punia
check "results update while typing" shows "Alur Permohonan Pengajuan Punia"
keys Enter
check "Enter opens the card" shows "Kartu: Alur Permohonan Pengajuan Punia"
check "  with its Bagian" shows "Bagian    : Bagian Kesejahteraan Rakyat"
# Page through the card, collecting every screen, until its end.
seen="$work/seen.txt"
: >"$seen"
for i in $(seq 1 30); do
    pane >>"$seen"
    keys PageDown
    sleep 0.1
done
pane >>"$seen"
missing=0
for label in "${labels[@]}"; do
    grep -qF -- "$label" "$seen" || { echo "  label not shown: $label"; missing=$((missing + 1)); }
done
check "the card shows the 14 labels as the decree prints them" test "$missing" -eq 0
check "  jangka waktu raw and read side by side" grep -qE "14 Hari +│ 14 hari" "$seen"
keys Home
check "Home goes back to the top" shows "Bagian    : Bagian Kesejahteraan Rakyat"
keys End
check "End shows the last component" shows "${labels[13]}"
keys Escape
check "Esc from a card opened from search goes back to the results, the query kept" shows "Cari: punia"
keys Escape
check "  Esc again: the service, selected, in its Bagian" shows "Layanan Bagian Kesejahteraan Rakyat"
check "  selected" shows "> Alur Permohonan Pengajuan Punia"
tmux send-keys -t "$session" -l $'\e[11~'
check "F1 as PuTTY sends it (ESC [ 11 ~) opens help" shows "Bantuan: daftar layanan"
keys Escape
check "  Esc closes help" lacks "Bantuan: daftar layanan"
keys F1
check "F1 as tmux sends it opens help" shows "Bantuan: daftar layanan"
keys q
check "  q closes help" lacks "Bantuan: daftar layanan"
tmux resize-window -t "$session" -x 70 -y 20 2>/dev/null
check "a small terminal shows the message" shows "Terminal terlalu kecil (minimal 80x24)"
tmux resize-window -t "$session" -x 100 -y 30 2>/dev/null
check "  and redraws when enlarged" shows "> Alur Permohonan Pengajuan Punia"
keys Escape Escape
check "Esc twice reaches the agency list" shows "Pilih instansi"
keys q
check "q quits with status 0" shows "LOKET-EXIT=0"
check "  the terminal is restored (no alternate screen left)" lacks "Pilih instansi"

# A key typed right after Esc is not lost: tmux sends Escape Down as ESC ESC O B, ncurses
# decodes the Down itself, and it must still move the selection after going back.
tmux kill-session -t "$session" 2>/dev/null
tmux new-session -d -s "$session" -x 80 -y 24 \
    "env TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 LOKET_DB='$LOKET_DB' '$bin'; echo LOKET-EXIT=\$?; sleep 30"
shows "Pilih instansi" >/dev/null
keys Down Enter
shows "> Bagian Pemerintahan" >/dev/null
keys Enter
check "esc+key: a Bagian's services open" shows "Layanan Bagian Pemerintahan"
keys Escape Down
check "  Escape Down goes back and selects the second Bagian" shows "> Bagian Kesejahteraan Rakyat"
keys Escape Down
check "  Escape Down on the Bagian list goes back and moves on the agency list" shows "> Sekretariat Daerah Kabupaten Klungkung"

# Ctrl-C from inside a card quits cleanly too.
tmux kill-session -t "$session" 2>/dev/null
tmux new-session -d -s "$session" -x 80 -y 24 \
    "env TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 LOKET_DB='$LOKET_DB' '$bin'; echo LOKET-EXIT=\$?; stty -a | tr ' ' '\n' | grep -qx icanon && echo TTY-CANONICAL; sleep 30"
shows "Pilih instansi" >/dev/null
keys Enter Enter Enter
check "vt: a card opens" shows "Kartu:"
keys C-c
check "Ctrl-C quits with status 0" shows "LOKET-EXIT=0"
check "  and the terminal is back in canonical mode" shows "TTY-CANONICAL"
tmux kill-session -t "$session" 2>/dev/null

# SIGTERM and a crash signal: the terminal is restored, the status tells the signal.
loket_pid() { pgrep -P "$(tmux list-panes -t "$session" -F '#{pane_pid}')" loket; }
for sig in TERM SEGV TRAP; do
    tmux new-session -d -s "$session" -x 80 -y 24 \
        "env TERM=xterm-256color LANG=C.UTF-8 LOKET_DB='$LOKET_DB' '$bin' 2>/dev/null; echo LOKET-EXIT=\$?; stty -a | tr ' ' '\n' | grep -qx icanon && echo TTY-CANONICAL; sleep 30"
    shows "Pilih instansi" >/dev/null
    pid="$(loket_pid)"
    check "SIG$sig: the program is running" test -n "$pid"
    [ -n "$pid" ] && kill -s "$sig" "$pid"
    expected=$((128 + $(kill -l "$sig")))
    check "  exits with status $expected" shows "LOKET-EXIT=$expected"
    check "  and the terminal is restored" shows "TTY-CANONICAL"
    tmux kill-session -t "$session" 2>/dev/null
done

# The terminal goes away without a SIGHUP (a pty that is not the controlling terminal, its
# master closed): standard input polls as hung up; the program must exit like on SIGHUP, not
# spin on a poll that returns at once.
hangup() {
    python3 - "$bin" <<'PY'
import fcntl, os, pty, select, struct, subprocess, sys, termios, time
master, slave = pty.openpty()
fcntl.ioctl(master, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8")
proc = subprocess.Popen([sys.argv[1]], stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True)
os.close(slave)
seen, deadline = b"", time.time() + 10
while b"Pilih instansi" not in seen and time.time() < deadline:
    if select.select([master], [], [], 0.2)[0]:
        try:
            seen += os.read(master, 65536)
        except OSError:
            break
if b"Pilih instansi" not in seen:
    print("  the interface did not start"); proc.kill(); sys.exit(1)
os.close(master)
try:
    status = proc.wait(timeout=5)
except subprocess.TimeoutExpired:
    print("  still running 5 s after the hang-up"); proc.kill(); sys.exit(1)
if status != 129:
    print("  exit status %d, expected 129 (128 + SIGHUP)" % status); sys.exit(1)
PY
}
check "stdin hung up without SIGHUP: exits with status 129" hangup

# Colours follow the terminal; NO_COLOR turns them off (SGR colour codes in the pane).
for no_color in "" 1; do
    tmux new-session -d -s "$session" -x 80 -y 24 \
        "env TERM=xterm-256color LANG=C.UTF-8 NO_COLOR=$no_color LOKET_DB='$LOKET_DB' '$bin'; sleep 30"
    shows "Pilih instansi" >/dev/null
    if [ -z "$no_color" ]; then
        check "colours on a colour terminal" bash -c "tmux capture-pane -e -p -t '$session' | grep -q $'\e\\[[0-9;]*[34][0-7]'"
    else
        check "NO_COLOR: no colours, reverse video" bash -c "tmux capture-pane -e -p -t '$session' | grep -q $'\e\\[7m' && ! tmux capture-pane -e -p -t '$session' | grep -q $'\e\\[[0-9;]*[34][0-7]m'"
    fi
    tmux kill-session -t "$session" 2>/dev/null
done

# A TERM the terminal library does not know (or none, or one that cannot move the cursor):
# a clear message and status 69 (EX_UNAVAILABLE), not the pipe summary with status 0.
for term in foo "" dumb; do
    if [ -n "$term" ]; then setterm="TERM=$term"; else setterm="-u TERM"; fi
    tmux new-session -d -s "$session" -x 80 -y 24 \
        "env $setterm LANG=C.UTF-8 LOKET_DB='$LOKET_DB' '$bin'; echo LOKET-EXIT=\$?; sleep 30"
    check "TERM='$term': exits with status 69" shows "LOKET-EXIT=69"
    check "  says why and what to do" bash -c "tmux capture-pane -p -J -t '$session' | tr -s ' \n' ' ' | grep -qF 'export TERM=xterm-256color'"
    check "  no catalog summary" lacks "Loket siap"
    tmux kill-session -t "$session" 2>/dev/null
done

# TERM=putty (Debian ships it only in ncurses-term; under ForceCommand the officer cannot
# change it): a compatible entry stands in, said once, and the interface works.
for term in putty putty-256color; do
    tmux new-session -d -s "$session" -x 80 -y 24 \
        "env TERM=$term LANG=C.UTF-8 LC_ALL=C.UTF-8 LOKET_DB='$LOKET_DB' '$bin'; echo LOKET-EXIT=\$?; sleep 30"
    if infocmp "$term" >/dev/null 2>&1; then
        check "TERM=$term: terminfo has it here, used as it is" shows "Pilih instansi"
    else
        check "TERM=$term: starts with a stand-in" shows "Pilih instansi"
        keys Enter Enter Enter
        check "  keys work (a card opens)" shows "Kartu:"
        keys Escape Escape Escape q
        check "  quits with status 0" shows "LOKET-EXIT=0"
        check "  said once which entry stood in" bash -c "[ \"\$(tmux capture-pane -p -J -t '$session' | grep -c 'TERM=$term tidak ada di terminfo')\" = 1 ] && tmux capture-pane -p -J -t '$session' | grep -q 'memakai xterm-256color'"
    fi
    tmux kill-session -t "$session" 2>/dev/null
done

# LANG=C: a non-ASCII letter typed in the search line (the terminal sends its UTF-8 bytes)
# keeps the rest of its burst; the ASCII screen shows it without its accent.
tmux new-session -d -s "$session" -x 80 -y 24 \
    "env TERM=xterm-256color LANG=C LC_ALL=C LOKET_DB='$LOKET_DB' '$bin'; echo LOKET-EXIT=\$?; sleep 30"
check "LANG=C: starts" shows "Pilih instansi"
keys /
tmux send-keys -t "$session" -l "dé"
tmux send-keys -t "$session" -l "npasar"
check "LANG=C: dé then npasar reads denpasar" shows "Cari: denpasar_"
keys C-u
tmux send-keys -t "$session" -l "dénpasar kota"
check "  dénpasar kota in one burst, every letter kept" shows "Cari: denpasar kota_"
keys Escape q
check "  quits" shows "LOKET-EXIT=0"
tmux kill-session -t "$session" 2>/dev/null

# TERM=vt100 and a non-UTF-8 locale: ASCII only.
tmux new-session -d -s "$session" -x 80 -y 24 \
    "env TERM=vt100 LANG=C LC_ALL=C LOKET_DB='$LOKET_DB' '$bin'; echo LOKET-EXIT=\$?; sleep 30"
check "vt100: starts" shows "Pilih instansi"
keys Enter Enter Enter
shows "Kartu:" >/dev/null
check "vt100: only ASCII on screen" bash -c "tmux capture-pane -p -t '$session' >'$work/vt100' && grep -q 'Kartu:' '$work/vt100' && ! LC_ALL=C grep -q '[^ -~]' '$work/vt100'"
keys q Escape Escape Escape q
check "vt100: quits" shows "LOKET-EXIT=0"
tmux kill-session -t "$session" 2>/dev/null

# The counter's day: a request logged entirely from the keyboard (/ words Enter n name F2), then
# found on the list, its status changed, and the command line sees the same request.
# A stand-in for the spooler's `lp`: what it is given goes to a file.
mkdir -p "$work/bin"
printf '#!/bin/sh\necho "$*" >"%s/lp-args"\ncat >"%s/lp-out"\n' "$work" "$work" >"$work/bin/lp"
chmod +x "$work/bin/lp"
tmux new-session -d -s "$session" -x 80 -y 24 \
    "env PATH='$work/bin:$PATH' TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 XDG_DATA_HOME='$work/data' LOKET_DB='$LOKET_DB' '$bin'; echo LOKET-EXIT=\$?; sleep 30"
shows "Pilih instansi" >/dev/null
keys /
keys -l "hibah bansos"
shows "Aplikasi Hibah Bansos Online" >/dev/null
keys Enter
check "counter: the card opens from search" shows "Kartu: Aplikasi Hibah Bansos Online"
check "  the bottom bar says what to do next" shows "n/F2 Permohonan baru"
keys n
check "n opens the new-request form" shows "Permohonan baru: Aplikasi Hibah Bansos Online"
check "  with the card's Persyaratan as a checklist" shows "[ ] 2. Proposal Hibah"
keys -l "Made Wirawan"
keys Tab Tab Tab Tab Tab a
check "  ticking every item shows the deadline live, with its reasoning" shows "Tenggat : 7 hari dari"
keys F2
check "F2 saves: the number in large print" shows "Nomor permohonan:"
number="$(pane | grep -oE 'SDDEN-[0-9]{4}-[0-9]{6}' | head -1)"
check "  the number is CODE-YYYY-NNNNNN" test -n "$number"
screen_deadline="$(pane | grep -m1 'Tenggat   :' | sed 's/.*Tenggat   : //; s/ *$//')"
"$bin" request show "$number" >"$work/show" 2>&1
check "request show has it, with the deadline the screen showed" grep -qF "Tenggat  : $screen_deadline" "$work/show"
check "  and the pemohon typed" grep -qF "Pemohon  : Made Wirawan" "$work/show"
keys p
check "p without a printer saves the tanda terima to a file" shows "tanda terima disimpan di"
check "  the file holds the slip" bash -c "grep -q 'TANDA TERIMA PERMOHONAN' '$work/data/loket/tanda-terima/$number.txt'"
keys F4
check "F4 lists the requests, the number whole" shows "$number"
keys Enter
check "Enter opens the request" shows "Permohonan $number"
check "  its history in words" shows "dicatat, diterima"
keys s
check "s opens the status dialog" shows "Ubah status"
keys Enter
check "  Enter moves it to diproses" shows "Tersimpan"
check "  the command line sees the change" bash -c "'$bin' request show '$number' | grep -q 'diproses'"
check "a printer command that is not lp/lpr is refused: exit 64" bash -c "'$bin' printer --agency SDDEN 'sh -c id' >/dev/null 2>&1; test \$? -eq 64"
"$bin" printer --agency SDDEN "lp -d loket1" --width 32 >/dev/null
keys p
check "with a printer set, p sends the slip to it" shows "dikirim ke printer (lp -d loket1)"
check "  lp got its arguments and the 32-column slip" bash -c "grep -qx -- '-d loket1' '$work/lp-args' && grep -q '$number' '$work/lp-out' && awk 'length > 32 { bad = 1 } END { exit bad }' '$work/lp-out'"
keys Escape
check "Esc goes back to the list" shows "Permohonan: Bagian saya"
to_top
check "  Esc step by step reaches the top" shows "Pilih instansi"
keys q
check "  and q at the top quits" shows "LOKET-EXIT=0"
tmux kill-session -t "$session" 2>/dev/null


# The supervisors' board (the account running this is the database's admin): open, then another
# program logs an overdue request and the board shows it within 2 s without a key press; idle,
# it writes nothing to the terminal.
tmux new-session -d -s "$session" -x 80 -y 24 \
    "env TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 XDG_DATA_HOME='$work/data' LOKET_DB='$LOKET_DB' '$bin'; echo LOKET-EXIT=\$?; sleep 30"
shows "Pilih instansi" >/dev/null
keys b
check "board: b opens it, with totals on the title row" shows "Papan pengawasan: 0 terlambat"
late="$(LOKET_NOW=2026-11-02T09:00:00+08:00 "$bin" request new --service "hibah bansos" --name "Ketut Terlambat" | grep -oE 'SDDEN-[0-9]{4}-[0-9]{6}')"
within2() { # text: the pane shows it within 2 s
    local i
    for i in $(seq 1 20); do
        pane | grep -qF -- "$1" && return 0
        sleep 0.1
    done
    echo "  pane does not show within 2 s: $1"
    pane | sed 's/^/  | /'
    return 1
}
check "  another program's overdue request appears within 2 s, no key pressed" within2 "$late"
check "  grouped under its Bagian with the count" shows "Bagian Kesejahteraan Rakyat (SDDEN) — 1 terlambat"
check "  lateness in working days" bash -c "tmux capture-pane -p -t '$session' | grep -F '$late' | grep -qE 'terlambat [0-9]+ hari kerja'"
check "  and says when it last changed" shows "berubah "
idle_silent() { # 3 s of output; once more when the top bar's clock turned a minute meanwhile
    local round
    for round in 1 2; do
        tmux pipe-pane -t "$session" -o "cat >'$work/idle-bytes'"
        sleep 3
        tmux pipe-pane -t "$session"
        [ -s "$work/idle-bytes" ] || return 0
    done
    echo "  $(wc -c <"$work/idle-bytes") bytes written while idle"
    return 1
}
check "  an idle board writes nothing to the terminal (3 s)" idle_silent
keys Enter
check "  Enter opens the request with its actions" shows "Permohonan $late"
keys Escape
check "  Esc comes back to the board" shows "Papan pengawasan: 1 terlambat"
to_top
keys q
check "  q at the top quits" shows "LOKET-EXIT=0"
tmux kill-session -t "$session" 2>/dev/null

# The monthly report (F6) and the SKM at hand-over: two requests finished from the command line
# are handed over on screen; one pemohon answers with keys (loket report counts one more SKM
# response), the other is skipped with Esc (nothing counted).
skm_responses() {
    "$bin" report --format json | python3 -c 'import json, sys; print(json.load(sys.stdin)["total"]["skm_responses"])'
}
handed=()
for name in "Wayan Puas" "Nyoman Lewati"; do
    n="$("$bin" request new --service "hibah bansos" --name "$name" | grep -oE 'SDDEN-[0-9]{4}-[0-9]{6}' | head -1)"
    "$bin" request update "$n" --status selesai >/dev/null
    handed+=("$n")
done
check "report: two requests finished from the command line" test "${#handed[@]}" -eq 2 -a -n "${handed[1]}"
before="$(skm_responses)"
tmux new-session -d -s "$session" -x 80 -y 24 \
    "env TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 XDG_DATA_HOME='$work/data' LOKET_DB='$LOKET_DB' '$bin'; echo LOKET-EXIT=\$?; sleep 30"
shows "Pilih instansi" >/dev/null
keys F6
check "report: F6 opens Laporan bulanan" shows "Laporan bulanan"
check "  the table's columns and the total line" bash -c "tmux capture-pane -p -t '$session' | grep -q 'Masuk Tepat Telat Proses Lewat %Tepat' && tmux capture-pane -p -t '$session' | grep -q '^ Jumlah '"
shown="$(pane | grep -oE 'Laporan bulanan .*\([0-9]{4}-[0-9]{2}\)' | grep -oE '[0-9]{4}-[0-9]{2}' | head -1)"
previous="$(python3 -c 'import sys; y, m = map(int, sys.argv[1].split("-")); print("%04d-%02d" % ((y - 1, 12) if m == 1 else (y, m - 1)))' "${shown:-2026-01}")"
keys Left
check "  ← goes to the previous month ($previous)" shows "($previous)"
keys Right
check "  → comes back to this month ($shown)" shows "($shown)"
keys Right
check "  and no further" shows "Bulan berikutnya belum ada."
keys Escape F4 /
keys -l "${handed[0]}"
keys Enter
shows "${handed[0]}" >/dev/null
keys Enter
check "hand-over: the finished request opens" shows "Permohonan ${handed[0]}"
keys s
shows "Ubah status" >/dev/null
keys Enter
check "  status → diserahkan offers the SKM screen" shows "Survei kepuasan masyarakat (SKM)"
check "  with what 1-4 mean" shows "1 = tidak baik   2 = kurang baik   3 = baik   4 = sangat baik"
keys 4 3 4 4 3 4 4 3 4
check "  nine answers with keys" shows "Semua terjawab. Enter: simpan."
keys Enter
check "  Enter saves: thanks" shows "dicatat: Aplikasi Hibah Bansos Online"
check "  loket report counts one more SKM response" test "$(skm_responses)" -eq $((before + 1))
keys Escape /
keys C-u
keys -l "${handed[1]}"
keys Enter
shows "${handed[1]}" >/dev/null
keys Enter
shows "Permohonan ${handed[1]}" >/dev/null
keys s
shows "Ubah status" >/dev/null
keys Enter
check "another hand-over offers it again" shows "Survei kepuasan masyarakat (SKM)"
keys 4 4
keys Escape
check "  Esc skips" shows "Survei dilewati; tidak ada jawaban yang dicatat."
check "  the hand-over is kept" bash -c "'$bin' request show '${handed[1]}' | grep -q 'diserahkan'"
check "  nothing more counted" test "$(skm_responses)" -eq $((before + 1))
to_top
keys q
check "  q at the top quits" shows "LOKET-EXIT=0"
tmux kill-session -t "$session" 2>/dev/null

finish
