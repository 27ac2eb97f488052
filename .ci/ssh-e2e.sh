#!/usr/bin/env bash
# End-to-end over SSH, for real (issue 10): Debian's sshd on a loopback port, key logins of real
# OS accounts in a shared group, `ForceCommand loket --db ...`, sessions driven in tmux at 80x24.
# Checks the supervisors' live board against a petugas logging through the keyboard, the
# database's mode under sshd's umask, a resize, a `~.` disconnect, a closed window and a frozen
# client (nothing left running on the server), TERM=putty, an account the database does not
# know, and eight sessions logging at once (no request lost, numbers gap-free, never "database
# is locked").
# Needs root (it creates accounts, starts sshd); removes all it made on exit. Prints
# 'N passed, N failed' at the end.
set -uo pipefail
cd "$(dirname "$0")/.."
source .ci/lib.sh

if [ "$(id -u)" -ne 0 ]; then
    echo "needs root (creates OS accounts and runs sshd): skipped"
    finish
    exit
fi
if [ ! -x /usr/sbin/sshd ] || ! command -v ssh >/dev/null || ! command -v ssh-keygen >/dev/null; then
    echo "== installing openssh-server openssh-client"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openssh-server openssh-client >/dev/null
fi
for tool in tmux sqlite3 python3 setpriv pgrep; do
    command -v "$tool" >/dev/null || { echo "$tool not installed"; echo "0 passed, 1 failed"; exit 1; }
done

swift build >/dev/null || { echo "swift build failed"; echo "0 passed, 1 failed"; exit 1; }
built="$(swift build --show-bin-path)"

prefix="lkssh"         # every account and the group this script makes start with it
group="$prefix"
sup="$prefix-sup"      # supervisor of the Bagian
stranger="$prefix-asing"  # an OS account the database does not know
officers=()            # petugas: the first logs the board's request, all eight the load
for i in 1 2 3 4 5 6 7 8; do officers+=("$prefix-p$i"); done
accounts=("$sup" "$stranger" "${officers[@]}")

# Leftovers of an earlier run that could not clean up (killed): its accounts' processes (by
# pid), the accounts with their homes, the group.
remove_accounts() {
    local account pids
    for account in $(getent passwd | cut -d: -f1 | grep "^$prefix-"); do
        pids="$(pgrep -u "$account")"
        [ -n "$pids" ] && kill -9 $pids 2>/dev/null
        sleep 0.1
        userdel -r "$account" >/dev/null 2>&1 || userdel -f -r "$account" >/dev/null 2>&1
    done
    getent group "$group" >/dev/null && groupdel "$group" >/dev/null 2>&1
    return 0
}
remove_accounts
for old in /tmp/loket-ssh.*; do  # an earlier run's sshd and tmux server, by their pid file and socket
    [ -d "$old" ] || continue
    pid="$(cat "$old/sshd/sshd.pid" 2>/dev/null)"
    [ -n "$pid" ] && grep -qF "$old/sshd/sshd_config" "/proc/$pid/cmdline" 2>/dev/null && kill "$pid"
    TMUX_TMPDIR="$old/tmux" tmux kill-server 2>/dev/null
    rm -rf "$old"
done

work="$(mktemp -d /tmp/loket-ssh.XXXXXX)"
chmod 711 "$work"
export TMUX_TMPDIR="$work/tmux"  # a private tmux server
mkdir -p "$TMUX_TMPDIR"
sshd_pid=""
cleanup() {
    tmux kill-server 2>/dev/null
    [ -n "$sshd_pid" ] && kill "$sshd_pid" 2>/dev/null && wait "$sshd_pid" 2>/dev/null
    remove_accounts
    rm -rf "$work"
}
trap cleanup EXIT
tmux new-session -d -s keepalive -x 80 -y 24 "sleep 3600"

# The program where every account can run it: the binary and its seed bundle side by side (the
# clone may sit under /root, which other accounts cannot enter; Bundle.module looks beside the
# binary first).
app="$work/app"
mkdir -p "$app"
cp "$built/loket" "$app/loket"
cp -R "$built"/*.resources "$app/"
chmod -R a+rX "$app"
bin="$app/loket"

# The shared database's folder as the README sets it up: group-owned, setgid.
groupadd "$group"
dbdir="$work/db"
install -d -g "$group" -m 2770 "$dbdir"
db="$dbdir/loket.sqlite"

# Accounts: a usable password field for sshd without PAM ('*': no password login, not locked),
# a key each in ~/.ssh/authorized_keys (StrictModes: owned by the account, not group-writable).
mkdir -p "$work/keys"
chmod 700 "$work/keys"
for account in "${accounts[@]}"; do
    useradd -m -p '*' -s /bin/sh -G "$group" "$account"
    ssh-keygen -q -t ed25519 -N "" -C "$account" -f "$work/keys/$account"
    home="$(getent passwd "$account" | cut -d: -f6)"
    install -d -o "$account" -g "$account" -m 700 "$home/.ssh"
    install -o "$account" -g "$account" -m 600 "$work/keys/$account.pub" "$home/.ssh/authorized_keys"
done

# The database: created by root, its admin; the Bagian of a 15-minute service (due soon at any
# hour of any day: a deadline 15 working minutes from now is always within one working day).
unit="SDKLU kesejahteraan"
service="sesajen"
service_name="PELAYANAN BANTUAN SESAJEN"
"$bin" --db "$db" catalog >/dev/null 2>"$work/create-err"
check "root creates the database in the shared folder" test -s "$db"
"$bin" --db "$db" user add "$sup" --role supervisor --unit "$unit" >/dev/null
for account in "${officers[@]}"; do
    "$bin" --db "$db" user add "$account" --role petugas --unit "$unit" >/dev/null
done
check "  the users are added" test "$("$bin" --db "$db" user list | grep -c "^$prefix-")" -eq 9
check "the copied program runs as another account (seed bundle beside it)" \
    bash -c "setpriv --reuid='${officers[0]}' --regid='${officers[0]}' --init-groups '$bin' --db '$db' deadline --agency SDKLU --start '2026-11-23 10:00' '3 hari kerja' | grep -q 'Kamis, 26 November 2026'"
check "  the file is the group's, read-write, no access for others" \
    bash -c "[ \"\$(stat -c '%a %G' '$db')\" = '660 $group' ]"

# sshd: its own config, host key and pid file, loopback, keys only, loket forced.
mkdir -p /run/sshd
chmod 755 /run/sshd
sshd_dir="$work/sshd"
mkdir -p "$sshd_dir"
chmod 700 "$sshd_dir"
ssh-keygen -q -t ed25519 -N "" -f "$sshd_dir/host_ed25519"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
cat >"$sshd_dir/sshd_config" <<EOF
ListenAddress 127.0.0.1:$port
HostKey $sshd_dir/host_ed25519
PidFile $sshd_dir/sshd.pid
AuthorizedKeysFile .ssh/authorized_keys
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
PermitRootLogin no
StrictModes yes
AllowGroups $group
PrintMotd no
PrintLastLog no
LogLevel VERBOSE
Subsystem sftp internal-sftp

Match Group $group
    ForceCommand $bin --db $db
    PermitTTY yes
    DisableForwarding yes
    PermitTunnel no
    SetEnv LANG=C.UTF-8
    ClientAliveInterval 1
    ClientAliveCountMax 2
EOF
/usr/sbin/sshd -t -f "$sshd_dir/sshd_config" || { echo "sshd_config refused"; finish; exit 1; }
/usr/sbin/sshd -D -f "$sshd_dir/sshd_config" -E "$sshd_dir/log" &
sshd_pid=$!
listening() {
    local i
    for i in $(seq 1 50); do
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
        sleep 0.1
    done
    cat "$sshd_dir/log"
    return 1
}
check "sshd listens on 127.0.0.1:$port" listening

# One login per tmux session at 80x24; what ssh returns is printed after it.
login() { # session, account [TERM]
    tmux new-session -d -s "$1" -x 80 -y 24 \
        "env TERM=${3:-xterm-256color} ssh -tt -F /dev/null -i '$work/keys/$2' -p $port -o IdentitiesOnly=yes -o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR $2@127.0.0.1; status=\$?; echo; echo SSH-EXIT=\$status; stty -a | tr ' ' '\n' | grep -qx icanon && echo TTY-CANONICAL; sleep 60"
}
keys() { tmux send-keys -t "$session" "$@"; }
waits() { # seconds, text: the pane shows it within that time
    local i
    for i in $(seq 1 $(($1 * 10))); do
        pane | grep -qF -- "$2" && return 0
        sleep 0.1
    done
    echo "  $session: pane does not show within $1 s: $2"
    pane | sed 's/^/  | /'
    return 1
}
number_on_screen() { pane | grep -oE 'SDKLU-[0-9]{4}-[0-9]{6}' | head -1; }

# 1. The supervisor's board, open and untouched, shows the petugas's new request within 2 s.
session=sup
login sup "$sup"
check "the supervisor logs in and lands in Loket" waits 20 "Pilih instansi"
check "  the top bar names the account and role" shows "$sup (supervisor)"
keys b
check "  b opens the board" shows "Papan pengawasan: 0 terlambat, 0 segera jatuh tempo"

session=pet
login pet "${officers[0]}"
check "the petugas logs in" waits 20 "Pilih instansi"
keys /
keys -l "$service"
check "  / finds the service" shows "$service_name"
keys Enter
check "  Enter opens its card" shows "Kartu: $service_name"
keys n
check "  n opens the new-request form" shows "Permohonan baru: $service_name"
keys -l "Wayan Papan"
keys Tab Tab Tab Tab Tab a
check "  a ticks every document: the clock would start now" shows "Tenggat : 15 menit dari"
check "  drawn in UTF-8 (sshd's SetEnv LANG)" shows "──────────"
keys F2
check "  F2 saves it" shows "Nomor permohonan:"
number="$(number_on_screen)"
check "  with its number" test -n "$number"
session=sup
board_shows() { [ -n "$number" ] && waits 2 "$number"; }
check "the board, no key pressed, shows it within 2 s" board_shows
check "  as due soon, with the totals" shows "Papan pengawasan: 0 terlambat, 1 segera jatuh tempo"
check "  under its Bagian, with the pemohon" bash -c "tmux capture-pane -p -t sup | grep -qF 'Bagian Kesejahteraan Rakyat (SDKLU) — 1 segera' && tmux capture-pane -p -t sup | grep -qF 'Wayan Papan'"
tmux resize-window -t sup -x 70 -y 20 2>/dev/null
check "  a smaller window reaches loket through ssh (SIGWINCH)" shows "Terminal terlalu kecil (minimal 80x24)"
tmux resize-window -t sup -x 80 -y 24 2>/dev/null
check "  and back, the board again" shows "Papan pengawasan: 0 terlambat, 1 segera jatuh tempo"
to_top >/dev/null
keys q
check "the supervisor quits: ssh ends with status 0" shows "SSH-EXIT=0"
check "  the terminal is back on the normal screen" \
    bash -c "[ \"\$(tmux display-message -p -t sup '#{alternate_on}')\" = 0 ]"
check "  and in canonical mode" shows "TTY-CANONICAL"
for f in "$db" "$db-wal" "$db-shm"; do
    [ -e "$f" ] && check "  ${f##*/} stays the group's, read-write (sshd's umask is 022)" \
        bash -c "[ \"\$(stat -c '%a %G' '$f')\" = '660 $group' ]"
done

# 3. Disconnect with ~. (after Enter: ssh's escapes start a line).
session=pet
to_top >/dev/null
check "the petugas's loket runs on the server" bash -c "pgrep -u '${officers[0]}' -x loket >/dev/null"
keys Enter
keys -l "~."
check "~. ends the ssh client" waits 5 "SSH-EXIT=255"
check "  its terminal is back in canonical mode" shows "TTY-CANONICAL"
echo "     (alternate screen after ~.: $(tmux display-message -p -t pet '#{alternate_on}'))"
gone() { # account [seconds]: no loket of it within that time (5 s)
    local i
    for i in $(seq 1 $((${2:-5} * 10))); do
        pgrep -u "$1" -x loket >/dev/null || return 0
        sleep 0.1
    done
    echo "  still running: $(pgrep -a -u "$1" -x loket)"
    return 1
}
check "  no loket left on the server for the account" gone "${officers[0]}"
nothing_left() { # account: no process of it at all within 5 s (sshd's session process ends after loket)
    local i
    for i in $(seq 1 50); do
        pgrep -u "$1" >/dev/null || return 0
        sleep 0.1
    done
    echo "  still running: $(pgrep -a -u "$1")"
    return 1
}
check "  no sshd session left for the account" nothing_left "${officers[0]}"
tmux kill-session -t pet 2>/dev/null

# The officer closes the terminal window: the client gets SIGHUP, the server's loket ends too.
session=closed
login closed "${officers[3]}"
waits 20 "Pilih instansi" >/dev/null
check "closing the client's window (SIGHUP to ssh) while loket runs" bash -c "pgrep -u '${officers[3]}' -x loket >/dev/null"
tmux kill-session -t closed
check "  ends loket on the server" gone "${officers[3]}"

# A connection gone dead (the client frozen, as when a laptop sleeps or a cable is pulled):
# sshd's ClientAlive gives up on it (here after 1 s x 2) and loket ends with the session.
session=dead
login dead "${officers[1]}"
waits 20 "Pilih instansi" >/dev/null
client="$(pgrep -P "$(tmux display-message -p -t dead '#{pane_pid}')" -x ssh)"
check "a frozen client's loket runs on the server" bash -c "[ -n '$client' ] && pgrep -u '${officers[1]}' -x loket >/dev/null"
[ -n "$client" ] && kill -STOP "$client"
check "  sshd ends the dead connection, and loket with it" gone "${officers[1]}" 15
[ -n "$client" ] && kill -KILL "$client" 2>/dev/null
tmux kill-session -t dead 2>/dev/null

# PuTTY's TERM (Debian ships its entry only in ncurses-term; the officer cannot change TERM).
session=putty
login putty "${officers[2]}" putty
check "TERM=putty over ssh: loket starts" waits 20 "Pilih instansi"
keys q
check "  and quits with status 0" shows "SSH-EXIT=0"
tmux kill-session -t putty 2>/dev/null

# Without a terminal the forced loket prints its summary; a command the client asks for is
# not run, nor is a port forwarded.
ssh_plain() { # account, ssh options..., [-- command]
    local account="$1" options=()
    shift
    while [ $# -gt 0 ] && [ "$1" != -- ]; do options+=("$1"); shift; done
    [ $# -gt 0 ] && shift
    timeout 30 ssh -F /dev/null -i "$work/keys/$account" -p "$port" -o IdentitiesOnly=yes -o BatchMode=yes \
        -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR "${options[@]}" \
        "$account@127.0.0.1" "$@" </dev/null
}
forced() {
    local out
    out="$(ssh_plain "${officers[4]}" -T -- 'echo DIJALANKAN' 2>&1)"
    echo "$out" | grep -q "Loket siap" && ! echo "$out" | grep -q DIJALANKAN && return 0
    echo "$out" | sed 's/^/  | /'
    return 1
}
check "ssh asking for a command: loket runs instead (its summary), not the command" forced
forward_refused() {
    ssh_plain "${officers[4]}" -N -o ExitOnForwardFailure=yes -R "127.0.0.1:0:127.0.0.1:$port" 2>"$work/fwd-err"
    grep -q "forwarding failed" "$work/fwd-err" && return 0
    sed 's/^/  | /' "$work/fwd-err"
    return 1
}
check "  a port forwarding is refused" forward_refused

# 2. An account the database does not know: the refusal on screen, ssh ends with loket's 77.
session=stranger
login stranger "$stranger"
check "an unknown account is refused on screen" waits 20 "belum terdaftar"
check "  ssh ends cleanly with loket's status 77" waits 5 "SSH-EXIT=77"
check "  the terminal never left the normal screen" \
    bash -c "[ \"\$(tmux display-message -p -t stranger '#{alternate_on}')\" = 0 ]"
check "  the refusal is logged" bash -c "[ \"\$(sqlite3 '$db' \"select count(*) from refusal where account = '$stranger'\")\" -ge 1 ]"
tmux kill-session -t stranger 2>/dev/null

# 4. Eight sessions logging at once: each step is sent to all eight, then awaited in all eight.
rounds=3
: >"$work/seen"
all() { # seconds, text: every load pane shows it; every capture is kept for the lock check
    local s ok
    for s in "${officers[@]}"; do
        session="$s"
        waits "$1" "$2" >"$work/wait-$s" || ok=no
        pane >>"$work/seen"
    done
    [ "${ok:-yes}" = yes ] || { cat "$work"/wait-*; return 1; }
}
send_all() { local s; for s in "${officers[@]}"; do tmux send-keys -t "$s" "$@"; done; }
for s in "${officers[@]}"; do
    login "$s" "$s"
    tmux pipe-pane -t "$s" -o "cat >>'$work/bytes-$s'"  # every byte the session ever drew
done
check "eight officers log in at once" all 60 "Pilih instansi"
send_all /
send_all -l "$service"
all 20 "$service_name" >/dev/null
send_all Enter
check "  each opens the card" all 20 "Kartu: $service_name"
send_all n
for round in $(seq 1 "$rounds"); do
    all 20 "Permohonan baru: $service_name" >/dev/null
    for s in "${officers[@]}"; do tmux send-keys -t "$s" -l "Pemohon $s ke-$round"; done
    send_all Tab Tab Tab Tab Tab a
    all 20 "Tenggat : 15 menit dari" >/dev/null
    send_all F2
    check "  round $round: all eight saved" all 30 "Nomor permohonan:" || break
    send_all n
done
expected=$((1 + 8 * rounds))
q() { sqlite3 "$db" "$1"; }
check "the database has exactly $expected requests" test "$(q 'select count(*) from request')" -eq "$expected"
check "  each typed name once" test "$(q "select count(distinct applicant_name) from request where applicant_name like 'Pemohon $prefix-p%'")" -eq $((8 * rounds))
# Gap-free per agency and year (a run across New Year's Eve, WITA, starts again at 1).
check "  numbers distinct and gap-free (1..$expected)" test "$(q "select count(distinct number) from request")-$(q "
    select count(*) from (select count(*) n, min(sequence) lo, max(sequence) hi from request group by agency_id, year)
    where lo != 1 or hi != n")" = "$expected-0"
check "  the command line lists them all" test "$("$bin" --db "$db" request list --format csv --limit 0 | grep -c 'SDKLU-')" -eq "$expected"
check "  no session ever said the database was locked or busy" \
    bash -c "[ \$(grep -lF 'Nomor permohonan' '$work'/bytes-* | wc -l) -eq 8 ] && ! grep -aiE 'locked|terkunci|sibuk|busy' '$work/seen' '$work'/bytes-*"
check "  integrity_check ok" test "$(q 'pragma integrity_check')" = ok
for session in "${officers[@]}"; do to_top >/dev/null; done
send_all q
check "  all eight quit with status 0" all 20 "SSH-EXIT=0"
normal_screens() { local s; for s in "${officers[@]}"; do [ "$(tmux display-message -p -t "$s" '#{alternate_on}')" = 0 ] || return 1; done; }
check "  their terminals back on the normal screen" normal_screens
check "no loket left on the server" bash -c "! pgrep -x loket -u '$(IFS=,; echo "${accounts[*]}")'"

if [ "$failed" -gt 0 ]; then
    echo "  sshd's log (last 30 lines):"
    tail -30 "$sshd_dir/log" | sed 's/^/  | /'
fi
finish
